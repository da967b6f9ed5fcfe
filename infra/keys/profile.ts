/** The keys layer's slice of the environment profiles. */
import type { GuardrailConfig } from "../core/guardrails";
import type { ProfileName } from "../core/profile";

export interface KeysProfile {
    /**
     * Days a key waits in PendingDeletion before KMS destroys it (7 to 366). Everything encrypted
     * with a destroyed key is lost, so prod takes the longest window the service allows.
     */
    readonly pendingWindowInDays: number;
}

export const KEYS_PROFILES: Readonly<Record<ProfileName, KeysProfile>> = {
    dev: { pendingWindowInDays: 7 },
    staging: { pendingWindowInDays: 30 },
    prod: { pendingWindowInDays: 366 },
};

export function keysGuardrails(profile: ProfileName): GuardrailConfig {
    return { "kms-key-pending-window-min-days": { minDays: KEYS_PROFILES[profile].pendingWindowInDays } };
}
