/**
 * What was checked, not only what failed: per policy and per framework control, how many resources
 * were checked and how each check ended. Built from what the audit engine recorded
 * (`AuditResult.checks`) and the findings once waivers are applied.
 *
 * Outcome of one policy on one resource, the first that holds:
 * - failed: an unwaived finding of the policy names the resource (advisory ones included: the check
 *   failed, and the policy's enforcement level says whether that blocks);
 * - undetermined: the policy could not run because a value is unknown until deploy (preview only);
 * - waived: every finding of the policy on the resource is covered by a waiver in force;
 * - passed: the policy ran and found nothing;
 * - not applicable: the policy declared itself not applicable (`notApplicable()`).
 * A resource a finding names is counted as checked even when the policy did not declare its type
 * (a stack policy's finding about the stack itself), so that no finding falls outside the counts.
 *
 * A control's outcome on a resource is the first of the same list that holds for any of the
 * policies citing the control; so for controls as for policies,
 * checked = passed + failed + waived + notApplicable + undetermined.
 */
import type { Finding, PolicyChecks } from "../audit/engine";
import type { FrameworkKey } from "./i18n";
import { FRAMEWORK_KEYS, frameworkRefs, indexPolicies, PolicyIndex, ReportInput } from "./model";

export type Outcome = "failed" | "undetermined" | "waived" | "passed" | "notApplicable";

/** Display and precedence order (the first that holds wins). */
export const OUTCOMES: readonly Outcome[] = ["passed", "failed", "waived", "notApplicable", "undetermined"];

const RANK: Readonly<Record<Outcome, number>> = { failed: 4, undetermined: 3, waived: 2, passed: 1, notApplicable: 0 };
const BY_RANK: readonly Outcome[] = ["notApplicable", "passed", "waived", "undetermined", "failed"];

export interface Counts {
    checked: number;
    passed: number;
    failed: number;
    waived: number;
    notApplicable: number;
    undetermined: number;
}

export interface PolicyCoverage extends Counts {
    readonly policy: string;
    readonly enforcement: PolicyChecks["enforcement"];
    /** Each checked resource's outcome, in plan order; for the reports that list them. */
    readonly resources: ReadonlyMap<string, Outcome>;
}

export interface ControlCoverage extends Counts {
    readonly framework: FrameworkKey;
    /** As the framework writes it: "A.8.24", "SC-28", "4.3", "Art. 71". */
    readonly item: string;
    /** Policies that ran and cite the control, in the audit's (catalog) order. */
    readonly policies: readonly string[];
}

export interface Coverage {
    /** One per policy that ran, in the audit's order. */
    readonly policies: readonly PolicyCoverage[];
    /** Every control a policy that ran cites, by framework then item. */
    readonly controls: readonly ControlCoverage[];
    /** Sum over policies: one check is one policy on one resource. */
    readonly totals: Counts;
}

export function zeroCounts(): Counts {
    return { checked: 0, passed: 0, failed: 0, waived: 0, notApplicable: 0, undetermined: 0 };
}

/** Counts of an array of ranks; -1 is a resource not checked. */
function countRanks(ranks: Int8Array): Counts {
    const c = zeroCounts();
    for (const r of ranks) {
        if (r < 0) continue;
        c.checked++;
        c[BY_RANK[r]]++;
    }
    return c;
}

/** "4.3" before "4.10", "AC-2" before "AC-17"; one collator, as localeCompare with options builds one per call. */
const naturalOrder = new Intl.Collator("en", { numeric: true }).compare;

/** One policy's outcomes: the resources it checked (as numbers, in order) and each one's rank. */
interface Ranked {
    readonly ids: Int32Array;
    readonly ranks: Int8Array;
}

interface ControlAcc {
    readonly framework: FrameworkKey;
    readonly item: string;
    readonly policies: string[];
    readonly members: Ranked[];
}

/**
 * Resources are numbered once, and outcomes are ranks in arrays indexed by resource number rather
 * than maps keyed by URN: the 20k-resource bench plan has over 100k checks, each cited under several
 * controls, and maps of that size cost more in allocation and collection than in work.
 */
class Numbering {
    readonly urns: string[] = [];
    private readonly numbers = new Map<string, number>();

    of(urn: string): number {
        let n = this.numbers.get(urn);
        if (n === undefined) {
            n = this.urns.length;
            this.numbers.set(urn, n);
            this.urns.push(urn);
        }
        return n;
    }
}

/** Outcome ranks of one policy's checked resources (plan order, then resources only its findings name). */
function policyRanks(check: PolicyChecks, findings: readonly Finding[], numbering: Numbering, scratch: Int8Array): Ranked {
    const order: number[] = [];
    const set = (urn: string, rank: number, onlyWorse: boolean): void => {
        const n = numbering.of(urn);
        const before = n < scratch.length ? scratch[n] : -1;
        if (before < 0) order.push(n);
        if (!onlyWorse || rank > before) scratch[n] = rank;
    };
    for (const u of check.checked) set(u, RANK.passed, false);
    for (const u of check.notApplicable) set(u, RANK.notApplicable, false);
    for (const u of check.undetermined) set(u, RANK.undetermined, false);
    // Every finding outranks passed and not applicable, so a finding can only make the outcome worse.
    for (const f of findings) set(f.urn, f.preview ? RANK.undetermined : f.waived ? RANK.waived : RANK.failed, true);
    const ranked = { ids: Int32Array.from(order), ranks: new Int8Array(order.length) };
    for (let i = 0; i < order.length; i++) {
        ranked.ranks[i] = scratch[order[i]];
        scratch[order[i]] = -1;
    }
    return ranked;
}

export function coverage(checks: readonly PolicyChecks[], findings: readonly Finding[], index: PolicyIndex): Coverage {
    const byPolicy = new Map<string, Finding[]>();
    for (const f of findings) {
        const list = byPolicy.get(f.policy);
        if (list) list.push(f);
        else byPolicy.set(f.policy, [f]);
    }
    // A finding of a policy the audit did not list (a hand-made input) still gets counted, never dropped.
    const listed = new Set(checks.map((c) => c.policy));
    const unlisted = [...byPolicy.entries()]
        .filter(([p]) => !listed.has(p))
        .map(([p, fs]): PolicyChecks => ({ policy: p, enforcement: fs[0].enforcement, checked: [], notApplicable: [], undetermined: [] }));
    const all = [...checks, ...unlisted];

    // Every URN the checks or findings name, so that the scratch array can hold any resource number.
    let most = findings.length;
    for (const c of all) most += c.checked.length;
    const numbering = new Numbering();
    const scratch = new Int8Array(most).fill(-1);
    const policies: PolicyCoverage[] = [];
    const controls = new Map<string, ControlAcc>();
    const totals = zeroCounts();
    for (const check of all) {
        const ranked = policyRanks(check, byPolicy.get(check.policy) ?? [], numbering, scratch);
        const counts = countRanks(ranked.ranks);
        for (const k of Object.keys(totals) as (keyof Counts)[]) totals[k] += counts[k];
        let resources: Map<string, Outcome> | undefined;
        policies.push({
            policy: check.policy,
            enforcement: check.enforcement,
            ...counts,
            // Built when a report lists the resources (HTML, JUnit, Markdown), not for the counts alone.
            get resources(): ReadonlyMap<string, Outcome> {
                resources ??= new Map(Array.from(ranked.ids, (n, i) => [numbering.urns[n], BY_RANK[ranked.ranks[i]]] as const));
                return resources;
            },
        });
        for (const ref of frameworkRefs(index.get(check.policy)?.meta)) {
            const key = `${ref.framework}\u0000${ref.item}`;
            let control = controls.get(key);
            if (!control) {
                control = { framework: ref.framework, item: ref.item, policies: [], members: [] };
                controls.set(key, control);
            }
            control.policies.push(check.policy);
            control.members.push(ranked);
        }
    }
    const frameworkOrder = (k: FrameworkKey) => FRAMEWORK_KEYS.indexOf(k);
    const sorted = [...controls.values()].sort((a, b) => frameworkOrder(a.framework) - frameworkOrder(b.framework) || naturalOrder(a.item, b.item));
    const worst = new Int8Array(numbering.urns.length);
    return {
        policies,
        controls: sorted.map((c) => {
            worst.fill(-1);
            for (const m of c.members) {
                for (let i = 0; i < m.ids.length; i++) if (m.ranks[i] > worst[m.ids[i]]) worst[m.ids[i]] = m.ranks[i];
            }
            return { framework: c.framework, item: c.item, policies: c.policies, ...countRanks(worst) };
        }),
        totals,
    };
}

/** The coverage of a report's audit. */
export function coverageOf(input: ReportInput): Coverage {
    return coverage(input.checks, input.findings, indexPolicies(input.policies));
}

export interface ResourceCoverage extends Counts {
    readonly urn: string;
}

/** Per resource: how many policies checked it and how those checks ended; sorted by URN. */
export function byResource(cov: Coverage): ResourceCoverage[] {
    const out = new Map<string, Counts>();
    for (const p of cov.policies) {
        for (const [urn, outcome] of p.resources) {
            let c = out.get(urn);
            if (!c) {
                c = zeroCounts();
                out.set(urn, c);
            }
            c.checked++;
            c[outcome]++;
        }
    }
    return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([urn, c]) => ({ urn, ...c }));
}
