/**
 * The settings every layer shares: who the stack belongs to (project, environment, owner, cost
 * centre), its profile, and where it runs (region and zones).
 */
import { deepFreeze, key, parseJson, quote, RawConfig, required, SettingsError, text } from "./config";
import { PROJECT, TagScope } from "./names";
import { CORE_PROFILES, CoreProfile, PROFILE_NAMES, ProfileName } from "./profile";
import { REGION_ZONES } from "./regions";

export interface CoreSettings extends TagScope {
    readonly project: string;
    /** The Pulumi stack being deployed. */
    readonly stack: string;
    /**
     * The environment the stack belongs to (`dakar2026:environment`, by default the stack name).
     * Names and tags use it, so several stacks can form one environment.
     */
    readonly environment: string;
    readonly profile: CoreProfile;
    readonly region: string;
    /** Zones of the region the stack spans, in the region's order. */
    readonly zones: readonly string[];
    readonly owner: string;
    readonly costCentre: string;
    /**
     * The Alibaba Cloud account (UID) the stack deploys into (`dakar2026:accountId`), for trust
     * policies and ARNs; unset in stacks that name no account-level ARN (the identity layer requires it).
     */
    readonly accountId?: string;
    /**
     * Whether this stack owns the account-wide resources (`dakar2026:accountOwner`): the password
     * policy, the console MFA preference, the CI's OIDC provider and the all-regions trail. True in
     * exactly one stack per account, so that destroying any other stack never resets them.
     */
    readonly accountOwner: boolean;
}

/** Keys of the project namespace this parser reads (the provider's `alicloud:region` too). */
export const CORE_KEYS = ["profile", "environment", "zones", "owner", "costCentre", "accountId", "accountOwner"] as const;

const ENVIRONMENT = /^[a-z][a-z0-9]{1,15}$/;
const LABEL = /^[a-z0-9][a-z0-9-]{0,62}$/i;
/** Alibaba Cloud account UIDs are 16 digits (e.g. the `113511544585****` of the RAM documentation's ARNs). */
export const ACCOUNT_ID = /^\d{16}$/;
export const ACCOUNT_ID_TEXT = "an Alibaba Cloud account UID, 16 digits (aliyun sts GetCallerIdentity prints it as AccountId)";

function accountIdOf(raw: RawConfig): string | undefined {
    const k = key("accountId");
    const v = raw[k];
    // Declared in Pulumi.yaml with an empty default: empty is unset.
    if (v === undefined || v === "") return undefined;
    if (!ACCOUNT_ID.test(v)) throw new SettingsError(`${k} ${quote(v)} is not allowed: ${ACCOUNT_ID_TEXT}`);
    return v;
}

function accountOwnerOf(raw: RawConfig): boolean {
    const k = key("accountOwner");
    const v = raw[k] ?? "false";
    if (v !== "true" && v !== "false") throw new SettingsError(`${k} ${quote(v)} is not allowed: true or false`);
    return v === "true";
}

export function profileName(raw: RawConfig): ProfileName {
    const v = required(raw, key("profile"), `one of ${PROFILE_NAMES.join(", ")}`);
    if (!(PROFILE_NAMES as readonly string[]).includes(v)) {
        throw new SettingsError(`${key("profile")} ${quote(v)} is not a known profile; allowed: ${PROFILE_NAMES.join(", ")}`);
    }
    return v as ProfileName;
}

function environmentOf(raw: RawConfig, stack: string): string {
    const k = key("environment");
    const what = "2 to 16 lowercase letters or digits, starting with a letter";
    const given = raw[k];
    // Pulumi.yaml declares it with an empty default: a declared key without one would be required.
    if (given !== undefined && given !== "") {
        if (!ENVIRONMENT.test(given)) throw new SettingsError(`${k} ${quote(given)} is not allowed: ${what}`);
        return given;
    }
    if (!ENVIRONMENT.test(stack)) {
        throw new SettingsError(`stack name ${quote(stack)} cannot name an environment (${what}); set ${k} in the stack file`);
    }
    return stack;
}

function readZones(raw: RawConfig, region: string, profile: CoreProfile): string[] {
    const k = key("zones");
    const allowed = REGION_ZONES[region];
    const what = `an array of zone ids of ${region}, e.g. ${quote(allowed.slice(0, profile.zoneCount))}`;
    const zones = parseJson(raw, k, what);
    if (!Array.isArray(zones) || zones.some((z) => typeof z !== "string")) {
        throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    }
    const seen = new Set<string>();
    for (const z of zones as string[]) {
        if (!allowed.includes(z)) throw new SettingsError(`${k} contains ${quote(z)}, which is not a zone of ${region}; allowed: ${allowed.join(", ")}`);
        if (seen.has(z)) throw new SettingsError(`${k} lists ${quote(z)} twice; each zone may appear once`);
        seen.add(z);
    }
    if (zones.length < profile.zoneCount) {
        const missing = allowed.filter((z) => !seen.has(z));
        throw new SettingsError(
            `${k} has ${zones.length} zone(s) but profile "${profile.name}" requires ${profile.zoneCount}; add from: ${missing.join(", ")}`,
        );
    }
    // Region order, not list order: keeps planned CIDRs independent of how the stack file lists zones.
    return allowed.filter((z) => seen.has(z));
}

export function parseCore(raw: RawConfig, stack: string): CoreSettings {
    const environment = environmentOf(raw, stack);
    const profile = CORE_PROFILES[profileName(raw)];

    const supported = Object.keys(REGION_ZONES);
    const region = required(raw, "alicloud:region", `one of ${supported.join(", ")}`);
    if (!supported.includes(region)) throw new SettingsError(`alicloud:region ${quote(region)} is not supported; allowed: ${supported.join(", ")}`);
    if (REGION_ZONES[region].length < profile.zoneCount) {
        const fit = supported.filter((r) => REGION_ZONES[r].length >= profile.zoneCount);
        throw new SettingsError(
            `alicloud:region ${quote(region)} has ${REGION_ZONES[region].length} zones but profile "${profile.name}" needs ` +
                `${profile.zoneCount}; use one of ${fit.join(", ")}`,
        );
    }
    const zones = readZones(raw, region, profile);
    const owner = text(raw, key("owner"), "letters, digits and hyphens, 1 to 63 characters (a team, not a person)", LABEL);
    const costCentre = text(raw, key("costCentre"), "letters, digits and hyphens, 1 to 63 characters", LABEL);
    const accountId = accountIdOf(raw);
    const accountOwner = accountOwnerOf(raw);
    if (accountOwner && accountId === undefined) {
        throw new SettingsError(`${key("accountOwner")} is true but ${key("accountId")} is not set; the account-wide resources name the account: ${ACCOUNT_ID_TEXT}`);
    }
    return deepFreeze({ project: PROJECT, stack, environment, profile, region, zones, owner, costCentre, ...(accountId !== undefined ? { accountId } : {}), accountOwner });
}
