/**
 * The contract every rule of the catalog follows, and the two factories that turn a rule
 * definition into a catalog policy.
 *
 * Rules are plain objects (no `new PolicyPack` here) so that the pack (`policies/index.ts`), the
 * offline audit (`tools/audit`) and the tests all run the very same objects.
 *
 * A catalog policy carries CrossGuard's metadata and one explicit function, `evaluate`, that runs
 * the rule and returns what it found: bilingual violations and, when the check stopped by throwing
 * (`notApplicable`, an unknown value during preview), what it threw. Nothing reaches a rule through
 * module state: the date and the waivers come in a `RunContext` the caller passes. Waivers are not
 * the rule's business; `applyWaivers` (lib/waivers.ts) is a separate step, taken by the audit and by
 * the engine wrapper (lib/engine-policy.ts) that the pack hands to the Pulumi CLI.
 */
import type { EnforcementLevel, Policy, PolicyConfigSchema, PolicyResource, ResourceValidationArgs, StackValidationArgs } from "@pulumi/policy";
import type { Unwrap } from "@pulumi/pulumi";
import type { Waiver } from "./waivers";

export type Lang = "en" | "fr";

/** A sentence in both languages of the project's readers. */
export interface Text {
    readonly en: string;
    readonly fr: string;
}

export type Severity = "critical" | "high" | "medium" | "low";

/**
 * Control references. Each list holds item ids as the framework writes them:
 * CIS Alibaba Cloud Foundations Benchmark v1.0.0 ("4.3"), ISO/IEC 27001:2022 Annex A ("A.8.20"),
 * NIST SP 800-53 rev. 5 ("SC-7"), Senegal law 2008-12 on personal data ("Art. 71").
 */
export interface Frameworks {
    readonly cis?: readonly string[];
    readonly iso27001?: readonly string[];
    readonly nist?: readonly string[];
    readonly senegal?: readonly string[];
}

export interface RuleMeta {
    /** Stable kebab-case id; it is the CrossGuard policy name and must never change. */
    readonly id: string;
    /** Service group, used for folders and report grouping ("vpc", "ecs", "oss", "governance"...). */
    readonly service: string;
    readonly title: Text;
    readonly description: Text;
    readonly remediation: Text;
    readonly severity: Severity;
    /** Pulumi type tokens this rule reads, e.g. "alicloud:oss/bucket:Bucket". */
    readonly resourceTypes: readonly string[];
    readonly frameworks: Frameworks;
    /** Level when neither the pack config nor the environment says otherwise. */
    readonly enforcementLevel?: EnforcementLevel;
}

/** The bilingual report function handed to rule bodies. */
export type Report = (message: Text, urn?: string) => void;

/** One violation as a rule reports it. */
export interface Violation {
    readonly message: Text;
    /**
     * The resource it is about. Resource rules always have one (the checked resource by default);
     * a stack rule's violation without a URN belongs to the stack's root resource when the stack
     * holds one, and stays without URN otherwise.
     */
    readonly urn?: string;
}

/** What the caller of a policy (the pack's engine wrapper, the audit, a test) decides, passed explicitly. */
export interface RunContext {
    /** YYYY-MM-DD the check runs on: today under the engine, a pinned date in tests. */
    readonly today: string;
    /** The reviewed exceptions in force for this run (policies/waivers.json under the engine). */
    readonly waivers: readonly Waiver[];
}

/** The outcome of one run of a policy (on one resource, or on the whole stack). */
export interface Evaluation {
    /** Violations in the order reported, including those reported before the check stopped. */
    readonly violations: readonly Violation[];
    /**
     * What the check threw, if it stopped early: `notApplicable`'s error, an unknown-value error in
     * preview, or a bug. The caller decides what it means, as the engine does for a thrown validation.
     */
    readonly stopped?: unknown;
}

interface CatalogPolicyBase extends Policy {
    readonly meta: RuleMeta;
    readonly enforcementLevel: EnforcementLevel;
}

export interface CatalogResourcePolicy extends CatalogPolicyBase {
    readonly kind: "resource";
    /** Runs the rule on one resource (its inputs, as the engine's Analyze call gives them). */
    readonly evaluate: (args: ResourceValidationArgs, run: RunContext) => Promise<Evaluation>;
}

export interface CatalogStackPolicy extends CatalogPolicyBase {
    readonly kind: "stack";
    /** Runs the rule once on every resource of the stack (outputs, as AnalyzeStack gives them). */
    readonly evaluate: (args: StackValidationArgs, run: RunContext) => Promise<Evaluation>;
}

export type CatalogPolicy = CatalogResourcePolicy | CatalogStackPolicy;

/** Runs a rule body, collecting its reports; a throw ends the run and is returned, not lost. */
async function collect(defaultUrn: (urn: string | undefined) => string | undefined, body: (report: Report) => void | Promise<void>): Promise<Evaluation> {
    const violations: Violation[] = [];
    const report: Report = (message, urn) => {
        const target = defaultUrn(urn);
        violations.push(target === undefined ? { message } : { message, urn: target });
    };
    try {
        await body(report);
        return { violations };
    } catch (e) {
        return { violations, stopped: e };
    }
}

function defaultLevel(meta: RuleMeta): EnforcementLevel {
    if (meta.enforcementLevel) {
        return meta.enforcementLevel;
    }
    return meta.severity === "low" ? "advisory" : "mandatory";
}

function policyBase(meta: RuleMeta, configSchema: PolicyConfigSchema | undefined): CatalogPolicyBase {
    const refs = [
        ...(meta.frameworks.cis ?? []).map((c) => `cis-alibaba:${c}`),
        ...(meta.frameworks.iso27001 ?? []).map((c) => `iso27001:${c}`),
        ...(meta.frameworks.nist ?? []).map((c) => `nist-800-53:${c}`),
        ...(meta.frameworks.senegal ?? []).map((c) => `senegal-2008-12:${c.replace(/\s+/g, "")}`),
    ];
    return {
        name: meta.id,
        displayName: meta.title.en,
        description: meta.description.en,
        remediationSteps: meta.remediation.en,
        severity: meta.severity,
        enforcementLevel: defaultLevel(meta),
        tags: [meta.service, ...refs],
        ...(configSchema ? { configSchema } : {}),
        meta,
    };
}

/** Context a resource rule body receives. */
export interface ResourceContext<C extends object> {
    readonly args: ResourceValidationArgs;
    readonly config: C;
    readonly report: Report;
    /** YYYY-MM-DD the check runs on (from the caller's RunContext). */
    readonly today: string;
    /** The waivers of the run (from the caller's RunContext); rules other than waiver-not-expired ignore them. */
    readonly waivers: readonly Waiver[];
}

export interface ResourceRuleDef<P, C extends object> {
    readonly meta: RuleMeta;
    readonly configSchema?: PolicyConfigSchema;
    /** Called once per resource whose type is in `meta.resourceTypes`; props are typed as `P`. */
    readonly validate: (props: P, ctx: ResourceContext<C>) => void | Promise<void>;
}

/**
 * Builds a resource policy. `P` is the unwrapped args type of the Pulumi class the rule reads
 * (`ResourceProps<BucketArgs>`); types come from `import type`, so the heavy provider SDK is not
 * loaded at run time. Resources of other types are declared not applicable, as
 * `validateResourceOfType` does.
 */
export function resourceRule<P, C extends object = Record<string, never>>(def: ResourceRuleDef<P, C>): CatalogResourcePolicy {
    const types = new Set(def.meta.resourceTypes);
    return {
        ...policyBase(def.meta, def.configSchema),
        kind: "resource",
        evaluate: (args, run) =>
            collect(
                (urn) => urn ?? args.urn,
                (report) => {
                    if (!types.has(args.type)) {
                        args.notApplicable(`${def.meta.id} only checks ${def.meta.resourceTypes.join(", ")}`);
                    }
                    const ctx = { args, config: args.getConfig<C>(), report, today: run.today, waivers: run.waivers };
                    return def.validate(args.props as P, ctx);
                },
            ),
    };
}

export interface StackContext<C extends object> {
    readonly args: StackValidationArgs;
    readonly config: C;
    readonly report: Report;
    readonly today: string;
    readonly waivers: readonly Waiver[];
}

export interface StackRuleDef<C extends object> {
    readonly meta: RuleMeta;
    readonly configSchema?: PolicyConfigSchema;
    /** Called once per stack. A report without URN is about the stack itself. */
    readonly validate: (resources: readonly PolicyResource[], ctx: StackContext<C>) => void | Promise<void>;
}

/** The type of the root resource the engine registers for every stack (it holds the stack outputs). */
export const STACK_TYPE = "pulumi:pulumi:Stack";

export function stackRule<C extends object = Record<string, never>>(def: StackRuleDef<C>): CatalogStackPolicy {
    return {
        ...policyBase(def.meta, def.configSchema),
        kind: "stack",
        evaluate: (args, run) => {
            const root = args.resources.find((r) => r.type === STACK_TYPE)?.urn;
            return collect(
                (urn) => urn ?? root,
                (report) => def.validate(args.resources, { args, config: args.getConfig<C>(), report, today: run.today, waivers: run.waivers }),
            );
        },
    };
}

/** Props of a Pulumi class as a policy sees them: its args with every Input unwrapped. */
export type ResourceProps<A> = Unwrap<NonNullable<A>>;

/** Shorthand for building a bilingual message. */
export function text(en: string, fr: string): Text {
    return { en, fr };
}
