/**
 * The edge layer under Pulumi's mock runtime, with the settings of every committed stack (and one
 * stack managing its Alidns zone). It receives the keys, network and storage layers' outputs as
 * plain values, as any layer receives another's.
 *
 * Invariants over every stack: TLS 1.2+ on every HTTPS entry (the ALB listener and every CDN
 * host); no plain-HTTP entry but the CDN's redirect; no anonymous origin; prod's protections.
 * Exact values where they are the contract: the cache rules, the redirect, the health check.
 */
import { componentName, PROJECT } from "../../../infra/core/names";
import { zoneLetter } from "../../../infra/core/regions";
import type { Edge } from "../../../infra/edge";
import { ALB_TLS_POLICY, CACHE_RULES, CDN_SITES, CERTIFICATE_REGION, HEALTH_CHECK, HTTP_PORT, HTTPS_PORT } from "../../../infra/edge";
import { EDGE_PROFILES } from "../../../infra/edge/profile";
import { KEY_PURPOSES, KEY_SERVICES, KeyPurpose, KeyService } from "../../../infra/keys/outputs";
import { TIERS, Tier } from "../../../infra/network/outputs";
import { layerConfig, parseSettings, RawConfig } from "../../../infra/settings";
import { BUCKET_ROLES, BucketRole } from "../../../infra/storage/outputs";
import { Observed, observe, Scene, valueOf } from "../../support/components";
import { layerFaults, NO_LAYER_FAULTS } from "../../support/invariants";
import { stackRaw, STACKS, stacksDeploying, withKeys } from "../../support/settings";

const TYPE = {
    lb: "alicloud:alb/loadBalancer:LoadBalancer",
    listener: "alicloud:alb/listener:Listener",
    group: "alicloud:alb/serverGroup:ServerGroup",
    sg: "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment",
    store: "alicloud:log/store:Store",
    domain: "alicloud:cdn/domainNew:DomainNew",
    config: "alicloud:cdn/domainConfig:DomainConfig",
    waf: "alicloud:wafv3/instance:Instance",
    record: "alicloud:dns/alidnsRecord:AlidnsRecord",
    rule: "alicloud:alb/rule:Rule",
} as const;

const BUILDING = 60_000;

const KEYS = {
    keyIds: Object.fromEntries(KEY_PURPOSES.map((p) => [p, `key-${p}-0000`])) as Record<KeyPurpose, string>,
    serviceRoleArns: Object.fromEntries((Object.keys(KEY_SERVICES) as KeyService[]).map((s) => [s, `acs:ram::1234567890123456:role/test-${s}`])) as Record<KeyService, string>,
};

const STORAGE = {
    bucketNames: Object.fromEntries(BUCKET_ROLES.map((r) => [r, `bucket-${r}`])) as Record<BucketRole, string>,
    bucketEndpoints: Object.fromEntries(BUCKET_ROLES.map((r) => [r, { intranet: "oss-eu-central-1-internal.aliyuncs.com", extranet: "oss-eu-central-1.aliyuncs.com" }])) as Record<
        BucketRole,
        { intranet: string; extranet: string }
    >,
};

interface Scenario {
    readonly title: string;
    readonly stack: string;
    readonly raw: RawConfig;
}

const SCENARIOS: Scenario[] = [
    ...stacksDeploying("network", "edge").map((stack) => ({ title: `stack ${stack}`, stack, raw: stackRaw(stack) })),
    { title: "prod managing its Alidns zone", stack: "prod", raw: withKeys(stackRaw("prod"), { "dakar2026:dnsZone": "senum.sn" }) },
];

type Args = Readonly<Record<string, unknown>>;
const argsOf = (c: Observed): Record<string, string> =>
    Object.fromEntries((c.inputs.functionArgs as { argName: string; argValue: string }[]).map((a) => [a.argName, a.argValue]));

describe.each(SCENARIOS)("the edge layer of $title", ({ stack, raw }) => {
    const settings = parseSettings(raw, stack);
    const { core } = settings;
    const config = layerConfig(settings, "edge");
    const network = layerConfig(settings, "network");
    const ids = Object.fromEntries(TIERS.map((t) => [t, Object.fromEntries(core.zones.map((z) => [z, `vsw-${t}-${zoneLetter(z)}`]))])) as Record<Tier, Record<string, string>>;
    const net = {
        vpcId: "vpc-test",
        vswitchIds: ids,
        securityGroupIds: Object.fromEntries(TIERS.map((t) => [t, `sg-${t}`])) as Record<Tier, string>,
        flowLogProject: `${PROJECT}-${core.environment}-network-flowlogs-abc123`,
        ports: network.ports,
    };
    let scene: Scene<Edge>;
    const ofType = (type: string): Observed[] => scene.resources.filter((r) => r.type === type);
    const only = (type: string): Observed => {
        const found = ofType(type);
        if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
        return found[0];
    };

    beforeAll(async () => {
        scene = await observe(stack, core.region, async (opts) => {
            const { Edge } = await import("../../../infra/edge");
            return new Edge(componentName(core, "edge"), { core, config, keys: KEYS, network: net, storage: STORAGE }, opts);
        });
    }, BUILDING);

    it("tags, names, identifies and classifies every resource, and protects exactly the stateful ones as the profile says", () => {
        expect(layerFaults(scene.resources, core)).toEqual(NO_LAYER_FAULTS);
        expect(only(TYPE.lb).inputs.deletionProtectionEnabled).toBe(core.profile.protect);
        expect(only(TYPE.lb).protect).toBe(core.profile.protect);
        expect(only(TYPE.store).protect).toBe(core.profile.protect);
    });

    it("puts the ALB in the edge vSwitch of every zone, behind the edge security group, in the profile's edition, with the WAF instance where the profile buys one", () => {
        const lb = only(TYPE.lb);
        expect(lb.inputs.zoneMappings).toEqual(core.zones.map((z) => ({ zoneId: z, vswitchId: ids.edge[z] })));
        expect(lb.inputs.loadBalancerEdition).toBe(EDGE_PROFILES[core.profile.name].albEdition);
        expect(only(TYPE.sg).inputs).toEqual({ loadBalancerId: lb.id, securityGroupId: "sg-edge" });
        expect(ofType(TYPE.waf)).toHaveLength(EDGE_PROFILES[core.profile.name].waf ? 1 : 0);
        if (core.profile.name === "prod") {
            expect(lb.inputs.loadBalancerEdition).toBe("StandardWithWaf");
            expect(only(TYPE.waf).protect).toBe(true);
        }
    });

    it("serves on HTTPS only, with TLS 1.2+ and the stack's certificate, forwarding to the app servers' group", () => {
        const listeners = ofType(TYPE.listener);
        expect(listeners.map((l) => [l.inputs.listenerProtocol, l.inputs.listenerPort])).toEqual([
            ["HTTPS", HTTPS_PORT],
            ["HTTP", HTTP_PORT],
        ]);
        const l = listeners[0];
        expect(l.inputs.securityPolicyId).toBe(ALB_TLS_POLICY);
        expect(ALB_TLS_POLICY).toMatch(/^tls_cipher_policy_1_2/);
        expect(l.inputs.certificates).toEqual({ certificateId: `${config.certificateId}-${CERTIFICATE_REGION}` });
        expect(l.inputs.defaultActions).toEqual([{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: only(TYPE.group).id }] } }]);
        expect(network.ports.edgeListeners).toContain(HTTPS_PORT);
    });

    it("answers plain HTTP only with a 301 to HTTPS, for every path, on the port the network opens", () => {
        const http = ofType(TYPE.listener).find((l) => l.inputs.listenerProtocol === "HTTP");
        expect(network.ports.edgeListeners).toContain(HTTP_PORT);
        expect(only(TYPE.rule).inputs).toEqual({
            listenerId: http?.id,
            ruleName: `dakar2026-${core.environment}-edge-http-to-https`,
            priority: 1,
            direction: "Request",
            ruleConditions: [{ type: "Path", pathConfig: { values: ["/*"] } }],
            ruleActions: [{ order: 1, type: "Redirect", redirectConfig: { protocol: "HTTPS", port: String(HTTPS_PORT), httpCode: "301" } }],
        });
    });

    it("health-checks the app servers on the network's app port", () => {
        const health = only(TYPE.group).inputs.healthCheckConfig as Args;
        expect(health).toMatchObject({
            healthCheckEnabled: true,
            healthCheckProtocol: "HTTP",
            healthCheckConnectPort: network.ports.app,
            healthCheckPath: HEALTH_CHECK.path,
            healthCheckCodes: ["http_2xx"],
        });
        expect(scene.value.appPort).toBe(network.ports.app);
    });

    it("logs every request of the ALB into a logstore of the network's log project, on the logs key, for the profile's retention", () => {
        const store = only(TYPE.store);
        expect(store.inputs).toMatchObject({ projectName: net.flowLogProject, retentionPeriod: core.profile.logRetentionDays });
        expect((store.inputs.encryptConf as { userCmkInfo: Args }).userCmkInfo).toEqual({ cmkKeyId: KEYS.keyIds.logs, arn: KEYS.serviceRoleArns.log, regionId: core.region });
        expect(only(TYPE.lb).inputs.accessLogConfig).toEqual({ logProject: net.flowLogProject, logStore: store.inputs.logstoreName });
    });

    it("serves www and media from the CDN outside mainland China, each from its private bucket over HTTPS, signed by the CDN", () => {
        const domains = ofType(TYPE.domain);
        expect(domains.map((d) => d.inputs.domainName).sort()).toEqual([config.hosts.media, config.hosts.static].sort());
        for (const [role, bucket] of Object.entries(CDN_SITES)) {
            const d = domains.find((x) => x.inputs.domainName === config.hosts[role as keyof typeof CDN_SITES]) as Observed;
            expect(d.inputs.scope).toBe("overseas");
            expect(d.inputs.sources).toEqual([{ type: "oss", content: `bucket-${bucket}.oss-eu-central-1.aliyuncs.com`, port: 443, priority: 20, weight: 10 }]);
            expect(d.inputs.certificateConfig).toEqual({ certType: "cas", certId: config.certificateId, certRegion: CERTIFICATE_REGION, serverCertificateStatus: "on" });
        }
    });

    it("gives every CDN host TLS 1.2+ only, a 301 to HTTPS, HTTP/2, compression, private-origin signing and the cache rules", () => {
        for (const d of ofType(TYPE.domain)) {
            const configs = ofType(TYPE.config).filter((c) => c.inputs.domainName === d.inputs.domainName);
            const feature = (name: string): Record<string, string>[] => configs.filter((c) => c.inputs.functionName === name).map(argsOf);
            expect(feature("https_tls_version")).toEqual([{ tls10: "off", tls11: "off", tls12: "on", tls13: "on" }]);
            expect(feature("https_force")).toEqual([{ enable: "on", https_rewrite: "301" }]);
            expect(feature("https_option")).toEqual([{ http2: "on", ocsp_stapling: "on" }]);
            expect(feature("l2_oss_key")).toEqual([{ private_oss_auth: "on" }]);
            expect(feature("forward_scheme")).toEqual([{ enable: "on", scheme_origin: "https", scheme_origin_port: "443" }]);
            expect(feature("gzip")).toEqual([{ enable: "on" }]);
            expect(feature("brotli")).toEqual([{ enable: "on" }]);
            expect(feature("path_based_ttl_set")).toEqual([
                { path: "/assets/", ttl: "31536000", weight: "99", swift_origin_cache_high: "off", force_revalidate: "off" },
                { path: "/results/", ttl: "60", weight: "99", swift_origin_cache_high: "off", force_revalidate: "off" },
                { path: "/api/", ttl: "0", weight: "99", swift_origin_cache_high: "off", force_revalidate: "off" },
            ]);
        }
        expect(CACHE_RULES.map((r) => r.path)).toEqual(["/assets/", "/results/", "/api/"]);
    });

    it("gives the CDN CNAMEs and the ALB's DNS name in its outputs, and writes DNS records only when the stack manages its zone", async () => {
        const cnames = Object.fromEntries(await Promise.all(Object.entries(scene.value.cdnCnames).map(async ([k, v]) => [k, await valueOf(v)])));
        expect(cnames).toEqual({ [config.hosts.static]: `${config.hosts.static}.w.kunlunsl.com`, [config.hosts.media]: `${config.hosts.media}.w.kunlunsl.com` });
        const dnsName = await valueOf(scene.value.albDnsName);
        expect(dnsName).toMatch(/\.alb\.aliyuncs\.com$/);
        const records = ofType(TYPE.record);
        if (config.dnsZone === undefined) {
            expect(records).toEqual([]);
            return;
        }
        const zone = config.dnsZone;
        expect(records.map((r) => [r.inputs.domainName, r.inputs.rr, r.inputs.type, r.inputs.value]).sort()).toEqual(
            [
                [zone, config.hosts.static.slice(0, -zone.length - 1), "CNAME", cnames[config.hosts.static]],
                [zone, config.hosts.media.slice(0, -zone.length - 1), "CNAME", cnames[config.hosts.media]],
                [zone, config.hosts.api.slice(0, -zone.length - 1), "CNAME", dnsName],
            ].sort(),
        );
        expect(records.map((r) => `${String(r.inputs.rr)}.${zone}`).sort()).toEqual(Object.values(config.hosts).sort());
    });
});

describe("the edge's place in every stack", () => {
    const settingsOf = (s: string) => parseSettings(stackRaw(s), s);
    const withEdge = STACKS.filter((s) => settingsOf(s).layers.deployed.includes("edge"));
    it.each(withEdge)("%s names hosts under its own domain, distinct from every other environment's", (stack) => {
        const edge = layerConfig(settingsOf(stack), "edge");
        for (const host of Object.values(edge.hosts)) expect(host.endsWith(`.${edge.domain}`)).toBe(true);
        // Two forms of one environment (a single stack being split) serve the same domain.
        const others = withEdge.filter((s) => settingsOf(s).core.environment !== settingsOf(stack).core.environment).map((s) => layerConfig(settingsOf(s), "edge").domain);
        expect(others.length).toBeGreaterThan(0);
        expect(others).not.toContain(edge.domain);
    });
});
