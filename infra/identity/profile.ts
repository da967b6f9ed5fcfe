/** The identity layer's slice of the environment profiles, and the guardrail numbers it implies. */
import type { GuardrailConfig } from "../core/guardrails";
import type { ProfileName } from "../core/profile";

/** The account password policy the owner stack sets (CIS Alibaba 1.7 to 1.11). */
export interface PasswordRules {
    readonly minimumLength: number;
    /** Previous passwords a new one may not repeat. */
    readonly reusePrevention: number;
    /** Days a password lives. */
    readonly maxAgeDays: number;
    /** Wrong passwords in a row before the user is locked out for an hour. */
    readonly maxLoginAttempts: number;
}

export interface IdentityProfile {
    /** Lifetime of a role session in seconds (RAM allows 900 to 43,200): a CI job or a person's session. */
    readonly sessionSeconds: number;
    readonly password: PasswordRules;
    /** How often the trail's alerts query the last events ("5m"): the longest a critical event waits before paging. */
    readonly alertInterval: string;
}

/**
 * One password policy for every profile: it is account-wide, and whichever profile the owner stack
 * has, the account's people are the same people.
 */
const PASSWORD: PasswordRules = { minimumLength: 14, reusePrevention: 24, maxAgeDays: 90, maxLoginAttempts: 5 };

export const IDENTITY_PROFILES: Readonly<Record<ProfileName, IdentityProfile>> = {
    dev: { sessionSeconds: 3600, password: PASSWORD, alertInterval: "5m" },
    staging: { sessionSeconds: 3600, password: PASSWORD, alertInterval: "5m" },
    prod: { sessionSeconds: 3600, password: PASSWORD, alertInterval: "5m" },
};

export function identityGuardrails(profile: ProfileName): GuardrailConfig {
    const p = IDENTITY_PROFILES[profile].password;
    return {
        "ram-password-policy-check": { minimumLength: p.minimumLength },
        "ram-password-policy-reuse-prevention": { minimumReusePrevention: p.reusePrevention },
        "ram-password-policy-max-age": { maximumAgeDays: p.maxAgeDays },
        "ram-password-policy-max-login-attempts": { maximumLoginAttempts: p.maxLoginAttempts },
    };
}
