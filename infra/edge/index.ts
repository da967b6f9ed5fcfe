/**
 * The edge layer: the public entry points of the platform. The static front end and the media are
 * served by the CDN from the storage layer's private buckets; the API is served by an Application
 * Load Balancer in the edge vSwitches of every zone, in front of the app servers' server group
 * (the compute layer attaches its scaling group to it). In prod the ALB is the WAF edition, backed
 * by the account's WAF 3.0 instance. When the stack manages its Alidns zone, the hosts' CNAME
 * records point at the CDN and the ALB. Why the API goes straight to the ALB, and why the ALB is
 * internet-facing: docs/decisions/0008; which WAF protects what: docs/decisions/0009.
 */
import * as alb from "@pulumi/alicloud/alb";
import * as cdn from "@pulumi/alicloud/cdn";
import * as dns from "@pulumi/alicloud/dns";
import * as log from "@pulumi/alicloud/log";
import * as wafv3 from "@pulumi/alicloud/wafv3";
import * as pulumi from "@pulumi/pulumi";
import { encryptedLogStoreArgs } from "../core/logstore";
import { cloudName, resourceTags } from "../core/names";
import type { CoreSettings } from "../core/settings";
import { statefulOptions } from "../core/stateful";
import type { KeysOutputs } from "../keys/outputs";
import type { NetworkOutputs } from "../network/outputs";
import type { BucketRole, StorageOutputs } from "../storage/outputs";
import type { EdgeConfig, HostRole } from "./config";
import type { EdgeOutputs } from "./outputs";

const COMPONENT = "edge";

/** The port the ALB serves on: HTTPS. */
export const HTTPS_PORT = 443;

/**
 * Plain HTTP: the ALB's listener on it only redirects to HTTPS (301), through a rule that matches
 * every path, because an ALB listener's default action can only forward (docs/decisions/0008). It
 * exists when the network opens this port to the internet (edgeListenerPorts), so that a client
 * typing http://api.… is sent to HTTPS instead of meeting a closed port.
 */
export const HTTP_PORT = 80;

/**
 * The ALB's built-in security policy: TLS 1.2 and 1.3 with strong (forward-secret, AEAD) suites
 * only. A built-in policy is kept current by Alibaba; a custom one would freeze today's suites.
 */
export const ALB_TLS_POLICY = "tls_cipher_policy_1_2_strict_with_1_3";

/**
 * Certificates of Alibaba Cloud's international site live in Certificate Management Service in
 * this region; the CDN names it, and the ALB takes a certificate as "<id>-<region>".
 */
export const CERTIFICATE_REGION = "ap-southeast-1";

/** What the app servers answer on for the ALB's health checks (the app's contract with the edge). */
export const HEALTH_CHECK = {
    path: "/healthz",
    codes: ["http_2xx"],
    intervalSeconds: 5,
    timeoutSeconds: 3,
    healthyThreshold: 3,
    unhealthyThreshold: 3,
} as const;

/** Which bucket each CDN host serves. */
export const CDN_SITES: Readonly<Record<Exclude<HostRole, "api">, BucketRole>> = { static: "static", media: "media" };

/**
 * Cache rules of both CDN hosts (paths are the front end's contract): build tools put
 * content-hashed files under /assets/, which never change (one year); the results service
 * publishes snapshots under /results/, which must be fresh within a minute; /api/ is never cached,
 * should a client ever send an API call to a CDN host. Everything else keeps the origin's headers.
 */
export const CACHE_RULES = [
    { path: "/assets/", ttlSeconds: 31_536_000 },
    { path: "/results/", ttlSeconds: 60 },
    { path: "/api/", ttlSeconds: 0 },
] as const;

/** One CDN feature and its arguments, as cdn.DomainConfig takes them (names from the BatchSetCdnDomainConfig feature list). */
export interface CdnFeature {
    readonly logical: string;
    readonly functionName: string;
    readonly args: Readonly<Record<string, string>>;
}

/**
 * The features every CDN host gets: back-to-origin to the private bucket, signed by the CDN
 * (docs/decisions/0006), over HTTPS (the buckets refuse plain HTTP); HTTP redirected to HTTPS;
 * TLS 1.2 and 1.3 only; HTTP/2 and OCSP stapling; compression; the cache rules.
 */
export function cdnFeatures(): CdnFeature[] {
    return [
        { logical: "private-origin", functionName: "l2_oss_key", args: { private_oss_auth: "on" } },
        { logical: "origin-https", functionName: "forward_scheme", args: { enable: "on", scheme_origin: "https", scheme_origin_port: String(HTTPS_PORT) } },
        { logical: "https-force", functionName: "https_force", args: { enable: "on", https_rewrite: "301" } },
        { logical: "tls", functionName: "https_tls_version", args: { tls10: "off", tls11: "off", tls12: "on", tls13: "on" } },
        { logical: "http2", functionName: "https_option", args: { http2: "on", ocsp_stapling: "on" } },
        { logical: "gzip", functionName: "gzip", args: { enable: "on" } },
        { logical: "brotli", functionName: "brotli", args: { enable: "on" } },
        ...CACHE_RULES.map((r) => ({
            logical: `ttl-${r.path.replace(/[^a-z0-9]/g, "")}`,
            functionName: "path_based_ttl_set",
            // Our TTLs win over the origin's headers; at TTL 0, force_revalidate "off" means "do not cache at all".
            args: { path: r.path, ttl: String(r.ttlSeconds), weight: "99", swift_origin_cache_high: "off", force_revalidate: "off" },
        })),
    ];
}

export interface EdgeArgs {
    readonly core: CoreSettings;
    readonly config: EdgeConfig;
    /** The logs key and the role Log Service assumes to use it (the access-log logstore). */
    readonly keys: Pick<KeysOutputs, "keyIds" | "serviceRoleArns">;
    /** The VPC, the edge vSwitches and security group, the log project and the app port. */
    readonly network: Pick<NetworkOutputs, "vpcId" | "vswitchIds" | "securityGroupIds" | "flowLogProject" | "ports">;
    /** The private buckets the CDN serves, and their public endpoints. */
    readonly storage: Pick<StorageOutputs, "bucketNames" | "bucketEndpoints">;
}

export class Edge extends pulumi.ComponentResource implements EdgeOutputs {
    public readonly albId: pulumi.Output<string>;
    public readonly albDnsName: pulumi.Output<string>;
    public readonly albServerGroupId: pulumi.Output<string>;
    public readonly appPort: number;
    public readonly cdnCnames: Readonly<Record<string, pulumi.Output<string>>>;
    public readonly cdnDomains: Readonly<Record<Exclude<HostRole, "api">, pulumi.Output<string>>>;
    public readonly hosts: Readonly<Record<HostRole, string>>;
    public readonly albAccessLogStore: pulumi.Output<string>;
    /** The WAF 3.0 instance, where the profile buys one. */
    public readonly wafInstanceId: pulumi.Output<string> | undefined;

    constructor(name: string, args: EdgeArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:edge:Edge", name, {}, opts);
        const { core: s, config: c, network, storage } = args;
        const parent = { parent: this };
        const keep = statefulOptions(this, s.profile);
        // The entry points hold no data themselves (their access logs, which do, are in the log project).
        const publicTags = resourceTags(s, COMPONENT, "public");

        // Access logs record client IP addresses: personal data, on the logs key, kept as long as
        // every other log of the profile (law 2008-12: no longer than needed).
        const accessLogs = new log.Store(
            `${name}-alb-access-logs`,
            encryptedLogStoreArgs(
                {
                    projectName: network.flowLogProject,
                    logstoreName: cloudName(s, COMPONENT, "alb-access"),
                    retentionDays: s.profile.logRetentionDays,
                    shardCount: c.profile.accessLogShardCount,
                },
                { keyId: args.keys.keyIds.logs, serviceRoleArn: args.keys.serviceRoleArns.log, region: s.region },
            ),
            keep,
        );

        // WAF 3.0 is bought once per account; the ALB's WAF edition registers itself with it.
        const waf = c.profile.waf ? new wafv3.Instance(`${name}-waf`, {}, keep) : undefined;

        const lb = new alb.LoadBalancer(
            `${name}-alb`,
            {
                loadBalancerName: cloudName(s, COMPONENT, "alb"),
                // Internet-facing: the API's clients reach it directly (docs/decisions/0008).
                addressType: "Internet",
                addressAllocatedMode: "Dynamic",
                loadBalancerEdition: c.profile.albEdition,
                loadBalancerBillingConfig: { payType: "PayAsYouGo" },
                vpcId: network.vpcId,
                zoneMappings: s.zones.map((zone) => ({ zoneId: zone, vswitchId: network.vswitchIds.edge[zone] })),
                deletionProtectionEnabled: s.profile.protect,
                accessLogConfig: { logProject: network.flowLogProject, logStore: accessLogs.logstoreName },
                tags: publicTags,
            },
            { ...keep, ...(waf ? { dependsOn: [waf] } : {}) },
        );
        // The edge security group admits only the edge listener ports from the internet.
        new alb.LoadBalancerSecurityGroupAttachment(
            `${name}-alb-sg`,
            { loadBalancerId: lb.id, securityGroupId: network.securityGroupIds.edge },
            parent,
        );

        const group = new alb.ServerGroup(
            `${name}-app`,
            {
                serverGroupName: cloudName(s, COMPONENT, "app"),
                serverGroupType: "Instance",
                protocol: "HTTP",
                vpcId: network.vpcId,
                scheduler: "Wrr",
                healthCheckConfig: {
                    healthCheckEnabled: true,
                    healthCheckProtocol: "HTTP",
                    healthCheckConnectPort: network.ports.app,
                    healthCheckPath: HEALTH_CHECK.path,
                    healthCheckMethod: "GET",
                    healthCheckCodes: [...HEALTH_CHECK.codes],
                    healthCheckInterval: HEALTH_CHECK.intervalSeconds,
                    healthCheckTimeout: HEALTH_CHECK.timeoutSeconds,
                    healthyThreshold: HEALTH_CHECK.healthyThreshold,
                    unhealthyThreshold: HEALTH_CHECK.unhealthyThreshold,
                },
                // The scaling group drains servers before it removes them.
                connectionDrainConfig: { connectionDrainEnabled: true, connectionDrainTimeout: 30 },
                tags: publicTags,
            },
            parent,
        );

        new alb.Listener(
            `${name}-https`,
            {
                loadBalancerId: lb.id,
                listenerProtocol: "HTTPS",
                listenerPort: HTTPS_PORT,
                listenerDescription: `HTTPS for ${c.hosts.api}`,
                certificates: { certificateId: `${c.certificateId}-${CERTIFICATE_REGION}` },
                securityPolicyId: ALB_TLS_POLICY,
                http2Enabled: true,
                gzipEnabled: true,
                defaultActions: [{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: group.id }] } }],
                xForwardedForConfig: { xForwardedForEnabled: true, xForwardedForProtoEnabled: true },
                tags: publicTags,
            },
            parent,
        );

        if (network.ports.edgeListeners.includes(HTTP_PORT)) {
            // Its default action must name a server group, but the rule below answers every request first.
            const http = new alb.Listener(
                `${name}-http`,
                {
                    loadBalancerId: lb.id,
                    listenerProtocol: "HTTP",
                    listenerPort: HTTP_PORT,
                    listenerDescription: `HTTP for ${c.hosts.api}: redirects to HTTPS`,
                    defaultActions: [{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: group.id }] } }],
                    tags: publicTags,
                },
                parent,
            );
            new alb.Rule(
                `${name}-http-to-https`,
                {
                    listenerId: http.id,
                    ruleName: cloudName(s, COMPONENT, "http-to-https"),
                    priority: 1,
                    direction: "Request",
                    ruleConditions: [{ type: "Path", pathConfig: { values: ["/*"] } }],
                    ruleActions: [{ order: 1, type: "Redirect", redirectConfig: { protocol: "HTTPS", port: String(HTTPS_PORT), httpCode: "301" } }],
                },
                parent,
            );
        }

        const cnames: Record<string, pulumi.Output<string>> = {};
        const domains: Partial<Record<Exclude<HostRole, "api">, pulumi.Output<string>>> = {};
        for (const [role, bucketRole] of Object.entries(CDN_SITES) as [Exclude<HostRole, "api">, BucketRole][]) {
            const host = c.hosts[role];
            const domain = new cdn.DomainNew(
                `${name}-cdn-${role}`,
                {
                    domainName: host,
                    cdnType: "web",
                    // Mainland-China points of presence would need an ICP filing the platform does not have.
                    scope: "overseas",
                    sources: [
                        {
                            type: "oss",
                            content: pulumi.interpolate`${storage.bucketNames[bucketRole]}.${storage.bucketEndpoints[bucketRole].extranet}`,
                            port: HTTPS_PORT,
                            priority: 20,
                            weight: 10,
                        },
                    ],
                    certificateConfig: {
                        certType: "cas",
                        certId: c.certificateId,
                        certRegion: CERTIFICATE_REGION,
                        serverCertificateStatus: "on",
                    },
                    tags: publicTags,
                },
                parent,
            );
            for (const f of cdnFeatures()) {
                new cdn.DomainConfig(
                    `${name}-cdn-${role}-${f.logical}`,
                    {
                        domainName: domain.domainName,
                        functionName: f.functionName,
                        functionArgs: Object.entries(f.args).map(([argName, argValue]) => ({ argName, argValue })),
                    },
                    parent,
                );
            }
            cnames[host] = domain.cname;
            domains[role] = domain.domainName;
        }

        if (c.dnsZone !== undefined) {
            const zone = c.dnsZone;
            const targets: Record<HostRole, pulumi.Output<string>> = {
                static: cnames[c.hosts.static],
                media: cnames[c.hosts.media],
                api: lb.dnsName,
            };
            for (const [role, target] of Object.entries(targets) as [HostRole, pulumi.Output<string>][]) {
                const host = c.hosts[role];
                new dns.AlidnsRecord(
                    `${name}-dns-${role}`,
                    {
                        domainName: zone,
                        rr: host === zone ? "@" : host.slice(0, -(zone.length + 1)),
                        type: "CNAME",
                        value: target,
                        ttl: 600,
                        status: "ENABLE",
                        remark: `${role} of Dakar 2026 ${s.environment}`,
                    },
                    parent,
                );
            }
        }

        this.albId = lb.id;
        this.albDnsName = lb.dnsName;
        this.albServerGroupId = group.id;
        this.appPort = network.ports.app;
        this.cdnCnames = cnames;
        this.cdnDomains = domains as Record<Exclude<HostRole, "api">, pulumi.Output<string>>;
        this.hosts = c.hosts;
        this.albAccessLogStore = accessLogs.logstoreName;
        this.wafInstanceId = waf?.id;
        this.registerOutputs({
            albId: this.albId,
            albDnsName: this.albDnsName,
            albServerGroupId: this.albServerGroupId,
            cdnCnames: this.cdnCnames,
            albAccessLogStore: this.albAccessLogStore,
        });
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { EdgeOutputs } from "./outputs";
