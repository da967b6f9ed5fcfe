/**
 * What every report format shares: the input, the summary and the lookups from a finding to its
 * rule's metadata. Kept apart from `index.ts` so that the format modules do not import the module
 * that imports them.
 */
import type { CatalogPolicy, Lang, RuleMeta, Severity } from "../../policies/lib/rule";
import type { Finding, PolicyChecks } from "../audit/engine";
import type { Provenance } from "../audit/provenance";
import type { FrameworkKey } from "./i18n";

export interface ReportInput {
    readonly project: string;
    readonly stack: string;
    /** Environment of the stack (dev | staging | prod). */
    readonly profile: string;
    readonly findings: readonly Finding[];
    /** The whole catalog, for metadata lookup by `finding.policy`. */
    readonly policies: readonly CatalogPolicy[];
    /** Ids of the policies that ran. */
    readonly evaluated: readonly string[];
    /** What each policy that ran checked (`AuditResult.checks`). */
    readonly checks: readonly PolicyChecks[];
    /** Evaluation date, generation time, commit, pack and pack configuration. */
    readonly provenance: Provenance;
    readonly resourceCount: number;
    readonly lang: Lang;
}

export interface Summary {
    /** Every finding, waived or not: `total = waived + sum(bySeverity)`. */
    total: number;
    mandatory: number;
    advisory: number;
    waived: number;
    /** Unwaived mandatory findings: what makes `pulumi preview` fail. */
    blocking: number;
    /** Unwaived findings only, like `byFramework`: a waived risk is accepted, not open. */
    bySeverity: Record<Severity, number>;
    /** Keys are the `FRAMEWORK_SUMMARY_KEYS` values, always all present. */
    byFramework: Record<string, number>;
    policiesEvaluated: number;
    resources: number;
}

export const SEVERITIES: readonly Severity[] = ["critical", "high", "medium", "low"];

export const FRAMEWORK_KEYS: readonly FrameworkKey[] = ["cis", "iso27001", "nist", "senegal"];

/** Language-neutral keys of `Summary.byFramework`; machine readers (CI, dashboards) depend on them. */
export const FRAMEWORK_SUMMARY_KEYS: Readonly<Record<FrameworkKey, string>> = {
    cis: "CIS",
    iso27001: "ISO 27001",
    nist: "NIST 800-53",
    senegal: "Senegal 2008-12",
};

const REF_PREFIX: Readonly<Record<FrameworkKey, string>> = {
    cis: "CIS",
    iso27001: "ISO/IEC 27001:2022",
    nist: "NIST SP 800-53 r5",
    // The law's own title: auditors cite it this way whatever language the report is in.
    senegal: "Loi 2008-12",
};

export interface FrameworkRef {
    readonly framework: FrameworkKey;
    /** Item id as the framework writes it ("4.3", "A.8.20", "SC-7", "Art. 71"). */
    readonly item: string;
    /** Full citation ("ISO/IEC 27001:2022 A.8.20"). */
    readonly label: string;
}

export function frameworkRefs(meta: RuleMeta | undefined): FrameworkRef[] {
    if (!meta) return [];
    return FRAMEWORK_KEYS.flatMap((framework) =>
        (meta.frameworks[framework] ?? []).map((item) => ({ framework, item, label: controlLabel(framework, item) })),
    );
}

export function citedFrameworks(meta: RuleMeta | undefined): FrameworkKey[] {
    return FRAMEWORK_KEYS.filter((k) => (meta?.frameworks[k] ?? []).length > 0);
}

export type PolicyIndex = ReadonlyMap<string, CatalogPolicy>;

export function indexPolicies(policies: readonly CatalogPolicy[]): PolicyIndex {
    return new Map(policies.map((p) => [p.name, p]));
}

export function metaOf(index: PolicyIndex, finding: Finding): RuleMeta | undefined {
    return index.get(finding.policy)?.meta;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Most severe first; equal severities keep the audit's order (plan order, then policy order). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
        .map((x) => x.f);
}

/**
 * The policies a report lists, in catalog order: those that ran, plus any that reported without
 * being listed as evaluated, so that no finding points at a rule the report does not describe.
 */
export function reportedPolicies(input: ReportInput): CatalogPolicy[] {
    const wanted = new Set<string>([...input.evaluated, ...input.findings.map((f) => f.policy)]);
    return input.policies.filter((p) => wanted.has(p.name));
}

export function summarize(input: ReportInput): Summary {
    const index = indexPolicies(input.policies);
    const bySev: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0 };
    const byFramework: Record<string, number> = {};
    for (const k of FRAMEWORK_KEYS) byFramework[FRAMEWORK_SUMMARY_KEYS[k]] = 0;
    let mandatory = 0;
    let waived = 0;
    let blocking = 0;
    for (const f of input.findings) {
        if (f.enforcement === "mandatory") mandatory++;
        if (f.waived) {
            waived++;
            continue;
        }
        if (f.enforcement === "mandatory") blocking++;
        bySev[f.severity]++;
        for (const k of citedFrameworks(metaOf(index, f))) byFramework[FRAMEWORK_SUMMARY_KEYS[k]]++;
    }
    return {
        total: input.findings.length,
        mandatory,
        advisory: input.findings.length - mandatory,
        waived,
        blocking,
        bySeverity: bySev,
        byFramework,
        policiesEvaluated: input.evaluated.length,
        resources: input.resourceCount,
    };
}

/** Name and type of a resource from its URN (`urn:pulumi:<stack>::<project>::<parent$>type::<name>`). */
export function urnParts(urn: string): { readonly name: string; readonly type: string } {
    const parts = urn.split("::");
    if (parts.length < 4) return { name: urn, type: "" };
    const qualified = parts[2];
    return { name: parts.slice(3).join("::"), type: qualified.slice(qualified.lastIndexOf("$") + 1) };
}

/** Reference label of a control: "ISO/IEC 27001:2022 A.8.24". */
export function controlLabel(framework: FrameworkKey, item: string): string {
    return `${REF_PREFIX[framework]} ${item}`;
}
