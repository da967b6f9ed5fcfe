/**
 * Synthetic offline plans for the benchmark (`npm run bench`): a plan shaped like the ones
 * `npm run plan -- --json` writes, with as many resources as asked, built from the resource type tokens
 * the catalog reads. Resources come in the groups a real platform declares (a network with its vSwitches,
 * flow log and security groups; compute with disks and attachments; scaling tiers; ALB/CLB; buckets with
 * their ACL, policy, encryption and versioning; databases; caches; CDN; RAM; observability), wired by
 * property dependencies and ids like the engine records them, with a mix of compliant and non-compliant
 * values. The same seed always gives the same plan.
 */
import { catalog } from "../../policies/catalog";
import { ID_PREFIX } from "../plan/ids";
import { NO_OPTIONS, Plan, PlanResource } from "../plan/types";

export const PROJECT = "dakar2026";

/** Fewest resources a synthetic plan can hold: the stack, three providers, the random suffix and the platform group. */
export const MIN_RESOURCES = 15;

/** Share of choices that take the non-compliant value. */
const BAD = 0.15;

const ZONES = ["eu-central-1a", "eu-central-1b", "eu-central-1c"] as const;
const TIERS = ["edge", "app", "data"] as const;
type Tier = (typeof TIERS)[number];
const CLASSIFICATIONS = ["internal", "internal", "public", "personal"] as const;
const PASSWORD_TYPE = "random:index/randomPassword:RandomPassword";
const REDACTED = "[secret]";
const ANYWHERE = "0.0.0.0/0";

export interface SyntheticOptions {
    /** Exact number of resources in the plan, stack and providers included (at least MIN_RESOURCES). */
    readonly resources: number;
    /** Seed of the pseudo-random choices (default 2026). */
    readonly seed?: number;
    /** Stack name, also its profile and the `environment` tag (default "prod"). */
    readonly stack?: string;
}

/** Every type token the catalog's policies declare they read, sorted. */
export function catalogResourceTypes(): string[] {
    return [...new Set(catalog.flatMap((p) => p.meta.resourceTypes))].sort();
}

/** mulberry32: a small, fast, seedable generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}



type Inputs = Record<string, unknown>;

interface AddArgs {
    readonly type: string;
    /** Logical name (unique per type). */
    readonly name: string;
    /** Component or provider the resource belongs to; the stack when absent. */
    readonly parent?: PlanResource;
    readonly inputs: Inputs;
    /** Input property → resources its value came from. */
    readonly deps?: Readonly<Record<string, readonly PlanResource[]>>;
    readonly protect?: boolean;
    readonly dependsOn?: readonly PlanResource[];
    readonly provider?: PlanResource;
    /** Fake outputs a provider would add to the inputs. */
    readonly extraOutputs?: Inputs;
}

interface Network {
    readonly vpc: PlanResource;
    readonly cidr: number;
    readonly switches: Readonly<Record<Tier, readonly PlanResource[]>>;
    readonly groups: Readonly<Record<Tier, PlanResource>>;
}

/** Builds one plan; each `unit*` method appends a group of linked resources. */
class Builder {
    readonly resources: PlanResource[] = [];
    private readonly rand: () => number;
    private readonly stackUrn: string;
    private readonly counters = new Map<string, number>();
    readonly networks: Network[] = [];
    readonly instances: PlanResource[] = [];
    readonly albServerGroups: PlanResource[] = [];
    readonly buckets: PlanResource[] = [];
    readonly roles: PlanResource[] = [];
    suffix!: PlanResource;
    private dr!: PlanResource;
    /**
     * While true (the first group of each kind), every optional resource is declared, so that any plan past
     * the first pass holds every type the catalog reads.
     */
    firstPass = false;

    constructor(
        readonly stack: string,
        seed: number,
    ) {
        this.rand = seededRandom(seed);
        this.stackUrn = `urn:pulumi:${stack}::${PROJECT}::pulumi:pulumi:Stack::${PROJECT}-${stack}`;
    }

    get count(): number {
        return this.resources.length;
    }

    chance(p: number): boolean {
        return this.rand() < p;
    }

    /** True for the non-compliant branch of a choice. */
    bad(): boolean {
        return this.chance(BAD);
    }

    /** Declare an optional resource? */
    maybe(p: number): boolean {
        return this.chance(p) || this.firstPass;
    }

    /** Leave out a resource that is usually there? */
    skip(p: number): boolean {
        return this.chance(p) && !this.firstPass;
    }

    int(lo: number, hi: number): number {
        return lo + Math.floor(this.rand() * (hi - lo + 1));
    }

    pick<T>(xs: readonly T[]): T {
        return xs[Math.floor(this.rand() * xs.length)];
    }

    hex(n: number): string {
        let s = "";
        while (s.length < n) s += Math.floor(this.rand() * 0x100000000).toString(16).padStart(8, "0");
        return s.slice(0, n);
    }

    /** 1, 2, 3... per key. */
    private counter(key: string): number {
        const n = (this.counters.get(key) ?? 0) + 1;
        this.counters.set(key, n);
        return n;
    }

    /** Next name for a kind of group: net1, net2, ... */
    next(kind: string): string {
        return `${kind}${this.counter(kind)}`;
    }

    /** `dakar2026-<stack>-<component>-<purpose>`: logical and cloud-side names follow the convention. */
    named(component: string, purpose: string): string {
        return `${PROJECT}-${this.stack}-${component}-${purpose}`;
    }

    tags(component: string, classification: string = this.pick(CLASSIFICATIONS)): Record<string, string> {
        const tags: Record<string, string> = {
            component,
            "cost-centre": "cojoj-dig-2026",
            "data-classification": classification,
            environment: this.stack,
            "managed-by": "pulumi",
            owner: "cojoj-technology",
            project: PROJECT,
        };
        if (this.chance(0.04)) delete tags.owner;
        if (this.chance(0.02)) tags.environment = "staging";
        if (this.chance(0.02)) tags["data-classification"] = "confidential";
        return tags;
    }

    add(a: AddArgs): PlanResource {
        const qualified = a.parent === undefined ? `pulumi:pulumi:Stack$${a.type}` : `${a.parent.type}$${a.type}`;
        const isProvider = a.type.startsWith("pulumi:providers:");
        const urn = isProvider
            ? `urn:pulumi:${this.stack}::${PROJECT}::${a.type}::${a.name}`
            : `urn:pulumi:${this.stack}::${PROJECT}::${qualified}::${a.name}`;
        const propertyDependencies: Record<string, string[]> = {};
        for (const [prop, list] of Object.entries(a.deps ?? {})) {
            if (list.length > 0) propertyDependencies[prop] = [...new Set(list.map((r) => r.urn))].sort();
        }
        const custom = !a.type.startsWith(`${PROJECT}:`);
        const resource: PlanResource = {
            urn,
            type: a.type,
            name: a.name,
            parent: a.parent?.urn ?? this.stackUrn,
            custom,
            ...(custom ? { id: isProvider ? `${a.name}-offline` : `${ID_PREFIX[a.type] ?? ""}${this.hex(20)}` } : {}),
            inputs: a.inputs,
            outputs: { ...(a.extraOutputs ?? {}), ...a.inputs },
            options: {
                ...NO_OPTIONS,
                protect: a.protect ?? false,
                dependsOn: (a.dependsOn ?? []).map((r) => r.urn).sort(),
                ...(a.provider ? { provider: a.provider.urn } : {}),
            },
            propertyDependencies,
        };
        this.resources.push(resource);
        return resource;
    }

    component(type: string, component: string): PlanResource {
        return this.add({ type: `${PROJECT}:${type}`, name: this.named(component, "group"), inputs: {} });
    }

    /** A generated secret: the input reads "[secret]" and depends on a random.RandomPassword (or is plaintext when bad). */
    secret(parent: PlanResource, component: string, purpose: string): { value: string; deps: PlanResource[] } {
        if (this.chance(0.1)) return { value: `Dakar-${this.hex(6)}!`, deps: [] };
        const pw = this.add({
            type: PASSWORD_TYPE,
            name: this.named(component, `${purpose}-password`),
            parent,
            inputs: { length: 24, special: true, overrideSpecial: "!#%+-=" },
            extraOutputs: { result: REDACTED },
        });
        return { value: REDACTED, deps: [pw] };
    }

    // ---- fixed part -------------------------------------------------------------------------------

    /** Stack, default providers, a disaster-recovery provider, the random suffix and the platform-wide singletons. */
    base(): void {
        this.resources.push({
            urn: this.stackUrn,
            type: "pulumi:pulumi:Stack",
            name: `${PROJECT}-${this.stack}`,
            custom: false,
            inputs: {},
            outputs: {},
            options: { ...NO_OPTIONS },
            propertyDependencies: {},
        });
        const provider = (pkg: string, name: string, inputs: Inputs): PlanResource =>
            this.add({ type: `pulumi:providers:${pkg}`, name, inputs });
        provider("alicloud", "default_3_108_0", { region: "eu-central-1", version: "3.108.0" });
        provider("random", "default_4_21_2", { version: "4.21.2" });
        this.dr = provider("alicloud", `${PROJECT}-${this.stack}-provider-dr`, { region: "eu-west-1", version: "3.108.0" });
        this.suffix = this.add({
            type: "random:index/randomString:RandomString",
            name: `${PROJECT}-${this.stack}-suffix`,
            inputs: { length: 6, lower: true, numeric: true, special: false, upper: false },
            protect: true,
            extraOutputs: { result: "zex1h6" },
        });
        this.unitPlatform();
    }

    /** One per account: password policy, MFA preference, ActionTrail to a private bucket, RDS audit log, WAF, KMS instance. */
    private unitPlatform(): void {
        const c = "platform";
        const g = this.component("platform:Platform", c);
        this.add({
            type: "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy",
            name: this.named(c, "password-policy"),
            parent: g,
            inputs: {
                minimumPasswordLength: 14,
                requireLowercaseCharacters: true,
                requireUppercaseCharacters: true,
                requireNumbers: true,
                requireSymbols: true,
                maxPasswordAge: 90,
                passwordReusePrevention: 24,
                maxLoginAttempts: 5,
                hardExpiry: false,
            },
        });
        this.add({
            type: "alicloud:ram/securityPreference:SecurityPreference",
            name: this.named(c, "security-preference"),
            parent: g,
            inputs: { enableSaveMfaTicket: false, allowUserToChangePassword: true, mfaOperationForLogin: "mandatory" },
        });
        const bucketName = `${PROJECT}-${this.stack}-platform-audit-zex1h6`;
        const bucket = this.add({
            type: "alicloud:oss/bucket:Bucket",
            name: this.named(c, "audit-bucket"),
            parent: g,
            inputs: {
                bucket: bucketName,
                storageClass: "Standard",
                redundancyType: "ZRS",
                lifecycleRules: [{ id: "expire-audit", enabled: true, expirations: [{ days: 400 }] }],
                tags: this.tags(c, "internal"),
            },
            deps: { bucket: [this.suffix] },
            protect: true,
        });
        this.add({
            type: "alicloud:oss/bucketAcl:BucketAcl",
            name: this.named(c, "audit-bucket-acl"),
            parent: g,
            inputs: { bucket: bucketName, acl: "private" },
            deps: { bucket: [bucket] },
        });
        const project = this.add({
            type: "alicloud:log/project:Project",
            name: this.named(c, "audit-project"),
            parent: g,
            inputs: {
                projectName: `${PROJECT}-${this.stack}-platform-audit-zex1h6`,
                description: "Audit logs",
                tags: this.tags(c, "internal"),
            },
            deps: { projectName: [this.suffix] },
            protect: true,
        });
        this.add({
            type: "alicloud:actiontrail/trail:Trail",
            name: this.named(c, "trail"),
            parent: g,
            inputs: {
                trailName: this.named(c, "trail"),
                trailRegion: "All",
                eventRw: "All",
                status: "Enable",
                ossBucketName: bucketName,
                slsProjectArn: `acs:log:eu-central-1:5012345678901234:project/${PROJECT}-${this.stack}-platform-audit-zex1h6`,
                isOrganizationTrail: false,
            },
            deps: { ossBucketName: [bucket], slsProjectArn: [project] },
        });
        this.add({
            type: "alicloud:log/audit:Audit",
            name: this.named(c, "rds-audit"),
            parent: g,
            inputs: { displayName: "RDS audit", aliuid: "5012345678901234", variableMap: { rds_enabled: "true", rds_ttl: "180" } },
        });
        this.add({
            type: "alicloud:waf/instance:Instance",
            name: this.named(c, "waf"),
            parent: g,
            inputs: {
                bigScreen: "0",
                exclusiveIpPackage: "1",
                extBandwidth: "50",
                extDomainPackage: "1",
                packageCode: "version_3",
                prefessionalService: "false",
                subscriptionType: "Subscription",
                wafLog: "true",
                logStorage: "3",
                logTime: "180",
                resourceGroupId: "rg-acfmz7u4zzr2xxx",
            },
        });
        this.add({
            type: "alicloud:kms/instance:Instance",
            name: this.named(c, "kms-instance"),
            parent: g,
            inputs: {
                productVersion: "3",
                spec: 1000,
                keyNum: 1000,
                secretNum: 100,
                vpcNum: 1,
                zoneIds: ["eu-central-1a", "eu-central-1b"],
                vswitchIds: [],
                vpcId: "vpc-platform",
                tags: this.tags(c, "internal"),
            },
        });
    }

    // ---- units ------------------------------------------------------------------------------------

    unitNetwork(): void {
        const c = this.next("net");
        const g = this.component("network:Network", c);
        const k = 16 + (this.networks.length % 200);
        const vpc = this.add({
            type: "alicloud:vpc/network:Network",
            name: this.named(c, "vpc"),
            parent: g,
            inputs: {
                cidrBlock: `10.${k}.0.0/16`,
                description: `Dakar 2026 ${this.stack} VPC ${c}`,
                ...(this.bad() ? { name: `VPC ${c}` } : { vpcName: this.named(c, "vpc") }),
                tags: this.tags("network", "internal"),
            },
        });
        const zoneCount = this.chance(0.8) ? 3 : 2;
        const switches: Record<Tier, PlanResource[]> = { edge: [], app: [], data: [] };
        TIERS.forEach((tier, t) => {
            for (let z = 0; z < zoneCount; z++) {
                const small = this.chance(0.05);
                switches[tier].push(
                    this.add({
                        type: "alicloud:vpc/switch:Switch",
                        name: this.named(c, `vsw-${tier}-${"abc"[z]}`),
                        parent: g,
                        inputs: {
                            cidrBlock: small ? `10.${k}.${(t * 3 + z) * 16}.0/29` : `10.${k}.${(t * 3 + z) * 16}.0/20`,
                            description: `${tier} tier, ${ZONES[z]}`,
                            vpcId: vpc.id,
                            vswitchName: this.named(c, `${tier}-${"abc"[z]}`),
                            ...(this.chance(0.03) ? {} : { zoneId: ZONES[z] }),
                            tags: this.tags("network", "internal"),
                        },
                        deps: { vpcId: [vpc] },
                    }),
                );
            }
        });
        const project = this.add({
            type: "alicloud:log/project:Project",
            name: this.named(c, "flowlog-project"),
            parent: g,
            inputs: {
                projectName: `${this.named(c, "flowlogs")}-zex1h6`,
                ...(this.bad() ? {} : { description: `VPC flow logs of ${c}` }),
                tags: this.tags("network", "personal"),
            },
            deps: { projectName: [this.suffix] },
            protect: !this.bad(),
        });
        const store = this.add({
            type: "alicloud:log/store:Store",
            name: this.named(c, "flowlog-store"),
            parent: g,
            inputs: {
                logstoreName: this.named(c, "flowlogs"),
                projectName: project.inputs.projectName,
                retentionPeriod: this.bad() ? 30 : 365,
                shardCount: 2,
                autoSplit: true,
                maxSplitShardCount: 64,
                appendMeta: true,
                encryptConf: this.bad()
                    ? { enable: false }
                    : {
                        enable: true,
                        encryptType: "default",
                        userCmkInfo: { cmkKeyId: `key-${this.hex(20)}`, arn: "acs:ram::5012:role/kms", regionId: "eu-central-1" },
                    },
            },
            deps: { projectName: [project] },
            protect: true,
        });
        if (!this.skip(0.1)) {
            this.add({
                type: "alicloud:vpc/flowLog:FlowLog",
                name: this.named(c, "flowlog"),
                parent: g,
                inputs: {
                    description: "All traffic of the VPC",
                    flowLogName: this.named(c, "flowlog"),
                    logStoreName: store.inputs.logstoreName,
                    projectName: project.inputs.projectName,
                    resourceId: vpc.id,
                    resourceType: "VPC",
                    status: "Active",
                    trafficType: "All",
                    tags: this.tags("network", "personal"),
                },
                deps: { logStoreName: [store], projectName: [project], resourceId: [vpc] },
            });
        }
        const nat = this.add({
            type: "alicloud:vpc/natGateway:NatGateway",
            name: this.named(c, "nat"),
            parent: g,
            inputs: {
                deletionProtection: !this.bad(),
                description: "Outbound internet for the app tier only",
                internetChargeType: "PayByLcu",
                natGatewayName: this.named(c, "nat"),
                ...(this.bad() ? { natType: "Normal", specification: "Small" } : { natType: "Enhanced" }),
                networkType: "internet",
                paymentType: "PayAsYouGo",
                vpcId: vpc.id,
                vswitchId: switches.edge[0].id,
                tags: this.tags("network", "internal"),
            },
            deps: { vpcId: [vpc], vswitchId: [switches.edge[0]] },
            protect: true,
            extraOutputs: { snatTableIds: `stb-${this.hex(20)}`, forwardTableIds: `ftb-${this.hex(20)}`, status: "Available" },
        });
        const eip = this.add({
            type: "alicloud:ecs/eipAddress:EipAddress",
            name: this.named(c, "eip-nat"),
            parent: g,
            inputs: {
                addressName: this.named(c, "nat-eip"),
                ...(this.chance(0.05) ? {} : { bandwidth: this.bad() ? "1000" : "100" }),
                deletionProtection: !this.bad(),
                description: "Egress address of the app tier",
                internetChargeType: "PayByTraffic",
                isp: "BGP",
                paymentType: "PayAsYouGo",
                tags: this.tags("network", "internal"),
            },
            protect: true,
            extraOutputs: { ipAddress: `203.0.113.${this.int(1, 254)}` },
        });
        if (!this.skip(0.08)) {
            this.add({
                type: "alicloud:ecs/eipAssociation:EipAssociation",
                name: this.named(c, "eip-nat-assoc"),
                parent: g,
                inputs: { allocationId: eip.id, instanceId: nat.id, instanceType: "Nat" },
                deps: { allocationId: [eip], instanceId: [nat] },
            });
        }
        if (this.maybe(0.3)) {
            this.add({
                type: "alicloud:vpc/forwardEntry:ForwardEntry",
                name: this.named(c, "dnat-bastion"),
                parent: g,
                inputs: {
                    forwardTableId: nat.outputs.forwardTableIds,
                    externalIp: eip.outputs.ipAddress,
                    externalPort: this.bad() ? "22" : "443",
                    internalIp: `10.${k}.16.10`,
                    internalPort: "443",
                    ipProtocol: "tcp",
                    forwardEntryName: this.named(c, "dnat-bastion"),
                },
                deps: { forwardTableId: [nat], externalIp: [eip] },
            });
        }
        const group = (tier: Tier): PlanResource =>
            this.add({
                type: "alicloud:ecs/securityGroup:SecurityGroup",
                name: this.named(c, `sg-${tier}`),
                parent: g,
                inputs: {
                    ...(this.chance(0.05) ? {} : { description: `${tier} tier` }),
                    securityGroupName: this.named(c, `sg-${tier}`),
                    securityGroupType: this.bad() ? "normal" : "enterprise",
                    vpcId: vpc.id,
                    tags: this.tags("network", "internal"),
                },
                deps: { vpcId: [vpc] },
            });
        const groups: Record<Tier, PlanResource> = { edge: group("edge"), app: group("app"), data: group("data") };
        const rule = (tier: Tier, purpose: string, inputs: Inputs): void => {
            this.add({
                type: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
                name: this.named(c, `sgr-${tier}-${purpose}`),
                parent: g,
                inputs: { nicType: "intranet", policy: "accept", priority: 1, securityGroupId: groups[tier].id, ...inputs },
                deps: { securityGroupId: [groups[tier]] },
            });
        };
        rule("edge", "443-from-internet", { type: "ingress", ipProtocol: "tcp", portRange: "443/443", cidrIp: "0.0.0.0/0" });
        rule("edge", "80-from-internet", { type: "ingress", ipProtocol: "tcp", portRange: "80/80", cidrIp: "0.0.0.0/0" });
        if (this.bad()) rule("edge", "22-from-internet", { type: "ingress", ipProtocol: "tcp", portRange: "22/22", cidrIp: "0.0.0.0/0" });
        if (this.chance(0.05)) {
            rule("edge", "all-from-internet", { type: "ingress", ipProtocol: "all", portRange: "-1/-1", cidrIp: "0.0.0.0/0" });
        }
        const tcpFrom = (port: number, from: PlanResource): Inputs => ({
            type: "ingress",
            ipProtocol: "tcp",
            portRange: `${port}/${port}`,
            cidrIp: from.inputs.cidrBlock,
        });
        switches.edge.forEach((s, z) => rule("app", `8080-from-edge-${"abc"[z]}`, tcpFrom(8080, s)));
        switches.app.forEach((s, z) => {
            rule("data", `5432-from-app-${"abc"[z]}`, tcpFrom(5432, s));
            rule("data", `6379-from-app-${"abc"[z]}`, tcpFrom(6379, s));
        });
        rule("app", "egress-https", { type: "egress", ipProtocol: "tcp", portRange: "443/443", cidrIp: "0.0.0.0/0" });
        if (this.bad()) rule("app", "egress-all", { type: "egress", ipProtocol: "all", portRange: "-1/-1", cidrIp: "0.0.0.0/0" });
        if (this.maybe(0.5)) {
            this.add({
                type: "alicloud:vpc/networkAcl:NetworkAcl",
                name: this.named(c, "nacl-edge"),
                parent: g,
                inputs: {
                    networkAclName: this.named(c, "nacl-edge"),
                    vpcId: vpc.id,
                    ingressAclEntries: [
                        { networkAclEntryName: "https", policy: "accept", port: "443/443", protocol: "tcp", sourceCidrIp: "0.0.0.0/0" },
                        ...(this.bad()
                            ? [{ networkAclEntryName: "rdp", policy: "accept", port: "3389/3389", protocol: "tcp", sourceCidrIp: ANYWHERE }]
                            : []),
                    ],
                    egressAclEntries: [
                        { networkAclEntryName: "all", policy: "accept", port: "-1/-1", protocol: "all", destinationCidrIp: "0.0.0.0/0" },
                    ],
                    resources: switches.edge.map((s) => ({ resourceId: s.id, resourceType: "VSwitch" })),
                    tags: this.tags("network", "internal"),
                },
                deps: { vpcId: [vpc], resources: switches.edge },
            });
        }
        this.networks.push({ vpc, cidr: k, switches, groups });
    }

    private kmsKey(g: PlanResource, c: string, purpose: string): PlanResource {
        return this.add({
            type: "alicloud:kms/key:Key",
            name: this.named(c, `key-${purpose}`),
            parent: g,
            inputs: {
                ...(this.chance(0.05) ? {} : { description: `${purpose} encryption key of ${c}` }),
                keySpec: "Aliyun_AES_256",
                keyUsage: "ENCRYPT/DECRYPT",
                origin: "Aliyun_KMS",
                protectionLevel: "SOFTWARE",
                automaticRotation: this.bad() ? "Disabled" : "Enabled",
                rotationInterval: this.chance(0.05) ? "730d" : "365d",
                deletionProtection: this.bad() ? "Disabled" : "Enabled",
                pendingWindowInDays: 30,
                status: "Enabled",
                tags: this.tags(c.replace(/\d+$/, ""), "internal"),
            },
            protect: !this.chance(0.05),
        });
    }

    unitCompute(): void {
        const net = this.pick(this.networks);
        const c = this.next("app");
        const g = this.component("compute:Compute", c);
        const keyPair = this.add({
            type: "alicloud:ecs/ecsKeyPair:EcsKeyPair",
            name: this.named(c, "keypair"),
            parent: g,
            inputs: {
                keyPairName: this.named(c, "keypair"),
                publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5${this.hex(40)} ops@dakar2026`,
                tags: this.tags("compute", "internal"),
            },
        });
        const role = this.add({
            type: "alicloud:ram/role:Role",
            name: this.named(c, "role"),
            parent: g,
            inputs: {
                roleName: this.named(c, "role"),
                assumeRolePolicyDocument: JSON.stringify({
                    Statement: [{ Action: "sts:AssumeRole", Effect: "Allow", Principal: { Service: ["ecs.aliyuncs.com"] } }],
                    Version: "1",
                }),
                description: `Instance role of ${c}`,
                tags: this.tags("compute", "internal"),
            },
        });
        this.roles.push(role);
        const key = this.kmsKey(g, c, "disk");
        const policy = this.add({
            type: "alicloud:ecs/autoSnapshotPolicy:AutoSnapshotPolicy",
            name: this.named(c, "snapshots"),
            parent: g,
            inputs: {
                autoSnapshotPolicyName: this.named(c, "snapshots"),
                repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
                retentionDays: this.bad() ? 3 : 30,
                timePoints: this.bad() ? ["14"] : ["2"],
                tags: this.tags("compute", "internal"),
            },
        });
        const members: PlanResource[] = [];
        const count = this.int(2, 5);
        for (let i = 0; i < count; i++) {
            const z = i % ZONES.length;
            const vsw = net.switches.app[z % net.switches.app.length];
            const sg = net.groups.app;
            const pw = this.chance(0.2) ? this.secret(g, c, `vm${i + 1}`) : undefined;
            const withKey = !this.bad();
            const inst = this.add({
                type: "alicloud:ecs/instance:Instance",
                name: this.named(c, `vm${i + 1}`),
                parent: g,
                inputs: {
                    instanceName: this.named(c, `vm${i + 1}`),
                    instanceType: this.bad()
                        ? this.pick(["ecs.t5-lc1m2.large", "ecs.n1.medium", "ecs.sn2ne.xlarge"])
                        : this.pick(["ecs.g7.xlarge", "ecs.c7.2xlarge", "ecs.g8i.xlarge"]),
                    imageId: this.chance(0.05) ? "centos_7_9_x64_20G_alibase_20240628.vhd" : "aliyun_3_x64_20G_alibase_20240819.vhd",
                    securityGroups: [sg.id],
                    vswitchId: vsw.id,
                    availabilityZone: vsw.inputs.zoneId,
                    systemDiskCategory: "cloud_essd",
                    systemDiskSize: this.chance(0.05) ? 20 : 40,
                    systemDiskEncrypted: true,
                    instanceChargeType: this.chance(0.05) ? "PrePaid" : "PostPaid",
                    internetChargeType: "PayByTraffic",
                    internetMaxBandwidthOut: this.chance(0.05) ? 200 : 0,
                    deletionProtection: !this.bad(),
                    httpTokens: this.bad() ? "optional" : "required",
                    securityEnhancementStrategy: "Active",
                    ...(withKey ? { keyName: keyPair.inputs.keyPairName } : {}),
                    ...(pw ? { password: pw.value } : {}),
                    userData: "IyEvYmluL2Jhc2gKZWNobyBoZWxsbwo=",
                    tags: this.tags("compute", this.pick(CLASSIFICATIONS)),
                },
                deps: {
                    securityGroups: [sg],
                    vswitchId: [vsw],
                    ...(withKey ? { keyName: [keyPair] } : {}),
                    ...(pw ? { password: pw.deps } : {}),
                },
            });
            members.push(inst);
            this.instances.push(inst);
            const encrypted = !this.bad();
            const disk = this.add({
                type: "alicloud:ecs/ecsDisk:EcsDisk",
                name: this.named(c, `vm${i + 1}-data`),
                parent: g,
                inputs: {
                    diskName: this.named(c, `vm${i + 1}-data`),
                    zoneId: vsw.inputs.zoneId,
                    category: this.chance(0.7) ? "cloud_regional_disk_auto" : "cloud_essd",
                    size: 100,
                    encrypted,
                    ...(encrypted ? { kmsKeyId: key.id } : {}),
                    deleteAutoSnapshot: this.chance(0.05),
                    deleteWithInstance: this.chance(0.05),
                    enableAutoSnapshot: true,
                    tags: this.tags("compute", "personal"),
                },
                deps: encrypted ? { kmsKeyId: [key] } : {},
                protect: !this.chance(0.1),
            });
            if (!this.skip(0.05)) {
                this.add({
                    type: "alicloud:ecs/ecsDiskAttachment:EcsDiskAttachment",
                    name: this.named(c, `vm${i + 1}-data-attach`),
                    parent: g,
                    inputs: { diskId: disk.id, instanceId: inst.id, deleteWithInstance: false },
                    deps: { diskId: [disk], instanceId: [inst] },
                });
            }
            if (!this.skip(BAD)) {
                this.add({
                    type: "alicloud:ecs/ecsAutoSnapshotPolicyAttachment:EcsAutoSnapshotPolicyAttachment",
                    name: this.named(c, `vm${i + 1}-data-snapshots`),
                    parent: g,
                    inputs: { autoSnapshotPolicyId: policy.id, diskId: disk.id },
                    deps: { autoSnapshotPolicyId: [policy], diskId: [disk] },
                });
            }
            if (this.maybe(0.05)) {
                const eni = this.add({
                    type: "alicloud:ecs/ecsNetworkInterface:EcsNetworkInterface",
                    name: this.named(c, `vm${i + 1}-eni`),
                    parent: g,
                    inputs: {
                        networkInterfaceName: this.named(c, `vm${i + 1}-eni`),
                        vswitchId: vsw.id,
                        securityGroupIds: [sg.id],
                        tags: this.tags("compute", "internal"),
                    },
                    deps: { vswitchId: [vsw], securityGroupIds: [sg] },
                });
                this.add({
                    type: "alicloud:ecs/ecsNetworkInterfaceAttachment:EcsNetworkInterfaceAttachment",
                    name: this.named(c, `vm${i + 1}-eni-attach`),
                    parent: g,
                    inputs: { instanceId: inst.id, networkInterfaceId: eni.id },
                    deps: { instanceId: [inst], networkInterfaceId: [eni] },
                });
            }
        }
        // The current provider attaches a role per instance (ecs.RamRoleAttachment); older code lists them (ram.RoleAttachment).
        const listed = members.filter((_, i) => (this.firstPass ? i === 0 : this.chance(0.2)));
        if (listed.length > 0) {
            const attached = listed.filter(() => !this.skip(0.05));
            this.add({
                type: "alicloud:ram/roleAttachment:RoleAttachment",
                name: this.named(c, "role-attach"),
                parent: g,
                inputs: { roleName: role.inputs.roleName, instanceIds: attached.map((i) => i.id) },
                deps: { roleName: [role], instanceIds: attached },
            });
        }
        members.forEach((inst, i) => {
            if (listed.includes(inst) || this.skip(0.05)) return;
            this.add({
                type: "alicloud:ecs/ramRoleAttachment:RamRoleAttachment",
                name: this.named(c, `vm${i + 1}-role`),
                parent: g,
                inputs: { ramRoleName: role.inputs.roleName, instanceId: inst.id },
                deps: { ramRoleName: [role], instanceId: [inst] },
            });
        });
    }

    unitScaling(): void {
        const net = this.pick(this.networks);
        const c = this.next("asg");
        const g = this.component("compute:ScalingTier", c);
        const sg = net.groups.app;
        const template = this.add({
            type: "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
            name: this.named(c, "template"),
            parent: g,
            inputs: {
                launchTemplateName: this.named(c, "template"),
                imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                instanceType: "ecs.c7.xlarge",
                networkType: this.chance(0.03) ? "classic" : "vpc",
                securityGroupIds: [sg.id],
                vswitchId: net.switches.app[0].id,
                systemDisk: { category: "cloud_essd", size: 40 },
                dataDisks: [{ name: "data", category: "cloud_essd", size: 100, encrypted: !this.bad() }],
                tags: this.tags("compute", "internal"),
            },
            deps: { securityGroupIds: [sg], vswitchId: [net.switches.app[0]] },
        });
        const switches = this.bad() ? net.switches.app.slice(0, 1) : net.switches.app;
        const group = this.add({
            type: "alicloud:ess/scalingGroup:ScalingGroup",
            name: this.named(c, "group"),
            parent: g,
            inputs: {
                scalingGroupName: this.named(c, "group"),
                minSize: 2,
                maxSize: 20,
                desiredCapacity: 2,
                vswitchIds: switches.map((s) => s.id),
                healthCheckTypes: this.chance(0.05) ? ["NONE"] : ["ECS"],
                removalPolicies: ["OldestScalingConfiguration", "OldestInstance"],
                multiAzPolicy: "BALANCE",
                launchTemplateId: template.id,
                tags: this.tags("compute", "internal"),
            },
            deps: { vswitchIds: switches, launchTemplateId: [template] },
        });
        const pw = this.chance(0.2) ? this.secret(g, c, "vm") : undefined;
        this.add({
            type: "alicloud:ess/scalingConfiguration:ScalingConfiguration",
            name: this.named(c, "config"),
            parent: g,
            inputs: {
                scalingConfigurationName: this.named(c, "config"),
                scalingGroupId: group.id,
                imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                instanceType: this.bad() ? "ecs.sn1ne.large" : "ecs.c7.xlarge",
                ...(this.chance(0.05) ? {} : { securityGroupId: sg.id }),
                systemDiskCategory: "cloud_essd",
                systemDiskSize: 40,
                systemDiskEncrypted: !this.bad(),
                dataDisks: [{ name: "data", category: "cloud_essd", size: 100, encrypted: !this.bad() }],
                internetMaxBandwidthOut: this.chance(0.05) ? 10 : 0,
                active: true,
                enable: true,
                ...(pw ? { password: pw.value } : {}),
                tags: this.tags("compute", "internal"),
            },
            deps: { scalingGroupId: [group], securityGroupId: [sg], ...(pw ? { password: pw.deps } : {}) },
        });
        this.add({
            type: "alicloud:ess/scalingRule:ScalingRule",
            name: this.named(c, "scale-out"),
            parent: g,
            inputs: {
                scalingGroupId: group.id,
                scalingRuleName: this.named(c, "scale-out"),
                scalingRuleType: "SimpleScalingRule",
                adjustmentType: "QuantityChangeInCapacity",
                ...(this.chance(0.05) ? {} : { adjustmentValue: 2 }),
                cooldown: 300,
            },
            deps: { scalingGroupId: [group] },
        });
        this.add({
            type: "alicloud:ess/scalingRule:ScalingRule",
            name: this.named(c, "target-cpu"),
            parent: g,
            inputs: {
                scalingGroupId: group.id,
                scalingRuleName: this.named(c, "target-cpu"),
                scalingRuleType: "TargetTrackingScalingRule",
                metricName: "CpuUtilization",
                targetValue: 70,
            },
            deps: { scalingGroupId: [group] },
        });
        if (this.albServerGroups.length > 0 && !this.skip(BAD)) {
            const target = this.pick(this.albServerGroups);
            this.add({
                type: "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
                name: this.named(c, "alb-attach"),
                parent: g,
                inputs: { scalingGroupId: group.id, albServerGroupId: target.id, port: 8080, weight: 100, forceAttach: true },
                deps: { scalingGroupId: [group], albServerGroupId: [target] },
            });
        }
    }

    unitAlb(): void {
        const net = this.pick(this.networks);
        const c = this.next("web");
        const g = this.component("edge:Alb", c);
        const zones = this.bad() ? net.switches.edge.slice(0, 1) : net.switches.edge;
        const lb = this.add({
            type: "alicloud:alb/loadBalancer:LoadBalancer",
            name: this.named(c, "alb"),
            parent: g,
            inputs: {
                loadBalancerName: this.named(c, "alb"),
                loadBalancerEdition: this.bad() ? "Standard" : "StandardWithWaf",
                addressType: this.chance(0.5) ? "Internet" : "Intranet",
                addressAllocatedMode: "Fixed",
                vpcId: net.vpc.id,
                zoneMappings: zones.map((s) => ({ vswitchId: s.id, zoneId: s.inputs.zoneId })),
                loadBalancerBillingConfig: { payType: "PayAsYouGo" },
                deletionProtectionEnabled: !this.bad(),
                tags: this.tags("edge", "public"),
            },
            deps: { vpcId: [net.vpc], zoneMappings: zones },
        });
        const policy = this.add({
            type: "alicloud:alb/securityPolicy:SecurityPolicy",
            name: this.named(c, "tls"),
            parent: g,
            inputs: {
                securityPolicyName: this.named(c, "tls"),
                tlsVersions: this.bad() ? ["TLSv1.1", "TLSv1.2"] : ["TLSv1.2", "TLSv1.3"],
                ciphers: ["ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "TLS_AES_128_GCM_SHA256"],
                tags: this.tags("edge", "public"),
            },
        });
        this.add({
            type: "alicloud:alb/healthCheckTemplate:HealthCheckTemplate",
            name: this.named(c, "health"),
            parent: g,
            inputs: {
                healthCheckTemplateName: this.named(c, "health"),
                healthCheckProtocol: "HTTP",
                healthCheckPath: "/healthz",
                healthCheckCodes: ["http_2xx"],
                healthCheckInterval: 5,
                tags: this.tags("edge", "public"),
            },
        });
        const groups: PlanResource[] = [];
        for (const purpose of ["api", "web"]) {
            const servers = this.instances.length >= 2 && this.chance(0.4)
                ? (this.bad() ? [this.pick(this.instances)] : [this.pick(this.instances), this.pick(this.instances)])
                : [];
            const group = this.add({
                type: "alicloud:alb/serverGroup:ServerGroup",
                name: this.named(c, `sgp-${purpose}`),
                parent: g,
                inputs: {
                    serverGroupName: this.named(c, `sgp-${purpose}`),
                    serverGroupType: "Instance",
                    protocol: "HTTP",
                    vpcId: net.vpc.id,
                    healthCheckConfig: { healthCheckEnabled: !this.chance(0.05), healthCheckPath: "/healthz", healthCheckProtocol: "HTTP" },
                    stickySessionConfig: { stickySessionEnabled: false },
                    servers: servers.map((s) => ({ serverId: s.id, serverType: "Ecs", port: 8080, weight: 100 })),
                    tags: this.tags("edge", "public"),
                },
                deps: { vpcId: [net.vpc], ...(servers.length > 0 ? { servers } : {}) },
            });
            groups.push(group);
            this.albServerGroups.push(group);
        }
        const forwardTo = (group: PlanResource): Inputs => ({
            type: "ForwardGroup",
            forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: group.id }] },
        });
        const customPolicy = this.chance(0.5);
        const https = this.add({
            type: "alicloud:alb/listener:Listener",
            name: this.named(c, "https"),
            parent: g,
            inputs: {
                loadBalancerId: lb.id,
                listenerProtocol: "HTTPS",
                listenerPort: 443,
                listenerDescription: "HTTPS",
                certificates: { certificateId: `${this.int(10000000, 99999999)}-eu-central-1` },
                securityPolicyId: customPolicy ? policy.id : this.bad() ? "tls_cipher_policy_1_0" : "tls_cipher_policy_1_2_strict_with_1_3",
                defaultActions: [forwardTo(groups[0])],
                tags: this.tags("edge", "public"),
            },
            deps: { loadBalancerId: [lb], defaultActions: [groups[0]], ...(customPolicy ? { securityPolicyId: [policy] } : {}) },
        });
        if (this.bad()) {
            this.add({
                type: "alicloud:alb/listener:Listener",
                name: this.named(c, "http"),
                parent: g,
                inputs: {
                    loadBalancerId: lb.id,
                    listenerProtocol: "HTTP",
                    listenerPort: 80,
                    defaultActions: [forwardTo(groups[1])],
                    tags: this.tags("edge", "public"),
                },
                deps: { loadBalancerId: [lb], defaultActions: [groups[1]] },
            });
        }
        const acl = this.add({
            type: "alicloud:alb/acl:Acl",
            name: this.named(c, "acl"),
            parent: g,
            inputs: {
                aclName: this.named(c, "acl"),
                aclEntries: [{ entry: this.chance(0.05) ? "0.0.0.0/0" : "10.0.0.0/8", description: "internal" }],
                tags: this.tags("edge", "public"),
            },
        });
        this.add({
            type: "alicloud:alb/aclEntryAttachment:AclEntryAttachment",
            name: this.named(c, "acl-partner"),
            parent: g,
            inputs: { aclId: acl.id, entry: "192.0.2.0/24", description: "partner broadcaster" },
            deps: { aclId: [acl] },
        });
        if (!this.skip(BAD)) {
            this.add({
                type: "alicloud:alb/listenerAclAttachment:ListenerAclAttachment",
                name: this.named(c, "https-acl"),
                parent: g,
                inputs: { listenerId: https.id, aclId: acl.id, aclType: "White" },
                deps: { listenerId: [https], aclId: [acl] },
            });
        }
        if (!this.skip(BAD)) {
            this.add({
                type: "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment",
                name: this.named(c, "alb-sg"),
                parent: g,
                inputs: { loadBalancerId: lb.id, securityGroupId: net.groups.edge.id },
                deps: { loadBalancerId: [lb], securityGroupId: [net.groups.edge] },
            });
        }
    }

    unitClb(): void {
        const net = this.pick(this.networks);
        const c = this.next("clb");
        const g = this.component("edge:Clb", c);
        const lb = this.add({
            type: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
            name: this.named(c, "clb"),
            parent: g,
            inputs: {
                loadBalancerName: this.named(c, "clb"),
                addressType: this.bad() ? "internet" : "intranet",
                vswitchId: net.switches.edge[0].id,
                loadBalancerSpec: this.bad() ? "slb.s1.small" : "slb.s3.small",
                masterZoneId: ZONES[0],
                slaveZoneId: this.bad() ? ZONES[0] : ZONES[1],
                deleteProtection: this.bad() ? "off" : "on",
                modificationProtectionStatus: "ConsoleProtection",
                modificationProtectionReason: "managed by pulumi",
                instanceChargeType: "PayBySpec",
                tags: this.tags("edge", "public"),
            },
            deps: { vswitchId: [net.switches.edge[0]] },
        });
        const tls = this.add({
            type: "alicloud:slb/tlsCipherPolicy:TlsCipherPolicy",
            name: this.named(c, "tls"),
            parent: g,
            inputs: {
                tlsCipherPolicyName: this.named(c, "tls"),
                tlsVersions: this.bad() ? ["TLSv1.0", "TLSv1.2"] : ["TLSv1.2"],
                ciphers: ["ECDHE-RSA-AES128-GCM-SHA256", "AES128-GCM-SHA256"],
            },
        });
        const cert = this.add({
            type: "alicloud:slb/serverCertificate:ServerCertificate",
            name: this.named(c, "cert"),
            parent: g,
            inputs: {
                serverCertificateName: this.named(c, "cert"),
                aliCloudCertificateId: `${this.int(1000000, 9999999)}`,
                tags: this.tags("edge", "public"),
            },
        });
        this.add({
            type: "alicloud:slb/caCertificate:CaCertificate",
            name: this.named(c, "ca"),
            parent: g,
            inputs: {
                caCertificateName: this.named(c, "ca"),
                caCertificate: "-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----",
                tags: this.tags("edge", "public"),
            },
        });
        const group = this.add({
            type: "alicloud:slb/serverGroup:ServerGroup",
            name: this.named(c, "vsg"),
            parent: g,
            inputs: { loadBalancerId: lb.id, name: this.named(c, "vsg"), tags: this.tags("edge", "public") },
            deps: { loadBalancerId: [lb] },
        });
        const backends = this.instances.length > 0 ? [this.pick(this.instances), ...(this.bad() ? [] : [this.pick(this.instances)])] : [];
        backends.forEach((inst, i) => {
            this.add({
                type: "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment",
                name: this.named(c, `vsg-member${i + 1}`),
                parent: g,
                inputs: { serverGroupId: group.id, serverId: inst.id, port: 8080, weight: 100, type: "ecs" },
                deps: { serverGroupId: [group], serverId: [inst] },
            });
        });
        const acl = this.add({
            type: "alicloud:slb/acl:Acl",
            name: this.named(c, "acl"),
            parent: g,
            inputs: {
                name: this.named(c, "acl"),
                ipVersion: "ipv4",
                entryLists: [{ entry: this.chance(0.05) ? "0.0.0.0/0" : "10.0.0.0/8", comment: "internal" }],
                tags: this.tags("edge", "public"),
            },
        });
        this.add({
            type: "alicloud:slb/aclEntryAttachment:AclEntryAttachment",
            name: this.named(c, "acl-partner"),
            parent: g,
            inputs: { aclId: acl.id, entry: "192.0.2.0/24", comment: "partner" },
            deps: { aclId: [acl] },
        });
        const customTls = this.chance(0.5);
        this.add({
            type: "alicloud:slb/listener:Listener",
            name: this.named(c, "https"),
            parent: g,
            inputs: {
                loadBalancerId: lb.id,
                frontendPort: 443,
                backendPort: 8080,
                protocol: "https",
                bandwidth: -1,
                serverGroupId: group.id,
                serverCertificateId: cert.id,
                tlsCipherPolicy: customTls ? tls.id : "tls_cipher_policy_1_2",
                healthCheck: this.chance(0.05) ? "off" : "on",
                healthCheckUri: "/healthz",
                aclStatus: this.bad() ? "off" : "on",
                aclType: "white",
                aclId: acl.id,
            },
            deps: {
                loadBalancerId: [lb],
                serverGroupId: [group],
                serverCertificateId: [cert],
                aclId: [acl],
                ...(customTls ? { tlsCipherPolicy: [tls] } : {}),
            },
        });
        const forward = !this.bad();
        this.add({
            type: "alicloud:slb/listener:Listener",
            name: this.named(c, "http"),
            parent: g,
            inputs: {
                loadBalancerId: lb.id,
                frontendPort: this.chance(0.03) ? 22 : 80,
                protocol: "http",
                bandwidth: -1,
                ...(forward ? { listenerForward: "on", forwardPort: 443 } : { backendPort: 8080 }),
                healthCheck: "on",
                aclStatus: "on",
                aclType: "white",
                aclId: acl.id,
            },
            deps: { loadBalancerId: [lb], aclId: [acl] },
        });
        if (this.instances.length > 0) {
            const a = this.pick(this.instances);
            const b = this.pick(this.instances);
            this.add({
                type: "alicloud:slb/backendServer:BackendServer",
                name: this.named(c, "backends"),
                parent: g,
                inputs: {
                    loadBalancerId: lb.id,
                    backendServers: [
                        { serverId: a.id, weight: this.chance(0.05) ? 0 : 100, type: "ecs" },
                        { serverId: b.id, weight: 100, type: "ecs" },
                    ],
                },
                deps: { loadBalancerId: [lb], backendServers: [a, b] },
            });
            if (this.maybe(0.3)) {
                this.add({
                    type: "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup",
                    name: this.named(c, "msg"),
                    parent: g,
                    inputs: {
                        loadBalancerId: lb.id,
                        name: this.named(c, "msg"),
                        servers: [
                            { serverId: a.id, port: 8080, weight: 100, serverType: "Master" },
                            { serverId: b.id, port: 8080, weight: 100, serverType: "Slave" },
                        ],
                    },
                    deps: { loadBalancerId: [lb], servers: [a, b] },
                });
            }
            if (this.maybe(0.2)) {
                this.add({
                    type: "alicloud:slb/attachment:Attachment",
                    name: this.named(c, "attach"),
                    parent: g,
                    inputs: { loadBalancerId: lb.id, instanceIds: [a.id], weight: 90 },
                    deps: { loadBalancerId: [lb], instanceIds: [a] },
                });
            }
        }
    }

    unitStorage(): void {
        const c = this.next("sto");
        const g = this.component("storage:Bucket", c);
        const key = this.kmsKey(g, c, "bucket");
        const bucketName = `${this.named(c, "media")}-zex1h6`;
        const bucket = this.add({
            type: "alicloud:oss/bucket:Bucket",
            name: this.named(c, "bucket"),
            parent: g,
            inputs: {
                bucket: bucketName,
                storageClass: "Standard",
                redundancyType: this.bad() ? "LRS" : "ZRS",
                ...(this.chance(0.1)
                    ? {}
                    : { lifecycleRules: [{ id: "ia-after-30d", enabled: true, transitions: [{ days: 30, storageClass: "IA" }] }] }),
                ...(this.chance(0.05) ? { forceDestroy: true } : {}),
                tags: this.tags("storage", this.pick(CLASSIFICATIONS)),
            },
            deps: { bucket: [this.suffix] },
            protect: !this.chance(0.05),
        });
        const dep = { bucket: [bucket] };
        this.add({
            type: "alicloud:oss/bucketAcl:BucketAcl",
            name: this.named(c, "bucket-acl"),
            parent: g,
            inputs: { bucket: bucketName, acl: this.chance(0.08) ? "public-read" : "private" },
            deps: dep,
        });
        if (!this.skip(BAD)) {
            this.add({
                type: "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock",
                name: this.named(c, "bucket-pab"),
                parent: g,
                inputs: { bucket: bucketName, blockPublicAccess: true },
                deps: dep,
            });
        }
        const statements: Record<string, unknown>[] = [
            {
                Effect: "Deny",
                Action: ["oss:*"],
                Principal: ["*"],
                Resource: [`acs:oss:*:*:${bucketName}`, `acs:oss:*:*:${bucketName}/*`],
                Condition: { Bool: { "acs:SecureTransport": ["false"] } },
            },
            {
                Effect: "Allow",
                Action: ["oss:GetObject", "oss:PutObject"],
                Principal: ["5012345678901234"],
                Resource: [`acs:oss:*:*:${bucketName}/*`],
                Condition: { IpAddress: { "acs:SourceIp": ["10.0.0.0/8"] } },
            },
        ];
        if (this.bad()) {
            statements.push({ Effect: "Allow", Action: ["oss:GetObject"], Principal: ["*"], Resource: [`acs:oss:*:*:${bucketName}/*`] });
        }
        this.add({
            type: "alicloud:oss/bucketPolicy:BucketPolicy",
            name: this.named(c, "bucket-policy"),
            parent: g,
            inputs: {
                bucket: bucketName,
                policy: JSON.stringify({ Version: "1", Statement: this.chance(0.05) ? statements.slice(1) : statements }),
            },
            deps: dep,
        });
        this.add({
            type: "alicloud:oss/bucketVersioning:BucketVersioning",
            name: this.named(c, "bucket-versioning"),
            parent: g,
            inputs: { bucket: bucketName, status: this.bad() ? "Suspended" : "Enabled" },
            deps: dep,
        });
        const kms = !this.bad();
        this.add({
            type: "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
            name: this.named(c, "bucket-sse"),
            parent: g,
            inputs: { bucket: bucketName, sseAlgorithm: kms ? "KMS" : "AES256", ...(kms ? { kmsMasterKeyId: key.id } : {}) },
            deps: kms ? { bucket: [bucket], kmsMasterKeyId: [key] } : dep,
        });
        this.add({
            type: "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig",
            name: this.named(c, "bucket-https"),
            parent: g,
            inputs: { bucket: bucketName, enable: true, tlsVersions: this.bad() ? ["TLSv1.1", "TLSv1.2"] : ["TLSv1.2", "TLSv1.3"] },
            deps: dep,
        });
        const target = this.buckets.length > 0 ? this.pick(this.buckets) : bucket;
        if (!this.skip(0.1)) {
            this.add({
                type: "alicloud:oss/bucketLogging:BucketLogging",
                name: this.named(c, "bucket-logging"),
                parent: g,
                inputs: { bucket: bucketName, targetBucket: target.inputs.bucket, targetPrefix: `access/${c}/` },
                deps: { bucket: [bucket], targetBucket: [target] },
            });
        }
        if (!this.skip(0.1)) {
            this.add({
                type: "alicloud:oss/bucketReferer:BucketReferer",
                name: this.named(c, "bucket-referer"),
                parent: g,
                inputs: { bucket: bucketName, allowEmptyReferer: false, refererLists: ["https://*.dakar2026.sn", "https://dakar2026.sn"] },
                deps: dep,
            });
        }
        if (!this.skip(BAD)) {
            this.add({
                type: "alicloud:oss/bucketReplication:BucketReplication",
                name: this.named(c, "bucket-replication"),
                parent: g,
                inputs: {
                    bucket: bucketName,
                    action: "ALL",
                    historicalObjectReplication: "enabled",
                    destination: { bucket: `${bucketName}-dr`, location: "oss-eu-west-1" },
                },
                deps: dep,
                provider: this.chance(0.5) ? this.dr : undefined,
            });
        }
        if (this.maybe(0.05)) {
            this.add({
                type: "alicloud:oss/bucketWebsite:BucketWebsite",
                name: this.named(c, "bucket-website"),
                parent: g,
                inputs: {
                    bucket: bucketName,
                    indexDocument: { suffix: "index.html" },
                    errorDocument: { key: "404.html", httpStatus: 404 },
                },
                deps: dep,
            });
        }
        this.buckets.push(bucket);
    }

    unitDatabase(): void {
        const net = this.pick(this.networks);
        const c = this.next("db");
        const g = this.component("data:Database", c);
        const key = this.kmsKey(g, c, "db");
        const pg = this.chance(0.6);
        const single = this.bad();
        const vsw = net.switches.data;
        const db = this.add({
            type: "alicloud:rds/instance:Instance",
            name: this.named(c, "rds"),
            parent: g,
            inputs: {
                instanceName: this.named(c, "rds"),
                engine: pg ? "PostgreSQL" : "MySQL",
                engineVersion: pg ? "16.0" : "8.0",
                instanceType: pg ? "pg.n2.2c.2m" : "mysql.n2.medium.2c",
                instanceStorage: 100,
                dbInstanceStorageType: "cloud_essd",
                category: single ? "Basic" : "HighAvailability",
                zoneId: vsw[0].inputs.zoneId,
                ...(single ? {} : { zoneIdSlaveA: vsw[1].inputs.zoneId }),
                vswitchId: vsw.slice(0, 2).map((s) => s.id).join(","),
                securityIps: this.chance(0.05) ? ["0.0.0.0/0"] : net.switches.app.map((s) => s.inputs.cidrBlock),
                sslAction: this.bad() ? "Close" : "Open",
                tdeStatus: "Enabled",
                encryptionKey: key.id,
                sqlCollectorStatus: this.bad() ? "Disabled" : "Enabled",
                sqlCollectorConfigValue: 180,
                maintainTime: "02:00Z-03:00Z",
                storageAutoScale: "Enable",
                storageThreshold: 30,
                storageUpperBound: 2000,
                autoUpgradeMinorVersion: this.chance(0.1) ? "Manual" : "Auto",
                deletionProtection: !this.bad(),
                instanceChargeType: "Postpaid",
                ...(pg
                    ? {
                          parameters: [
                              { name: "log_connections", value: "on" },
                              { name: "log_disconnections", value: this.bad() ? "off" : "on" },
                              { name: "log_duration", value: "on" },
                          ],
                      }
                    : {}),
                tags: this.tags("data", this.chance(0.5) ? "personal" : "internal"),
            },
            deps: { encryptionKey: [key], vswitchId: vsw.slice(0, 2) },
            protect: !this.chance(0.05),
        });
        if (!this.skip(0.08)) {
            this.add({
                type: "alicloud:rds/backupPolicy:BackupPolicy",
                name: this.named(c, "rds-backup"),
                parent: g,
                inputs: {
                    instanceId: db.id,
                    backupRetentionPeriod: this.bad() ? 3 : 30,
                    preferredBackupPeriods: ["Monday", "Wednesday", "Friday", "Sunday"],
                    preferredBackupTime: "02:00Z-03:00Z",
                    enableBackupLog: !this.chance(0.05),
                    logBackupRetentionPeriod: 30,
                },
                deps: { instanceId: [db] },
            });
        }
        const pw = this.secret(g, c, "app");
        this.add({
            type: "alicloud:rds/rdsAccount:RdsAccount",
            name: this.named(c, "rds-account"),
            parent: g,
            inputs: { dbInstanceId: db.id, accountName: "app", accountPassword: pw.value, accountType: "Normal" },
            deps: { dbInstanceId: [db], accountPassword: pw.deps },
        });
        if (this.maybe(0.05)) {
            this.add({
                type: "alicloud:rds/connection:Connection",
                name: this.named(c, "rds-public"),
                parent: g,
                inputs: { instanceId: db.id, connectionPrefix: `${c}-public`, port: pg ? "5432" : "3306" },
                deps: { instanceId: [db] },
            });
        }
        if (this.maybe(0.3)) {
            this.add({
                type: "alicloud:rds/readOnlyInstance:ReadOnlyInstance",
                name: this.named(c, "rds-ro"),
                parent: g,
                inputs: {
                    masterDbInstanceId: db.id,
                    engineVersion: db.inputs.engineVersion,
                    instanceType: db.inputs.instanceType,
                    instanceStorage: 100,
                    instanceName: this.named(c, "rds-ro"),
                    zoneId: vsw[vsw.length - 1].inputs.zoneId,
                    vswitchId: vsw[vsw.length - 1].id,
                    tags: this.tags("data", "personal"),
                },
                deps: { masterDbInstanceId: [db], vswitchId: [vsw[vsw.length - 1]] },
            });
        }
        if (this.maybe(0.2)) {
            this.add({
                type: "alicloud:rds/whitelistTemplate:WhitelistTemplate",
                name: this.named(c, "whitelist"),
                parent: g,
                inputs: {
                    templateName: this.named(c, "whitelist"),
                    ipWhiteList: this.chance(0.1) ? "10.0.0.0/8,0.0.0.0/0" : `10.${net.cidr}.0.0/16`,
                },
            });
        }
    }

    unitCache(): void {
        const net = this.pick(this.networks);
        const c = this.next("cache");
        const g = this.component("data:Cache", c);
        const pw = this.secret(g, c, "redis");
        const vsw = net.switches.data;
        const cache = this.add({
            type: "alicloud:kvstore/instance:Instance",
            name: this.named(c, "redis"),
            parent: g,
            inputs: {
                dbInstanceName: this.named(c, "redis"),
                instanceType: "Redis",
                engineVersion: "7.0",
                instanceClass: this.bad() ? "redis.master.small.default" : "redis.shard.small.2.ce",
                shardCount: 2,
                zoneId: vsw[0].inputs.zoneId,
                secondaryZoneId: this.bad() ? vsw[0].inputs.zoneId : vsw[1].inputs.zoneId,
                vswitchId: vsw[0].id,
                securityIps: this.chance(0.05) ? ["0.0.0.0/0"] : net.switches.app.map((s) => s.inputs.cidrBlock),
                password: pw.value,
                sslEnable: this.bad() ? "Disable" : "Enable",
                tdeStatus: "Enabled",
                encryptionKey: `key-${this.hex(20)}`,
                vpcAuthMode: this.chance(0.05) ? "Close" : "Open",
                enableBackupLog: this.bad() ? 0 : 1,
                instanceReleaseProtection: !this.bad(),
                paymentType: "PostPaid",
                nodeType: "double",
                enablePublic: this.chance(0.03),
                tags: this.tags("data", "personal"),
            },
            deps: { vswitchId: [vsw[0]], password: pw.deps },
            protect: true,
        });
        if (!this.skip(0.1)) {
            this.add({
                type: "alicloud:kvstore/backupPolicy:BackupPolicy",
                name: this.named(c, "redis-backup"),
                parent: g,
                inputs: {
                    instanceId: cache.id,
                    backupPeriods: this.bad() ? ["Sunday"] : ["Monday", "Wednesday", "Friday", "Sunday"],
                    backupTime: "02:00Z-03:00Z",
                },
                deps: { instanceId: [cache] },
            });
        }
        const apw = this.secret(g, c, "redis-app");
        this.add({
            type: "alicloud:kvstore/account:Account",
            name: this.named(c, "redis-account"),
            parent: g,
            inputs: { instanceId: cache.id, accountName: "app", accountPassword: apw.value, accountPrivilege: "RoleReadWrite" },
            deps: { instanceId: [cache], accountPassword: apw.deps },
        });
        if (this.maybe(0.05)) {
            this.add({
                type: "alicloud:kvstore/connection:Connection",
                name: this.named(c, "redis-public"),
                parent: g,
                inputs: { instanceId: cache.id, connectionStringPrefix: `${c}-public`, port: "6379" },
                deps: { instanceId: [cache] },
            });
        }
    }

    unitPolardb(): void {
        const net = this.pick(this.networks);
        const c = this.next("pdb");
        const g = this.component("data:Polardb", c);
        const vsw = net.switches.data;
        const standby = !this.bad();
        const cluster = this.add({
            type: "alicloud:polardb/cluster:Cluster",
            name: this.named(c, "cluster"),
            parent: g,
            inputs: {
                dbType: "MySQL",
                dbVersion: "8.0",
                dbNodeClass: "polar.mysql.x4.large",
                payType: "PostPaid",
                description: this.named(c, "cluster"),
                zoneId: vsw[0].inputs.zoneId,
                vswitchId: vsw[0].id,
                hotStandbyCluster: standby ? "ON" : "OFF",
                ...(standby ? { standbyAz: vsw[1].inputs.zoneId } : {}),
                deletionLock: this.bad() ? 0 : 1,
                securityIps: net.switches.app.map((s) => s.inputs.cidrBlock),
                tags: this.tags("data", "personal"),
            },
            deps: { vswitchId: [vsw[0]] },
            protect: true,
        });
        const pw = this.secret(g, c, "app");
        this.add({
            type: "alicloud:polardb/account:Account",
            name: this.named(c, "account"),
            parent: g,
            inputs: { dbClusterId: cluster.id, accountName: "app", accountPassword: pw.value, accountType: "Normal" },
            deps: { dbClusterId: [cluster], accountPassword: pw.deps },
        });
    }

    unitCdn(): void {
        const c = this.next("cdn");
        const g = this.component("edge:Cdn", c);
        const origins = (n: number): Record<string, unknown>[] =>
            Array.from({ length: n }, (_, i) => ({
                content: `origin${i + 1}.${c}.dakar2026.sn`,
                type: "domain",
                port: 443,
                priority: 20,
                weight: 10,
            }));
        const cdnName = `www.${c}.dakar2026.sn`;
        const cdn = this.add({
            type: "alicloud:cdn/domainNew:DomainNew",
            name: this.named(c, "cdn"),
            parent: g,
            inputs: {
                domainName: cdnName,
                cdnType: "web",
                scope: this.bad() ? "domestic" : "overseas",
                sources: origins(this.bad() ? 1 : 2),
                ...(this.chance(0.05) ? {} : { certificateConfig: {
                    certType: "cas",
                    certId: `${this.int(1000000, 9999999)}`,
                    serverCertificateStatus: "on",
                } }),
                tags: this.tags("cdn", "public"),
            },
        });
        const config = (type: string, domain: PlanResource, purpose: string, functionName: string, args: [string, string][]): void => {
            this.add({
                type,
                name: this.named(c, `${purpose}-${functionName.replace(/_/g, "-")}`),
                parent: g,
                inputs: {
                    domainName: domain.inputs.domainName,
                    functionName,
                    functionArgs: args.map(([argName, argValue]) => ({ argName, argValue })),
                },
                deps: { domainName: [domain] },
            });
        };
        const CDN_CONFIG = "alicloud:cdn/domainConfig:DomainConfig";
        if (!this.skip(0.05)) config(CDN_CONFIG, cdn, "cdn", "https_force", [["enable", this.bad() ? "off" : "on"]]);
        const tls = (tls11: string): [string, string][] => [["tls10", "off"], ["tls11", tls11], ["tls12", "on"], ["tls13", "on"]];
        config(CDN_CONFIG, cdn, "cdn", "https_tls_version", tls(this.bad() ? "on" : "off"));
        const dcdn = this.add({
            type: "alicloud:dcdn/domain:Domain",
            name: this.named(c, "dcdn"),
            parent: g,
            inputs: {
                domainName: `api.${c}.dakar2026.sn`,
                scope: "overseas",
                sources: origins(2),
                sslProtocol: this.bad() ? "off" : "on",
                certType: "cas",
                certId: `${this.int(1000000, 9999999)}`,
                tags: this.tags("cdn", "public"),
            },
        });
        const DCDN_CONFIG = "alicloud:dcdn/domainConfig:DomainConfig";
        config(DCDN_CONFIG, dcdn, "dcdn", "https_force", [["enable", "on"]]);
        if (!this.skip(0.1)) config(DCDN_CONFIG, dcdn, "dcdn", "https_tls_version", tls("off"));
        this.add({
            type: "alicloud:wafv3/domain:Domain",
            name: this.named(c, "waf-domain"),
            parent: g,
            inputs: {
                domain: cdnName,
                instanceId: `waf_v3prepaid_public_cn-${this.hex(10)}`,
                accessType: "share",
                listen: { httpsPorts: [443], protectionResource: "share", tlsVersion: "tlsv1.2", enableTlsv3: true },
                redirect: { backends: [`origin1.${c}.dakar2026.sn`], loadbalance: "iphash" },
                tags: this.tags("cdn", "public"),
            },
        });
        const zone = `${c}.dakar2026.sn`;
        const dns = this.add({
            type: "alicloud:dns/alidnsDomain:AlidnsDomain",
            name: this.named(c, "zone"),
            parent: g,
            inputs: { domainName: zone, remark: `zone of ${c}`, tags: this.tags("cdn", "public") },
        });
        const record = (purpose: string, rr: string, type: string, value: string): void => {
            this.add({
                type: "alicloud:dns/alidnsRecord:AlidnsRecord",
                name: this.named(c, `rec-${purpose}`),
                parent: g,
                inputs: { domainName: zone, rr, type, value, ttl: 600, status: "ENABLE" },
                deps: { domainName: [dns] },
            });
        };
        record("www", "www", "CNAME", `${cdnName}.w.kunlungr.com`);
        record("api", "api", "CNAME", `api.${zone}.w.kunlungr.com`);
        record("mx", "@", "MX", "mx1.mail.dakar2026.sn");
        if (!this.bad()) record("spf", "@", "TXT", "\"v=spf1 include:spf.mail.dakar2026.sn -all\"");
    }

    unitIam(): void {
        const c = this.next("iam");
        const g = this.component("security:Iam", c);
        const group = this.add({
            type: "alicloud:ram/group:Group",
            name: this.named(c, "operators"),
            parent: g,
            inputs: { groupName: this.named(c, "operators"), comments: "Operators of the platform" },
        });
        const users: PlanResource[] = [];
        const n = this.int(2, 4);
        for (let i = 0; i < n; i++) {
            const user = this.add({
                type: "alicloud:ram/user:User",
                name: this.named(c, `user${i + 1}`),
                parent: g,
                inputs: {
                    name: this.named(c, `user${i + 1}`),
                    displayName: `Operator ${i + 1}`,
                    email: `op${i + 1}.${c}@dakar2026.sn`,
                    comments: "operator",
                },
            });
            users.push(user);
            const keys = this.chance(0.05) ? 2 : this.maybe(0.3) ? 1 : 0;
            for (let k = 0; k < keys; k++) {
                this.add({
                    type: "alicloud:ram/accessKey:AccessKey",
                    name: this.named(c, `user${i + 1}-key${k + 1}`),
                    parent: g,
                    inputs: { userName: user.inputs.name, status: "Active", secretFile: `/tmp/${c}-user${i + 1}-key${k + 1}` },
                    deps: { userName: [user] },
                });
            }
            if (this.maybe(0.5)) {
                const pw = this.secret(g, c, `user${i + 1}`);
                this.add({
                    type: "alicloud:ram/loginProfile:LoginProfile",
                    name: this.named(c, `user${i + 1}-login`),
                    parent: g,
                    inputs: { userName: user.inputs.name, password: pw.value, mfaBindRequired: !this.bad(), passwordResetRequired: true },
                    deps: { userName: [user], password: pw.deps },
                });
            }
        }
        const members = this.bad() ? users.slice(1) : users;
        this.add({
            type: "alicloud:ram/groupMembership:GroupMembership",
            name: this.named(c, "operators-members"),
            parent: g,
            inputs: { groupName: group.inputs.groupName, userNames: members.map((u) => u.inputs.name) },
            deps: { groupName: [group], userNames: members },
        });
        const admin = this.chance(0.05);
        const policy = this.add({
            type: "alicloud:ram/policy:Policy",
            name: this.named(c, "ops-policy"),
            parent: g,
            inputs: {
                policyName: this.named(c, "ops-policy"),
                policyDocument: JSON.stringify({
                    Version: "1",
                    Statement: admin
                        ? [{ Effect: "Allow", Action: "*", Resource: "*" }]
                        : [{ Effect: "Allow", Action: ["ecs:Describe*", "slb:Describe*", "log:GetLogStore*"], Resource: "*" }],
                }),
                description: "Read-only operations",
                tags: this.tags("security", "internal"),
            },
        });
        if (!this.skip(0.1)) {
            this.add({
                type: "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment",
                name: this.named(c, "operators-ops"),
                parent: g,
                inputs: { groupName: group.inputs.groupName, policyName: policy.inputs.policyName, policyType: "Custom" },
                deps: { groupName: [group], policyName: [policy] },
            });
        }
        if (this.maybe(0.05)) {
            this.add({
                type: "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment",
                name: this.named(c, "operators-admin"),
                parent: g,
                inputs: { groupName: group.inputs.groupName, policyName: "AdministratorAccess", policyType: "System" },
                deps: { groupName: [group] },
            });
        }
        if (this.maybe(0.1)) {
            this.add({
                type: "alicloud:ram/userPolicyAttachment:UserPolicyAttachment",
                name: this.named(c, "user1-oss"),
                parent: g,
                inputs: { userName: users[0].inputs.name, policyName: "AliyunOSSFullAccess", policyType: "System" },
                deps: { userName: [users[0]] },
            });
        }
        if (this.roles.length > 0) {
            const role = this.pick(this.roles);
            this.add({
                type: "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
                name: this.named(c, "role-ops"),
                parent: g,
                inputs: { roleName: role.inputs.roleName, policyName: "AliyunLogReadOnlyAccess", policyType: "System" },
                deps: { roleName: [role] },
            });
        }
    }

    unitObservability(): void {
        const c = this.next("obs");
        const g = this.component("observability:Observability", c);
        const project = this.add({
            type: "alicloud:log/project:Project",
            name: this.named(c, "project"),
            parent: g,
            inputs: {
                projectName: `${this.named(c, "logs")}-zex1h6`,
                description: `Application logs of ${c}`,
                tags: this.tags("observability", "personal"),
            },
            deps: { projectName: [this.suffix] },
            protect: true,
        });
        for (const purpose of ["app", "access"]) {
            this.add({
                type: "alicloud:log/store:Store",
                name: this.named(c, `store-${purpose}`),
                parent: g,
                inputs: {
                    logstoreName: this.named(c, purpose),
                    projectName: project.inputs.projectName,
                    retentionPeriod: this.bad() ? 30 : 180,
                    shardCount: 2,
                    encryptConf: { enable: !this.bad(), encryptType: "default" },
                },
                deps: { projectName: [project] },
                protect: !this.chance(0.05),
            });
        }
        const monitor = this.add({
            type: "alicloud:cms/monitorGroup:MonitorGroup",
            name: this.named(c, "monitor"),
            parent: g,
            inputs: {
                monitorGroupName: this.named(c, "monitor"),
                contactGroups: ["dakar2026-oncall"],
                tags: this.tags("observability", "internal"),
            },
        });
        for (const metric of ["CPUUtilization", "memory_usedutilization", "diskusage_utilization"]) {
            this.add({
                type: "alicloud:cms/alarm:Alarm",
                name: this.named(c, `alarm-${metric.toLowerCase().replace(/_/g, "-")}`),
                parent: g,
                inputs: {
                    ...(this.chance(0.05) ? {} : { name: this.named(c, `alarm-${metric.toLowerCase().replace(/_/g, "-")}`) }),
                    project: "acs_ecs_dashboard",
                    metric,
                    metricDimensions: JSON.stringify([{ groupId: monitor.id }]),
                    period: 300,
                    contactGroups: ["dakar2026-oncall"],
                    escalationsCritical: { comparisonOperator: ">=", statistics: "Average", threshold: "90", times: 3 },
                    tags: this.tags("observability", "internal"),
                },
                deps: { metricDimensions: [monitor] },
            });
        }
        const key = this.kmsKey(g, c, "secrets");
        const pw = this.secret(g, c, "api-token");
        this.add({
            type: "alicloud:kms/secret:Secret",
            name: this.named(c, "api-token"),
            parent: g,
            inputs: {
                secretName: this.named(c, "api-token"),
                secretData: pw.value,
                secretType: this.chance(0.3) ? "Rds" : "Generic",
                versionId: "v1",
                encryptionKeyId: key.id,
                enableAutomaticRotation: !this.bad(),
                rotationInterval: "30d",
                ...(this.chance(0.05) ? { forceDeleteWithoutRecovery: true } : { recoveryWindowInDays: 30 }),
                tags: this.tags("observability", "sensitive-personal"),
            },
            deps: { encryptionKeyId: [key], secretData: pw.deps },
            protect: true,
        });
    }

    /** Every other type the catalog reads, with plausible inputs and no references. */
    unitMisc(): void {
        const c = this.next("misc");
        const g = this.component("platform:Misc", c);
        if (this.firstPass) {
            for (const type of MISC_TYPES) this.single(g, c, type);
            return;
        }
        const n = this.int(6, 10);
        for (let i = 0; i < n; i++) this.single(g, c);
    }

    /** One standalone resource of a type no group above declares. */
    single(g: PlanResource, c: string, type: string = this.pick(MISC_TYPES)): PlanResource {
        const purpose = `${type.split(":")[2].toLowerCase()}${this.counter(`${c}/${type}`)}`;
        const name = this.named(c, purpose);
        return this.add({ type, name, parent: g, inputs: miscInputs(this, type, name, c) });
    }
}

/** Catalog types no group declares: the misc groups draw from them. */
const MISC_TYPES: readonly string[] = [
    "alicloud:ecs/disk:Disk",
    "alicloud:ecs/diskAttachment:DiskAttachment",
    "alicloud:ecs/snapshotPolicy:SnapshotPolicy",
    "alicloud:ecs/launchTemplate:LaunchTemplate",
    "alicloud:ecs/keyPair:KeyPair",
    "alicloud:ecs/keyPairAttachment:KeyPairAttachment",
    "alicloud:ecs/ecsKeyPairAttachment:EcsKeyPairAttachment",
    "alicloud:ecs/capacityReservation:CapacityReservation",
    "alicloud:ecs/copyImage:CopyImage",
    "alicloud:ecs/dedicatedHost:DedicatedHost",
    "alicloud:ecs/ecsDedicatedHostCluster:EcsDedicatedHostCluster",
    "alicloud:ecs/ecsImageComponent:EcsImageComponent",
    "alicloud:ecs/ecsImagePipeline:EcsImagePipeline",
    "alicloud:ecs/ecsInstanceSet:EcsInstanceSet",
    "alicloud:ecs/ecsSnapshot:EcsSnapshot",
    "alicloud:ecs/ecsSnapshotGroup:EcsSnapshotGroup",
    "alicloud:ecs/eip:Eip",
    "alicloud:ecs/elasticityAssurance:ElasticityAssurance",
    "alicloud:ecs/image:Image",
    "alicloud:ecs/imageCopy:ImageCopy",
    "alicloud:ecs/reservedInstance:ReservedInstance",
    "alicloud:ecs/snapshot:Snapshot",
    "alicloud:ess/eciScalingConfiguration:EciScalingConfiguration",
    "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
    "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups",
    "alicloud:nlb/loadBalancer:LoadBalancer",
    "alicloud:nlb/listener:Listener",
    "alicloud:nlb/securityPolicy:SecurityPolicy",
    "alicloud:nlb/serverGroup:ServerGroup",
    "alicloud:slb/loadBalancer:LoadBalancer",
    "alicloud:rds/account:Account",
    "alicloud:rds/custom:Custom",
    "alicloud:rds/customDisk:CustomDisk",
    "alicloud:rds/ddrInstance:DdrInstance",
    "alicloud:rds/rdsCloneDbInstance:RdsCloneDbInstance",
    "alicloud:rds/dbInstanceEndpointAddress:DbInstanceEndpointAddress",
    "alicloud:rds/dbProxyPublic:DbProxyPublic",
    "alicloud:dns/ddosBgpInstance:DdosBgpInstance",
    "alicloud:dns/ddosCooInstance:DdosCooInstance",
    "alicloud:dns/dnsDomain:DnsDomain",
    "alicloud:vpc/commonBandwithPackage:CommonBandwithPackage",
    "alicloud:vpc/dhcpOptionsSet:DhcpOptionsSet",
    "alicloud:vpc/gatewayEndpoint:GatewayEndpoint",
    "alicloud:vpc/hAVip:HAVip",
    "alicloud:vpc/haVipv2:HaVipv2",
    "alicloud:vpc/ipamIpam:IpamIpam",
    "alicloud:vpc/ipamIpamPool:IpamIpamPool",
    "alicloud:vpc/ipamIpamResourceDiscovery:IpamIpamResourceDiscovery",
    "alicloud:vpc/ipamIpamScope:IpamIpamScope",
    "alicloud:vpc/ipv4Gateway:Ipv4Gateway",
    "alicloud:vpc/ipv6Address:Ipv6Address",
    "alicloud:vpc/ipv6Gateway:Ipv6Gateway",
    "alicloud:vpc/networkInterface:NetworkInterface",
    "alicloud:vpc/networkInterfaceAttachment:NetworkInterfaceAttachment",
    "alicloud:vpc/peerConnection:PeerConnection",
    "alicloud:vpc/prefixList:PrefixList",
    "alicloud:vpc/publicIpAddressPool:PublicIpAddressPool",
    "alicloud:vpc/routeTable:RouteTable",
    "alicloud:vpc/routeTargetGroup:RouteTargetGroup",
    "alicloud:vpc/subnet:Subnet",
    "alicloud:vpc/trafficMirrorFilter:TrafficMirrorFilter",
    "alicloud:vpc/trafficMirrorSession:TrafficMirrorSession",
];

/** Inputs of a standalone resource: what its rules read (required inputs included), tags when the class has them. */
function miscInputs(b: Builder, type: string, name: string, c: string): Inputs {
    const tags = b.tags(c.replace(/\d+$/, ""), "internal");
    const hex = (n: number): string => b.hex(n);
    switch (type) {
        case "alicloud:ecs/disk:Disk":
            return {
                diskName: name,
                availabilityZone: ZONES[0],
                category: "cloud_regional_disk_auto",
                size: 50,
                encrypted: !b.bad(),
                kmsKeyId: `key-${hex(20)}`,
                instanceId: `i-${hex(20)}`,
                tags,
            };
        case "alicloud:ecs/diskAttachment:DiskAttachment":
            return { diskId: `d-${hex(20)}`, instanceId: `i-${hex(20)}` };
        case "alicloud:ecs/snapshotPolicy:SnapshotPolicy":
            return { name, repeatWeekdays: ["1", "4"], retentionDays: b.bad() ? 2 : 14, timePoints: ["3"], tags };
        case "alicloud:ecs/launchTemplate:LaunchTemplate":
            return {
                name,
                imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                instanceType: "ecs.g7.large",
                networkType: "vpc",
                securityGroupId: `sg-${hex(20)}`,
                tags,
            };
        case "alicloud:ecs/keyPair:KeyPair":
            return { keyPairName: name, publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5${hex(40)}`, tags };
        case "alicloud:ecs/keyPairAttachment:KeyPairAttachment":
        case "alicloud:ecs/ecsKeyPairAttachment:EcsKeyPairAttachment":
            return { keyPairName: `${PROJECT}-${b.stack}-${c}-keypair`, instanceIds: [`i-${hex(20)}`] };
        case "alicloud:ecs/ecsInstanceSet:EcsInstanceSet":
            return {
                instanceName: name,
                amount: 2,
                imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
                instanceType: "ecs.g7.large",
                securityGroupIds: [`sg-${hex(20)}`],
                vswitchId: `vsw-${hex(20)}`,
                tags,
            };
        case "alicloud:ess/eciScalingConfiguration:EciScalingConfiguration":
            return {
                scalingGroupId: `asg-${hex(20)}`,
                scalingConfigurationName: name,
                containers: [{ name: "app", image: "registry.eu-central-1.aliyuncs.com/dakar2026/app:1.0" }],
                tags,
            };
        case "alicloud:ess/serverGroupAttachment:ServerGroupAttachment":
            return {
                scalingGroupId: `asg-${hex(20)}`,
                serverGroupId: `sgp-${hex(20)}`,
                type: b.chance(0.5) ? "ALB" : "NLB",
                port: 8080,
                weight: 100,
            };
        case "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups":
            return {
                scalingGroupId: `asg-${hex(20)}`,
                vserverGroups: [
                    { loadbalancerId: `lb-${hex(20)}`, vserverAttributes: [{ vserverGroupId: `rsp-${hex(20)}`, port: 8080, weight: 100 }] },
                ],
            };
        case "alicloud:nlb/loadBalancer:LoadBalancer":
            return {
                loadBalancerName: name,
                loadBalancerType: "Network",
                addressType: b.bad() ? "Internet" : "Intranet",
                addressIpVersion: "Ipv4",
                vpcId: `vpc-${hex(20)}`,
                zoneMappings: [
                    { vswitchId: `vsw-${hex(20)}`, zoneId: ZONES[0] },
                    { vswitchId: `vsw-${hex(20)}`, zoneId: b.bad() ? ZONES[0] : ZONES[1] },
                ],
                tags,
            };
        case "alicloud:nlb/listener:Listener":
            return {
                listenerProtocol: "TCPSSL",
                listenerPort: 443,
                loadBalancerId: `nlb-${hex(20)}`,
                serverGroupId: `sgp-${hex(20)}`,
                tags,
            };
        case "alicloud:nlb/securityPolicy:SecurityPolicy":
            return { securityPolicyName: name, tlsVersions: ["TLSv1.2", "TLSv1.3"], ciphers: ["ECDHE-RSA-AES128-GCM-SHA256"], tags };
        case "alicloud:nlb/serverGroup:ServerGroup":
            return {
                serverGroupName: name,
                serverGroupType: "Instance",
                protocol: "TCP",
                vpcId: `vpc-${hex(20)}`,
                healthCheck: { healthCheckEnabled: true },
                tags,
            };
        case "alicloud:rds/account:Account":
            return {
                instanceId: `pgm-${hex(20)}`,
                name: "legacy",
                password: b.chance(0.3) ? `Legacy-${hex(6)}` : REDACTED,
                type: "Normal",
            };
        case "alicloud:rds/dbInstanceEndpointAddress:DbInstanceEndpointAddress":
            return { dbInstanceId: `pgm-${hex(20)}`, dbInstanceEndpointId: `ep-${hex(16)}`, connectionStringPrefix: name, port: "5432" };
        case "alicloud:rds/dbProxyPublic:DbProxyPublic":
            return {
                dbInstanceId: `pgm-${hex(20)}`,
                connectionStringPrefix: name,
                dbProxyConnectionStringNetType: b.bad() ? "Public" : "Private",
                dbProxyEndpointId: `ep-${hex(16)}`,
            };
        case "alicloud:vpc/networkInterface:NetworkInterface":
            return { networkInterfaceName: name, vswitchId: `vsw-${hex(20)}`, securityGroupIds: [`sg-${hex(20)}`], tags };
        case "alicloud:vpc/networkInterfaceAttachment:NetworkInterfaceAttachment":
            return { instanceId: `i-${hex(20)}`, networkInterfaceId: `eni-${hex(20)}` };
        case "alicloud:ecs/eip:Eip":
            return { name, bandwidth: "50", internetChargeType: "PayByTraffic", tags };
        default:
            return { name, description: `${type.split(":")[2]} of ${c}`, tags };
    }
}

const UNIT_KINDS = [
    "network",
    "compute",
    "alb",
    "scaling",
    "clb",
    "storage",
    "database",
    "cache",
    "polardb",
    "cdn",
    "iam",
    "observability",
    "misc",
] as const;
type UnitKind = (typeof UNIT_KINDS)[number];

/** Relative frequency of each group: compute and networking dominate, as on the real platform. */
const UNIT_WEIGHTS: readonly (readonly [UnitKind, number])[] = [
    ["network", 4],
    ["compute", 12],
    ["scaling", 6],
    ["alb", 4],
    ["clb", 3],
    ["storage", 6],
    ["database", 4],
    ["cache", 3],
    ["polardb", 2],
    ["cdn", 3],
    ["iam", 3],
    ["observability", 3],
    ["misc", 3],
];

/** Largest group a unit can add (the first misc group: one resource of each misc type and its component). */
const MAX_UNIT = 70;

/**
 * A synthetic plan of exactly `options.resources` resources: the stack, the default alicloud and random
 * providers, a second alicloud provider for disaster recovery, the platform singletons, then groups drawn
 * at random (seeded) until the count is nearly reached, then standalone resources to reach it exactly.
 */
export function syntheticPlan(options: SyntheticOptions): Plan {
    const total = options.resources;
    if (!Number.isInteger(total) || total < MIN_RESOURCES) {
        throw new RangeError(`a synthetic plan needs an integer number of resources ≥ ${MIN_RESOURCES} (got ${total})`);
    }
    const stack = options.stack ?? "prod";
    const b = new Builder(stack, options.seed ?? 2026);
    b.base();
    const weightSum = UNIT_WEIGHTS.reduce((s, [, w]) => s + w, 0);
    const run: Record<UnitKind, () => void> = {
        network: () => b.unitNetwork(),
        compute: () => b.unitCompute(),
        scaling: () => b.unitScaling(),
        alb: () => b.unitAlb(),
        clb: () => b.unitClb(),
        storage: () => b.unitStorage(),
        database: () => b.unitDatabase(),
        cache: () => b.unitCache(),
        polardb: () => b.unitPolardb(),
        cdn: () => b.unitCdn(),
        iam: () => b.unitIam(),
        observability: () => b.unitObservability(),
        misc: () => b.unitMisc(),
    };
    // Every group kind appears once first, in UNIT_KINDS order (networks before what lives in them), then at random.
    b.firstPass = true;
    for (const kind of UNIT_KINDS) {
        if (total - b.count <= MAX_UNIT) break;
        run[kind]();
    }
    b.firstPass = false;
    while (total - b.count > MAX_UNIT) {
        let x = b.int(1, weightSum);
        const kind = UNIT_WEIGHTS.find(([, w]) => (x -= w) <= 0)?.[0] ?? "misc";
        run[kind]();
    }
    if (b.count < total) {
        const c = b.next("misc");
        const g = b.component("platform:Misc", c);
        while (b.count < total) b.single(g, c);
    }
    const resources = [...b.resources].sort((x, y) => (x.urn < y.urn ? -1 : x.urn > y.urn ? 1 : 0));
    return {
        project: PROJECT,
        stack,
        profile: stack,
        resources,
        outputs: { region: "eu-central-1", environment: stack, profile: stack, vpcIds: b.networks.map((n) => n.vpc.id) },
        warnings: [],
    };
}
