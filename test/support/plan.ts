/**
 * Plans a stack in a fresh module registry. Jest caches modules per test file, so a second plan in
 * the same file would reuse the already-evaluated program and register nothing; Pulumi keeps its
 * runtime state on `global`, so the mocks survive the fresh registry (docs/offline-pulumi.md §2).
 */
import type { PlanOptions } from "../../tools/plan/engine";
import type { Plan } from "../../tools/plan/types";

export async function planIsolated(stack: string, options: PlanOptions = {}): Promise<Plan> {
    let plan: Plan | undefined;
    await jest.isolateModulesAsync(async () => {
        const engine = (await import("../../tools/plan/engine")) as typeof import("../../tools/plan/engine");
        plan = await engine.planStack(stack, options);
    });
    if (!plan) throw new Error(`planning ${stack} produced nothing`);
    return plan;
}
