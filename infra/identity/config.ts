/**
 * The identity layer's settings: which accounts may assume the operator and auditor roles, how the
 * CI proves who it is (the OIDC issuer, the audience its tokens carry, and the exact subject of the
 * deploying and the previewing workflow), and, in the stack that owns the account, the OIDC
 * provider's certificate fingerprints and who the trail's alerts page.
 */
import { deepFreeze, key, parseJson, quote, RawConfig, SettingsError } from "../core/config";
import type { LayerConfig } from "../core/layer";
import { ACCOUNT_ID, ACCOUNT_ID_TEXT, CoreSettings } from "../core/settings";
import { IDENTITY_PROFILES, IdentityProfile, identityGuardrails } from "./profile";

export interface CiTrust {
    /** The OIDC issuer URL, exactly as the tokens' `iss` claim writes it. */
    readonly issuer: string;
    /** The audience (the provider's client id) the tokens carry in `aud`. */
    readonly audience: string;
    /** The `sub` claim of the workflow that deploys this environment. */
    readonly deployerSubject: string;
    /** The `sub` claim of the workflow that previews pull requests. */
    readonly previewerSubject: string;
}

export interface IdentityConfig {
    readonly profile: IdentityProfile;
    readonly accountId: string;
    readonly accountOwner: boolean;
    /** Accounts whose RAM identities may assume the operator role (this account first). */
    readonly operatorAccounts: readonly string[];
    /** Accounts whose RAM identities may assume the auditor role (this account first). */
    readonly auditorAccounts: readonly string[];
    readonly ci: CiTrust;
    /** Only where the stack owns the account. */
    readonly account?: {
        /** SHA-1 fingerprints of the issuer's HTTPS certificate chain, pinned in the OIDC provider. */
        readonly oidcFingerprints: readonly string[];
        /** Log Service action policy the trail's alerts notify (who is paged). */
        readonly alertActionPolicy: string;
        /**
         * Adopt (import) the OIDC provider and the deployer role with its policies, made by hand
         * before the pipeline could run (docs/runbooks/bootstrap-ci-identity.md), instead of creating them.
         */
        readonly adoptCiBootstrap: boolean;
    };
}

export const IDENTITY_KEYS = [
    "operatorAccounts",
    "auditorAccounts",
    "ciOidcIssuer",
    "ciOidcAudience",
    "ciDeployerSubject",
    "ciPreviewerSubject",
    "ciOidcFingerprints",
    "trailAlertActionPolicy",
    "adoptCiBootstrap",
] as const;

const ISSUER = /^https:\/\/[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(\/[A-Za-z0-9._~-]+)*$/;
const AUDIENCE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
/** A subject compared with StringEquals: printable, no spaces, and no wildcard (which RAM would not expand anyway). */
const SUBJECT = /^[A-Za-z0-9._:/@=+-]{1,255}$/;
const FINGERPRINT = /^[0-9a-fA-F]{40}$/;
const ACTION_POLICY = /^[A-Za-z0-9_.-]{1,64}$/;

const optional = (raw: RawConfig, k: string): string | undefined => (raw[k] === undefined || raw[k] === "" ? undefined : raw[k]);

function stringList(raw: RawConfig, k: string, what: string): string[] {
    if (optional(raw, k) === undefined) return [];
    const v = parseJson(raw, k, what);
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    if (new Set(v).size !== v.length) throw new SettingsError(`${k} lists a value twice (got ${quote(raw[k])}); each may appear once`);
    return v as string[];
}

/** This account, then the accounts a setting adds (each a UID, never this account twice). */
function trustedAccounts(raw: RawConfig, name: "operatorAccounts" | "auditorAccounts", accountId: string): string[] {
    const k = key(name);
    const listed = stringList(raw, k, `an array of account UIDs (16 digits each) besides this account, e.g. ["5012345678901234"]`);
    for (const id of listed) {
        if (!ACCOUNT_ID.test(id)) throw new SettingsError(`${k} contains ${quote(id)}, which is not allowed: ${ACCOUNT_ID_TEXT}`);
        if (id === accountId) throw new SettingsError(`${k} contains ${quote(id)}, this stack's own account (${key("accountId")}), which is always trusted; remove it`);
    }
    return [accountId, ...listed];
}

function requiredText(raw: RawConfig, name: string, what: string, pattern: RegExp): string {
    const k = key(name);
    const v = optional(raw, k);
    if (v === undefined) throw new SettingsError(`${k} is required where the stack deploys the identity layer: ${what}`);
    if (!pattern.test(v)) throw new SettingsError(`${k} ${quote(v)} is not allowed: ${what}`);
    return v;
}

export function parseIdentityConfig(raw: RawConfig, core: CoreSettings): IdentityConfig {
    const accountId = core.accountId;
    if (accountId === undefined) throw new SettingsError(`${key("accountId")} is required where the stack deploys the identity layer: ${ACCOUNT_ID_TEXT}`);
    const subjectText = "the exact `sub` claim of the CI's token, e.g. repo:<owner>/<repository>:environment:<name> (no spaces, no wildcard)";
    const ci: CiTrust = {
        issuer: requiredText(raw, "ciOidcIssuer", "an https URL without a trailing slash, exactly the tokens' iss claim, e.g. https://token.actions.githubusercontent.com", ISSUER),
        audience: requiredText(raw, "ciOidcAudience", "the tokens' aud claim (the OIDC provider's client id): letters, digits and . _ : / -, at most 128 characters", AUDIENCE),
        deployerSubject: requiredText(raw, "ciDeployerSubject", subjectText, SUBJECT),
        previewerSubject: requiredText(raw, "ciPreviewerSubject", subjectText, SUBJECT),
    };
    if (ci.deployerSubject === ci.previewerSubject) {
        throw new SettingsError(
            `${key("ciPreviewerSubject")} ${quote(ci.previewerSubject)} is also ${key("ciDeployerSubject")}; allowed: a subject of its own, or every pull request could deploy`,
        );
    }
    const fingerprints = stringList(raw, key("ciOidcFingerprints"), "an array of SHA-1 certificate fingerprints (40 hexadecimal digits each)");
    for (const f of fingerprints) {
        if (!FINGERPRINT.test(f)) throw new SettingsError(`${key("ciOidcFingerprints")} contains ${quote(f)}, which is not allowed: 40 hexadecimal digits (a SHA-1 fingerprint)`);
    }
    const actionPolicy = optional(raw, key("trailAlertActionPolicy"));
    const adoptRaw = raw[key("adoptCiBootstrap")] ?? "false";
    if (adoptRaw !== "true" && adoptRaw !== "false") throw new SettingsError(`${key("adoptCiBootstrap")} ${quote(adoptRaw)} is not allowed: true or false`);
    const adopt = adoptRaw === "true";
    let account: IdentityConfig["account"];
    if (core.accountOwner) {
        if (fingerprints.length === 0 || fingerprints.length > 5) {
            throw new SettingsError(
                `${key("ciOidcFingerprints")} has ${fingerprints.length} fingerprint(s); the stack owns the account (${key("accountOwner")}) and creates the OIDC provider, which needs 1 to 5 (docs/runbooks/bootstrap-ci-identity.md says how to read them)`,
            );
        }
        if (actionPolicy === undefined) {
            throw new SettingsError(`${key("trailAlertActionPolicy")} is required where the stack owns the account: the id of the Log Service action policy the trail's alerts notify`);
        }
        if (!ACTION_POLICY.test(actionPolicy)) {
            throw new SettingsError(`${key("trailAlertActionPolicy")} ${quote(actionPolicy)} is not allowed: a Log Service action policy id (letters, digits, _ . -, at most 64)`);
        }
        account = { oidcFingerprints: fingerprints, alertActionPolicy: actionPolicy, adoptCiBootstrap: adopt };
    } else {
        // Set where nothing reads it, a value would look in force when it is not.
        const stray = [["ciOidcFingerprints", fingerprints.length > 0], ["trailAlertActionPolicy", actionPolicy !== undefined], ["adoptCiBootstrap", adopt]] as const;
        for (const [name, set] of stray) {
            if (set) throw new SettingsError(`${key(name)} is set but ${key("accountOwner")} is false: only the stack that owns the account reads it; remove it`);
        }
    }
    return deepFreeze({
        profile: IDENTITY_PROFILES[core.profile.name],
        accountId,
        accountOwner: core.accountOwner,
        operatorAccounts: trustedAccounts(raw, "operatorAccounts", accountId),
        auditorAccounts: trustedAccounts(raw, "auditorAccounts", accountId),
        ci,
        ...(account !== undefined ? { account } : {}),
    });
}

export const identityConfig: LayerConfig<IdentityConfig> = {
    keys: IDENTITY_KEYS,
    parse: parseIdentityConfig,
    guardrails: identityGuardrails,
};
