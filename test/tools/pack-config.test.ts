/**
 * The pack configuration is generated from infra/ profiles: the committed files must be what the
 * generator writes, every entry must be valid for the pack, and a number must have one source.
 */
import * as path from "node:path";
import { mergeGuardrails } from "../../infra/core/guardrails";
import { PROFILE_NAMES } from "../../infra/core/profile";
import { catalog } from "../../policies/catalog";
import { readWaiverFile } from "../../policies/lib/waivers";
import { checkPackConfig, resolvePolicyConfig } from "../../tools/audit/engine";
import { stackLayers } from "../../tools/plan/layered";
import { readStackConfig, listStacks } from "../../tools/plan/stack-config";
import { main, packConfigFor } from "../../tools/pack-config";

const ROOT = path.resolve(__dirname, "..", "..");

describe("policies/config/<profile>.json", () => {
    it("is exactly what npm run pack-config generates from infra/", async () => {
        const stderr = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
        try {
            expect(await main(["--check"])).toBe(0);
            expect(stderr).not.toHaveBeenCalled();
        } finally {
            stderr.mockRestore();
        }
    });

    it.each(PROFILE_NAMES)("is a valid pack configuration for %s: known policies, levels and typed properties", (profile) => {
        const config = checkPackConfig(packConfigFor(profile), catalog, profile);
        for (const policy of catalog) expect(() => resolvePolicyConfig(policy, config, "advisory")).not.toThrow();
    });

    it.each(PROFILE_NAMES)("names no environment or stack for %s", (profile) => {
        const text = JSON.stringify(packConfigFor(profile));
        for (const stack of listStacks(ROOT)) expect(text).not.toContain(`"${stack}"`);
    });
});

describe("mergeGuardrails", () => {
    it("merges a level from one part with a threshold from another", () => {
        expect(
            mergeGuardrails([
                { source: "a", config: { "x-policy": "advisory" } },
                { source: "b", config: { "x-policy": { max: 3 } } },
            ]),
        ).toEqual({ "x-policy": { enforcementLevel: "advisory", max: 3 } });
    });

    it("refuses a field set by two parts, naming both", () => {
        expect(() =>
            mergeGuardrails([
                { source: "infra/a", config: { "x-policy": { max: 3 } } },
                { source: "infra/b", config: { "x-policy": { max: 4 } } },
            ]),
        ).toThrow("guardrail x-policy.max is set by both infra/a and infra/b");
    });
});

describe("the legacy flow-log store needs no waiver", () => {
    it("has none: the stacks that keep it declare it retired (sls-logstore-encrypt-key-origin-check judges the declaration)", () => {
        const waivers = readWaiverFile(path.join(ROOT, "policies", "waivers.json"));
        expect(waivers.filter((w) => w.policy === "sls-logstore-encrypt-key-origin-check")).toEqual([]);
        const keeping = listStacks(ROOT).filter((s) => (readStackConfig(ROOT, s).values["dakar2026:legacyFlowLogStoreUntil"] ?? "") !== "");
        // Only prod made its flow-log store before the logs key: the single form and the data stack that replaces it.
        expect(keeping.sort()).toEqual(["prod", "prod-data"]);
        expect(keeping.every((s) => stackLayers(readStackConfig(ROOT, s)).layers.deployed.includes("network"))).toBe(true);
    });
});
