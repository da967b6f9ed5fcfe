/**
 * Compliant baseline resources: for every resource type a rule of the catalog reads, the inputs of
 * one resource that passes every policy. Policy tests start from a baseline and apply one mutation
 * per way a policy can fail (`baseline(type, name, { input: badValue })`); test/policies/baselines.test.ts
 * checks that every type a rule reads has one and that together they audit clean.
 *
 * The baselines form one coherent stack ("the baseline world"): references between them use the ids
 * `idOf(type)` gives, so stack rules that join resources (a VPC and its flow log, a bucket and its
 * settings) find their partners. A resource type whose mere presence is a finding (a public
 * endpoint, a policy attached straight to a user) still has a baseline, the least a resource of that
 * type can be; `FORBIDDEN` names the policy that rejects it, and the world leaves it out.
 *
 * Data only, cheap to import (no policy or Pulumi SDK code): the benchmark replicates these
 * resources into large plans.
 */
import { TAGGABLE_TYPES } from "../../policies/rules/governance/taggable-types";
import { NO_OPTIONS, PlanResource, PlanResourceOptions } from "../../tools/plan/types";

export const PROJECT = "dakar2026";
/** The stack the baseline world belongs to (URNs) and its environment (the root stack's output). */
export const STACK = "test";
export const ENVIRONMENT = "test";

export type Inputs = Readonly<Record<string, unknown>>;

/** "alicloud:vpc/network:Network" → "vpc-network": the logical name a baseline gets unless told otherwise. */
export function defaultName(type: string): string {
    const m = /^[^:]+:([^/:]+)\/[^:]+:(.+)$/.exec(type) ?? /^[^:]+:([^:]+):(.+)$/.exec(type);
    const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
    return m ? `${kebab(m[1])}-${kebab(m[2])}` : kebab(type.replace(/[^A-Za-z0-9]+/g, "-"));
}

/** The cloud id of a type's baseline resource (what other baselines refer to it by). */
export function idOf(type: string): string {
    return `${defaultName(type)}-id`;
}

/** A cloud-side name that follows the naming convention of the baseline world. */
export function cloudName(component: string, purpose: string): string {
    return `${PROJECT}-${ENVIRONMENT}-${component}-${purpose}`;
}

export const TAGS: Readonly<Record<string, string>> = {
    project: PROJECT,
    environment: ENVIRONMENT,
    component: "baseline",
    owner: "plateforme@senum.sn",
    "cost-centre": "cc-jod-100",
    "data-classification": "internal",
    "managed-by": "pulumi",
};

export const REGION = "eu-central-1";
const ZONE_A = "eu-central-1a";
const ZONE_B = "eu-central-1b";

const T = {
    vpc: "alicloud:vpc/network:Network",
    vswitch: "alicloud:vpc/switch:Switch",
    nat: "alicloud:vpc/natGateway:NatGateway",
    eip: "alicloud:ecs/eipAddress:EipAddress",
    sg: "alicloud:ecs/securityGroup:SecurityGroup",
    instance: "alicloud:ecs/instance:Instance",
    disk: "alicloud:ecs/disk:Disk",
    ecsDisk: "alicloud:ecs/ecsDisk:EcsDisk",
    snapshotPolicy: "alicloud:ecs/autoSnapshotPolicy:AutoSnapshotPolicy",
    keyPair: "alicloud:ecs/ecsKeyPair:EcsKeyPair",
    ramRole: "alicloud:ram/role:Role",
    bucket: "alicloud:oss/bucket:Bucket",
    logProject: "alicloud:log/project:Project",
    logStore: "alicloud:log/store:Store",
    kmsKey: "alicloud:kms/key:Key",
    rds: "alicloud:rds/instance:Instance",
    kvstore: "alicloud:kvstore/instance:Instance",
    polardb: "alicloud:polardb/cluster:Cluster",
    scalingGroup: "alicloud:ess/scalingGroup:ScalingGroup",
    scalingConfiguration: "alicloud:ess/scalingConfiguration:ScalingConfiguration",
    slb: "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer",
    slbListener: "alicloud:slb/listener:Listener",
    slbServerGroup: "alicloud:slb/serverGroup:ServerGroup",
    slbAcl: "alicloud:slb/acl:Acl",
    tlsCipher: "alicloud:slb/tlsCipherPolicy:TlsCipherPolicy",
    alb: "alicloud:alb/loadBalancer:LoadBalancer",
    albListener: "alicloud:alb/listener:Listener",
    albServerGroup: "alicloud:alb/serverGroup:ServerGroup",
    albAcl: "alicloud:alb/acl:Acl",
    albSecurityPolicy: "alicloud:alb/securityPolicy:SecurityPolicy",
    cdn: "alicloud:cdn/domainNew:DomainNew",
    dcdn: "alicloud:dcdn/domain:Domain",
    dnsDomain: "alicloud:dns/alidnsDomain:AlidnsDomain",
    ramUser: "alicloud:ram/user:User",
    ramGroup: "alicloud:ram/group:Group",
    ramPolicy: "alicloud:ram/policy:Policy",
    password: "random:index/randomPassword:RandomPassword",
} as const;

const BUCKET_NAME = cloudName("storage", "media");
const LOG_BUCKET_NAME = cloudName("storage", "access-logs");
const TRAIL_BUCKET_NAME = cloudName("observability", "trail");
const LOG_PROJECT_NAME = cloudName("observability", "logs");
const ONCALL_GROUP = cloudName("observability", "oncall");
const ONCALL_CONTACT = `${PROJECT}-${ENVIRONMENT}-oncall`;
const ROLE_ARN = "acs:ram::5012345678901234:role/aliyunlogdefaultrole";
const WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const ORIGINS = [
    { content: "origin-a.dakar2026.sn", type: "domain", port: 443, priority: 20, weight: 10 },
    { content: "origin-b.dakar2026.sn", type: "domain", port: 443, priority: 30, weight: 10 },
];
/** The world's second vSwitch (zone b) and second instance, for the rules that want two of them. */
const VSWITCH_B = "vpc-switch-b";
const INSTANCE_B = "ecs-instance-b";
const TWO_ZONES = [
    { zoneId: ZONE_A, vswitchId: idOf(T.vswitch) },
    { zoneId: ZONE_B, vswitchId: `${VSWITCH_B}-id` },
];
const POLICY_DOCUMENT = JSON.stringify({
    Version: "1",
    Statement: [{ Effect: "Allow", Action: ["oss:GetObject"], Resource: [`acs:oss:*:*:${BUCKET_NAME}/*`] }],
});
const BUCKET_POLICY = JSON.stringify({
    Version: "1",
    Statement: [
        {
            Effect: "Deny",
            Principal: ["*"],
            Action: ["oss:*"],
            Resource: [`acs:oss:*:*:${BUCKET_NAME}`, `acs:oss:*:*:${BUCKET_NAME}/*`],
            Condition: { Bool: { "acs:SecureTransport": ["false"] } },
        },
        {
            Effect: "Allow",
            Principal: ["5012345678901234"],
            Action: ["oss:GetObject"],
            Resource: [`acs:oss:*:*:${BUCKET_NAME}/*`],
            Condition: { IpAddress: { "acs:SourceIp": ["10.0.0.0/16"] } },
        },
    ],
});

/** Inputs per type; taggable types also get TAGS (see BASELINES). */
const SPECIFIC: Readonly<Record<string, Inputs>> = {
    // Providers and the root stack
    "pulumi:providers:alicloud": { region: REGION, version: "3.108.0" },
    "pulumi:pulumi:Stack": {},
    "random:index/randomPassword:RandomPassword": { length: 24, special: true },
    "random:index/randomString:RandomString": { length: 6, special: false, upper: false },

    // VPC
    [T.vpc]: { vpcName: cloudName("network", "vpc"), cidrBlock: "10.0.0.0/16" },
    [T.vswitch]: { vswitchName: cloudName("network", "app-a"), vpcId: idOf(T.vpc), cidrBlock: "10.0.1.0/24", zoneId: ZONE_A },
    "alicloud:vpc/flowLog:FlowLog": {
        flowLogName: cloudName("network", "flowlog"),
        resourceType: "VPC",
        resourceId: idOf(T.vpc),
        trafficType: "All",
        projectName: LOG_PROJECT_NAME,
        logStoreName: "flowlog",
    },
    [T.nat]: {
        natGatewayName: cloudName("network", "nat"),
        vpcId: idOf(T.vpc),
        vswitchId: idOf(T.vswitch),
        natType: "Enhanced",
        networkType: "internet",
        paymentType: "PayAsYouGo",
        deletionProtection: true,
    },
    "alicloud:vpc/forwardEntry:ForwardEntry": {
        forwardTableId: "ftb-1",
        externalIp: "203.0.113.10",
        externalPort: "443",
        internalIp: "10.0.1.10",
        internalPort: "443",
        ipProtocol: "tcp",
    },
    "alicloud:vpc/networkAcl:NetworkAcl": {
        vpcId: idOf(T.vpc),
        networkAclName: cloudName("network", "acl"),
        ingressAclEntries: [{ protocol: "tcp", port: "443/443", sourceCidrIp: "0.0.0.0/0", policy: "accept" }],
        egressAclEntries: [{ protocol: "all", port: "-1/-1", destinationCidrIp: "10.0.0.0/16", policy: "accept" }],
    },
    "alicloud:vpc/networkInterfaceAttachment:NetworkInterfaceAttachment": { instanceId: idOf(T.instance), networkInterfaceId: "eni-1" },
    [T.eip]: {
        addressName: cloudName("network", "egress"),
        bandwidth: "10",
        internetChargeType: "PayByTraffic",
        paymentType: "PayAsYouGo",
        deletionProtection: true,
    },
    "alicloud:ecs/eipAssociation:EipAssociation": { allocationId: idOf(T.eip), instanceId: idOf(T.nat), instanceType: "Nat" },

    // Security groups
    [T.sg]: {
        securityGroupName: cloudName("network", "app"),
        description: "Application tier: HTTPS from the load balancer only",
        vpcId: idOf(T.vpc),
        securityGroupType: "enterprise",
    },
    "alicloud:ecs/securityGroupRule:SecurityGroupRule": {
        type: "ingress",
        policy: "accept",
        ipProtocol: "tcp",
        portRange: "443/443",
        cidrIp: "10.0.0.0/16",
        securityGroupId: idOf(T.sg),
        description: "HTTPS from the VPC",
    },

    // ECS
    [T.instance]: {
        instanceName: cloudName("compute", "web"),
        instanceType: "ecs.g7.large",
        imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        vswitchId: idOf(T.vswitch),
        securityGroups: [idOf(T.sg)],
        internetMaxBandwidthOut: 0,
        instanceChargeType: "PostPaid",
        internetChargeType: "PayByTraffic",
        deletionProtection: true,
        securityEnhancementStrategy: "Active",
        httpTokens: "required",
        keyName: idOf(T.keyPair),
        roleName: cloudName("identity", "ecs"),
        systemDiskCategory: "cloud_essd",
        systemDiskSize: 40,
        systemDiskEncrypted: true,
        systemDiskKmsKeyId: idOf(T.kmsKey),
    },
    [T.disk]: {
        diskName: cloudName("compute", "data"),
        zoneId: ZONE_A,
        size: 100,
        category: "cloud_regional_disk_auto",
        encrypted: true,
        kmsKeyId: idOf(T.kmsKey),
        deleteAutoSnapshot: false,
    },
    [T.ecsDisk]: {
        diskName: cloudName("compute", "data2"),
        zoneId: ZONE_A,
        size: 100,
        category: "cloud_regional_disk_auto",
        encrypted: true,
        kmsKeyId: idOf(T.kmsKey),
        deleteAutoSnapshot: false,
    },
    "alicloud:ecs/diskAttachment:DiskAttachment": { diskId: idOf(T.disk), instanceId: idOf(T.instance) },
    "alicloud:ecs/ecsDiskAttachment:EcsDiskAttachment": { diskId: idOf(T.ecsDisk), instanceId: idOf(T.instance) },
    [T.snapshotPolicy]: {
        autoSnapshotPolicyName: cloudName("compute", "daily"),
        repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
        retentionDays: 7,
        timePoints: ["3"],
    },
    "alicloud:ecs/snapshotPolicy:SnapshotPolicy": {
        name: cloudName("compute", "weekly"),
        repeatWeekdays: ["1", "2", "3", "4", "5", "6", "7"],
        retentionDays: 7,
        timePoints: ["3"],
    },
    "alicloud:ecs/ecsAutoSnapshotPolicyAttachment:EcsAutoSnapshotPolicyAttachment": { autoSnapshotPolicyId: idOf(T.snapshotPolicy), diskId: idOf(T.disk) },
    [T.keyPair]: { keyPairName: cloudName("compute", "ops") },
    "alicloud:ecs/keyPair:KeyPair": { keyPairName: cloudName("compute", "legacy-ops") },
    "alicloud:ecs/ecsKeyPairAttachment:EcsKeyPairAttachment": { keyPairName: cloudName("compute", "ops"), instanceIds: [idOf(T.instance)] },
    "alicloud:ecs/keyPairAttachment:KeyPairAttachment": { keyName: cloudName("compute", "ops"), instanceIds: [idOf(T.instance)] },
    "alicloud:ecs/ramRoleAttachment:RamRoleAttachment": { roleName: cloudName("identity", "ecs"), instanceIds: [idOf(T.instance)] },
    "alicloud:ram/roleAttachment:RoleAttachment": { roleName: cloudName("identity", "ecs"), instanceIds: [idOf(T.instance)] },
    "alicloud:ecs/ecsNetworkInterfaceAttachment:EcsNetworkInterfaceAttachment": { instanceId: idOf(T.instance), networkInterfaceId: "eni-2" },
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate": {
        launchTemplateName: cloudName("compute", "web"),
        instanceType: "ecs.g7.large",
        imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        networkType: "vpc",
        vswitchId: idOf(T.vswitch),
        securityGroupIds: [idOf(T.sg)],
        httpTokens: "required",
        securityEnhancementStrategy: "Active",
        ramRoleName: cloudName("identity", "ecs"),
        systemDisk: { category: "cloud_essd", size: 40, encrypted: true, kmsKeyId: idOf(T.kmsKey) },
        dataDisks: [{ category: "cloud_essd", size: 100, encrypted: true, kmsKeyId: idOf(T.kmsKey) }],
    },
    "alicloud:ecs/launchTemplate:LaunchTemplate": {
        launchTemplateName: cloudName("compute", "legacy"),
        instanceType: "ecs.g7.large",
        imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        networkType: "vpc",
        vswitchId: idOf(T.vswitch),
        securityGroupId: idOf(T.sg),
        httpTokens: "required",
        systemDisk: { category: "cloud_essd", size: 40, encrypted: true, kmsKeyId: idOf(T.kmsKey) },
        dataDisks: [{ category: "cloud_essd", size: 100, encrypted: true, kmsKeyId: idOf(T.kmsKey) }],
    },

    // Auto Scaling
    [T.scalingGroup]: {
        scalingGroupName: cloudName("compute", "web"),
        minSize: 2,
        maxSize: 10,
        vswitchIds: [idOf(T.vswitch), `${VSWITCH_B}-id`],
        healthCheckTypes: ["LOAD_BALANCER"],
        loadbalancerIds: [idOf(T.slb)],
    },
    [T.scalingConfiguration]: {
        scalingConfigurationName: cloudName("compute", "web"),
        scalingGroupId: idOf(T.scalingGroup),
        instanceType: "ecs.g7.large",
        imageId: "aliyun_3_x64_20G_alibase_20240819.vhd",
        securityGroupIds: [idOf(T.sg)],
        internetMaxBandwidthOut: 0,
        httpEndpoint: "disabled",
        systemDiskEncrypted: true,
        dataDisks: [{ category: "cloud_essd", size: 100, encrypted: true }],
    },
    "alicloud:ess/scalingRule:ScalingRule": { scalingGroupId: idOf(T.scalingGroup), adjustmentType: "QuantityChangeInCapacity", adjustmentValue: 1 },
    "alicloud:ess/scheduledTask:ScheduledTask": {
        scalingGroupId: idOf(T.scalingGroup),
        scheduledTaskName: "pre-warm-opening",
        launchTime: "2026-10-31T16:00Z",
        minValue: 6,
        desiredCapacity: 6,
        maxValue: 10,
    },
    "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups": {
        scalingGroupId: idOf(T.scalingGroup),
        vserverGroups: [{ loadbalancerId: idOf(T.slb), vserverAttributes: [{ vserverGroupId: idOf(T.slbServerGroup), port: 80, weight: 100 }] }],
    },
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment": {
        scalingGroupId: idOf(T.scalingGroup),
        albServerGroupId: idOf(T.albServerGroup),
        port: 80,
        weight: 100,
    },
    "alicloud:ess/serverGroupAttachment:ServerGroupAttachment": {
        scalingGroupId: idOf(T.scalingGroup),
        serverGroupId: idOf(T.albServerGroup),
        port: 80,
        type: "ALB",
        weight: 100,
    },

    // CLB (SLB)
    [T.slb]: {
        loadBalancerName: cloudName("edge", "clb"),
        addressType: "intranet",
        vswitchId: idOf(T.vswitch),
        masterZoneId: ZONE_A,
        slaveZoneId: ZONE_B,
        loadBalancerSpec: "slb.s3.small",
        deleteProtection: "on",
        modificationProtectionStatus: "ConsoleProtection",
        modificationProtectionReason: "managed by pulumi",
    },
    [T.slbListener]: {
        loadBalancerId: idOf(T.slb),
        protocol: "https",
        frontendPort: 443,
        backendPort: 80,
        serverGroupId: idOf(T.slbServerGroup),
        tlsCipherPolicy: "tls_cipher_policy_1_2_strict",
        serverCertificateId: "cert-1",
        aclStatus: "on",
        aclType: "white",
        aclId: idOf(T.slbAcl),
        healthCheck: "on",
    },
    [T.tlsCipher]: { tlsCipherPolicyName: cloudName("edge", "tls"), tlsVersions: ["TLSv1.2", "TLSv1.3"], ciphers: ["ECDHE-ECDSA-AES128-GCM-SHA256"] },
    [T.slbServerGroup]: { loadBalancerId: idOf(T.slb), name: cloudName("edge", "web") },
    "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment": {
        serverGroupId: idOf(T.slbServerGroup),
        serverId: idOf(T.instance),
        port: 80,
        weight: 100,
    },
    "alicloud:slb/backendServer:BackendServer": {
        loadBalancerId: idOf(T.slb),
        backendServers: [
            { serverId: idOf(T.instance), weight: 100 },
            { serverId: `${INSTANCE_B}-id`, weight: 100 },
        ],
    },
    "alicloud:slb/attachment:Attachment": { loadBalancerId: idOf(T.slb), instanceIds: [idOf(T.instance), `${INSTANCE_B}-id`], weight: 100 },
    "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup": {
        loadBalancerId: idOf(T.slb),
        name: cloudName("edge", "ms"),
        servers: [
            { serverId: idOf(T.instance), port: 80, weight: 100, serverType: "Master" },
            { serverId: `${INSTANCE_B}-id`, port: 80, weight: 100, serverType: "Slave" },
        ],
    },
    [T.slbAcl]: { name: cloudName("edge", "allow"), ipVersion: "ipv4", entryLists: [{ entry: "10.0.0.0/16", comment: "VPC" }] },
    "alicloud:slb/aclEntryAttachment:AclEntryAttachment": { aclId: idOf(T.slbAcl), entry: "10.1.0.0/16", comment: "partner" },

    // ALB / NLB
    [T.alb]: {
        loadBalancerName: cloudName("edge", "alb"),
        addressType: "Intranet",
        loadBalancerEdition: "StandardWithWaf",
        deletionProtectionEnabled: true,
        vpcId: idOf(T.vpc),
        loadBalancerBillingConfig: { payType: "PayAsYouGo" },
        zoneMappings: TWO_ZONES,
    },
    [T.albListener]: {
        loadBalancerId: idOf(T.alb),
        listenerProtocol: "HTTPS",
        listenerPort: 443,
        securityPolicyId: "tls_cipher_policy_1_2_strict_with_1_3",
        certificates: [{ certificateId: "cert-1" }],
        aclConfig: { aclType: "White", aclRelations: [{ aclId: idOf(T.albAcl) }] },
        defaultActions: [{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: idOf(T.albServerGroup) }] } }],
    },
    [T.albServerGroup]: {
        serverGroupName: cloudName("edge", "web"),
        vpcId: idOf(T.vpc),
        healthCheckConfig: { healthCheckEnabled: true },
        servers: [
            { serverId: idOf(T.instance), serverType: "Ecs", port: 80 },
            { serverId: `${INSTANCE_B}-id`, serverType: "Ecs", port: 80 },
        ],
    },
    "alicloud:alb/rule:Rule": {
        listenerId: idOf(T.albListener),
        ruleName: "to-https",
        priority: 1,
        ruleConditions: [{ type: "Path", pathConfig: { values: ["/*"] } }],
        ruleActions: [{ order: 1, type: "Redirect", redirectConfig: { protocol: "HTTPS", port: "443", httpCode: "301" } }],
    },
    "alicloud:alb/loadBalancerAccessLogConfigAttachment:LoadBalancerAccessLogConfigAttachment": {
        loadBalancerId: idOf(T.alb),
        logProject: LOG_PROJECT_NAME,
        logStore: cloudName("observability", "access"),
    },
    [T.albAcl]: { aclName: cloudName("edge", "allow"), aclEntries: [{ entry: "10.0.0.0/16", description: "VPC" }] },
    "alicloud:alb/aclEntryAttachment:AclEntryAttachment": { aclId: idOf(T.albAcl), entry: "10.1.0.0/16", description: "partner" },
    "alicloud:alb/listenerAclAttachment:ListenerAclAttachment": { listenerId: idOf(T.albListener), aclId: idOf(T.albAcl), aclType: "White" },
    "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment": {
        loadBalancerId: idOf(T.alb),
        securityGroupId: idOf(T.sg),
    },
    [T.albSecurityPolicy]: { securityPolicyName: cloudName("edge", "tls"), tlsVersions: ["TLSv1.2", "TLSv1.3"], ciphers: ["ECDHE-ECDSA-AES128-GCM-SHA256"] },
    "alicloud:nlb/loadBalancer:LoadBalancer": {
        loadBalancerName: cloudName("edge", "nlb"),
        addressType: "Intranet",
        vpcId: idOf(T.vpc),
        zoneMappings: TWO_ZONES,
    },

    // CDN / DCDN / WAF / DNS
    [T.cdn]: {
        domainName: "www.dakar2026.sn",
        cdnType: "web",
        scope: "overseas",
        sources: ORIGINS,
        certificateConfig: { certType: "cas", certId: "123", serverCertificateStatus: "on" },
    },
    "alicloud:cdn/domainConfig:DomainConfig": {
        domainName: "www.dakar2026.sn",
        functionName: "https_force",
        functionArgs: [{ argName: "enable", argValue: "on" }],
    },
    [T.dcdn]: { domainName: "api.dakar2026.sn", scope: "overseas", sources: ORIGINS, sslProtocol: "on", certType: "cas", certId: "456" },
    "alicloud:dcdn/domainConfig:DomainConfig": {
        domainName: "api.dakar2026.sn",
        functionName: "https_force",
        functionArgs: [{ argName: "enable", argValue: "on" }],
    },
    "alicloud:waf/instance:Instance": {
        bigScreen: "0",
        exclusiveIpPackage: "1",
        extBandwidth: "50",
        extDomainPackage: "1",
        logStorage: "3",
        logTime: "180",
        packageCode: "versionPro",
        prefessionalService: "false",
        subscriptionType: "Subscription",
        wafLog: "true",
    },
    "alicloud:wafv3/domain:Domain": {
        domain: "www.dakar2026.sn",
        accessType: "share",
        instanceId: "waf-v3-id",
        listen: { httpsPorts: [443], certId: "cert-1", tlsVersion: "tlsv1.2", enableTlsv3: true, http2Enabled: true },
        redirect: { loadbalance: "iphash", backends: ["10.0.1.10"] },
    },
    [T.dnsDomain]: { domainName: "dakar2026.sn" },
    "alicloud:dns/alidnsRecord:AlidnsRecord": { domainName: "dakar2026.sn", rr: "@", type: "TXT", value: "v=spf1 -all" },

    // OSS
    [T.bucket]: {
        bucket: BUCKET_NAME,
        redundancyType: "ZRS",
        storageClass: "Standard",
        lifecycleRules: [{ id: "expire-noncurrent", enabled: true, noncurrentVersionExpirations: [{ days: 30 }] }],
    },
    "alicloud:oss/bucketAcl:BucketAcl": { bucket: BUCKET_NAME, acl: "private" },
    "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock": { bucket: BUCKET_NAME, blockPublicAccess: true },
    "alicloud:oss/accountPublicAccessBlock:AccountPublicAccessBlock": { blockPublicAccess: true },
    "alicloud:oss/bucketPolicy:BucketPolicy": { bucket: BUCKET_NAME, policy: BUCKET_POLICY },
    "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig": {
        bucket: BUCKET_NAME,
        enable: true,
        tlsVersions: ["TLSv1.2", "TLSv1.3"],
        cipherSuit: { enable: true, strongCipherSuite: true },
    },
    "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption": {
        bucket: BUCKET_NAME,
        sseAlgorithm: "KMS",
        kmsMasterKeyId: idOf(T.kmsKey),
    },
    "alicloud:oss/bucketVersioning:BucketVersioning": { bucket: BUCKET_NAME, status: "Enabled" },
    "alicloud:oss/bucketLogging:BucketLogging": { bucket: BUCKET_NAME, targetBucket: LOG_BUCKET_NAME, targetPrefix: "media/" },
    "alicloud:oss/bucketReplication:BucketReplication": {
        bucket: BUCKET_NAME,
        action: "ALL",
        destination: { bucket: cloudName("storage", "media-replica"), location: `oss-${REGION}` },
        sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
        encryptionConfiguration: { replicaKmsKeyId: idOf(T.kmsKey) },
        syncRole: cloudName("identity", "oss-replication"),
    },
    "alicloud:oss/bucketReferer:BucketReferer": { bucket: BUCKET_NAME, allowEmptyReferer: false, refererLists: ["https://www.dakar2026.sn"] },
    "alicloud:oss/bucketWebsite:BucketWebsite": { bucket: BUCKET_NAME, indexDocument: { suffix: "index.html" } },

    // RDS, PolarDB, Tair
    [T.rds]: {
        instanceName: cloudName("data", "athletes"),
        engine: "MySQL",
        engineVersion: "8.0",
        instanceType: "mysql.n2.medium.2c",
        instanceStorage: 50,
        category: "HighAvailability",
        zoneId: ZONE_A,
        zoneIdSlaveA: ZONE_B,
        vswitchId: idOf(T.vswitch),
        securityIps: ["10.0.16.0/20"],
        sslAction: "Open",
        forceEncryption: 1,
        tdeStatus: "Enabled",
        encryptionKey: idOf(T.kmsKey),
        sqlCollectorStatus: "Enabled",
        sqlCollectorConfigValue: 365,
        maintainTime: "02:00Z-03:00Z",
        storageAutoScale: "Enable",
        storageThreshold: 20,
        storageUpperBound: 200,
        autoUpgradeMinorVersion: "Auto",
        instanceChargeType: "Postpaid",
        deletionProtection: true,
    },
    "alicloud:rds/backupPolicy:BackupPolicy": {
        instanceId: idOf(T.rds),
        enableBackupLog: true,
        logBackupRetentionPeriod: 30,
        backupRetentionPeriod: 30,
        releasedKeepPolicy: "Lastest",
        preferredBackupPeriods: ["Monday", "Wednesday", "Friday", "Sunday"],
        preferredBackupTime: "02:00Z-03:00Z",
    },
    "alicloud:rds/account:Account": { instanceId: idOf(T.rds), name: "app", password: "[secret]" },
    "alicloud:rds/rdsAccount:RdsAccount": { dbInstanceId: idOf(T.rds), accountName: "app", accountPassword: "[secret]" },
    "alicloud:rds/whitelistTemplate:WhitelistTemplate": { templateName: cloudName("data", "allow"), ipWhitelist: "10.0.16.0/20" },
    "alicloud:rds/connection:Connection": { instanceId: idOf(T.rds), connectionPrefix: "athletes" },
    "alicloud:rds/dbInstanceEndpointAddress:DbInstanceEndpointAddress": {
        dbInstanceId: idOf(T.rds),
        dbInstanceEndpointId: "ep-1",
        connectionStringPrefix: "athletes",
    },
    "alicloud:rds/dbProxyPublic:DbProxyPublic": {
        dbInstanceId: idOf(T.rds),
        dbProxyEndpointId: "px-1",
        connectionStringPrefix: "athletes-proxy",
        dbProxyConnectionStringNetType: "Private",
    },
    [T.polardb]: {
        description: cloudName("data", "results"),
        dbType: "MySQL",
        dbVersion: "8.0",
        dbNodeClass: "polar.mysql.x4.medium",
        zoneId: ZONE_A,
        hotStandbyCluster: "ON",
        standbyAz: ZONE_B,
        vswitchId: idOf(T.vswitch),
        deletionLock: 1,
    },
    "alicloud:polardb/account:Account": { dbClusterId: idOf(T.polardb), accountName: "app", accountPassword: "[secret]" },
    [T.kvstore]: {
        dbInstanceName: cloudName("data", "sessions"),
        instanceType: "Redis",
        engineVersion: "7.0",
        instanceClass: "redis.shard.small.2.ce",
        shardCount: 2,
        zoneId: ZONE_A,
        secondaryZoneId: ZONE_B,
        vswitchId: idOf(T.vswitch),
        securityIps: ["10.0.16.0/20"],
        sslEnable: "Enable",
        tdeStatus: "Enabled",
        encryptionKey: idOf(T.kmsKey),
        enableBackupLog: 1,
        backupPeriods: WEEK,
        backupTime: "02:00Z-03:00Z",
        instanceReleaseProtection: true,
        paymentType: "PostPaid",
        password: "[secret]",
    },
    "alicloud:kvstore/backupPolicy:BackupPolicy": { instanceId: idOf(T.kvstore), backupPeriods: WEEK, backupTime: "02:00Z-03:00Z" },
    "alicloud:kvstore/account:Account": { instanceId: idOf(T.kvstore), accountName: "app", accountPassword: "[secret]" },
    "alicloud:kvstore/connection:Connection": { instanceId: idOf(T.kvstore), connectionStringPrefix: "sessions", port: "6379" },

    // RAM
    "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy": {
        minimumPasswordLength: 14,
        requireLowercaseCharacters: true,
        requireUppercaseCharacters: true,
        requireNumbers: true,
        requireSymbols: true,
        passwordReusePrevention: 24,
        maxPasswordAge: 90,
        maxLoginAttempts: 5,
        hardExpiry: false,
    },
    // The newer class the identity layer uses: its complexity and lockout default to off, so the baseline sets them.
    "alicloud:ram/passwordPolicy:PasswordPolicy": {
        minimumPasswordLength: 14,
        requireLowercaseCharacters: true,
        requireUppercaseCharacters: true,
        requireNumbers: true,
        requireSymbols: true,
        passwordReusePrevention: 24,
        maxPasswordAge: 90,
        maxLoginAttemps: 5,
        hardExpiry: false,
    },
    "alicloud:ram/securityPreference:SecurityPreference": { mfaOperationForLogin: "mandatory", allowUserToManageMfaDevices: true },
    "alicloud:ims/oidcProvider:OidcProvider": {
        oidcProviderName: "dakar2026-ci",
        issuerUrl: "https://token.actions.githubusercontent.com",
        clientIds: ["sts.aliyuncs.com"],
        fingerprints: ["6938fd4d98bab03faadb97b34396831e3780aea1"],
        issuanceLimitTime: 1,
    },
    [T.ramUser]: { name: "ops.baseline", displayName: "Baseline operator" },
    [T.ramGroup]: { groupName: "operators", comments: "Platform operators" },
    "alicloud:ram/groupMembership:GroupMembership": { groupName: "operators", userNames: ["ops.baseline"] },
    [T.ramPolicy]: { policyName: cloudName("identity", "read-media"), policyDocument: POLICY_DOCUMENT },
    "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment": {
        groupName: "operators",
        policyName: cloudName("identity", "read-media"),
        policyType: "Custom",
    },
    "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment": {
        roleName: cloudName("identity", "ecs"),
        policyName: cloudName("identity", "read-media"),
        policyType: "Custom",
    },
    "alicloud:ram/userPolicyAttachment:UserPolicyAttachment": {
        userName: "ops.baseline",
        policyName: cloudName("identity", "read-media"),
        policyType: "Custom",
    },
    [T.ramRole]: {
        roleName: cloudName("identity", "ecs"),
        description: "Role of the web instances",
        assumeRolePolicyDocument: JSON.stringify({
            Version: "1",
            Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["ecs.aliyuncs.com"] } }],
        }),
    },
    "alicloud:ram/loginProfile:LoginProfile": { userName: "ops.baseline", password: "[secret]", mfaBindRequired: true, passwordResetRequired: true },
    "alicloud:ram/accessKey:AccessKey": { userName: "ops.baseline", status: "Active" },

    // KMS
    [T.kmsKey]: {
        description: "Encrypts the baseline data stores",
        automaticRotation: "Enabled",
        rotationInterval: "365d",
        status: "Enabled",
        deletionProtection: "Enabled",
        pendingWindowInDays: 30,
    },
    "alicloud:kms/secret:Secret": {
        secretName: cloudName("identity", "db-password"),
        secretType: "Rds",
        secretData: "[secret]",
        versionId: "v1",
        enableAutomaticRotation: true,
        rotationInterval: "30d",
        forceDeleteWithoutRecovery: false,
        recoveryWindowInDays: 30,
        encryptionKeyId: idOf(T.kmsKey),
    },
    "alicloud:kms/instance:Instance": { productVersion: "3", vpcId: idOf(T.vpc), zoneIds: [ZONE_A, ZONE_B], vswitchIds: [idOf(T.vswitch)] },

    // Log Service, ActionTrail, CloudMonitor
    [T.logProject]: { projectName: LOG_PROJECT_NAME, description: "Logs of the baseline world" },
    [T.logStore]: {
        projectName: LOG_PROJECT_NAME,
        logstoreName: cloudName("observability", "access"),
        retentionPeriod: 365,
        encryptConf: {
            enable: true,
            encryptType: "default",
            userCmkInfo: { cmkKeyId: idOf(T.kmsKey), arn: ROLE_ARN, regionId: REGION },
        },
    },
    "alicloud:log/audit:Audit": {
        displayName: "RDS audit",
        aliuid: "5012345678901234",
        variableMap: { rds_enabled: "true", rds_ttl: "365" },
    },
    "alicloud:actiontrail/trail:Trail": {
        trailName: cloudName("observability", "trail"),
        trailRegion: "All",
        eventRw: "All",
        status: "Enable",
        ossBucketName: TRAIL_BUCKET_NAME,
        slsProjectArn: `acs:log:${REGION}:5012345678901234:project/${LOG_PROJECT_NAME}`,
    },
    // The RDS instance's CPU, paging the on-call group below; companions alarm on the other watched types.
    "alicloud:cms/alarm:Alarm": {
        name: cloudName("observability", "rds-cpu"),
        project: "acs_rds_dashboard",
        metric: "CpuUsage",
        metricDimensions: JSON.stringify([{ instanceId: idOf(T.rds) }]),
        period: 60,
        enabled: true,
        escalationsCritical: { statistics: "Average", comparisonOperator: ">", threshold: "80", times: 3 },
        contactGroups: [ONCALL_GROUP],
    },
    "alicloud:cms/alarmContactGroup:AlarmContactGroup": {
        alarmContactGroupName: ONCALL_GROUP,
        describe: "Paged by every alarm of the baseline world",
        contacts: [ONCALL_CONTACT],
    },
    "alicloud:cms/alarmContact:AlarmContact": {
        alarmContactName: ONCALL_CONTACT,
        describe: "On-call contact",
        channelsMail: "oncall@senum.sn",
        lang: "en",
    },
};

/**
 * Compliant inputs per resource type: `SPECIFIC` for types rules read beyond their tags; every
 * other taggable type needs only the tags. Taggable types always carry TAGS.
 */
export const BASELINES: Readonly<Record<string, Inputs>> = Object.freeze(
    Object.fromEntries(
        [...new Set([...TAGGABLE_TYPES, ...Object.keys(SPECIFIC)])].map((type) => {
            const inputs = SPECIFIC[type] ?? {};
            return [type, TAGGABLE_TYPES.includes(type) ? { tags: TAGS, ...inputs } : inputs];
        }),
    ),
);

/**
 * Resource options a type's baseline needs besides `protect`: a bucket with a separate oss.BucketPolicy must ignore its
 * own `policy` input (provider issue 9331, rule oss-bucket-policy-not-overwritten).
 */
export const BASELINE_OPTIONS: Readonly<Record<string, Partial<PlanResourceOptions>>> = {
    [T.bucket]: { ignoreChanges: ["policy"] },
};

/** Types whose mere presence is a finding, with the policy that reports it; the world leaves them out. */
export const FORBIDDEN: Readonly<Record<string, string>> = {
    "alicloud:vpc/networkInterfaceAttachment:NetworkInterfaceAttachment": "ecs-instance-multiple-eni-check",
    "alicloud:ecs/ecsNetworkInterfaceAttachment:EcsNetworkInterfaceAttachment": "ecs-instance-multiple-eni-check",
    "alicloud:oss/bucketWebsite:BucketWebsite": "oss-bucket-no-static-website",
    "alicloud:rds/connection:Connection": "rds-public-access-check",
    "alicloud:rds/dbInstanceEndpointAddress:DbInstanceEndpointAddress": "rds-public-access-check",
    "alicloud:kvstore/connection:Connection": "redis-instance-no-public-ip",
    "alicloud:ram/userPolicyAttachment:UserPolicyAttachment": "ram-user-no-policy-check",
    "alicloud:ram/loginProfile:LoginProfile": "ram-user-login-check",
    "alicloud:ram/accessKey:AccessKey": "ram-no-access-key",
};

/**
 * Second resources of a type the world needs so that stack rules find what they count or join: a
 * vSwitch and an instance in a second zone, a second backend, the TLS-version, HTTP/2 and origin-protocol settings of the CDN
 * domains, the snapshot policy of the second disk.
 */
const COMPANIONS: readonly { readonly type: string; readonly name: string; readonly change: Inputs }[] = [
    { type: T.vswitch, name: VSWITCH_B, change: { vswitchName: cloudName("network", "app-b"), cidrBlock: "10.0.2.0/24", zoneId: ZONE_B } },
    { type: T.instance, name: INSTANCE_B, change: { instanceName: cloudName("compute", "web-b"), vswitchId: `${VSWITCH_B}-id` } },
    {
        type: "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment",
        name: "slb-server-group-server-attachment-b",
        change: { serverId: `${INSTANCE_B}-id` },
    },
    {
        type: "alicloud:ecs/ecsAutoSnapshotPolicyAttachment:EcsAutoSnapshotPolicyAttachment",
        name: "ecs-ecs-auto-snapshot-policy-attachment-b",
        change: { diskId: idOf(T.ecsDisk) },
    },
    // One alarm per watched type besides the baseline alarm's RDS instance (cms-monitored-resources-alarmed).
    ...(
        [
            ["alb-5xx", "acs_alb", "LoadBalancerHTTPCode5XX", { loadBalancerId: idOf(T.alb) }],
            ["scaling-near-max", "acs_ess_dashboard", "GroupTotalInstance", { scaling_group: idOf(T.scalingGroup) }],
            ["redis-memory", "acs_kvstore", "ShardingMemoryUsage", { instanceId: idOf(T.kvstore) }],
            ["cdn-5xx", "acs_cdn", "code5xx", { instanceId: "www.dakar2026.sn" }],
        ] as const
    ).map(([purpose, project, metric, dims]) => ({
        type: "alicloud:cms/alarm:Alarm",
        name: `cms-alarm-${purpose}`,
        change: { name: cloudName("observability", purpose), project, metric, metricDimensions: JSON.stringify([dims]) },
    })),
    ...(["alicloud:cdn/domainConfig:DomainConfig", "alicloud:dcdn/domainConfig:DomainConfig"] as const).map((type) => ({
        type,
        name: `${defaultName(type)}-tls`,
        change: { functionName: "https_tls_version", functionArgs: [{ argName: "tls10", argValue: "off" }, { argName: "tls11", argValue: "off" }] },
    })),
    ...(["alicloud:cdn/domainConfig:DomainConfig", "alicloud:dcdn/domainConfig:DomainConfig"] as const).map((type) => ({
        type,
        name: `${defaultName(type)}-http2`,
        change: { functionName: "https_option", functionArgs: [{ argName: "http2", argValue: "on" }] },
    })),
    ...(["alicloud:cdn/domainConfig:DomainConfig", "alicloud:dcdn/domainConfig:DomainConfig"] as const).map((type) => ({
        type,
        name: `${defaultName(type)}-origin`,
        change: { functionName: "forward_scheme", functionArgs: [{ argName: "enable", argValue: "on" }, { argName: "scheme_origin", argValue: "https" }] },
    })),
];

export interface BaselineOptions {
    readonly id?: string;
    readonly parent?: string;
    /** Outputs (what stack policies read); default: the inputs. */
    readonly outputs?: Record<string, unknown>;
    /** Merged over the baseline's options (every baseline is protected, as prod requires of stateful resources). */
    readonly options?: Partial<PlanResourceOptions>;
    /** Property name → resources its value came from (a Pulumi reference). */
    readonly refs?: Record<string, readonly PlanResource[]>;
}

/** `base` with `change` laid over it; a key set to undefined in `change` is removed. */
export function mutate(base: Inputs, change: Inputs): Record<string, unknown> {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(change)) {
        if (v === undefined) delete out[k];
        else out[k] = v;
    }
    return out;
}

/** A plan resource of `type` named `name`; given no id, `<name>-id` (so the default name gives `idOf(type)`). */
export function planResource(type: string, name: string, inputs: Inputs, o: BaselineOptions = {}): PlanResource {
    const propertyDependencies: Record<string, string[]> = {};
    for (const [prop, targets] of Object.entries(o.refs ?? {})) propertyDependencies[prop] = targets.map((t) => t.urn);
    return {
        urn: `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`,
        type,
        name,
        custom: !type.startsWith("pulumi:pulumi:"),
        id: o.id ?? `${name}-id`,
        inputs,
        outputs: o.outputs ?? inputs,
        options: { ...NO_OPTIONS, ...o.options },
        propertyDependencies,
        ...(o.parent ? { parent: o.parent } : {}),
    };
}

/** The baseline of `type`, named `name`, with `change` applied to its inputs. */
export function baseline(type: string, name: string = defaultName(type), change: Inputs = {}, o: BaselineOptions = {}): PlanResource {
    const base = BASELINES[type];
    if (base === undefined) throw new Error(`no baseline for ${type}`);
    return planResource(type, name, mutate(base, change), { ...o, options: { protect: true, ...BASELINE_OPTIONS[type], ...o.options } });
}

/**
 * The root stack resource of the baseline world: its outputs carry the environment, as the engine's
 * state does, and say that the world owns its account (it holds the account-wide baseline).
 */
export function stackRoot(outputs: Inputs = { environment: ENVIRONMENT, accountOwner: true }): PlanResource {
    return planResource("pulumi:pulumi:Stack", `${PROJECT}-${STACK}`, {}, { outputs: { ...outputs } });
}

/** Every baseline once (the default provider included) and its companions, under the root stack, without the FORBIDDEN types. */
export function baselineWorld(): PlanResource[] {
    const resources = Object.keys(BASELINES)
        .filter((type) => type !== "pulumi:pulumi:Stack" && FORBIDDEN[type] === undefined)
        .map((type) => (type === "pulumi:providers:alicloud" ? baseline(type, "default_3_108_0") : baseline(type)));
    return [stackRoot(), ...resources, ...COMPANIONS.map((c) => baseline(c.type, c.name, c.change))];
}
