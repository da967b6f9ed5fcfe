/**
 * What must hold of every environment profile, whatever its numbers: a stack of it can exist, its
 * numbers are ones the services accept, and protection is enforced where the profile promises it.
 */
import { CORE_PROFILES, PROFILE_NAMES } from "../../../infra/core/profile";
import { REGION_ZONES } from "../../../infra/core/regions";

/** Log Service keeps data 1 to 3650 days. */
const SLS_RETENTION = { min: 1, max: 3650 };

describe.each(PROFILE_NAMES)("profile %s", (name) => {
    const p = CORE_PROFILES[name];

    it("is filed under its own name", () => {
        expect(p.name).toBe(name);
    });

    it("fits at least one supported region, so a stack of it can exist", () => {
        expect(Object.values(REGION_ZONES).some((zones) => zones.length >= p.zoneCount)).toBe(true);
        expect(Number.isInteger(p.zoneCount) && p.zoneCount >= 1).toBe(true);
    });

    it("keeps logs for a whole number of days Log Service accepts", () => {
        expect(Number.isInteger(p.logRetentionDays)).toBe(true);
        expect(p.logRetentionDays).toBeGreaterThanOrEqual(SLS_RETENTION.min);
        expect(p.logRetentionDays).toBeLessThanOrEqual(SLS_RETENTION.max);
    });

    it("makes the protection guardrail mandatory exactly where it protects stateful resources", () => {
        const level = p.guardrails["stateful-resources-protected"];
        expect(level === "mandatory").toBe(p.protect);
    });
});

describe("profiles together", () => {
    it("keep logs at least as long in a protected profile as in any unprotected one", () => {
        const profiles = PROFILE_NAMES.map((n) => CORE_PROFILES[n]);
        const longestUnprotected = Math.max(...profiles.filter((p) => !p.protect).map((p) => p.logRetentionDays));
        for (const p of profiles.filter((q) => q.protect)) expect(p.logRetentionDays).toBeGreaterThanOrEqual(longestUnprotected);
    });
});
