/**
 * Test helpers for policies: build plan resources literally and run one policy through the real
 * audit engine (the same code path as `npm run audit`), returning the findings.
 */
import type { CatalogPolicy } from "../../policies/lib/rule";
import type { Waiver } from "../../policies/lib/waivers";
import { audit, Finding, PackConfig } from "../../tools/audit/engine";
import { NO_OPTIONS, Plan, PlanResource, PlanResourceOptions } from "../../tools/plan/types";

export const TEST_TODAY = "2026-11-26";


export interface ResOverrides {
    readonly id?: string;
    readonly parent?: string;
    readonly outputs?: Record<string, unknown>;
    readonly options?: Partial<PlanResourceOptions>;
    /** Property name → resources its value came from (a Pulumi reference). */
    readonly refs?: Record<string, readonly PlanResource[]>;
}

/** A plan resource of `type` named `name` with `inputs`; outputs default to the inputs. */
export function res(type: string, name: string, inputs: Record<string, unknown>, o: ResOverrides = {}): PlanResource {
    const propertyDependencies: Record<string, string[]> = {};
    for (const [prop, targets] of Object.entries(o.refs ?? {})) propertyDependencies[prop] = targets.map((t) => t.urn);
    return {
        urn: `urn:pulumi:test::dakar2026::${type}::${name}`,
        type,
        name,
        custom: true,
        id: o.id ?? `${name}-id`,
        inputs,
        outputs: o.outputs ?? inputs,
        options: { ...NO_OPTIONS, ...o.options },
        propertyDependencies,
        ...(o.parent ? { parent: o.parent } : {}),
    };
}

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

/** The root stack resource of the test stack; `outputs` are the stack outputs, as the engine registers them. */
export function stackRoot(outputs: Record<string, unknown>): PlanResource {
    return { ...res("pulumi:pulumi:Stack", "dakar2026-test", {}, { outputs }), custom: false };
}

/** The default Alibaba Cloud provider the engine creates for a stack, in `region`. */
export function defaultProvider(region: string): PlanResource {
    return res("pulumi:providers:alicloud", "default_3_108_0", { region, version: "3.108.0" }, { id: "default-provider-id" });
}
