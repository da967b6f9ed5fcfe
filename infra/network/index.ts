/**
 * The networking layer: one VPC per stack, a vSwitch per tier and zone, an Enhanced NAT gateway
 * that gives only the app tier outbound internet, one security group per tier, and VPC flow logs
 * into a Log Service logstore encrypted with the logs key.
 */
import * as ecs from "@pulumi/alicloud/ecs";
import * as log from "@pulumi/alicloud/log";
import * as vpc from "@pulumi/alicloud/vpc";
import * as pulumi from "@pulumi/pulumi";
import { encryptedLogStoreArgs, logStoreInputs } from "../core/logstore";
import { cloudName, resourceTags } from "../core/names";
import { zoneLetter } from "../core/regions";
import type { CoreSettings } from "../core/settings";
import { statefulOptions } from "../core/stateful";
import type { KeysOutputs } from "../keys/outputs";
import type { NetworkConfig } from "./config";
import { NetworkOutputs, Ports, Tier, TIERS } from "./outputs";

const COMPONENT = "network";

export interface NetworkArgs {
    readonly core: CoreSettings;
    readonly config: NetworkConfig;
    /** The logs key and the role Log Service assumes to use it. */
    readonly keys: Pick<KeysOutputs, "keyIds" | "serviceRoleArns">;
    /** Stable per-stack suffix that makes the Log Service project name globally unique. */
    readonly uniqueSuffix: pulumi.Input<string>;
}

export class Network extends pulumi.ComponentResource implements NetworkOutputs {
    public readonly vpcId: pulumi.Output<string>;
    /** vSwitch ids by tier, then by zone id. */
    public readonly vswitchIds: Readonly<Record<Tier, Readonly<Record<string, pulumi.Output<string>>>>>;
    public readonly vswitchCidrs: Readonly<Record<Tier, Readonly<Record<string, string>>>>;
    /** Security group ids by tier. */
    public readonly securityGroupIds: Readonly<Record<Tier, pulumi.Output<string>>>;
    public readonly natGatewayId: pulumi.Output<string>;
    /** The one public address the app tier's outbound traffic comes from (give it to partners' allow-lists). */
    public readonly egressIp: pulumi.Output<string>;
    public readonly flowLogProject: pulumi.Output<string>;
    public readonly flowLogStore: pulumi.Output<string>;
    public readonly retiredLogStores: Readonly<Record<string, string>>;
    public readonly ports: Ports;

    constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:network:Network", name, {}, opts);
        const { core: s, config: c } = args;
        const parent = { parent: this };
        // Stateful in the sense that replacing them breaks partners' allow-lists or loses logs.
        const keep = statefulOptions(this, s.profile);
        const internal = resourceTags(s, COMPONENT, "internal");

        const network = new vpc.Network(
            `${name}-vpc`,
            {
                vpcName: cloudName(s, COMPONENT, "vpc"),
                cidrBlock: c.vpcCidr,
                description: `Dakar 2026 ${s.environment} VPC`,
                tags: internal,
            },
            parent,
        );

        const vswitches = {} as Record<Tier, Record<string, vpc.Switch>>;
        for (const tier of TIERS) {
            vswitches[tier] = {};
            for (const zone of s.zones) {
                const z = zoneLetter(zone);
                vswitches[tier][zone] = new vpc.Switch(
                    `${name}-vsw-${tier}-${z}`,
                    {
                        vswitchName: cloudName(s, COMPONENT, `${tier}-${z}`),
                        vpcId: network.id,
                        zoneId: zone,
                        cidrBlock: c.subnets[tier][zone],
                        description: `${tier} tier, ${zone}`,
                        tags: internal,
                    },
                    parent,
                );
            }
        }

        // The NAT gateway sits in the edge tier of the first zone; Enhanced NAT is itself zone-redundant.
        const firstZone = s.zones[0];
        const nat = new vpc.NatGateway(
            `${name}-nat`,
            {
                natGatewayName: cloudName(s, COMPONENT, "nat"),
                vpcId: network.id,
                vswitchId: vswitches.edge[firstZone].id,
                natType: "Enhanced",
                networkType: "internet",
                paymentType: "PayAsYouGo",
                internetChargeType: "PayByLcu",
                deletionProtection: s.profile.protect,
                description: "Outbound internet for the app tier only",
                tags: internal,
            },
            keep,
        );
        const eip = new ecs.EipAddress(
            `${name}-eip-nat`,
            {
                addressName: cloudName(s, COMPONENT, "nat-eip"),
                bandwidth: String(c.profile.natEipBandwidthMbps),
                internetChargeType: "PayByTraffic",
                paymentType: "PayAsYouGo",
                isp: "BGP",
                deletionProtection: s.profile.protect,
                description: "Egress address of the app tier",
                tags: internal,
            },
            keep,
        );
        const association = new ecs.EipAssociation(
            `${name}-eip-nat-assoc`,
            { allocationId: eip.id, instanceId: nat.id, instanceType: "Nat" },
            parent,
        );
        // SNAT only for app vSwitches: edge and data tiers get no route to the internet.
        for (const zone of s.zones) {
            const z = zoneLetter(zone);
            new vpc.SnatEntry(
                `${name}-snat-app-${z}`,
                {
                    snatEntryName: cloudName(s, COMPONENT, `snat-app-${z}`),
                    snatTableId: nat.snatTableIds,
                    sourceVswitchId: vswitches.app[zone].id,
                    snatIp: eip.ipAddress,
                },
                { parent: this, dependsOn: [association] },
            );
        }

        const groups = {} as Record<Tier, ecs.SecurityGroup>;
        for (const tier of TIERS) {
            // Enterprise groups drop traffic between members by default; rules below are CIDR-based
            // (enterprise groups cannot reference other groups), and each tier has its own vSwitches.
            groups[tier] = new ecs.SecurityGroup(
                `${name}-sg-${tier}`,
                {
                    securityGroupName: cloudName(s, COMPONENT, `sg-${tier}`),
                    vpcId: network.id,
                    securityGroupType: "enterprise",
                    description: `${tier} tier`,
                    tags: internal,
                },
                parent,
            );
        }
        const ingress = (logical: string, tier: Tier, portNumber: number, cidrIp: string, description: string): void => {
            new ecs.SecurityGroupRule(
                `${name}-sgr-${logical}`,
                {
                    securityGroupId: groups[tier].id,
                    type: "ingress",
                    ipProtocol: "tcp",
                    portRange: `${portNumber}/${portNumber}`,
                    cidrIp,
                    policy: "accept",
                    priority: 1,
                    nicType: "intranet",
                    description,
                },
                parent,
            );
        };
        const ports = c.ports;
        for (const p of ports.edgeListeners) ingress(`edge-${p}-internet`, "edge", p, "0.0.0.0/0", `internet to edge listener ${p}`);
        // The data tier's rules (app vSwitches to the database and cache ports) belong to the storage
        // layer, which owns those ports; it took them over under aliases (formerDataRuleName).
        for (const zone of s.zones) {
            ingress(`app-${ports.app}-from-edge-${zoneLetter(zone)}`, "app", ports.app, c.subnets.edge[zone], `edge ${zone} to app`);
        }

        // Flow logs record end-user IP addresses at the edge, which identify people: personal data.
        const personal = resourceTags(s, COMPONENT, "personal");
        const project = new log.Project(
            `${name}-flowlog-project`,
            {
                projectName: pulumi.interpolate`${cloudName(s, COMPONENT, "flowlogs")}-${args.uniqueSuffix}`,
                description: `VPC flow logs of Dakar 2026 ${s.environment}`,
                tags: personal,
            },
            keep,
        );
        const storeShape = (logstoreName: string) => ({
            projectName: project.projectName,
            logstoreName,
            retentionDays: s.profile.logRetentionDays,
            shardCount: c.profile.flowLogShardCount,
        });
        // Log Service cannot change a logstore's key in place, so the store on the logs key is a new
        // one; the store made before the keys layer stays, written to by nothing, until its logs have
        // lived out their retention (docs/decisions/0004-flow-logs-move-to-the-logs-key.md).
        const store = new log.Store(
            `${name}-flowlog-store-cmk`,
            encryptedLogStoreArgs(storeShape(cloudName(s, COMPONENT, "flowlogs-cmk")), {
                keyId: args.keys.keyIds.logs,
                serviceRoleArn: args.keys.serviceRoleArns.log,
                region: s.region,
            }),
            keep,
        );
        // Declared retired until that day (a stack output the pack reads): the key-origin rule
        // accepts it only while nothing writes to it and the day has not passed.
        const retired: Record<string, string> = {};
        if (c.legacyFlowLogStoreUntil !== undefined) {
            const legacyName = cloudName(s, COMPONENT, "flowlogs");
            new log.Store(`${name}-flowlog-store`, { ...logStoreInputs(storeShape(legacyName)), encryptConf: { enable: true, encryptType: "default" } }, keep);
            retired[legacyName] = c.legacyFlowLogStoreUntil;
        }
        const flowLog = new vpc.FlowLog(
            `${name}-flowlog`,
            {
                flowLogName: cloudName(s, COMPONENT, "flowlog"),
                description: "All traffic of the VPC",
                resourceType: "VPC",
                resourceId: network.id,
                trafficType: "All",
                projectName: project.projectName,
                logStoreName: store.logstoreName,
                status: "Active",
                tags: personal,
            },
            parent,
        );

        this.vpcId = network.id;
        this.vswitchIds = Object.fromEntries(
            TIERS.map((t) => [t, Object.fromEntries(s.zones.map((z) => [z, vswitches[t][z].id]))]),
        ) as Record<Tier, Record<string, pulumi.Output<string>>>;
        this.vswitchCidrs = c.subnets;
        this.securityGroupIds = Object.fromEntries(TIERS.map((t) => [t, groups[t].id])) as Record<Tier, pulumi.Output<string>>;
        this.natGatewayId = nat.id;
        this.egressIp = eip.ipAddress;
        this.flowLogProject = project.projectName;
        this.flowLogStore = store.logstoreName;
        this.retiredLogStores = retired;
        this.ports = c.ports;
        this.registerOutputs({
            vpcId: this.vpcId,
            vswitchIds: this.vswitchIds,
            securityGroupIds: this.securityGroupIds,
            natGatewayId: this.natGatewayId,
            egressIp: this.egressIp,
            flowLogProject: this.flowLogProject,
            flowLogId: flowLog.id,
        });
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { NetworkOutputs } from "./outputs";
