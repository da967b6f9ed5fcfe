/**
 * The contract every rule of the catalog follows, and the two factories that turn a rule
 * definition into a real CrossGuard policy object.
 *
 * Rules are plain objects (no `new PolicyPack` here) so that the pack (`policies/index.ts`), the
 * offline audit (`tools/audit`) and the tests all run the very same objects.
 *
 * Messages are bilingual. The Pulumi engine's `reportViolation` takes one string, so a rule reports
 * a `Text` and the factory hands the engine the English text. The offline audit passes a report
 * function that carries a `REPORT_HOOKS` property; when it is there the factory gives it the whole
 * `Text` and tells it about waivers, so French reports and "waived" markers are possible without a
 * second code path.
 */
import type {
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ReportViolation,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import type { Unwrap } from "@pulumi/pulumi";
import { findWaiver, Waiver } from "./waivers";

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

/** Hooks the offline audit attaches to its report function (absent under the Pulumi engine). */
export interface ReportHooks {
    /** Receives the full bilingual message instead of the English string. */
    readonly report: (message: Text, urn: string | undefined) => void;
    /** Receives violations an active waiver covers; the engine never sees them. */
    readonly waived: (message: Text, urn: string | undefined, waiver: Waiver) => void;
    /** The date waivers are compared with (YYYY-MM-DD); the engine uses today. */
    readonly today: string;
}

export const REPORT_HOOKS = Symbol.for("dakar2026.policy.report-hooks");

type HookedReport = ReportViolation & { [REPORT_HOOKS]?: ReportHooks };

/** The bilingual report function handed to rule bodies. */
export type Report = (message: Text, urn?: string) => void;

export type CatalogResourcePolicy = ResourceValidationPolicy & { readonly meta: RuleMeta };
export type CatalogStackPolicy = StackValidationPolicy & { readonly meta: RuleMeta };
export type CatalogPolicy = CatalogResourcePolicy | CatalogStackPolicy;

/** Waivers in force for the pack; set once by the pack's index and by the audit. */
let activeWaivers: readonly Waiver[] = [];

export function useWaivers(waivers: readonly Waiver[]): void {
    activeWaivers = waivers;
}

export function currentWaivers(): readonly Waiver[] {
    return activeWaivers;
}

function todayUtc(): string {
    return new Date().toISOString().slice(0, 10);
}

function makeReport(policyId: string, defaultUrn: string | undefined, engineReport: ReportViolation): { report: Report; today: string } {
    const hooks = (engineReport as HookedReport)[REPORT_HOOKS];
    const today = hooks?.today ?? todayUtc();
    const report = (message: Text, urn?: string) => {
        const target = urn ?? defaultUrn;
        const waiver = target === undefined ? undefined : findWaiver(activeWaivers, policyId, target, today);
        if (waiver) {
            hooks?.waived(message, urn, waiver);
            return;
        }
        if (hooks) {
            hooks.report(message, urn);
        } else {
            engineReport(message.en, urn);
        }
    };
    return { report, today };
}

function defaultLevel(meta: RuleMeta): EnforcementLevel {
    if (meta.enforcementLevel) {
        return meta.enforcementLevel;
    }
    return meta.severity === "low" ? "advisory" : "mandatory";
}

function policyBase(meta: RuleMeta, configSchema: PolicyConfigSchema | undefined) {
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
    /** YYYY-MM-DD the check runs on (injected by the audit, today under the engine). */
    readonly today: string;
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
        validateResource: (args: ResourceValidationArgs, reportViolation: ReportViolation) => {
            if (!types.has(args.type)) {
                args.notApplicable(`${def.meta.id} only checks ${def.meta.resourceTypes.join(", ")}`);
            }
            const { report, today } = makeReport(def.meta.id, args.urn, reportViolation);
            return def.validate(args.props as P, { args, config: args.getConfig<C>(), report, today });
        },
    };
}

export interface StackContext<C extends object> {
    readonly args: StackValidationArgs;
    readonly config: C;
    readonly report: Report;
    readonly today: string;
}

export interface StackRuleDef<C extends object> {
    readonly meta: RuleMeta;
    readonly configSchema?: PolicyConfigSchema;
    /** Called once per stack. Stack rules must report with an explicit URN. */
    readonly validate: (resources: readonly PolicyResource[], ctx: StackContext<C>) => void | Promise<void>;
}

export function stackRule<C extends object = Record<string, never>>(def: StackRuleDef<C>): CatalogStackPolicy {
    return {
        ...policyBase(def.meta, def.configSchema),
        validateStack: (args: StackValidationArgs, reportViolation: ReportViolation) => {
            const { report, today } = makeReport(def.meta.id, undefined, reportViolation);
            return def.validate(args.resources, { args, config: args.getConfig<C>(), report, today });
        },
    };
}

/** Props of a Pulumi class as a policy sees them: its args with every Input unwrapped. */
export type ResourceProps<A> = Unwrap<NonNullable<A>>;

/** Shorthand for building a bilingual message. */
export function text(en: string, fr: string): Text {
    return { en, fr };
}
