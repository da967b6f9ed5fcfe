/**
 * The settings loader: the only code that reads Pulumi configuration. It merges the stack's values
 * with its environment profile into one immutable, validated object, and stops at the first look
 * at bad input with a message that names the key, the value and what is allowed.
 */
import * as pulumi from "@pulumi/pulumi";
import { Cidr, contains, formatCidr, isPrivate, networkOf, overlaps, parseCidr, subnet } from "./cidr";
import { Profile, PROFILE_NAMES, PROFILES, ProfileName, REGION_ZONES } from "./profiles";

export const PROJECT = "dakar2026";

export const TIERS = ["edge", "app", "data"] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Every tier reserves this many zone slots, indexed by the zone's position in the region, so that
 * adding or removing a zone never renumbers (and so never replaces) another zone's vSwitch.
 */
export const ZONE_SLOTS = 4;
/** Smallest vSwitch we plan: /24 leaves 252 usable addresses after Alibaba's reserved ones. */
export const MIN_VSWITCH_PREFIX = 24;
/** Largest vSwitch Alibaba Cloud accepts (masks /16 to /29). */
export const MAX_VSWITCH_PREFIX = 16;
const SLOT_BITS = Math.ceil(Math.log2(TIERS.length * ZONE_SLOTS));

export interface Ports {
    readonly app: number;
    readonly database: number;
    readonly cache: number;
    /** Ports the edge (load balancers) listens on for the internet. */
    readonly edgeListeners: readonly number[];
}

export interface Settings {
    readonly project: string;
    readonly stack: string;
    /** Environment name used in cloud names and tags: the stack name. */
    readonly environment: string;
    readonly profile: Profile;
    readonly region: string;
    readonly zones: readonly string[];
    readonly vpcCidr: string;
    /** vSwitch CIDR for each tier and zone. */
    readonly subnets: Readonly<Record<Tier, Readonly<Record<string, string>>>>;
    readonly ports: Ports;
    readonly owner: string;
    readonly costCentre: string;
}

/**
 * Bad configuration. Extends `pulumi.RunError` so the Pulumi CLI prints only the message, without
 * the program's stack trace; `npm run plan` does the same.
 */
export class SettingsError extends pulumi.RunError {
    constructor(message: string) {
        super(message);
        this.name = "SettingsError";
    }
}

/** Keys of the project namespace the loader understands; anything else in a stack file is a typo. */
export const KNOWN_KEYS = [
    "profile",
    "vpcCidr",
    "zones",
    "subnets",
    "owner",
    "costCentre",
    "appPort",
    "databasePort",
    "cachePort",
    "edgeListenerPorts",
] as const;

/** Raw configuration as the CLI passes it: full keys ("dakar2026:zones") to strings (JSON for structured values). */
export type RawConfig = Readonly<Record<string, string>>;

const key = (k: string): string => `${PROJECT}:${k}`;
const quote = (v: unknown): string => JSON.stringify(v);

function required(raw: RawConfig, k: string, what: string): string {
    const v = raw[k];
    if (v === undefined || v.trim() === "") throw new SettingsError(`${k} is required: ${what}`);
    return v;
}

function parseJson(raw: RawConfig, k: string, what: string): unknown {
    const v = required(raw, k, what);
    try {
        return JSON.parse(v);
    } catch {
        throw new SettingsError(`${k} must be ${what} (got ${quote(v)})`);
    }
}

function port(raw: RawConfig, k: string): number {
    const v = required(raw, k, "an integer port from 1 to 65535");
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < 1 || n > 65535) throw new SettingsError(`${k} ${quote(v)} must be an integer port from 1 to 65535`);
    return n;
}

function portList(raw: RawConfig, k: string): number[] {
    const what = "a non-empty array of integer ports from 1 to 65535, e.g. [80, 443]";
    const v = parseJson(raw, k, what);
    if (!Array.isArray(v) || v.length === 0) throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    for (const p of v) {
        if (!Number.isInteger(p) || p < 1 || p > 65535) throw new SettingsError(`${k} contains ${quote(p)}; it must be ${what}`);
    }
    if (new Set(v).size !== v.length) throw new SettingsError(`${k} lists a port twice (got ${quote(raw[k])})`);
    return v as number[];
}

function text(raw: RawConfig, k: string, what: string, pattern: RegExp): string {
    const v = required(raw, k, what);
    if (!pattern.test(v)) throw new SettingsError(`${k} ${quote(v)} is not allowed: ${what}`);
    return v;
}

/** Parses a CIDR that must be an aligned network; `k` names it in messages. */
function network(k: string, value: unknown): Cidr {
    const p = typeof value === "string" ? parseCidr(value) : undefined;
    if (!p) throw new SettingsError(`${k} ${quote(value)} is not an IPv4 CIDR; expected a.b.c.d/n, e.g. 10.10.0.0/16`);
    const net = networkOf(p.address, p.prefix);
    if (net.base !== p.address) {
        throw new SettingsError(`${k} ${quote(value)} has host bits set; the network is ${formatCidr(net)}`);
    }
    return net;
}

function readZones(raw: RawConfig, region: string, profile: Profile): string[] {
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

/** The default plan: tier t, zone at region position z → slot t × ZONE_SLOTS + z. */
export function planSubnets(vpc: Cidr, region: string, zones: readonly string[]): Record<Tier, Record<string, string>> {
    const prefix = vpc.prefix + SLOT_BITS;
    const regionZones = REGION_ZONES[region];
    const out = {} as Record<Tier, Record<string, string>>;
    TIERS.forEach((tier, t) => {
        out[tier] = {};
        for (const z of zones) out[tier][z] = formatCidr(subnet(vpc, prefix, t * ZONE_SLOTS + regionZones.indexOf(z)));
    });
    return out;
}

function readSubnets(raw: RawConfig, vpc: Cidr, region: string, zones: readonly string[]): Record<Tier, Record<string, string>> {
    const k = key("subnets");
    if (raw[k] === undefined) {
        const prefix = vpc.prefix + SLOT_BITS;
        if (prefix < MAX_VSWITCH_PREFIX) {
            throw new SettingsError(
                `${key("vpcCidr")} ${quote(formatCidr(vpc))} is too large for planned vSwitches: each would be /${prefix}, larger than ` +
                    `the /${MAX_VSWITCH_PREFIX} Alibaba Cloud allows; use a /${MAX_VSWITCH_PREFIX - SLOT_BITS} to /${MIN_VSWITCH_PREFIX - SLOT_BITS}, ` +
                    `or set ${k}`,
            );
        }
        if (prefix > MIN_VSWITCH_PREFIX) {
            throw new SettingsError(
                `${key("vpcCidr")} ${quote(formatCidr(vpc))} is too small for ${TIERS.length} tiers × ${ZONE_SLOTS} zone slots: ` +
                    `each vSwitch would be /${prefix}, smaller than /${MIN_VSWITCH_PREFIX}; use a /${MIN_VSWITCH_PREFIX - SLOT_BITS} or larger`,
            );
        }
        return planSubnets(vpc, region, zones);
    }
    const what = `an object { edge | app | data: { <zone>: <CIDR> } } covering every tier and zone`;
    const given = parseJson(raw, k, what);
    if (typeof given !== "object" || given === null || Array.isArray(given)) throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    const out = {} as Record<Tier, Record<string, string>>;
    const placed: { name: string; cidr: Cidr; text: string }[] = [];
    for (const tierKey of Object.keys(given)) {
        if (!(TIERS as readonly string[]).includes(tierKey)) throw new SettingsError(`${k}.${tierKey} is not a tier; allowed: ${TIERS.join(", ")}`);
    }
    for (const tier of TIERS) {
        const byZone = (given as Record<string, unknown>)[tier];
        if (typeof byZone !== "object" || byZone === null || Array.isArray(byZone)) {
            throw new SettingsError(`${k}.${tier} is missing; ${k} must be ${what}`);
        }
        out[tier] = {};
        for (const z of Object.keys(byZone)) {
            if (!zones.includes(z)) throw new SettingsError(`${k}.${tier}.${z} names a zone the stack does not use; allowed: ${zones.join(", ")}`);
        }
        for (const z of zones) {
            const name = `${k}.${tier}.${z}`;
            const value = (byZone as Record<string, unknown>)[z];
            if (value === undefined) throw new SettingsError(`${name} is missing; every tier needs a vSwitch CIDR in every zone`);
            const cidr = network(name, value);
            if (!contains(vpc, cidr)) throw new SettingsError(`${name} ${quote(value)} is outside the VPC ${formatCidr(vpc)}`);
            if (cidr.prefix > MIN_VSWITCH_PREFIX || cidr.prefix < MAX_VSWITCH_PREFIX) {
                const largest = Math.max(vpc.prefix + 1, MAX_VSWITCH_PREFIX);
                const what = cidr.prefix > MIN_VSWITCH_PREFIX ? `smaller than /${MIN_VSWITCH_PREFIX}` : `larger than /${MAX_VSWITCH_PREFIX}`;
                throw new SettingsError(`${name} ${quote(value)} is ${what}; use a prefix from /${largest} to /${MIN_VSWITCH_PREFIX}`);
            }
            const clash = placed.find((p) => overlaps(p.cidr, cidr));
            if (clash) throw new SettingsError(`${name} ${quote(value)} overlaps ${clash.name} ${quote(clash.text)}`);
            placed.push({ name, cidr, text: value as string });
            out[tier][z] = formatCidr(cidr);
        }
    }
    return out;
}

function deepFreeze<T>(o: T): T {
    if (o !== null && typeof o === "object" && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o as object)) deepFreeze(v);
    }
    return o;
}

/** Validates raw configuration for `stack`; pure, so it is tested without Pulumi's runtime. */
export function parseSettings(raw: RawConfig, stack: string): Settings {
    if (!/^[a-z][a-z0-9]{1,15}$/.test(stack)) {
        throw new SettingsError(`stack name ${quote(stack)} cannot name an environment: use 2 to 16 lowercase letters or digits, starting with a letter`);
    }
    for (const k of Object.keys(raw)) {
        if (k.startsWith(`${PROJECT}:`) && !(KNOWN_KEYS as readonly string[]).includes(k.slice(PROJECT.length + 1))) {
            throw new SettingsError(`${k} is not a setting of this project; known: ${KNOWN_KEYS.join(", ")}`);
        }
    }
    const profileName = required(raw, key("profile"), `one of ${PROFILE_NAMES.join(", ")}`);
    if (!(PROFILE_NAMES as readonly string[]).includes(profileName)) {
        throw new SettingsError(`${key("profile")} ${quote(profileName)} is not a known profile; allowed: ${PROFILE_NAMES.join(", ")}`);
    }
    const profile = PROFILES[profileName as ProfileName];

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

    const vpcKey = key("vpcCidr");
    const vpc = network(vpcKey, required(raw, vpcKey, "a private IPv4 CIDR such as 10.10.0.0/16"));
    if (!isPrivate(vpc) || vpc.prefix < 8) {
        throw new SettingsError(`${vpcKey} ${quote(formatCidr(vpc))} is not inside a private range; allowed: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16`);
    }
    const subnets = readSubnets(raw, vpc, region, zones);

    const ports: Ports = {
        app: port(raw, key("appPort")),
        database: port(raw, key("databasePort")),
        cache: port(raw, key("cachePort")),
        edgeListeners: portList(raw, key("edgeListenerPorts")),
    };
    const label = /^[a-z0-9][a-z0-9-]{0,62}$/i;
    const owner = text(raw, key("owner"), "letters, digits and hyphens, 1 to 63 characters (a team, not a person)", label);
    const costCentre = text(raw, key("costCentre"), "letters, digits and hyphens, 1 to 63 characters", label);

    return deepFreeze({
        project: PROJECT,
        stack,
        environment: stack,
        profile,
        region,
        zones,
        vpcCidr: formatCidr(vpc),
        subnets,
        ports,
        owner,
        costCentre,
    });
}

/** Reads the running stack's configuration (as the CLI or the offline plan passed it). */
export function loadSettings(): Settings {
    return parseSettings(pulumi.runtime.allConfig(), pulumi.getStack());
}
