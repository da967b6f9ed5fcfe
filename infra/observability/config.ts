/**
 * The observability layer's settings: who the alarms page. `dakar2026:alarmContacts` lists the
 * on-call contacts, each a short name and an email address; every alarm of the stack notifies the
 * contact group they form. Role addresses (oncall@…) are better than people's own: they outlive
 * staff changes and keep personal data out of the stack files.
 */
import { deepFreeze, key, parseJson, quote, RawConfig, SettingsError } from "../core/config";
import type { LayerConfig } from "../core/layer";
import type { NameScope } from "../core/names";
import type { CoreSettings } from "../core/settings";
import { OBSERVABILITY_PROFILES, ObservabilityProfile, observabilityGuardrails } from "./profile";

export interface AlarmContactSetting {
    /** Short lowercase name, unique in the stack; the cloud-side contact is `dakar2026-<environment>-<name>`. */
    readonly name: string;
    readonly email: string;
}

export interface ObservabilityConfig {
    readonly profile: ObservabilityProfile;
    readonly contacts: readonly AlarmContactSetting[];
}

export const OBSERVABILITY_KEYS = ["alarmContacts"] as const;

/** CloudMonitor accepts contact names of 2 to 40 characters; ours carry the project and environment. */
export const CONTACT_NAME_MAX = 40;
const NAME = /^[a-z][a-z0-9-]*[a-z0-9]$/;
/** A plain address: one @, a dotted domain, no spaces or quotes (CloudMonitor mails it an activation link). */
const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,63}$/;
/** Enough to page a rota; a longer list is a mailing list's job. */
export const MAX_CONTACTS = 10;

/** The cloud-side name of a contact: contacts are account-wide, so the environment keeps stacks apart. */
export function contactCloudName(s: NameScope, name: string): string {
    return `${s.project}-${s.environment}-${name}`;
}

export function parseObservabilityConfig(raw: RawConfig, core: CoreSettings): ObservabilityConfig {
    const k = key("alarmContacts");
    const what = `a non-empty list (at most ${MAX_CONTACTS}) of { name, email }, e.g. [{ name: "oncall", email: "oncall@senum.sn" }]`;
    if (raw[k] === undefined || raw[k].trim() === "") throw new SettingsError(`${k} is required where the stack deploys the observability layer: ${what}`);
    const value = parseJson(raw, k, what);
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_CONTACTS) throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    const room = CONTACT_NAME_MAX - contactCloudName(core, "").length;
    const contacts = value.map((entry: unknown, i): AlarmContactSetting => {
        const at = `${k}[${i}]`;
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) throw new SettingsError(`${at} ${quote(entry)} is not allowed: ${what}`);
        const { name, email, ...rest } = entry as Record<string, unknown>;
        const extra = Object.keys(rest);
        if (extra.length > 0) throw new SettingsError(`${at} has unknown field ${quote(extra[0])}; allowed fields: name, email`);
        if (typeof name !== "string" || !NAME.test(name) || name.length > room) {
            throw new SettingsError(
                `${at}.name ${quote(name)} is not allowed: lowercase letters, digits and inner hyphens, 2 to ${room} characters ` +
                    `(the contact is named ${contactCloudName(core, "<name>")}, at most ${CONTACT_NAME_MAX})`,
            );
        }
        if (typeof email !== "string" || !EMAIL.test(email)) {
            throw new SettingsError(`${at}.email ${quote(email)} is not allowed: an email address such as "oncall@senum.sn"`);
        }
        return { name, email };
    });
    for (const field of ["name", "email"] as const) {
        const seen = contacts.map((c) => c[field].toLowerCase());
        const dup = seen.find((v, i) => seen.indexOf(v) !== i);
        if (dup !== undefined) throw new SettingsError(`${k} lists ${field} ${quote(dup)} twice; each contact once`);
    }
    return deepFreeze({ profile: OBSERVABILITY_PROFILES[core.profile.name], contacts });
}

export const observabilityConfig: LayerConfig<ObservabilityConfig> = {
    keys: OBSERVABILITY_KEYS,
    parse: parseObservabilityConfig,
    guardrails: observabilityGuardrails,
};
