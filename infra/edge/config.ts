/**
 * The edge layer's settings: the certificate that serves HTTPS on every public entry, the site's
 * domain (the host names of the front end, the media and the API derive from it), and the Alidns
 * zone the stack manages, if any.
 */
import { deepFreeze, key, quote, RawConfig, required, SettingsError, text } from "../core/config";
import type { LayerConfig } from "../core/layer";
import type { CoreSettings } from "../core/settings";
import { EDGE_PROFILES, EdgeProfile, edgeGuardrails } from "./profile";

/** The public hosts under the site's domain: what each serves is fixed, so the names are too. */
export const HOST_LABELS = { static: "www", media: "media", api: "api" } as const;
export type HostRole = keyof typeof HOST_LABELS;

export interface EdgeConfig {
    readonly profile: EdgeProfile;
    /** Id of the certificate in Alibaba Cloud Certificate Management Service (digits), covering every host. */
    readonly certificateId: string;
    /** The site's domain, e.g. "dakar2026.senum.sn"; hosts are `<label>.<domain>`. */
    readonly domain: string;
    readonly hosts: Readonly<Record<HostRole, string>>;
    /** Alidns zone the stack writes the hosts' CNAME records into; unset: DNS is managed elsewhere (the default). */
    readonly dnsZone?: string;
}

export const EDGE_KEYS = ["certificateId", "domain", "dnsZone"] as const;

/** Lowercase DNS name of at least two labels; CDN domains accept no more than 67 characters in all. */
const DNS_NAME = /^(?=.{1,67}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CERTIFICATE_ID = /^\d{1,20}$/;

/** The longest host label, so that every host of the domain fits the CDN's 67 characters. */
const LONGEST_LABEL = Math.max(...Object.values(HOST_LABELS).map((l) => l.length));

export function parseEdgeConfig(raw: RawConfig, core: CoreSettings): EdgeConfig {
    const certificateId = text(
        raw,
        key("certificateId"),
        "the numeric id of a certificate in Certificate Management Service covering the site's hosts, e.g. \"14276310\"",
        CERTIFICATE_ID,
    );
    const domainKey = key("domain");
    const domain = required(raw, domainKey, "the site's domain, e.g. \"dakar2026.senum.sn\"");
    const room = 67 - LONGEST_LABEL - 1;
    if (!DNS_NAME.test(domain) || domain.length > room) {
        throw new SettingsError(
            `${domainKey} ${quote(domain)} is not allowed: a lowercase domain name of at least two labels and at most ${room} characters ` +
                `(its hosts ${Object.values(HOST_LABELS).join(", ")}.<domain> must fit the CDN's 67)`,
        );
    }
    const zoneKey = key("dnsZone");
    const zone = raw[zoneKey] === undefined || raw[zoneKey] === "" ? undefined : raw[zoneKey];
    if (zone !== undefined && !(DNS_NAME.test(zone) && (domain === zone || domain.endsWith(`.${zone}`)))) {
        throw new SettingsError(`${zoneKey} ${quote(zone)} is not allowed: the Alidns zone must be ${quote(domain)} or a parent of it, or empty`);
    }
    const hosts = Object.fromEntries(Object.entries(HOST_LABELS).map(([role, label]) => [role, `${label}.${domain}`])) as Record<HostRole, string>;
    return deepFreeze({
        profile: EDGE_PROFILES[core.profile.name],
        certificateId,
        domain,
        hosts,
        ...(zone !== undefined ? { dnsZone: zone } : {}),
    });
}

export const edgeConfig: LayerConfig<EdgeConfig> = {
    keys: EDGE_KEYS,
    parse: parseEdgeConfig,
    guardrails: edgeGuardrails,
};
