/**
 * Runs the catalog's policy objects on an offline plan with the semantics of the Pulumi engine
 * (pulumi/pulumi `pkg/resource/analyzer` + @pulumi/policy `server.ts`), so that a finding offline is
 * a finding at `pulumi preview --policy-pack policies`:
 *
 * - resource policies get `ResourceValidationArgs` with props behind `unknownCheckingProxy`;
 *   reading an unknown value turns the whole check into an advisory "can't run … during preview";
 * - `getConfig()` returns the policy's schema defaults overlaid with the environment's pack config
 *   (the CLI applies defaults; the SDK does not);
 * - `notApplicable()` ends a check without a finding;
 * - stack policies get every resource with its outputs, parent and dependencies linked;
 * - the enforcement level is `config[policy] ?? config.all`, then the policy's own, then the pack's.
 *
 * Besides findings, the audit records what each policy looked at (`PolicyChecks`), so that reports can
 * say what was checked and passed, not only what failed:
 * - a resource policy checks every resource whose type is in its `resourceTypes` (the resources the
 *   engine hands it); a check that calls `notApplicable()` is recorded as not applicable, one stopped
 *   by an unknown value during preview as undetermined;
 * - a stack policy runs once on the whole stack; it checks the resources of the types it declares
 *   (`resourceTypes`), and when it stops (`notApplicable()`, an unknown value) all of them share that
 *   outcome.
 * Passed, failed and waived are not decided here: they follow from the findings once the waivers are
 * applied (tools/audit/coverage.ts).
 *
 * Two steps, as in the pack's engine wrapper: `evaluatePlan` runs the policies into findings, then
 * `applyWaivers` (policies/lib/waivers.ts) marks the findings a waiver covers on the given date.
 * Both take everything they use as arguments, so audits running side by side do not interfere.
 */
import type {
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    StackValidationArgs,
} from "@pulumi/policy";
import { unknownCheckingProxy, UnknownValueError } from "./proxy";
import type { CatalogPolicy, Evaluation, RunContext, Severity, Text } from "../../policies/lib/rule";
import { applyWaivers, Waiver } from "../../policies/lib/waivers";
import { Plan, PlanResource, UNKNOWN } from "../plan/types";

export { UNKNOWN };

export type PackConfigEntry = EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>);
export type PackConfig = Readonly<Record<string, PackConfigEntry>>;

export interface Finding {
    readonly policy: string;
    readonly severity: Severity;
    readonly enforcement: "advisory" | "mandatory";
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly message: Text;
    /** The engine's own advisory: the policy could not run during preview. Never waived. */
    readonly preview?: true;
    /** Set by `applyWaivers`: the waiver in force that covers this finding. */
    readonly waived?: Waiver;
}

export interface AuditOptions {
    readonly policies: readonly CatalogPolicy[];
    readonly packConfig: PackConfig;
    readonly waivers: readonly Waiver[];
    /** YYYY-MM-DD; waivers that ended before this day no longer apply. Also the policies' `today`. */
    readonly today: string;
    /** Pack-wide default level (the `enforcementLevel` of the pack's args). */
    readonly packEnforcementLevel?: EnforcementLevel;
}

/** What one policy that ran looked at. URNs are in plan order; the three lists share their strings. */
export interface PolicyChecks {
    readonly policy: string;
    /** The level the policy ran at in this environment. */
    readonly enforcement: Finding["enforcement"];
    /** Resources the policy was evaluated on (resource policy) or declares it reads (stack policy). */
    readonly checked: readonly string[];
    /** Of `checked`: where the policy called `notApplicable()`. */
    readonly notApplicable: readonly string[];
    /** Of `checked`: where the policy could not run because a value is unknown during preview. */
    readonly undetermined: readonly string[];
}

export interface AuditResult {
    readonly findings: readonly Finding[];
    /** Policies that ran (not disabled), for reports. */
    readonly evaluated: readonly string[];
    /** One entry per policy of `evaluated`, in the same order. */
    readonly checks: readonly PolicyChecks[];
}

/** A bad pack configuration: the CLI would refuse it before running anything. */
export class PackConfigError extends Error {}

class NotApplicable extends Error {}

function throwNotApplicable(reason?: string): never {
    throw new NotApplicable(reason ?? "not applicable");
}

const LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

interface Resolved {
    readonly level: EnforcementLevel;
    readonly config: Record<string, unknown>;
}

function schemaDefaults(schema: PolicyConfigSchema | undefined): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(schema?.properties ?? {})) {
        const def = (prop as { default?: unknown }).default;
        if (def !== undefined) {
            out[key] = def;
        }
    }
    return out;
}

function typeOk(value: unknown, type: unknown): boolean {
    switch (type) {
        case "integer":
            return Number.isInteger(value);
        case "number":
            return typeof value === "number";
        case "string":
            return typeof value === "string";
        case "boolean":
            return typeof value === "boolean";
        case "array":
            return Array.isArray(value);
        case "object":
            return typeof value === "object" && value !== null && !Array.isArray(value);
        default:
            return true;
    }
}

/** Applies `all`, the policy's entry, schema defaults and the level precedence the engine uses. */
export function resolvePolicyConfig(policy: CatalogPolicy, packConfig: PackConfig, packLevel: EnforcementLevel): Resolved {
    const pick = (entry: PackConfigEntry | undefined): { level?: EnforcementLevel; props: Record<string, unknown> } => {
        if (entry === undefined) return { props: {} };
        if (typeof entry === "string") return { level: entry, props: {} };
        const { enforcementLevel, ...props } = entry;
        return { level: enforcementLevel, props };
    };
    const all = pick(packConfig.all);
    const own = pick(packConfig[policy.name]);
    const level = own.level ?? all.level ?? policy.enforcementLevel ?? packLevel;
    const properties = policy.configSchema?.properties ?? {};
    for (const [key, value] of Object.entries(own.props)) {
        const prop = properties[key] as { type?: unknown } | undefined;
        if (!prop) {
            throw new PackConfigError(`pack config for "${policy.name}": unknown property "${key}" (allowed: ${Object.keys(properties).join(", ") || "none"})`);
        }
        if (!typeOk(value, prop.type)) {
            throw new PackConfigError(`pack config for "${policy.name}": "${key}" must be of type ${String(prop.type)} (got ${JSON.stringify(value)})`);
        }
    }
    return { level, config: { ...schemaDefaults(policy.configSchema), ...own.props } };
}

/** Checks a pack configuration's shape: known policy names and valid levels. */
export function checkPackConfig(packConfig: unknown, policies: readonly CatalogPolicy[], source: string): PackConfig {
    if (typeof packConfig !== "object" || packConfig === null || Array.isArray(packConfig)) {
        throw new PackConfigError(`${source}: expected an object keyed by policy name`);
    }
    const names = new Set(policies.map((p) => p.name));
    for (const [key, entry] of Object.entries(packConfig)) {
        if (key !== "all" && !names.has(key)) {
            throw new PackConfigError(`${source}: "${key}" is not a policy of the pack`);
        }
        const level = typeof entry === "string" ? entry : (entry as { enforcementLevel?: unknown } | null)?.enforcementLevel;
        if (key === "all" && typeof entry === "object" && entry !== null && Object.keys(entry).some((k) => k !== "enforcementLevel")) {
            // The CLI applies only the level of "all"; a threshold there would be silently ignored.
            throw new PackConfigError(`${source}: "all" accepts only enforcementLevel; put thresholds under the policy they belong to`);
        }
        if (level !== undefined && !LEVELS.includes(level as EnforcementLevel)) {
            throw new PackConfigError(`${source}: "${key}" has enforcement level ${JSON.stringify(level)}; allowed: ${LEVELS.join(", ")}`);
        }
    }
    // No comment keys: the Pulumi CLI reads every top-level key as a policy and refuses a string
    // that is not an enforcement level (policies/config/README.md).
    return packConfig as PackConfig;
}

/** 0: no unknown; 1: the engine's sentinel only; 2: Pulumi mock `Unknown` objects that need rewriting. */
function unknownKind(value: unknown): 0 | 1 | 2 {
    if (value === UNKNOWN) return 1;
    if (value === null || typeof value !== "object") return 0;
    if ((value as { __pulumiUnknown?: unknown }).__pulumiUnknown === true) return 2;
    let kind: 0 | 1 | 2 = 0;
    for (const v of Array.isArray(value) ? value : Object.values(value)) {
        const k = unknownKind(v);
        if (k === 2) return 2;
        if (k === 1) kind = 1;
    }
    return kind;
}

/** Replaces Pulumi's mock `Unknown` objects by the engine's sentinel. */
function normaliseUnknowns(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(normaliseUnknowns);
    if (value !== null && typeof value === "object") {
        if ((value as { __pulumiUnknown?: unknown }).__pulumiUnknown === true) return UNKNOWN;
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(value)) out[k] = normaliseUnknowns(v);
        return out;
    }
    return value;
}

/**
 * What policies read: behind `unknownCheckingProxy` when the value holds an unknown, as the engine
 * does. Without unknowns the proxy cannot throw, so the plain object behaves the same; skipping it
 * matters because the proxy allocates on every property read (half the audit time on large plans).
 */
function policyView(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const kind = unknownKind(value);
    if (kind === 0) return value as Record<string, unknown>;
    return unknownCheckingProxy((kind === 2 ? normaliseUnknowns(value) : value) as Record<string, unknown>);
}

function pulumiTypeOf(cls: unknown): string | undefined {
    return (cls as { __pulumiType?: string } | null)?.__pulumiType;
}

function optionsOf(r: PlanResource, parent: string | undefined): PolicyResourceOptions {
    return {
        protect: r.options?.protect ?? false,
        ignoreChanges: [...(r.options?.ignoreChanges ?? [])],
        deleteBeforeReplace: r.options?.deleteBeforeReplace,
        aliases: [...(r.options?.aliases ?? [])],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [...(r.options?.additionalSecretOutputs ?? [])],
        ...(parent ? { parent } : {}),
    };
}

/** French for the kinds of unknown value @pulumi/policy names ("string value at .acl"). */
const UNKNOWN_KIND_FR: Readonly<Record<string, string>> = {
    boolean: "booléenne",
    number: "numérique",
    string: "textuelle",
    Array: "de type tableau",
    Object: "de type objet",
    asset: "de type asset",
    archive: "de type archive",
};

/** The French of an `UnknownValueError`'s message, from the fields it is built from. */
function unknownReasonFr(e: Error): string {
    const { props, unknownTypeSentinel } = e as Error & { props?: unknown; unknownTypeSentinel?: unknown };
    const kind = /^(\S+) value at /.exec(e.message)?.[1];
    if (!Array.isArray(props) || unknownTypeSentinel === undefined || kind === undefined) return e.message;
    return `la valeur ${UNKNOWN_KIND_FR[kind] ?? kind} \`${props.join(".")}\` ne peut pas être connue pendant l'aperçu`;
}

const strength = (level: EnforcementLevel): "advisory" | "mandatory" => (level === "advisory" ? "advisory" : "mandatory");

/** Audits a plan: evaluates the policies, then applies the waivers for `options.today`. */
export async function audit(plan: Plan, options: AuditOptions): Promise<AuditResult> {
    const result = await evaluatePlan(plan, options);
    return { ...result, findings: applyWaivers(result.findings, options.waivers, options.today) };
}

/**
 * Runs the policies on a plan and returns their findings, none marked waived. Finding order is
 * stable: plan order, then policy order, then stack policies in policy order.
 */
export async function evaluatePlan(plan: Plan, options: AuditOptions): Promise<AuditResult> {
    const packLevel = options.packEnforcementLevel ?? "advisory";
    const run: RunContext = { today: options.today, waivers: options.waivers };
    const findings: Finding[] = [];
    const evaluated: string[] = [];
    const byUrn = new Map<string, PlanResource>(plan.resources.map((r) => [r.urn, r]));

    const active = options.policies
        .map((p) => ({ policy: p, ...resolvePolicyConfig(p, options.packConfig, packLevel) }))
        .filter((a) => a.level !== "disabled")
        .map((a) => ({
            ...a,
            checks: {
                policy: a.policy.name,
                enforcement: strength(a.level),
                checked: [] as string[],
                notApplicable: [] as string[],
                undetermined: [] as string[],
            },
        }));
    for (const a of active) evaluated.push(a.policy.name);

    const finding = (policy: CatalogPolicy, enforcement: Finding["enforcement"], fallback: PlanResource | undefined, message: Text, urn: string | undefined): Finding => {
        const target = (urn ? byUrn.get(urn) : undefined) ?? fallback;
        return {
            policy: policy.name,
            severity: policy.meta.severity,
            enforcement,
            urn: urn ?? target?.urn ?? `urn:pulumi:${plan.stack}::${plan.project}::pulumi:pulumi:Stack::${plan.project}-${plan.stack}`,
            type: target?.type ?? "pulumi:pulumi:Stack",
            name: target?.name ?? `${plan.project}-${plan.stack}`,
            message,
        };
    };
    /**
     * Turns one evaluation into findings the way the engine turns a validation into diagnostics, and
     * records how a check that stopped ended for the resources it covered: the resource `r` of a
     * resource policy, every checked resource of a stack policy (`r` undefined).
     */
    const record = (a: (typeof active)[number], enforcement: Finding["enforcement"], r: PlanResource | undefined, ev: Evaluation): void => {
        const policy = a.policy;
        for (const v of ev.violations) findings.push(finding(policy, enforcement, r, v.message, v.urn));
        if (ev.stopped === undefined) return;
        const covered = r ? [r.urn] : a.checks.checked;
        if (ev.stopped instanceof NotApplicable) {
            for (const u of covered) a.checks.notApplicable.push(u);
            return;
        }
        if (ev.stopped instanceof UnknownValueError) {
            for (const u of covered) a.checks.undetermined.push(u);
            const message = {
                // Word for word what the Pulumi engine prints, so that both can be searched alike.
                en: `can't run policy '${policy.name}' during preview: ${ev.stopped.message}`,
                fr: `impossible d'exécuter la règle « ${policy.name} » pendant l'aperçu : ${unknownReasonFr(ev.stopped)}`,
            };
            findings.push({ ...finding(policy, "advisory", r, message, r?.urn), preview: true });
            return;
        }
        throw ev.stopped;
    };

    // Resource policies: only those whose declared types include the resource's type can apply.
    const resourcePolicies = active.flatMap(({ policy, ...rest }) => (policy.kind === "resource" ? [{ policy, ...rest }] : []));
    const byType = new Map<string, typeof resourcePolicies>();
    for (const a of resourcePolicies) {
        for (const t of a.policy.meta.resourceTypes) {
            const list = byType.get(t) ?? [];
            list.push(a);
            byType.set(t, list);
        }
    }
    const stackTags = new Map<string, string>([
        ["pulumi:project", plan.project],
        ["pulumi:runtime", "nodejs"],
    ]);
    // The engine hands each resource policy the provider the resource is created with: the explicit
    // one when the program names it, otherwise the package's default provider.
    const defaultProviders = new Map<string, PlanResource>();
    for (const r of plan.resources) {
        const pkg = /^pulumi:providers:(.+)$/.exec(r.type)?.[1];
        // The engine names default providers "default" or "default_<version>"; an explicit provider
        // the program calls "default-eu" is not one.
        if (pkg && /^default(_\d+_\d+_\d+.*)?$/.test(r.name) && !defaultProviders.has(pkg)) defaultProviders.set(pkg, r);
    }
    const providerOf = (r: PlanResource): ResourceValidationArgs["provider"] => {
        // A named provider that is not in the plan stays unknown rather than falling back to the default.
        const p = r.options?.provider ? byUrn.get(r.options.provider) : defaultProviders.get(r.type.split(":")[0]);
        if (!p || p === r) return undefined;
        return { type: p.type, props: policyView(p.inputs), urn: p.urn, name: p.name };
    };
    // A StackReference is a read: the engine records it apart from the stack's resources and gives
    // it to no policy (seen under npm run engine), so the audit leaves it out too.
    const analysed = plan.resources.filter((r) => r.type !== "pulumi:pulumi:StackReference");
    // Stack policies check the resources of the types they declare.
    const stackPolicies = active.filter((a) => a.policy.kind === "stack");
    const stackByType = new Map<string, typeof stackPolicies>();
    for (const a of stackPolicies) {
        for (const t of new Set(a.policy.meta.resourceTypes)) {
            const list = stackByType.get(t) ?? [];
            list.push(a);
            stackByType.set(t, list);
        }
    }
    for (const r of analysed) {
        for (const a of stackByType.get(r.type) ?? []) a.checks.checked.push(r.urn);
        const applicable = byType.get(r.type);
        if (!applicable) continue;
        const provider = providerOf(r);
        const props = policyView(r.inputs);
        for (const a of applicable) {
            const policy = a.policy;
            const args: ResourceValidationArgs = {
                type: r.type,
                props,
                urn: r.urn,
                name: r.name,
                opts: optionsOf(r, r.parent),
                stackTags,
                isType: (cls) => pulumiTypeOf(cls) === r.type,
                asType: ((cls: unknown) => (pulumiTypeOf(cls) === r.type ? props : undefined)) as ResourceValidationArgs["asType"],
                getConfig: <T>() => a.config as T,
                notApplicable: throwNotApplicable,
                ...(provider ? { provider } : {}),
            };
            a.checks.checked.push(r.urn);
            record(a, strength(a.level), r, await policy.evaluate(args, run));
        }
    }

    // Stack policies: one PolicyResource per resource, linked by URN like the engine does.
    if (stackPolicies.length > 0) {
        const linked = new Map<string, PolicyResource>();
        for (const r of analysed) {
            // The engine gives stack policies outputs without ids; offline the id is added so that a
            // plan file without property dependencies can still be joined by id.
            const state = { ...(r.outputs ?? r.inputs), ...(r.id !== undefined ? { id: r.id } : {}) };
            const props = policyView(state);
            linked.set(r.urn, {
                type: r.type,
                props,
                urn: r.urn,
                name: r.name,
                opts: optionsOf(r, r.parent),
                dependencies: [],
                propertyDependencies: {},
                isType: (cls) => pulumiTypeOf(cls) === r.type,
                asType: ((cls: unknown) => (pulumiTypeOf(cls) === r.type ? props : undefined)) as PolicyResource["asType"],
            });
        }
        for (const r of analysed) {
            const pr = linked.get(r.urn) as PolicyResource & { parent?: PolicyResource; dependencies: PolicyResource[] };
            if (r.parent && linked.has(r.parent)) pr.parent = linked.get(r.parent);
            const deps = new Set<string>(r.options?.dependsOn ?? []);
            for (const [prop, urns] of Object.entries(r.propertyDependencies ?? {})) {
                const resolved = urns.map((u) => linked.get(u)).filter((x): x is PolicyResource => x !== undefined);
                pr.propertyDependencies[prop] = resolved;
                for (const u of urns) deps.add(u);
            }
            for (const u of deps) {
                const dep = linked.get(u);
                if (dep) pr.dependencies.push(dep);
            }
        }
        const resources = [...linked.values()];
        for (const a of stackPolicies) {
            const policy = a.policy;
            if (policy.kind !== "stack") continue;
            const args: StackValidationArgs = {
                resources,
                stackTags,
                getConfig: <T>() => a.config as T,
                notApplicable: throwNotApplicable,
            };
            record(a, strength(a.level), undefined, await policy.evaluate(args, run));
        }
    }
    return { findings, evaluated, checks: active.map((a) => a.checks) };
}
