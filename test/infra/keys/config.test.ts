/** The keys layer's settings: only its profile slice, and the guardrail threshold that follows from it. */
import { CORE_PROFILES, PROFILE_NAMES } from "../../../infra/core/profile";
import { parseCore } from "../../../infra/core/settings";
import { keysConfig, parseKeysConfig } from "../../../infra/keys/config";
import { KEYS_PROFILES, keysGuardrails } from "../../../infra/keys/profile";
import { rawFor } from "../../support/settings";

/** KMS keeps a key in PendingDeletion 7 to 366 days. */
const KMS_PENDING_WINDOW = { min: 7, max: 366 };

describe.each(PROFILE_NAMES)("the keys layer in profile %s", (name) => {
    const slice = KEYS_PROFILES[name];

    it("carries its profile slice and reads no stack key", () => {
        const raw = rawFor({ profile: name });
        const config = parseKeysConfig(raw, parseCore(raw, "dev"));
        expect(config.profile).toBe(slice);
        expect(Object.isFrozen(config)).toBe(true);
        expect(keysConfig.keys).toEqual([]);
    });

    it("waits a number of days KMS accepts before destroying a key, the longest where the profile protects", () => {
        expect(Number.isInteger(slice.pendingWindowInDays)).toBe(true);
        expect(slice.pendingWindowInDays).toBeGreaterThanOrEqual(KMS_PENDING_WINDOW.min);
        expect(slice.pendingWindowInDays).toBeLessThanOrEqual(KMS_PENDING_WINDOW.max);
        if (CORE_PROFILES[name].protect) expect(slice.pendingWindowInDays).toBe(KMS_PENDING_WINDOW.max);
    });

    it("asks the pending-window guardrail for at least the profile's window", () => {
        expect(keysGuardrails(name)["kms-key-pending-window-min-days"]).toEqual({ minDays: slice.pendingWindowInDays });
    });
});
