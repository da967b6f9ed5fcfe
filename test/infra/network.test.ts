/**
 * Unit tests of the networking ComponentResource under Pulumi's mock runtime: every child resource
 * the component registers, with its exact inputs, for the prod stack (3 zones, protected) and the
 * dev stack (2 zones, unprotected). The module is imported only after `setMocks`, in a fresh module
 * registry per scenario (docs/offline-pulumi.md §2), and registrations are settled before asserting.
 */
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { Network } from "../../infra/network";
import { parseSettings, Settings, Tier, TIERS } from "../../infra/settings";
import { PlanMocks, Recorded } from "../../tools/plan/mocks";
import { readStackConfig } from "../../tools/plan/stack-config";

const ROOT = path.resolve(__dirname, "..", "..");

const TYPE = {
    component: "dakar2026:network:Network",
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    nat: "alicloud:vpc/natGateway:NatGateway",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    association: "alicloud:ecs/eipAssociation:EipAssociation",
    snat: "alicloud:vpc/snatEntry:SnatEntry",
    group: "alicloud:ecs/securityGroup:SecurityGroup",
    rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    project: "alicloud:log/project:Project",
    store: "alicloud:log/store:Store",
    flowLog: "alicloud:vpc/flowLog:FlowLog",
} as const;

interface Scenario {
    readonly stack: "prod" | "dev";
    readonly zones: readonly string[];
    readonly vpcCidr: string;
    /** Expected vSwitch CIDRs of each tier, in the order of `zones`. */
    readonly subnets: Readonly<Record<Tier, readonly string[]>>;
    readonly protect: boolean;
    readonly bandwidth: string;
    readonly retentionDays: number;
    readonly shardCount: number;
}

const SCENARIOS: readonly Scenario[] = [
    {
        stack: "prod",
        zones: ["eu-central-1a", "eu-central-1b", "eu-central-1c"],
        vpcCidr: "10.130.0.0/16",
        subnets: {
            edge: ["10.130.0.0/20", "10.130.16.0/20", "10.130.32.0/20"],
            app: ["10.130.64.0/20", "10.130.80.0/20", "10.130.96.0/20"],
            data: ["10.130.128.0/20", "10.130.144.0/20", "10.130.160.0/20"],
        },
        protect: true,
        bandwidth: "200",
        retentionDays: 365,
        shardCount: 2,
    },
    {
        stack: "dev",
        zones: ["eu-central-1a", "eu-central-1b"],
        vpcCidr: "10.110.0.0/16",
        subnets: {
            edge: ["10.110.0.0/20", "10.110.16.0/20"],
            app: ["10.110.64.0/20", "10.110.80.0/20"],
            data: ["10.110.128.0/20", "10.110.144.0/20"],
        },
        protect: false,
        bandwidth: "10",
        retentionDays: 30,
        shardCount: 1,
    },
];

/** Waits until no registration is pending: awaiting one output does not wait for its dependants (§1.3). */
async function settle(): Promise<void> {
    const internals = pulumi.runtime as unknown as { waitForRPCs(): Promise<void> };
    for (let round = 0; round < 2; round++) {
        await internals.waitForRPCs();
        for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    }
}

function unwrap<T>(o: pulumi.Output<T>): Promise<T> {
    return new Promise((resolve) => {
        o.apply((v) => {
            resolve(v);
            return v;
        });
    });
}

function tags(stack: string, classification: string): Record<string, string> {
    return {
        project: "dakar2026",
        environment: stack,
        component: "network",
        owner: "cojoj-technology",
        "cost-centre": "cojoj-dig-2026",
        "data-classification": classification,
        "managed-by": "pulumi",
    };
}

const letter = (zone: string): string => zone.slice(-1);

/** Fields the SDK keeps on every resource object; not in its typings. */
interface ResourceInternals {
    readonly __name?: string;
    readonly __protect?: boolean;
    readonly __childResources?: Set<ResourceInternals>;
}

afterAll(async () => {
    await settle();
});

describe.each(SCENARIOS)("Network component of the $stack stack", (sc) => {
    const name = `dakar2026-${sc.stack}-network`;
    const prefix = `dakar2026-${sc.stack}-network`;
    const internal = tags(sc.stack, "internal");
    const personal = tags(sc.stack, "personal");

    let mocks: PlanMocks;
    let settings: Settings;
    let network: Network;

    beforeAll(async () => {
        mocks = new PlanMocks();
        await pulumi.runtime.setMocks(mocks, "dakar2026", sc.stack, false);
        settings = parseSettings(readStackConfig(ROOT, sc.stack).values, sc.stack);
        let mod: typeof import("../../infra/network") | undefined;
        await jest.isolateModulesAsync(async () => {
            mod = await import("../../infra/network");
        });
        if (!mod) throw new Error("infra/network did not load");
        network = new mod.Network(name, { settings, uniqueSuffix: "abc123" });
        await settle();
    });

    const ofType = (type: string): Recorded[] => mocks.recorded.filter((r) => r.type === type);
    const one = (type: string, resourceName: string): Recorded => {
        const found = mocks.recorded.filter((r) => r.type === type && r.name === resourceName);
        if (found.length !== 1) throw new Error(`expected one ${type} ${resourceName}, found ${found.length}`);
        return found[0];
    };
    const idOf = (type: string, resourceName: string): string => {
        const id = one(type, resourceName).id;
        if (id === undefined) throw new Error(`${type} ${resourceName} has no id`);
        return id;
    };
    const vpcId = (): string => idOf(TYPE.vpc, `${name}-vpc`);
    const vswitchId = (tier: Tier, zone: string): string => idOf(TYPE.vswitch, `${name}-vsw-${tier}-${letter(zone)}`);
    const natId = (): string => idOf(TYPE.nat, `${name}-nat`);
    const eipId = (): string => idOf(TYPE.eip, `${name}-eip-nat`);
    const eipAddress = (): string => one(TYPE.eip, `${name}-eip-nat`).state.ipAddress as string;
    const groupId = (tier: Tier): string => idOf(TYPE.group, `${name}-sg-${tier}`);

    it("builds its settings from the stack file with the planned subnets", () => {
        expect(settings.zones).toEqual(sc.zones);
        expect(settings.vpcCidr).toBe(sc.vpcCidr);
        for (const tier of TIERS) {
            expect(sc.zones.map((z) => settings.subnets[tier][z])).toEqual(sc.subnets[tier]);
        }
    });

    it("registers exactly the expected number of resources of each type", () => {
        const counts: Record<string, number> = {};
        for (const r of mocks.recorded) counts[r.type] = (counts[r.type] ?? 0) + 1;
        const z = sc.zones.length;
        expect(counts).toEqual({
            [TYPE.component]: 1,
            [TYPE.vpc]: 1,
            [TYPE.vswitch]: 3 * z,
            [TYPE.nat]: 1,
            [TYPE.eip]: 1,
            [TYPE.association]: 1,
            [TYPE.snat]: z,
            [TYPE.group]: 3,
            [TYPE.rule]: 2 + 3 * z,
            [TYPE.project]: 1,
            [TYPE.store]: 1,
            [TYPE.flowLog]: 1,
        });
        expect(mocks.recorded).toHaveLength(13 + 7 * z);
    });

    it("registers the component itself with no inputs", () => {
        const component = one(TYPE.component, name);
        expect(component.custom).toBe(false);
        expect(component.id).toBeUndefined();
        expect(component.inputs).toEqual({});
    });

    it("gives every custom resource a mock id with Alibaba's prefix for its type", () => {
        expect(vpcId()).toMatch(/^vpc-[0-9a-f]{20}$/);
        expect(natId()).toMatch(/^ngw-[0-9a-f]{20}$/);
        expect(eipId()).toMatch(/^eip-[0-9a-f]{20}$/);
        for (const tier of TIERS) {
            expect(groupId(tier)).toMatch(/^sg-[0-9a-f]{20}$/);
            for (const zone of sc.zones) expect(vswitchId(tier, zone)).toMatch(/^vsw-[0-9a-f]{20}$/);
        }
        const ids = mocks.recorded.filter((r) => r.custom).map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
    });

    it("creates the VPC with its name, CIDR, description and the seven internal tags", () => {
        expect(one(TYPE.vpc, `${name}-vpc`).inputs).toEqual({
            vpcName: `${prefix}-vpc`,
            cidrBlock: sc.vpcCidr,
            description: `Dakar 2026 ${sc.stack} VPC`,
            tags: {
                project: "dakar2026",
                environment: sc.stack,
                component: "network",
                owner: "cojoj-technology",
                "cost-centre": "cojoj-dig-2026",
                "data-classification": "internal",
                "managed-by": "pulumi",
            },
        });
    });

    it("creates one vSwitch per tier and zone in the VPC, with the planned CIDR", () => {
        for (const tier of TIERS) {
            sc.zones.forEach((zone, i) => {
                const z = letter(zone);
                expect(one(TYPE.vswitch, `${name}-vsw-${tier}-${z}`).inputs).toEqual({
                    vswitchName: `${prefix}-${tier}-${z}`,
                    vpcId: vpcId(),
                    zoneId: zone,
                    cidrBlock: sc.subnets[tier][i],
                    description: `${tier} tier, ${zone}`,
                    tags: internal,
                });
            });
        }
        const cidrs = ofType(TYPE.vswitch).map((r) => r.inputs.cidrBlock as string);
        expect(new Set(cidrs).size).toBe(3 * sc.zones.length);
    });

    it("creates an Enhanced internet NAT gateway in the edge vSwitch of the first zone", () => {
        expect(one(TYPE.nat, `${name}-nat`).inputs).toEqual({
            natGatewayName: `${prefix}-nat`,
            vpcId: vpcId(),
            vswitchId: vswitchId("edge", "eu-central-1a"),
            natType: "Enhanced",
            networkType: "internet",
            paymentType: "PayAsYouGo",
            internetChargeType: "PayByLcu",
            deletionProtection: sc.protect,
            description: "Outbound internet for the app tier only",
            tags: internal,
        });
    });

    it("creates the egress EIP with the profile's bandwidth and deletion protection", () => {
        const eip = one(TYPE.eip, `${name}-eip-nat`);
        expect(eip.inputs).toEqual({
            addressName: `${prefix}-nat-eip`,
            bandwidth: sc.bandwidth,
            internetChargeType: "PayByTraffic",
            paymentType: "PayAsYouGo",
            isp: "BGP",
            deletionProtection: sc.protect,
            description: "Egress address of the app tier",
            tags: internal,
        });
        expect(eip.state.ipAddress).toMatch(/^203\.0\.113\.([1-9]|[1-9]\d|1\d\d|2[0-4]\d|25[0-4])$/);
    });

    it("associates the EIP with the NAT gateway", () => {
        expect(one(TYPE.association, `${name}-eip-nat-assoc`).inputs).toEqual({
            allocationId: eipId(),
            instanceId: natId(),
            instanceType: "Nat",
        });
    });

    it("adds SNAT entries for the app vSwitches only, one per zone, through the EIP", () => {
        const snatTableId = one(TYPE.nat, `${name}-nat`).state.snatTableIds as string;
        expect(snatTableId).toMatch(/^stb-[0-9a-f]{20}$/);
        expect(ofType(TYPE.snat)).toHaveLength(sc.zones.length);
        for (const zone of sc.zones) {
            const z = letter(zone);
            expect(one(TYPE.snat, `${name}-snat-app-${z}`).inputs).toEqual({
                snatEntryName: `${prefix}-snat-app-${z}`,
                snatTableId,
                sourceVswitchId: vswitchId("app", zone),
                snatIp: eipAddress(),
            });
        }
        const sources = ofType(TYPE.snat).map((r) => r.inputs.sourceVswitchId as string).sort();
        expect(sources).toEqual(sc.zones.map((z) => vswitchId("app", z)).sort());
        for (const zone of sc.zones) {
            expect(sources).not.toContain(vswitchId("edge", zone));
            expect(sources).not.toContain(vswitchId("data", zone));
        }
    });

    it("creates one enterprise security group per tier in the VPC", () => {
        for (const tier of TIERS) {
            expect(one(TYPE.group, `${name}-sg-${tier}`).inputs).toEqual({
                securityGroupName: `${prefix}-sg-${tier}`,
                vpcId: vpcId(),
                securityGroupType: "enterprise",
                description: `${tier} tier`,
                tags: internal,
            });
        }
    });

    it("creates exactly the expected security-group rules, with all their inputs", () => {
        const rule = (tier: Tier, port: number, cidrIp: string, description: string): Record<string, unknown> => ({
            securityGroupId: groupId(tier),
            type: "ingress",
            ipProtocol: "tcp",
            portRange: `${port}/${port}`,
            cidrIp,
            policy: "accept",
            priority: 1,
            nicType: "intranet",
            description,
        });
        const expected: Record<string, Record<string, unknown>> = {
            [`${name}-sgr-edge-80-internet`]: rule("edge", 80, "0.0.0.0/0", "internet to edge listener 80"),
            [`${name}-sgr-edge-443-internet`]: rule("edge", 443, "0.0.0.0/0", "internet to edge listener 443"),
        };
        sc.zones.forEach((zone, i) => {
            const z = letter(zone);
            expected[`${name}-sgr-app-8080-from-edge-${z}`] = rule("app", 8080, sc.subnets.edge[i], `edge ${zone} to app`);
            expected[`${name}-sgr-data-3306-from-app-${z}`] = rule("data", 3306, sc.subnets.app[i], `app ${zone} to database`);
            expected[`${name}-sgr-data-6379-from-app-${z}`] = rule("data", 6379, sc.subnets.app[i], `app ${zone} to cache`);
        });
        const actual = Object.fromEntries(ofType(TYPE.rule).map((r) => [r.name, r.inputs]));
        expect(actual).toEqual(expected);
    });

    it("opens only 80 and 443 on the edge to the internet, and never SSH or RDP", () => {
        const rules = ofType(TYPE.rule).map((r) => r.inputs);
        const open = rules
            .filter((r) => r.cidrIp === "0.0.0.0/0")
            .map((r) => `${r.securityGroupId as string} ${r.ipProtocol as string} ${r.portRange as string}`)
            .sort();
        expect(open).toEqual([`${groupId("edge")} tcp 443/443`, `${groupId("edge")} tcp 80/80`].sort());
        expect(rules.filter((r) => r.ipv6CidrIp !== undefined)).toEqual([]);
        const ports = rules.map((r) => r.portRange as string);
        expect(ports).not.toContain("22/22");
        expect(ports).not.toContain("3389/3389");
        expect([...new Set(ports)].sort()).toEqual(["3306/3306", "443/443", "6379/6379", "80/80", "8080/8080"]);
    });

    it("lets the app port in only from the edge vSwitches, and the data ports only from the app vSwitches", () => {
        const rules = ofType(TYPE.rule).map((r) => r.inputs);
        const sources = (tier: Tier, portRange: string): string[] =>
            rules
                .filter((r) => r.securityGroupId === groupId(tier) && r.portRange === portRange)
                .map((r) => r.cidrIp as string)
                .sort();
        expect(sources("app", "8080/8080")).toEqual([...sc.subnets.edge].sort());
        expect(sources("data", "3306/3306")).toEqual([...sc.subnets.app].sort());
        expect(sources("data", "6379/6379")).toEqual([...sc.subnets.app].sort());
        expect(rules.filter((r) => r.securityGroupId === groupId("app"))).toHaveLength(sc.zones.length);
        expect(rules.filter((r) => r.securityGroupId === groupId("data"))).toHaveLength(2 * sc.zones.length);
        expect(rules.filter((r) => r.securityGroupId === groupId("edge"))).toHaveLength(2);
    });

    it("creates the flow-log project with the unique suffix and personal-data tags", () => {
        expect(one(TYPE.project, `${name}-flowlog-project`).inputs).toEqual({
            projectName: `${prefix}-flowlogs-abc123`,
            description: `VPC flow logs of Dakar 2026 ${sc.stack}`,
            tags: personal,
        });
    });

    it("creates an encrypted logstore keeping flow logs for the profile's retention", () => {
        expect(one(TYPE.store, `${name}-flowlog-store`).inputs).toEqual({
            projectName: `${prefix}-flowlogs-abc123`,
            logstoreName: `${prefix}-flowlogs`,
            retentionPeriod: sc.retentionDays,
            shardCount: sc.shardCount,
            autoSplit: true,
            maxSplitShardCount: 64,
            appendMeta: true,
            encryptConf: { enable: true, encryptType: "default" },
        });
    });

    it("records all traffic of the VPC into that logstore", () => {
        expect(one(TYPE.flowLog, `${name}-flowlog`).inputs).toEqual({
            flowLogName: `${prefix}-flowlog`,
            description: "All traffic of the VPC",
            resourceType: "VPC",
            resourceId: vpcId(),
            trafficType: "All",
            projectName: `${prefix}-flowlogs-abc123`,
            logStoreName: `${prefix}-flowlogs`,
            status: "Active",
            tags: personal,
        });
    });

    it("resolves its outputs to the mock ids and addresses", async () => {
        expect(await unwrap(network.vpcId)).toBe(vpcId());
        for (const tier of TIERS) {
            expect(Object.keys(network.vswitchIds[tier])).toEqual([...sc.zones]);
            for (const zone of sc.zones) expect(await unwrap(network.vswitchIds[tier][zone])).toBe(vswitchId(tier, zone));
            expect(await unwrap(network.securityGroupIds[tier])).toBe(groupId(tier));
        }
        expect(Object.keys(network.vswitchIds)).toEqual(["edge", "app", "data"]);
        expect(Object.keys(network.securityGroupIds)).toEqual(["edge", "app", "data"]);
        expect(await unwrap(network.natGatewayId)).toBe(natId());
        expect(await unwrap(network.egressIp)).toBe(eipAddress());
        expect(await unwrap(network.flowLogProject)).toBe(`${prefix}-flowlogs-abc123`);
        expect(await unwrap(network.flowLogStore)).toBe(`${prefix}-flowlogs`);
    });

    it("protects the NAT gateway, its EIP and the flow-log project and store exactly when the profile says so", () => {
        // The mocks do not see resource options; the SDK keeps the effective `protect` on each child object.
        const children = [...((network as unknown as ResourceInternals).__childResources ?? new Set<ResourceInternals>())];
        expect(children.map((c) => c.__name).sort()).toEqual(mocks.recorded.filter((r) => r.custom).map((r) => r.name).sort());
        const protectedNames = children
            .filter((c) => c.__protect === true)
            .map((c) => c.__name)
            .sort();
        const stateful = [`${name}-eip-nat`, `${name}-flowlog-project`, `${name}-flowlog-store`, `${name}-nat`];
        expect(protectedNames).toEqual(sc.protect ? stateful : []);
    });
});
