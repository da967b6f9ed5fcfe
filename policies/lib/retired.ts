/**
 * Logstores a stack keeps only for the logs they still hold. Log Service cannot change a store's
 * encryption key, so a store made before the customer key existed cannot be brought under it; it
 * can only be emptied by time (its retention) and then deleted. The stack declares such a store in
 * its `retiredLogStores` output ({ <logstoreName>: <last day kept, YYYY-MM-DD> }; the network layer
 * writes it from dakar2026:legacyFlowLogStoreUntil), and the rules that judge what a store receives
 * read the declaration here together with the stack's writers.
 */
import type { PolicyResource } from "@pulumi/policy";
import { STACK_TYPE } from "./rule";
import { known } from "./util";

export const RETIRED_LOG_STORES_OUTPUT = "retiredLogStores";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Logstore name → last day kept, from every root stack of the plan. */
export function retiredLogStores(resources: readonly PolicyResource[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const root of resources.filter((r) => r.type === STACK_TYPE)) {
        const value = known(() => (root.props as Record<string, unknown>)[RETIRED_LOG_STORES_OUTPUT]);
        if (value === null || typeof value !== "object") continue;
        for (const [name, until] of Object.entries(value as Record<string, unknown>)) {
            if (typeof until === "string" && DATE.test(until)) out.set(name, until);
        }
    }
    return out;
}

/** Props whose name says they name a logstore a resource writes to (vpc.FlowLog logStoreName, ALB accessLogConfig.logStore...). */
const STORE_PROP = /^log_?store(name)?$/i;

/**
 * The resources that write to `store` (named `name`): any resource whose props name it in a
 * logstore input (top level or one object down), or that took a value from it by reference.
 */
export function writersOf(resources: readonly PolicyResource[], store: PolicyResource, name: string): PolicyResource[] {
    const names = (props: unknown): boolean => {
        if (props === null || typeof props !== "object") return false;
        for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
            const value = known(() => v);
            if (STORE_PROP.test(k) && value === name) return true;
        }
        return false;
    };
    return resources.filter((r) => {
        if (r === store || r.type === STACK_TYPE) return false;
        if (Object.values(r.propertyDependencies).some((deps) => deps.some((d) => d.urn === store.urn))) return true;
        const props = r.props as Record<string, unknown>;
        if (names(props)) return true;
        return Object.keys(props).some((k) => names(known(() => props[k])));
    });
}
