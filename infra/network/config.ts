/**
 * The network layer's settings: the VPC range, the vSwitch plan, the ports between tiers and to
 * the internet, parsed and validated from the raw stack configuration.
 */
import { Cidr, contains, formatCidr, isPrivate, overlaps, subnet } from "../core/cidr";
import { cidrNetwork, deepFreeze, key, optionalDate, parseJson, port, portList, quote, RawConfig, required, SettingsError } from "../core/config";
import type { LayerConfig } from "../core/layer";
import { NEVER_INTERNET_FACING } from "../core/ports";
import { REGION_ZONES } from "../core/regions";
import type { CoreSettings } from "../core/settings";
import { Ports, Tier, TIERS } from "./outputs";
import { NETWORK_PROFILES, NetworkProfile, networkGuardrails } from "./profile";

export { TIERS };
export type { Ports, Tier };

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

export interface NetworkConfig {
    readonly profile: NetworkProfile;
    readonly vpcCidr: string;
    /** vSwitch CIDR for each tier and zone. */
    readonly subnets: Readonly<Record<Tier, Readonly<Record<string, string>>>>;
    readonly ports: Ports;
    /**
     * Last day the flow-log logstore created before the keys layer (not on the logs key) is kept,
     * read-only, so its logs live out their retention; unset for stacks created after that move.
     */
    readonly legacyFlowLogStoreUntil?: string;
}

export const NETWORK_KEYS = [
    "vpcCidr",
    "subnets",
    "appPort",
    "edgeListenerPorts",
    "legacyFlowLogStoreUntil",
] as const;

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
            const cidr = cidrNetwork(name, value);
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

export function parseNetworkConfig(raw: RawConfig, core: CoreSettings): NetworkConfig {
    const vpcKey = key("vpcCidr");
    const vpc = cidrNetwork(vpcKey, required(raw, vpcKey, "a private IPv4 CIDR such as 10.10.0.0/16"));
    if (!isPrivate(vpc) || vpc.prefix < 8) {
        throw new SettingsError(`${vpcKey} ${quote(formatCidr(vpc))} is not inside a private range; allowed: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16`);
    }
    const subnets = readSubnets(raw, vpc, core.region, core.zones);
    const ports: Ports = {
        app: port(raw, key("appPort")),
        edgeListeners: portList(raw, key("edgeListenerPorts")),
    };
    for (const p of ports.edgeListeners) {
        const service = NEVER_INTERNET_FACING[p];
        if (service !== undefined) {
            throw new SettingsError(
                `${key("edgeListenerPorts")} contains ${p} (${service}), which must never face the internet; use the load balancers' ports, e.g. [80, 443]`,
            );
        }
    }
    const legacyFlowLogStoreUntil = optionalDate(raw, key("legacyFlowLogStoreUntil"));
    return deepFreeze({
        profile: NETWORK_PROFILES[core.profile.name],
        vpcCidr: formatCidr(vpc),
        subnets,
        ports,
        ...(legacyFlowLogStoreUntil !== undefined ? { legacyFlowLogStoreUntil } : {}),
    });
}

export const networkConfig: LayerConfig<NetworkConfig> = {
    keys: NETWORK_KEYS,
    parse: parseNetworkConfig,
    guardrails: networkGuardrails,
};
