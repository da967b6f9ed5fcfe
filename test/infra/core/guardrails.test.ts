/**
 * The guardrail configuration a profile implies comes from several sources (the core profile and
 * each layer's slice); merging them must never let two sources set the same number.
 */
import { GuardrailConfig, mergeGuardrails } from "../../../infra/core/guardrails";
import { CORE_PROFILES, coreGuardrails, PROFILE_NAMES, ProfileName } from "../../../infra/core/profile";
import { LAYERS } from "../../../infra/settings";

/** Every part of a profile's guardrail configuration, as the pack-config generator would gather them. */
function parts(p: ProfileName): { source: string; config: GuardrailConfig }[] {
    return [
        { source: "core profile", config: CORE_PROFILES[p].guardrails },
        { source: "core thresholds", config: coreGuardrails(CORE_PROFILES[p]) },
        ...Object.entries(LAYERS).map(([name, layer]) => ({ source: name, config: layer.config.guardrails?.(p) ?? {} })),
    ];
}

describe("mergeGuardrails", () => {
    it("joins a level and a threshold of one policy from two sources", () => {
        const merged = mergeGuardrails([
            { source: "a", config: { "p-one": "advisory" } },
            { source: "b", config: { "p-one": { minDays: 7 } } },
        ]);
        expect(merged).toStrictEqual({ "p-one": { enforcementLevel: "advisory", minDays: 7 } });
    });

    it("keeps a bare level as a string and sorts policies by id", () => {
        const merged = mergeGuardrails([{ source: "a", config: { "z-rule": "mandatory", "a-rule": { enforcementLevel: "disabled" } } }]);
        expect(Object.keys(merged)).toEqual(["a-rule", "z-rule"]);
        expect(merged).toStrictEqual({ "a-rule": "disabled", "z-rule": "mandatory" });
    });

    it("refuses a field set by two sources, naming the field and both sources", () => {
        expect(() =>
            mergeGuardrails([
                { source: "core", config: { "p-one": { minDays: 7 } } },
                { source: "keys", config: { "p-one": { minDays: 30 } } },
            ]),
        ).toThrow(new Error("guardrail p-one.minDays is set by both core and keys"));
        expect(() =>
            mergeGuardrails([
                { source: "core", config: { "p-one": "advisory" } },
                { source: "network", config: { "p-one": { enforcementLevel: "mandatory" } } },
            ]),
        ).toThrow(new Error("guardrail p-one.enforcementLevel is set by both core and network"));
    });
});

describe.each(PROFILE_NAMES)("the guardrails of profile %s", (p) => {
    it("merge from every source with one source for every level and threshold", () => {
        expect(() => mergeGuardrails(parts(p))).not.toThrow();
    });

    it("keep every entry a known level or an object of a known level", () => {
        const levels = ["advisory", "mandatory", "remediate", "disabled", undefined];
        for (const entry of Object.values(mergeGuardrails(parts(p)))) {
            expect(levels).toContain(typeof entry === "string" ? entry : entry.enforcementLevel);
        }
    });
});
