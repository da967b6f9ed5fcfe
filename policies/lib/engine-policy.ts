/**
 * The catalog's policies as the Pulumi engine runs them. The pack (`policies/index.ts`) wraps each
 * catalog policy here, explicitly, with the run's waivers and date; nothing else is shared.
 *
 * Under the engine a validation reports English strings through `reportViolation`, so each wrapped
 * validation evaluates the rule, applies the waivers (the same `applyWaivers` as the offline audit),
 * reports what is not waived in English, and then rethrows whatever stopped the rule early, so that
 * the engine's own handling of `notApplicable` and of unknown values in preview is unchanged.
 */
import type { Policy, ReportViolation, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import type { CatalogPolicy, Evaluation, RunContext } from "./rule";
import { applyWaivers } from "./waivers";

export type EnginePolicy = ResourceValidationPolicy | StackValidationPolicy;

function deliver(policy: string, evaluation: Evaluation, run: RunContext, reportViolation: ReportViolation): void {
    const findings = evaluation.violations.map((v) => ({ ...v, policy }));
    for (const f of applyWaivers(findings, run.waivers, run.today)) {
        if (!f.waived) reportViolation(f.message.en, f.urn);
    }
    if (evaluation.stopped !== undefined) throw evaluation.stopped;
}

/** CrossGuard's metadata of a catalog policy, without what only the catalog uses. */
function metadata(policy: CatalogPolicy): Policy {
    const { meta: _meta, kind: _kind, evaluate: _evaluate, ...rest } = policy;
    return rest;
}

export function forEngine(policy: CatalogPolicy, run: RunContext): EnginePolicy {
    if (policy.kind === "resource") {
        return {
            ...metadata(policy),
            validateResource: async (args, reportViolation) => deliver(policy.name, await policy.evaluate(args, run), run, reportViolation),
        };
    }
    return {
        ...metadata(policy),
        validateStack: async (args, reportViolation) => deliver(policy.name, await policy.evaluate(args, run), run, reportViolation),
    };
}
