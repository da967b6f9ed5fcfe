/**
 * The compliant baselines every policy test starts from (test/support/baselines.ts): one per
 * resource type a rule reads, and together a stack that passes the whole catalog.
 */
import { catalog } from "../../policies/catalog";
import { audit } from "../../tools/audit/engine";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { BASELINES, baseline, baselineWorld, FORBIDDEN, PROJECT, STACK } from "../support/baselines";
import { TEST_TODAY } from "../support/policy";

const readTypes = new Set(catalog.flatMap((p) => p.meta.resourceTypes));

async function findings(resources: readonly PlanResource[]): Promise<string[]> {
    const plan: Plan = { project: PROJECT, stack: STACK, profile: "", resources, outputs: {}, warnings: [] };
    const result = await audit(plan, { policies: catalog, packConfig: { all: "mandatory" }, waivers: [], today: TEST_TODAY });
    return result.findings.map((f) => `${f.policy} | ${f.name} | ${f.message.en}`);
}

describe("baselines", () => {
    it("exist for every resource type a policy reads, and for nothing else", () => {
        expect([...readTypes].filter((t) => BASELINES[t] === undefined).sort()).toEqual([]);
        expect(Object.keys(BASELINES).filter((t) => !readTypes.has(t)).sort()).toEqual([]);
    });

    it("together pass every policy of the catalog, each made mandatory", async () => {
        const world = baselineWorld();
        expect(new Set(world.map((r) => r.type)).size).toBe(readTypes.size - Object.keys(FORBIDDEN).length);
        expect(await findings(world)).toEqual([]);
    });

    it.each(Object.entries(FORBIDDEN))("of %s fails only %s, by its presence", async (type, policy) => {
        const found = await findings([...baselineWorld(), baseline(type)]);
        expect(found.length).toBeGreaterThan(0);
        expect(found.filter((f) => !f.startsWith(`${policy} | `))).toEqual([]);
    });
});
