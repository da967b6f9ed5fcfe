/**
 * Stack rules in layer stacks. Under the real engine the pack checks each stack on its own. A stack
 * that reads layers from other stacks exports `layerStacks` ({ <layer>: <stack> }), which stack
 * policies see as a prop of the root stack resource; the StackReferences themselves are read
 * resources, which the engine does not pass to stack policies. The resources a rule joins to (the
 * vSwitches of a scaling group, the security group of a scaling configuration, the bucket of a
 * trail) may then be deployed in another stack of the environment. There the rule cannot decide: it
 * says "not applicable" instead of failing for what it cannot see or passing because it saw
 * nothing. `npm run audit -- --env <environment>` checks every stack of the environment together,
 * where those joins resolve.
 */
import type { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import { STACK_TYPE } from "./rule";
import { idOf, known } from "./util";

/** The stack output a layer stack exports to name the stacks it reads (infra/index.ts). */
export const LAYER_STACKS_OUTPUT = "layerStacks";

/** The stacks this one reads layers from (its `layerStacks` output); empty for a single-stack environment. */
export function referencedStacks(resources: readonly PolicyResource[]): string[] {
    const found = new Set<string>();
    for (const root of resources.filter((r) => r.type === STACK_TYPE)) {
        const value = known(() => (root.props as Record<string, unknown>)[LAYER_STACKS_OUTPUT]);
        if (value === null || typeof value !== "object") continue;
        for (const k of Object.keys(value)) {
            const stack = known(() => (value as Record<string, unknown>)[k]);
            if (typeof stack === "string" && stack !== "") found.add(stack);
        }
    }
    return [...found].sort();
}

/**
 * Values of `prop` on `source` (a string, a list, or a comma-separated list) that name no resource
 * of this stack: none of `targets` is their id, nor their `nameProps`, nor a dependency.
 */
export function unresolved(source: PolicyResource, prop: string, targets: readonly PolicyResource[], nameProps: readonly string[] = []): string[] {
    const value = known(() => (source.props as Record<string, unknown>)[prop]);
    const values = (Array.isArray(value) ? value : typeof value === "string" ? value.split(",").map((s) => s.trim()) : [])
        .map((v) => known(() => v as unknown))
        .filter((v): v is string => typeof v === "string" && v !== "");
    if (values.length === 0) return [];
    const names = new Set<string>();
    for (const t of targets) {
        const props = t.props as Record<string, unknown>;
        const id = known(() => idOf(t));
        if (typeof id === "string") names.add(id);
        for (const k of nameProps) {
            const v = known(() => props[k]);
            if (typeof v === "string") names.add(v);
        }
    }
    const deps = new Set((source.propertyDependencies[prop] ?? []).map((d) => d.urn));
    if (targets.some((t) => deps.has(t.urn))) return [];
    return values.filter((v) => !names.has(v));
}

/**
 * Ends the rule as not applicable in a stack that reads other stacks, when what it joins to is not
 * here (`missing`, described for the report) and it reported nothing it could decide. A
 * single-stack environment has no StackReference, so there a missing resource stays the rule's own
 * business (usually a violation).
 */
export function notHere(args: StackValidationArgs, resources: readonly PolicyResource[], missing: readonly string[], reported: boolean): void {
    const stacks = referencedStacks(resources);
    if (missing.length === 0 || stacks.length === 0 || reported) return;
    args.notApplicable(
        `needs ${missing.slice(0, 3).join("; ")}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}, deployed by another stack ` +
            `of the environment (this stack reads ${stacks.join(", ")}); npm run audit -- --env checks it with every stack of the environment`,
    );
}
