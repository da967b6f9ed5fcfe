/**
 * The network layer's parser: the VPC range, the vSwitch plan, the ports between tiers and to the
 * internet, and the legacy flow-log store's date. Exact values where the value is the contract (the
 * CIDR plan of a given VPC, error texts); properties for the plan over any VPC and any zones.
 */
import { NEVER_INTERNET_FACING } from "../../../infra/core/ports";
import * as fc from "fast-check";
import { Cidr, contains, formatCidr, networkOf, overlaps, parseCidr, PRIVATE_RANGES, size } from "../../../infra/core/cidr";
import { RawConfig } from "../../../infra/core/config";
import { CORE_PROFILES, PROFILE_NAMES } from "../../../infra/core/profile";
import { REGION_ZONES } from "../../../infra/core/regions";
import { parseCore } from "../../../infra/core/settings";
import { MAX_VSWITCH_PREFIX, MIN_VSWITCH_PREFIX, NETWORK_KEYS, NetworkConfig, parseNetworkConfig, planSubnets, TIERS } from "../../../infra/network/config";
import { NETWORK_PROFILES, networkGuardrails } from "../../../infra/network/profile";
import { json, rawFor, settingsError, withKeys } from "../../support/settings";

const REGION = "eu-central-1";
const ZONES = REGION_ZONES[REGION];
const [ZA, ZB, ZC] = ZONES;
/** The profile that needs the fewest zones: any zone list it accepts, every profile accepts from there up. */
const NARROW = PROFILE_NAMES.map((p) => CORE_PROFILES[p]).sort((a, b) => a.zoneCount - b.zoneCount)[0];

/** A stack in all three zones of the region, with the VPC 10.130.0.0/16. */
const BASE = rawFor({ profile: NARROW.name, zones: ZONES, vpcCidr: "10.130.0.0/16" });

function parse(raw: RawConfig, stack = "prod"): NetworkConfig {
    return parseNetworkConfig(raw, parseCore(raw, stack));
}

/** The plan of 10.130.0.0/16 in zones a, b, c: tier t, zone slot z → 10.130.(t × 64 + z × 16).0/20. */
const PLAN_130 = {
    edge: { [ZA]: "10.130.0.0/20", [ZB]: "10.130.16.0/20", [ZC]: "10.130.32.0/20" },
    app: { [ZA]: "10.130.64.0/20", [ZB]: "10.130.80.0/20", [ZC]: "10.130.96.0/20" },
    data: { [ZA]: "10.130.128.0/20", [ZB]: "10.130.144.0/20", [ZC]: "10.130.160.0/20" },
};

/** Explicit /24 vSwitches, valid as a whole; the cases below break one entry. */
const EXPLICIT = {
    edge: { [ZA]: "10.130.0.0/24", [ZB]: "10.130.1.0/24", [ZC]: "10.130.2.0/24" },
    app: { [ZA]: "10.130.10.0/24", [ZB]: "10.130.11.0/24", [ZC]: "10.130.12.0/24" },
    data: { [ZA]: "10.130.20.0/24", [ZB]: "10.130.21.0/24", [ZC]: "10.130.22.0/24" },
};

type Explicit = Record<string, Record<string, unknown>>;

function explicitWith(edit: (s: Explicit) => void): string {
    const copy = JSON.parse(json(EXPLICIT)) as Explicit;
    edit(copy);
    return json(copy);
}

describe("parseNetworkConfig: the vSwitch plan", () => {
    it("plans 10.130.0.0/16 in three zones into these /20 vSwitches", () => {
        expect(parse(BASE).subnets).toEqual(PLAN_130);
    });

    it("plans the largest VPC the plan allows, a /20, into /24 vSwitches", () => {
        expect(parse(withKeys(BASE, { "dakar2026:vpcCidr": "192.168.16.0/20" })).subnets).toEqual({
            edge: { [ZA]: "192.168.16.0/24", [ZB]: "192.168.17.0/24", [ZC]: "192.168.18.0/24" },
            app: { [ZA]: "192.168.20.0/24", [ZB]: "192.168.21.0/24", [ZC]: "192.168.22.0/24" },
            data: { [ZA]: "192.168.24.0/24", [ZB]: "192.168.25.0/24", [ZC]: "192.168.26.0/24" },
        });
    });

    it("gives a zone the same vSwitches whichever other zones the stack uses", () => {
        expect(NARROW.zoneCount).toBeLessThanOrEqual(2);
        const two = parse(withKeys(BASE, { "dakar2026:zones": json([ZC, ZA]) }));
        expect(Object.keys(two.subnets.edge)).toEqual([ZA, ZC]);
        for (const tier of TIERS) expect(two.subnets[tier][ZA]).toBe(PLAN_130[tier][ZA]);
        for (const tier of TIERS) expect(two.subnets[tier][ZC]).toBe(PLAN_130[tier][ZC]);
    });

    it("takes explicit vSwitch CIDRs from dakar2026:subnets instead of the plan", () => {
        expect(parse(withKeys(BASE, { "dakar2026:subnets": json(EXPLICIT) })).subnets).toEqual(EXPLICIT);
    });

    it("takes explicit subnets in a VPC too small for the plan (two zones of /24 fit a /21)", () => {
        expect(NARROW.zoneCount).toBeLessThanOrEqual(2);
        const subnets = {
            edge: { [ZA]: "10.130.0.0/24", [ZB]: "10.130.1.0/24" },
            app: { [ZA]: "10.130.2.0/24", [ZB]: "10.130.3.0/24" },
            data: { [ZA]: "10.130.4.0/24", [ZB]: "10.130.5.0/24" },
        };
        const raw = withKeys(BASE, { "dakar2026:zones": json([ZA, ZB]), "dakar2026:vpcCidr": "10.130.0.0/21", "dakar2026:subnets": json(subnets) });
        const s = parse(raw);
        expect(s.vpcCidr).toBe("10.130.0.0/21");
        expect(s.subnets).toEqual(subnets);
    });
});

describe("parseNetworkConfig: ports, legacy store, the profile slice", () => {
    it("reads the ports the project defaults to when the stack file sets none", () => {
        const s = parse(BASE);
        expect(s.ports).toEqual({
            app: Number(BASE["dakar2026:appPort"]),
            edgeListeners: JSON.parse(BASE["dakar2026:edgeListenerPorts"]) as number[],
        });
    });

    it("takes other ports, down to 1 and up to 65535", () => {
        const raw = withKeys(BASE, {
            "dakar2026:edgeListenerPorts": "[443]",
            "dakar2026:appPort": "65535",
        });
        expect(parse(raw).ports).toEqual({ app: 65535, edgeListeners: [443] });
    });

    it("keeps legacyFlowLogStoreUntil when set, a leap day included, and leaves it out when unset", () => {
        expect(parse(withKeys(BASE, { "dakar2026:legacyFlowLogStoreUntil": "2028-02-29" })).legacyFlowLogStoreUntil).toBe("2028-02-29");
        expect(parse(withKeys(BASE, { "dakar2026:legacyFlowLogStoreUntil": undefined }))).not.toHaveProperty("legacyFlowLogStoreUntil");
        // Pulumi.yaml declares it with an empty default (a declared key without one would be required).
        expect(parse(withKeys(BASE, { "dakar2026:legacyFlowLogStoreUntil": "" }))).not.toHaveProperty("legacyFlowLogStoreUntil");
    });

    it.each(PROFILE_NAMES)("carries the network slice of profile %s", (name) => {
        expect(parse(rawFor({ profile: name })).profile).toBe(NETWORK_PROFILES[name]);
    });

    it("returns a deeply frozen object", () => {
        const s = parse(BASE);
        for (const part of [s, s.subnets, s.subnets.edge, s.subnets.app, s.subnets.data, s.ports, s.ports.edgeListeners, s.profile]) {
            expect(Object.isFrozen(part)).toBe(true);
        }
        expect(() => (s.ports.edgeListeners as number[]).push(22)).toThrow(TypeError);
        expect(() => {
            (s.subnets.edge as Record<string, string>)[ZA] = "10.0.0.0/8";
        }).toThrow(TypeError);
    });

    it.each(NETWORK_KEYS)("reads the key it declares, %s: a bad value there is reported under its name", (k) => {
        const err = settingsError(() => parse(withKeys(BASE, { [`dakar2026:${k}`]: "!" })));
        expect(err.message.startsWith(`dakar2026:${k} `)).toBe(true);
    });
});

describe("the network profile slice", () => {
    it.each(PROFILE_NAMES)("%s: the EIP bandwidth guardrails cap at the profile's NAT bandwidth; NAT and EIP protection are mandatory iff the profile protects", (name) => {
        const g = networkGuardrails(name);
        const mbps = NETWORK_PROFILES[name].natEipBandwidthMbps;
        expect(g["eip-bandwidth-limit"]).toMatchObject({ maxBandwidth: mbps });
        const level = CORE_PROFILES[name].protect ? "mandatory" : "advisory";
        expect(g["natgateway-delete-protection-enabled"]).toBe(level);
        expect(g["eip-delete-protection-enabled"]).toBe(level);
    });

    it.each(PROFILE_NAMES)("%s: a positive whole bandwidth and shard count", (name) => {
        const p = NETWORK_PROFILES[name];
        for (const n of [p.natEipBandwidthMbps, p.flowLogShardCount]) expect(Number.isInteger(n) && n >= 1).toBe(true);
    });
});

interface BadCase {
    readonly title: string;
    readonly raw: RawConfig;
    readonly message: string;
}

const set = (title: string, k: string, v: string, message: string): BadCase => ({ title, raw: withKeys(BASE, { [k]: v }), message });
const unset = (title: string, k: string, message: string): BadCase => ({ title, raw: withKeys(BASE, { [k]: undefined }), message });
const subnets = (title: string, value: string, message: string): BadCase => set(title, "dakar2026:subnets", value, message);

const PORT = "must be an integer port from 1 to 65535";
const PORT_LIST = "a non-empty array of integer ports from 1 to 65535, e.g. [80, 443]";
const SUBNETS_WHAT = "an object { edge | app | data: { <zone>: <CIDR> } } covering every tier and zone";
const PRIVATE = `allowed: ${PRIVATE_RANGES.map(formatCidr).join(", ")}`;
const NOT_CIDR = "is not an IPv4 CIDR; expected a.b.c.d/n, e.g. 10.10.0.0/16";

const BAD: readonly BadCase[] = [
    // VPC CIDR
    unset("a missing vpcCidr", "dakar2026:vpcCidr", "dakar2026:vpcCidr is required: a private IPv4 CIDR such as 10.10.0.0/16"),
    ...["10.0.0.0/33", "10.0.0/16", "banana", "10.256.0.0/16", "10.130.0.0", "010.130.0.0/16"].map((v) =>
        set(`the vpcCidr ${json(v)}`, "dakar2026:vpcCidr", v, `dakar2026:vpcCidr ${json(v)} ${NOT_CIDR}`),
    ),
    set("host bits set", "dakar2026:vpcCidr", "10.130.0.1/16", `dakar2026:vpcCidr "10.130.0.1/16" has host bits set; the network is 10.130.0.0/16`),
    set("host bits in a /12", "dakar2026:vpcCidr", "172.20.0.0/12", `dakar2026:vpcCidr "172.20.0.0/12" has host bits set; the network is 172.16.0.0/12`),
    ...["11.0.0.0/16", "172.32.0.0/16", "100.64.0.0/16", "10.0.0.0/7", "0.0.0.0/0"].map((v) =>
        set(`the public or oversized vpcCidr ${v}`, "dakar2026:vpcCidr", v, `dakar2026:vpcCidr ${json(v)} is not inside a private range; ${PRIVATE}`),
    ),
    set(
        "a VPC too small for tiers × zone slots",
        "dakar2026:vpcCidr",
        "10.130.0.0/21",
        `dakar2026:vpcCidr "10.130.0.0/21" is too small for 3 tiers × 4 zone slots: each vSwitch would be /25, smaller than /24; use a /20 or larger`,
    ),
    set(
        "a VPC so large that planned vSwitches exceed Alibaba's /16 maximum",
        "dakar2026:vpcCidr",
        "10.0.0.0/8",
        `dakar2026:vpcCidr "10.0.0.0/8" is too large for planned vSwitches: each would be /12, larger than the /16 Alibaba Cloud allows; ` +
            "use a /12 to /20, or set dakar2026:subnets",
    ),
    // Explicit subnets
    subnets("subnets not JSON", "edge=10.130.0.0/24", `dakar2026:subnets must be ${SUBNETS_WHAT} (got "edge=10.130.0.0/24")`),
    subnets("subnets as an array", "[]", `dakar2026:subnets must be ${SUBNETS_WHAT} (got "[]")`),
    subnets("subnets null", "null", `dakar2026:subnets must be ${SUBNETS_WHAT} (got "null")`),
    subnets(
        "a vSwitch outside the VPC",
        explicitWith((s) => (s.edge[ZB] = "10.131.1.0/24")),
        `dakar2026:subnets.edge.${ZB} "10.131.1.0/24" is outside the VPC 10.130.0.0/16`,
    ),
    subnets(
        "a vSwitch larger than the VPC",
        explicitWith((s) => (s.edge[ZA] = "10.0.0.0/8")),
        `dakar2026:subnets.edge.${ZA} "10.0.0.0/8" is outside the VPC 10.130.0.0/16`,
    ),
    subnets(
        "overlapping vSwitches in one tier",
        explicitWith((s) => (s.edge[ZB] = "10.130.0.0/23")),
        `dakar2026:subnets.edge.${ZB} "10.130.0.0/23" overlaps dakar2026:subnets.edge.${ZA} "10.130.0.0/24"`,
    ),
    subnets(
        "overlapping vSwitches across tiers",
        explicitWith((s) => (s.data[ZC] = "10.130.11.0/24")),
        `dakar2026:subnets.data.${ZC} "10.130.11.0/24" overlaps dakar2026:subnets.app.${ZB} "10.130.11.0/24"`,
    ),
    subnets("subnets missing a tier", explicitWith((s) => delete s.app), `dakar2026:subnets.app is missing; dakar2026:subnets must be ${SUBNETS_WHAT}`),
    subnets(
        "a tier given as an array",
        explicitWith((s) => (s.data = [] as unknown as Record<string, unknown>)),
        `dakar2026:subnets.data is missing; dakar2026:subnets must be ${SUBNETS_WHAT}`,
    ),
    subnets(
        "subnets missing a zone",
        explicitWith((s) => delete s.app[ZB]),
        `dakar2026:subnets.app.${ZB} is missing; every tier needs a vSwitch CIDR in every zone`,
    ),
    subnets("subnets naming an unknown tier", explicitWith((s) => (s.web = { [ZA]: "10.130.30.0/24" })), `dakar2026:subnets.web is not a tier; allowed: ${TIERS.join(", ")}`),
    subnets(
        "subnets naming a zone the stack does not use",
        explicitWith((s) => (s.edge["eu-central-1d"] = "10.130.3.0/24")),
        `dakar2026:subnets.edge.eu-central-1d names a zone the stack does not use; allowed: ${ZONES.join(", ")}`,
    ),
    subnets(
        "a vSwitch smaller than /24",
        explicitWith((s) => (s.app[ZA] = "10.130.10.0/25")),
        `dakar2026:subnets.app.${ZA} "10.130.10.0/25" is smaller than /24; use a prefix from /17 to /24`,
    ),
    subnets("a malformed vSwitch CIDR", explicitWith((s) => (s.edge[ZC] = "10.130.2/24")), `dakar2026:subnets.edge.${ZC} "10.130.2/24" ${NOT_CIDR}`),
    subnets("a vSwitch CIDR that is not a string", explicitWith((s) => (s.edge[ZC] = 24)), `dakar2026:subnets.edge.${ZC} 24 ${NOT_CIDR}`),
    subnets(
        "a vSwitch CIDR with host bits",
        explicitWith((s) => (s.data[ZA] = "10.130.20.1/24")),
        `dakar2026:subnets.data.${ZA} "10.130.20.1/24" has host bits set; the network is 10.130.20.0/24`,
    ),
    // Ports
    ...[
        ["appPort", "http"],
        ["appPort", "0"],
        ["appPort", "65536"],
        ["appPort", "8080.5"],
        ["appPort", "0x1f90"],
    ].map(([k, v]) => set(`the ${k} ${json(v)}`, `dakar2026:${k}`, v, `dakar2026:${k} ${json(v)} ${PORT}`)),
    unset("a missing appPort", "dakar2026:appPort", "dakar2026:appPort is required: an integer port from 1 to 65535"),
    ...["443", "80,443", "[]", "{}"].map((v) =>
        set(`the edgeListenerPorts ${v}`, "dakar2026:edgeListenerPorts", v, `dakar2026:edgeListenerPorts must be ${PORT_LIST} (got ${json(v)})`),
    ),
    set("an edge listener port twice", "dakar2026:edgeListenerPorts", "[80,443,80]", `dakar2026:edgeListenerPorts lists a port twice (got "[80,443,80]")`),
    ...[
        ["[80,443.5]", "443.5"],
        [`[80,"443"]`, `"443"`],
        ["[0,443]", "0"],
        ["[70000]", "70000"],
    ].map(([v, bad]) => set(`the edge listener ports ${v}`, "dakar2026:edgeListenerPorts", v, `dakar2026:edgeListenerPorts contains ${bad}; it must be ${PORT_LIST}`)),
    // Remote administration and data services never face the internet: the list the pack's rules get too.
    ...Object.entries(NEVER_INTERNET_FACING).map(([p, service]) =>
        set(
            `the edge listener port ${p} (${service})`,
            "dakar2026:edgeListenerPorts",
            `[443,${p}]`,
            `dakar2026:edgeListenerPorts contains ${p} (${service}), which must never face the internet; use the load balancers' ports, e.g. [80, 443]`,
        ),
    ),
    // The legacy flow-log store's last day
    ...["2027-13-01", "2027-02-30", "2027-2-1", "2027-12-01T00:00:00Z", "next year"].map((v) =>
        set(`the legacy store date ${json(v)}`, "dakar2026:legacyFlowLogStoreUntil", v, `dakar2026:legacyFlowLogStoreUntil ${json(v)} is not a date YYYY-MM-DD`),
    ),
];

describe("parseNetworkConfig: rejected configuration", () => {
    it.each(BAD.map((c) => [c.title, c] as const))("rejects %s", (_title, c) => {
        expect(settingsError(() => parse(c.raw)).message).toBe(c.message);
    });

    it("rejects an explicit vSwitch larger than Alibaba's /16 maximum", () => {
        // In a /8 VPC the explicit /24s stay inside it; only the /15 is wrong.
        const big = explicitWith((s) => (s.edge[ZA] = "10.0.0.0/15"));
        const raw = withKeys(BASE, { "dakar2026:vpcCidr": "10.0.0.0/8", "dakar2026:subnets": big });
        expect(settingsError(() => parse(raw)).message).toBe(`dakar2026:subnets.edge.${ZA} "10.0.0.0/15" is larger than /16; use a prefix from /16 to /24`);
    });

    it("names a subnet zone the stack does not use even when the zone exists in the region", () => {
        const two = {
            edge: { [ZA]: "10.130.0.0/24", [ZB]: "10.130.1.0/24", [ZC]: "10.130.2.0/24" },
            app: { [ZA]: "10.130.3.0/24", [ZB]: "10.130.4.0/24" },
            data: { [ZA]: "10.130.5.0/24", [ZB]: "10.130.6.0/24" },
        };
        const raw = withKeys(BASE, { "dakar2026:zones": json([ZA, ZB]), "dakar2026:subnets": json(two) });
        expect(NARROW.zoneCount).toBeLessThanOrEqual(2);
        expect(settingsError(() => parse(raw)).message).toBe(`dakar2026:subnets.edge.${ZC} names a zone the stack does not use; allowed: ${ZA}, ${ZB}`);
    });
});

// ---- Properties ----------------------------------------------------------------------------------

/** A random aligned private network with a prefix in [lo, hi], from the private ranges that hold such a prefix. */
function privateVpc(lo: number, hi: number): fc.Arbitrary<Cidr> {
    return fc
        .constantFrom(...PRIVATE_RANGES.filter((r) => r.prefix <= hi))
        .chain((range) =>
            fc
                .record({ prefix: fc.integer({ min: Math.max(lo, range.prefix), max: hi }), host: fc.integer({ min: 0, max: size(range) - 1 }) })
                .map(({ prefix, host }) => networkOf((range.base + host) >>> 0, prefix)),
        );
}

function cidrsOf(plan: NetworkConfig["subnets"]): Cidr[] {
    return TIERS.flatMap((tier) =>
        Object.values(plan[tier]).map((text) => {
            const p = parseCidr(text);
            if (!p) throw new Error(`planned ${text} does not parse`);
            return networkOf(p.address, p.prefix);
        }),
    );
}

/** The smallest and largest VPC prefix the plan accepts, found by asking the parser. */
function acceptedPrefixes(): number[] {
    const ok: number[] = [];
    for (let prefix = 8; prefix <= 32; prefix++) {
        try {
            parse(withKeys(BASE, { "dakar2026:vpcCidr": formatCidr(networkOf(0x0a000000, prefix)) }));
            ok.push(prefix);
        } catch {
            // refused: outside the plan's range
        }
    }
    return ok;
}

describe("the vSwitch plan, for any VPC and any zones", () => {
    it("plans, for any private VPC and any zones, aligned vSwitches of one size inside the VPC, disjoint, stable per zone", () => {
        const fullPlans = new Map<string, Record<string, Record<string, string>>>();
        fc.assert(
            fc.property(privateVpc(8, 20), fc.subarray([...ZONES], { minLength: 1 }), (vpc, zones) => {
                const plan = planSubnets(vpc, REGION, zones);
                const cidrs = cidrsOf(plan);
                expect(cidrs).toHaveLength(TIERS.length * zones.length);
                expect(new Set(cidrs.map((c) => c.prefix)).size).toBe(1);
                for (const c of cidrs) expect(contains(vpc, c)).toBe(true);
                for (let i = 0; i < cidrs.length; i++) {
                    for (let j = i + 1; j < cidrs.length; j++) expect(overlaps(cidrs[i], cidrs[j])).toBe(false);
                }
                // Adding or removing zones never moves another zone's vSwitch.
                const k = formatCidr(vpc);
                const full = fullPlans.get(k) ?? planSubnets(vpc, REGION, ZONES);
                fullPlans.set(k, full);
                for (const tier of TIERS) {
                    expect(Object.keys(plan[tier])).toEqual(zones);
                    for (const z of zones) expect(plan[tier][z]).toBe(full[tier][z]);
                }
            }),
            { numRuns: 200 },
        );
    });

    it("parses, for any VPC it accepts and any listing of zones, the plan in region order, with vSwitches Alibaba accepts", () => {
        const [lo, hi] = [Math.min(...acceptedPrefixes()), Math.max(...acceptedPrefixes())];
        fc.assert(
            fc.property(privateVpc(lo, hi), fc.shuffledSubarray([...ZONES], { minLength: NARROW.zoneCount }), (vpc, listed) => {
                const raw = withKeys(BASE, { "dakar2026:vpcCidr": formatCidr(vpc), "dakar2026:zones": json(listed) });
                const s = parse(raw);
                const inRegionOrder = ZONES.filter((z) => listed.includes(z));
                expect(s.vpcCidr).toBe(formatCidr(vpc));
                expect(s.subnets).toEqual(planSubnets(vpc, REGION, inRegionOrder));
                for (const c of cidrsOf(s.subnets)) {
                    expect(c.prefix).toBeGreaterThanOrEqual(MAX_VSWITCH_PREFIX);
                    expect(c.prefix).toBeLessThanOrEqual(MIN_VSWITCH_PREFIX);
                }
            }),
            { numRuns: 200 },
        );
    });

    it("accepts one contiguous range of VPC sizes, and every VPC outside it gets advice that works", () => {
        const accepted = acceptedPrefixes();
        const [lo, hi] = [Math.min(...accepted), Math.max(...accepted)];
        expect(accepted).toEqual(Array.from({ length: hi - lo + 1 }, (_, i) => lo + i));
        fc.assert(
            fc.property(fc.oneof(privateVpc(8, lo - 1), privateVpc(hi + 1, 32)), (vpc) => {
                const text = formatCidr(vpc);
                const err = settingsError(() => parse(withKeys(BASE, { "dakar2026:vpcCidr": text })));
                expect(err.message.startsWith(`dakar2026:vpcCidr ${json(text)} is too `)).toBe(true);
                // The advice names exactly the accepted range.
                const advice = vpc.prefix < lo ? `use a /${lo} to /${hi}, or set dakar2026:subnets` : `use a /${hi} or larger`;
                expect(err.message.endsWith(advice)).toBe(true);
            }),
            { numRuns: 200 },
        );
    });
});
