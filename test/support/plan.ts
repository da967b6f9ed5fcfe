/**
 * Plans a stack in a fresh module registry. Jest caches modules per test file, so a second plan in
 * the same file would reuse the already-evaluated program and register nothing; Pulumi keeps its
 * runtime state on `global`, so the mocks survive the fresh registry (docs/offline-pulumi.md §2).
 */
import type { PlanOptions } from "../../tools/plan/engine";
import type { Plan } from "../../tools/plan/types";

/**
 * Plans of the repository's stacks made in this test file, by preview mode then stack: a layer
 * stack's referenced stacks are planned once per file, not once per stack that reads them.
 */
const made = new Map<string, Map<string, Plan>>();

export async function planIsolated(stack: string, options: PlanOptions = {}): Promise<Plan> {
    let plan: Plan | undefined;
    const cacheKey = `${options.root ?? ""}|${options.program ?? ""}|${options.preview === true}`;
    const planned = made.get(cacheKey) ?? new Map<string, Plan>();
    made.set(cacheKey, planned);
    await jest.isolateModulesAsync(async () => {
        const engine = (await import("../../tools/plan/engine")) as typeof import("../../tools/plan/engine");
        plan = planned.get(stack) ?? (await engine.planStack(stack, { ...options, planned }));
    });
    if (!plan) throw new Error(`planning ${stack} produced nothing`);
    return plan;
}
