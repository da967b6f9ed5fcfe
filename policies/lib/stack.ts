/**
 * What a stack policy knows about the stack it checks. The pack configuration names no stack and no
 * environment (one file serves every stack of a profile), so rules that need them read them from the
 * resources the engine passes: the root `pulumi:pulumi:Stack` resource carries the stack outputs,
 * among them `environment`; every URN carries the stack and project names.
 */
import type { PolicyResource } from "@pulumi/policy";
import { STACK_TYPE } from "./rule";
import { isUnknownValueError, known } from "./util";

/** urn:pulumi:<stack>::<project>::<qualified type>::<name> */
const URN = /^urn:pulumi:([^:]+)::([^:]+)::/;

export interface StackIdentity {
    /** The Pulumi project, from the URNs. */
    readonly project: string;
    /** The stack name, from the URNs. */
    readonly stack: string;
    /**
     * The environment the stack belongs to: the root stack's `environment` output when it is known,
     * otherwise the stack name. Several stacks may form one environment (stack `prod-data`,
     * environment `prod`), so the stack name is only the fallback.
     */
    readonly environment: string;
}

/** The identity of the stack whose resources these are; undefined when no resource has a Pulumi URN. */
export function stackIdentity(resources: readonly PolicyResource[]): StackIdentity | undefined {
    let names: RegExpExecArray | null = null;
    for (const r of resources) {
        names = URN.exec(r.urn);
        if (names) break;
    }
    if (!names) return undefined;
    const root = resources.find((r) => r.type === STACK_TYPE);
    // Unknown during a preview that changes it: then the stack name stands in for it.
    const output = root ? known(() => (root.props as { environment?: unknown }).environment) : undefined;
    const environment = typeof output === "string" && output.trim() !== "" ? output : names[1];
    return { project: names[2], stack: names[1], environment };
}

/**
 * Runs `check` on every resource. A value unknown during preview ends the check of that resource
 * only; the first such error is rethrown once every resource has been checked, so that what could
 * be checked is reported and the engine still says the policy could not fully run, as it does for a
 * resource policy.
 */
export function checkEach(resources: readonly PolicyResource[], check: (r: PolicyResource) => void): void {
    let unknown: unknown;
    for (const r of resources) {
        try {
            check(r);
        } catch (e) {
            if (!isUnknownValueError(e)) throw e;
            unknown ??= e;
        }
    }
    if (unknown !== undefined) throw unknown;
}
