/**
 * Test helpers for policies: run one policy through the real audit engine (the same code path as
 * `npm run audit`) and return its findings.
 */
import type { CatalogPolicy } from "../../policies/lib/rule";
import type { Waiver } from "../../policies/lib/waivers";
import { audit, Finding, PackConfig } from "../../tools/audit/engine";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { planResource, stackRoot } from "./baselines";

export const TEST_TODAY = "2026-11-26";

/**
 * A plan resource built literally (`res(type, name, inputs, options)`), for tests about the audit
 * itself; policy tests start from a compliant baseline instead (`baseline` in ./baselines).
 */
export { planResource as res, stackRoot };

export interface RunOptions {
    /** Policy config properties (merged over the schema defaults, as the CLI does). */
    readonly config?: Record<string, unknown>;
    readonly waivers?: readonly Waiver[];
    readonly today?: string;
    readonly packConfig?: PackConfig;
}

/** Runs one policy (mandatory unless packConfig says otherwise) and returns its findings. */
export async function run(policy: CatalogPolicy, resources: readonly PlanResource[], o: RunOptions = {}): Promise<Finding[]> {
    const plan: Plan = { project: "dakar2026", stack: "test", profile: "prod", resources, outputs: {}, warnings: [] };
    const packConfig = o.packConfig ?? { [policy.name]: { enforcementLevel: "mandatory", ...o.config } };
    const result = await audit(plan, { policies: [policy], packConfig, waivers: o.waivers ?? [], today: o.today ?? TEST_TODAY });
    return [...result.findings];
}

/** English messages of the findings, in order. */
export async function messages(policy: CatalogPolicy, resources: readonly PlanResource[], o: RunOptions = {}): Promise<string[]> {
    return (await run(policy, resources, o)).map((f) => f.message.en);
}

/** The default Alibaba Cloud provider the engine creates for a stack, in `region`. */
export function defaultProvider(region: string): PlanResource {
    return planResource("pulumi:providers:alicloud", "default_3_108_0", { region, version: "3.108.0" }, { id: "default-provider-id" });
}
