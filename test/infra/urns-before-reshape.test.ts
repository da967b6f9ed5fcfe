/**
 * The reshape into rooms must not move anything in the cloud: every URN that dev, staging and prod
 * planned before it (committed beside this test's fixtures) is still planned, or is the alias of a
 * resource that is, or is retired on purpose with a reason. A URN that vanishes otherwise would be
 * a delete and a create under `pulumi up`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Plan } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";

const DIR = path.resolve(__dirname, "..", "fixtures", "urns-before-reshape");
const STACKS = fs
    .readdirSync(DIR)
    .map((f) => /^(.+)\.txt$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined);
const retired = (JSON.parse(fs.readFileSync(path.join(DIR, "retired.json"), "utf8")) as { retired: { urn: string; reason: string }[] }).retired;

/** URNs a plan keeps: its own and every alias its resources declare. */
function keptUrns(plan: Plan): Set<string> {
    return new Set(plan.resources.flatMap((r) => [r.urn, ...r.options.aliases]));
}

describe.each(STACKS)("stack %s after the reshape", (stack) => {
    let plan: Plan;
    beforeAll(async () => {
        plan = await planIsolated(stack);
    });

    it("still plans every URN it planned before, aliased or retired with a reason", () => {
        const before = fs.readFileSync(path.join(DIR, `${stack}.txt`), "utf8").split("\n").filter(Boolean);
        const kept = keptUrns(plan);
        const retiredHere = new Set(retired.map((r) => r.urn));
        expect(before.filter((urn) => !kept.has(urn) && !retiredHere.has(urn))).toEqual([]);
    });

    it("retires only URNs that really left the plan", () => {
        const kept = keptUrns(plan);
        const own = retired.filter((r) => r.urn.startsWith(`urn:pulumi:${stack}::`));
        expect(own.filter((r) => kept.has(r.urn)).map((r) => r.urn)).toEqual([]);
        for (const r of own) expect(r.reason).toMatch(/\S{10,}/);
    });
});
