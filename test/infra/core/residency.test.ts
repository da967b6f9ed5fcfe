/**
 * The residency map has one copy (infra/core/residency.ts): the pack configuration of every profile
 * carries it to the data-residency guardrail, and every entry names supported regions and a legal
 * basis. Personal data has no entry until the data protection officer records one.
 */
import { CORE_PROFILES, coreGuardrails, PROFILE_NAMES } from "../../../infra/core/profile";
import { REGION_ZONES } from "../../../infra/core/regions";
import { allowedRegions, RESIDENCY } from "../../../infra/core/residency";
import { DATA_CLASSIFICATIONS } from "../../../infra/core/names";
import { dataResidency } from "../../../policies/rules/governance/data-residency";
import { packConfigFor } from "../../../tools/pack-config";

describe("the residency map", () => {
    it.each(PROFILE_NAMES)("reaches the data-residency guardrail of profile %s through the generated pack configuration", (profile) => {
        expect(coreGuardrails(CORE_PROFILES[profile])["data-residency"]).toEqual({ residency: RESIDENCY });
        expect(packConfigFor(profile)["data-residency"]).toMatchObject({ residency: RESIDENCY });
    });

    it("names supported regions and a legal basis in every entry, and only known classifications", () => {
        for (const [classification, entry] of Object.entries(RESIDENCY)) {
            expect(DATA_CLASSIFICATIONS).toContain(classification);
            expect(entry.regions.length).toBeGreaterThan(0);
            for (const r of entry.regions) expect(Object.keys(REGION_ZONES)).toContain(r);
            expect(entry.legalBasis.trim()).not.toBe("");
        }
    });

    it("agrees with the guardrail's own default, so that a pack run without configuration judges the same", () => {
        const schema = dataResidency.configSchema?.properties?.residency as { default?: unknown } | undefined;
        expect(schema?.default).toEqual(RESIDENCY);
    });

    it("allows personal and sensitive-personal data nowhere until the data protection officer records where and why", () => {
        expect(allowedRegions("personal")).toEqual([]);
        expect(allowedRegions("sensitive-personal")).toEqual([]);
        expect(allowedRegions("public", { public: { regions: ["eu-west-1"], legalBasis: "x" } })).toEqual(["eu-west-1"]);
    });
});
