import { slbAclPublicAccessCheck } from "../../policies/rules/slb/slb-acl-public-access-check";
import { slbAllListenerEnabledAcl } from "../../policies/rules/slb/slb-all-listener-enabled-acl";
import { slbAllListenerHasServer } from "../../policies/rules/slb/slb-all-listener-has-server";
import { slbAllListenerHealthCheckEnabled } from "../../policies/rules/slb/slb-all-listener-health-check-enabled";
import { slbAllListenerTlsPolicyCheck } from "../../policies/rules/slb/slb-all-listener-tls-policy-check";
import { slbBackendserverWeightCheck } from "../../policies/rules/slb/slb-backendserver-weight-check";
import { slbDeleteProtectionEnabled } from "../../policies/rules/slb/slb-delete-protection-enabled";
import { slbInstanceSpecCheck } from "../../policies/rules/slb/slb-instance-spec-check";
import { slbListenerHttpsEnabled } from "../../policies/rules/slb/slb-listener-https-enabled";
import { slbListenerRiskPortsCheck } from "../../policies/rules/slb/slb-listener-risk-ports-check";
import { slbLoadbalancerBandwidthLimit } from "../../policies/rules/slb/slb-loadbalancer-bandwidth-limit";
import { slbLoadbalancerInVpc } from "../../policies/rules/slb/slb-loadbalancer-in-vpc";
import { slbModifyProtectionCheck } from "../../policies/rules/slb/slb-modify-protection-check";
import { slbNoPublicIp } from "../../policies/rules/slb/slb-no-public-ip";
import { slbServerGroupMultiServer } from "../../policies/rules/slb/slb-server-group-multi-server";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const LB = "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer";
const LISTENER = "alicloud:slb/listener:Listener";
const TLS = "alicloud:slb/tlsCipherPolicy:TlsCipherPolicy";
const BACKEND = "alicloud:slb/backendServer:BackendServer";
const ATTACHMENT = "alicloud:slb/attachment:Attachment";
const GROUP = "alicloud:slb/serverGroup:ServerGroup";
const GROUP_ATTACHMENT = "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment";
const MS_GROUP = "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup";

/** The baseline CLB (id lb-1) and its baseline HTTPS listener "web"; `inputs` mutate them. */
const lb = (inputs: Record<string, unknown> = {}) => baseline(LB, "lb", inputs, { id: "lb-1" });
const listener = (inputs: Record<string, unknown> = {}, o: Parameters<typeof baseline>[3] = {}) =>
    baseline(LISTENER, "web", { loadBalancerId: "lb-1", ...inputs }, o);

describe("slb-no-public-ip", () => {
    it("accepts an intranet CLB", async () => {
        expect(await messages(slbNoPublicIp, [lb()])).toEqual([]);
    });
    it("accepts an unset addressType when the CLB is launched in a vSwitch", async () => {
        expect(await messages(slbNoPublicIp, [lb({ addressType: undefined })])).toEqual([]);
    });
    it("flags an internet CLB", async () => {
        expect(await messages(slbNoPublicIp, [lb({ addressType: "internet" })])).toEqual([
            'CLB "lb" has addressType "internet" and gets a public IP; set addressType: "intranet".',
        ]);
    });
    it("flags a CLB with neither addressType nor vswitchId", async () => {
        expect(await messages(slbNoPublicIp, [lb({ addressType: undefined, vswitchId: undefined })])).toEqual([
            'CLB "lb" has neither addressType nor vswitchId, so it defaults to "internet"; set addressType: "intranet".',
        ]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(slbNoPublicIp, [lb({ addressType: "internet" })]);
        expect(f.message.fr).toBe('Le CLB « lb » a addressType "internet" et reçoit une IP publique ; définir addressType: "intranet".');
    });
});

describe("slb-delete-protection-enabled", () => {
    it("accepts deleteProtection on", async () => {
        expect(await messages(slbDeleteProtectionEnabled, [lb()])).toEqual([]);
    });
    it("flags deleteProtection off", async () => {
        expect(await messages(slbDeleteProtectionEnabled, [lb({ deleteProtection: "off" })])).toEqual([
            'CLB "lb" has deleteProtection "off" (default "off"); set deleteProtection: "on".',
        ]);
    });
    it("flags an unset deleteProtection", async () => {
        expect(await messages(slbDeleteProtectionEnabled, [lb({ deleteProtection: undefined })])).toEqual([
            'CLB "lb" has deleteProtection unset (default "off"); set deleteProtection: "on".',
        ]);
    });
});

describe("slb-modify-protection-check", () => {
    it("accepts ConsoleProtection", async () => {
        expect(await messages(slbModifyProtectionCheck, [lb()])).toEqual([]);
    });
    it("flags NonProtection", async () => {
        expect(await messages(slbModifyProtectionCheck, [lb({ modificationProtectionStatus: "NonProtection" })])).toEqual([
            'CLB "lb" has modificationProtectionStatus "NonProtection" (default "NonProtection"); set modificationProtectionStatus: '
                + '"ConsoleProtection".',
        ]);
    });
    it("flags an unset status", async () => {
        expect(await messages(slbModifyProtectionCheck, [lb({ modificationProtectionStatus: undefined })])).toEqual([
            'CLB "lb" has modificationProtectionStatus unset (default "NonProtection"); set modificationProtectionStatus: '
                + '"ConsoleProtection".',
        ]);
    });
});

describe("slb-loadbalancer-in-vpc", () => {
    it("accepts a CLB with a vSwitch", async () => {
        expect(await messages(slbLoadbalancerInVpc, [lb()])).toEqual([]);
    });
    it("flags a CLB without vswitchId", async () => {
        expect(await messages(slbLoadbalancerInVpc, [lb({ vswitchId: undefined })])).toEqual([
            'CLB "lb" has no vswitchId, so it is not in a VPC; set vswitchId to a vSwitch of the platform VPC.',
        ]);
    });
});

describe("slb-loadbalancer-bandwidth-limit", () => {
    it("accepts 500 Mbit/s and an unset bandwidth", async () => {
        expect(await messages(slbLoadbalancerBandwidthLimit, [lb({ bandwidth: 500 }), baseline(LB, "other")])).toEqual([]);
    });
    it("flags 1000 Mbit/s", async () => {
        expect(await messages(slbLoadbalancerBandwidthLimit, [lb({ bandwidth: 1000 })])).toEqual([
            'CLB "lb" has bandwidth 1000 Mbit/s, above the cap of 500; lower bandwidth.',
        ]);
    });
    it("takes its cap from policy config", async () => {
        expect(await messages(slbLoadbalancerBandwidthLimit, [lb({ bandwidth: 200 })], { config: { maxBandwidth: 100 } })).toEqual([
            'CLB "lb" has bandwidth 200 Mbit/s, above the cap of 100; lower bandwidth.',
        ]);
    });
});

describe("slb-instance-spec-check", () => {
    it("accepts an s3 specification, an unset one and pay-by-CLCU", async () => {
        const r = [
            lb({ loadBalancerSpec: "slb.s3.large" }),
            baseline(LB, "shared", { loadBalancerSpec: undefined }),
            baseline(LB, "clcu", { instanceChargeType: "PayByCLCU", loadBalancerSpec: "slb.s1.small" }),
        ];
        expect(await messages(slbInstanceSpecCheck, r)).toEqual([]);
    });
    it("flags slb.s1.small", async () => {
        expect(await messages(slbInstanceSpecCheck, [lb({ loadBalancerSpec: "slb.s1.small" })])).toEqual([
            'CLB "lb" uses specification "slb.s1.small", which is not one of slb.s3.small, slb.s3.medium, slb.s3.large, slb.s3.xlarge, '
                + 'slb.s3.xxlarge.',
        ]);
    });
    it("reads the deprecated specification field too", async () => {
        expect(
            await messages(
                slbInstanceSpecCheck,
                [lb({ loadBalancerSpec: undefined, specification: "slb.s2.small" })],
                { config: { allowedSpecs: ["slb.s3.large"] } },
            ),
        ).toEqual([
            'CLB "lb" uses specification "slb.s2.small", which is not one of slb.s3.large.',
        ]);
    });
});

describe("slb-listener-https-enabled", () => {
    it("accepts an HTTPS listener and an HTTP listener that redirects", async () => {
        const r = [listener(), listener({ protocol: "http", frontendPort: 80, listenerForward: "on", forwardPort: 443 })];
        expect(await messages(slbListenerHttpsEnabled, r)).toEqual([]);
    });
    it("flags an HTTP listener without redirection", async () => {
        expect(await messages(slbListenerHttpsEnabled, [listener({ protocol: "http", frontendPort: 80 })])).toEqual([
            'CLB listener "web" serves plain HTTP on port 80 with listenerForward unset; set listenerForward: "on" to redirect to HTTPS, '
                + 'or use protocol "https".',
        ]);
    });
    it("flags an HTTP listener with listenerForward off", async () => {
        expect(
            await messages(slbListenerHttpsEnabled, [listener({ protocol: "http", frontendPort: 8080, listenerForward: "off" })]),
        ).toEqual([
            'CLB listener "web" serves plain HTTP on port 8080 with listenerForward "off"; set listenerForward: "on" to redirect to HTTPS, '
                + 'or use protocol "https".',
        ]);
    });
});

describe("slb-all-listener-tls-policy-check", () => {
    const strong = baseline(
        TLS,
        "strong",
        { tlsCipherPolicyName: "strong", tlsVersions: ["TLSv1.2", "TLSv1.3"], ciphers: ["ECDHE-RSA-AES128-GCM-SHA256"] },
        { id: "tls-strong" },
    );
    const weak = baseline(
        TLS,
        "weak",
        { tlsCipherPolicyName: "weak", tlsVersions: ["TLSv1.0", "TLSv1.2"], ciphers: ["AES128-SHA"] },
        { id: "tls-weak" },
    );

    it("accepts a built-in TLS 1.2 policy, a strong custom policy and non-HTTPS listeners", async () => {
        const r = [
            listener({ tlsCipherPolicy: "tls_cipher_policy_1_2_strict" }),
            baseline(
                LISTENER,
                "custom",
                { frontendPort: 8443, tlsCipherPolicy: "tls-strong" },
                { refs: { tlsCipherPolicy: [strong] } },
            ),
            baseline(LISTENER, "tcp", { protocol: "tcp", frontendPort: 5000, tlsCipherPolicy: undefined }),
            strong,
        ];
        expect(await messages(slbAllListenerTlsPolicyCheck, r)).toEqual([]);
    });
    it("flags an HTTPS listener without tlsCipherPolicy", async () => {
        expect(await messages(slbAllListenerTlsPolicyCheck, [listener({ tlsCipherPolicy: undefined })])).toEqual([
            'CLB HTTPS listener "web" has no tlsCipherPolicy, so tls_cipher_policy_1_0 applies; set one of tls_cipher_policy_1_2, '
                + 'tls_cipher_policy_1_2_strict, tls_cipher_policy_1_2_strict_with_1_3.',
        ]);
    });
    it("flags a built-in TLS 1.1 policy", async () => {
        expect(await messages(slbAllListenerTlsPolicyCheck, [listener({ tlsCipherPolicy: "tls_cipher_policy_1_1" })])).toEqual([
            'CLB HTTPS listener "web" uses tlsCipherPolicy "tls_cipher_policy_1_1", which is not one of tls_cipher_policy_1_2, '
                + 'tls_cipher_policy_1_2_strict, tls_cipher_policy_1_2_strict_with_1_3.',
        ]);
    });
    it("flags a custom policy enabling TLS 1.0 and the listener using it (joined by id)", async () => {
        expect(await messages(slbAllListenerTlsPolicyCheck, [weak, listener({ tlsCipherPolicy: "tls-weak" })])).toEqual([
            'TLS cipher policy "weak" enables TLSv1.0; keep only TLSv1.2 and TLSv1.3 in tlsVersions.',
            'CLB listener "web" uses TLS cipher policy "weak", which enables TLSv1.0.',
        ]);
    });
    it("takes the allowed built-in policies from policy config", async () => {
        const r = [listener({ tlsCipherPolicy: "tls_cipher_policy_1_2" })];
        expect(await messages(slbAllListenerTlsPolicyCheck, r, { config: { allowedPolicies: ["tls_cipher_policy_1_2_strict"] } })).toEqual([
            'CLB HTTPS listener "web" uses tlsCipherPolicy "tls_cipher_policy_1_2", which is not one of tls_cipher_policy_1_2_strict.',
        ]);
    });
});

describe("slb-all-listener-enabled-acl", () => {
    it("accepts aclStatus on", async () => {
        expect(await messages(slbAllListenerEnabledAcl, [listener()])).toEqual([]);
    });
    it("flags aclStatus off", async () => {
        expect(await messages(slbAllListenerEnabledAcl, [listener({ aclStatus: "off" })])).toEqual([
            'CLB listener "web" (port 443) has aclStatus "off" (default "off"); set aclStatus: "on".',
        ]);
    });
    it("flags an unset aclStatus", async () => {
        expect(await messages(slbAllListenerEnabledAcl, [listener({ aclStatus: undefined })])).toEqual([
            'CLB listener "web" (port 443) has aclStatus unset (default "off"); set aclStatus: "on".',
        ]);
    });
});

describe("slb-all-listener-health-check-enabled", () => {
    it("accepts the default, an explicit on, and TCP listeners", async () => {
        const r = [
            listener({ healthCheck: undefined }),
            listener(),
            baseline(LISTENER, "tcp", { protocol: "tcp", frontendPort: 5000, healthCheck: "off" }),
        ];
        expect(await messages(slbAllListenerHealthCheckEnabled, r)).toEqual([]);
    });
    it("flags healthCheck off on an HTTPS listener", async () => {
        expect(await messages(slbAllListenerHealthCheckEnabled, [listener({ healthCheck: "off" })])).toEqual([
            'CLB listener "web" (https 443) has healthCheck "off"; set healthCheck: "on".',
        ]);
    });
});

describe("slb-listener-risk-ports-check", () => {
    it("accepts port 443", async () => {
        expect(await messages(slbListenerRiskPortsCheck, [listener()])).toEqual([]);
    });
    it("flags port 3389", async () => {
        expect(await messages(slbListenerRiskPortsCheck, [listener({ protocol: "tcp", frontendPort: 3389 })])).toEqual([
            'CLB listener "web" listens on risky port 3389; use a service port such as 443.',
        ]);
    });
    it("takes its port list from policy config", async () => {
        expect(await messages(slbListenerRiskPortsCheck, [listener({ frontendPort: 8080 })], { config: { ports: [8080] } })).toEqual([
            'CLB listener "web" listens on risky port 8080; use a service port such as 443.',
        ]);
    });
});

describe("slb-acl-public-access-check", () => {
    const ACL = "alicloud:slb/acl:Acl";
    const ENTRY = "alicloud:slb/aclEntryAttachment:AclEntryAttachment";
    it("accepts private entries", async () => {
        const r = [
            baseline(ACL, "acl", { entryLists: [{ entry: "10.0.0.0/8" }] }),
            baseline(ENTRY, "e", { aclId: "acl-1", entry: "192.168.0.0/16" }),
        ];
        expect(await messages(slbAclPublicAccessCheck, r)).toEqual([]);
    });
    it("flags 0.0.0.0/0 in the inline entryLists", async () => {
        expect(
            await messages(slbAclPublicAccessCheck, [baseline(ACL, "acl", { entryLists: [{ entry: "10.0.0.0/8" }, { entry: "0.0.0.0/0" }] })]),
        ).toEqual([
            'CLB ACL "acl" contains entry 0.0.0.0/0, which allows the whole internet; list only the CIDR blocks that need access.',
        ]);
    });
    it("flags 0.0.0.0 in an AclEntryAttachment", async () => {
        expect(await messages(slbAclPublicAccessCheck, [baseline(ENTRY, "e", { aclId: "acl-1", entry: "0.0.0.0" })])).toEqual([
            'CLB ACL "e" contains entry 0.0.0.0, which allows the whole internet; list only the CIDR blocks that need access.',
        ]);
    });
});

describe("slb-server-group-multi-server", () => {
    const lbRes = lb();
    const backend = (servers: string[], name = "bs") =>
        baseline(BACKEND, name, { loadBalancerId: "lb-1", backendServers: servers.map((serverId) => ({ serverId, weight: 100 })) });

    it("accepts two servers, an empty group, and a default group filled by two resources of the same load balancer", async () => {
        const group = baseline(GROUP, "vg", { loadBalancerId: "lb-1", servers: [{ port: 80, serverIds: ["i-1", "i-2"] }] });
        const att = baseline(ATTACHMENT, "att", { loadBalancerId: "lb-1", instanceIds: ["i-2"] }, { refs: { loadBalancerId: [lbRes] } });
        const bs = baseline(
            BACKEND,
            "bs",
            { loadBalancerId: "lb-1", backendServers: [{ serverId: "i-1", weight: 100 }] },
            { refs: { loadBalancerId: [lbRes] } },
        );
        const empty = baseline(GROUP, "empty", { loadBalancerId: "lb-1" });
        expect(await messages(slbServerGroupMultiServer, [lbRes, group, att, bs, empty])).toEqual([]);
    });
    it("flags a default group with one server", async () => {
        expect(await messages(slbServerGroupMultiServer, [backend(["i-1"])])).toEqual([
            'The CLB default server group filled by "bs" has only 1 backend server(s) (i-1); add servers to reach at least 2.',
        ]);
    });
    it("flags a vServer group with one server added by attachment (joined by reference)", async () => {
        const group = baseline(GROUP, "vg", { loadBalancerId: "lb-1" }, { id: "rsp-1" });
        const att = baseline(
            GROUP_ATTACHMENT,
            "a1",
            { serverGroupId: "rsp-1", serverId: "i-9", port: 80 },
            { refs: { serverGroupId: [group] } },
        );
        expect(await messages(slbServerGroupMultiServer, [group, att])).toEqual([
            'CLB vServer group "vg" has only 1 backend server(s) (i-9); add servers to reach at least 2.',
        ]);
    });
    it("flags a master-slave group with one server", async () => {
        expect(
            await messages(
                slbServerGroupMultiServer,
                [baseline(MS_GROUP, "ms", { loadBalancerId: "lb-1", servers: [{ serverId: "i-1", port: 80 }] })],
            ),
        ).toEqual([
            'CLB master-slave server group "ms" has only 1 backend server(s) (i-1); add servers to reach at least 2.',
        ]);
    });
    it("takes its minimum from policy config", async () => {
        expect(await messages(slbServerGroupMultiServer, [backend(["i-1", "i-2"])], { config: { minServers: 3 } })).toEqual([
            'The CLB default server group filled by "bs" has only 2 backend server(s) (i-1, i-2); add servers to reach at least 3.',
        ]);
    });
});

describe("slb-backendserver-weight-check", () => {
    it("accepts a server with weight above 0", async () => {
        const r = [baseline(
            BACKEND,
            "bs",
            { loadBalancerId: "lb-1", backendServers: [{ serverId: "i-1", weight: 0 }, { serverId: "i-2", weight: 50 }] },
        )];
        expect(await messages(slbBackendserverWeightCheck, r)).toEqual([]);
    });
    it("flags all weights at 0", async () => {
        const r = [baseline(
            BACKEND,
            "bs",
            { loadBalancerId: "lb-1", backendServers: [{ serverId: "i-1", weight: 0 }, { serverId: "i-2", weight: 0 }] },
        )];
        expect(await messages(slbBackendserverWeightCheck, r)).toEqual([
            'CLB backend servers "bs" all have weight 0, so no request reaches them; give at least one server a weight above 0.',
        ]);
    });
});

describe("slb-all-listener-has-server", () => {
    const lbRes = lb();

    it("accepts a listener whose load balancer's default group has servers (joined by reference)", async () => {
        const l = listener({ serverGroupId: undefined }, { refs: { loadBalancerId: [lbRes] } });
        const bs = baseline(
            BACKEND,
            "bs",
            { loadBalancerId: "lb-1", backendServers: [{ serverId: "i-1", weight: 100 }] },
            { refs: { loadBalancerId: [lbRes] } },
        );
        expect(await messages(slbAllListenerHasServer, [lbRes, l, bs])).toEqual([]);
    });
    it("accepts a listener on a filled vServer group, a redirecting HTTP listener and a group outside the stack", async () => {
        const group = baseline(GROUP, "vg", { loadBalancerId: "lb-1", servers: [{ port: 80, serverIds: ["i-1"] }] }, { id: "rsp-1" });
        const r = [
            group,
            listener({ serverGroupId: "rsp-1" }),
            baseline(LISTENER, "redirect", { serverGroupId: undefined, protocol: "http", frontendPort: 80, listenerForward: "on" }),
            baseline(LISTENER, "external", { loadBalancerId: "lb-1", frontendPort: 8443, serverGroupId: "rsp-elsewhere" }),
        ];
        expect(await messages(slbAllListenerHasServer, r)).toEqual([]);
    });
    it("flags a listener whose load balancer has no backend server", async () => {
        const other = baseline(BACKEND, "bs", { loadBalancerId: "lb-2", backendServers: [{ serverId: "i-1", weight: 100 }] });
        expect(await messages(slbAllListenerHasServer, [lbRes, listener({ serverGroupId: undefined }), other])).toEqual([
            'CLB listener "web" has no serverGroupId and no BackendServer or Attachment adds servers to its load balancer\'s default '
                + 'group.',
        ]);
    });
    it("flags a listener forwarding to an empty vServer group", async () => {
        const group = baseline(GROUP, "vg", { loadBalancerId: "lb-1" }, { id: "rsp-1" });
        expect(await messages(slbAllListenerHasServer, [group, listener({ serverGroupId: "rsp-1" })])).toEqual([
            'CLB listener "web" forwards to vServer group "vg", which has no backend server.',
        ]);
    });
    it("flags a listener forwarding to an empty master-slave group", async () => {
        const group = baseline(MS_GROUP, "ms", { loadBalancerId: "lb-1", servers: [] }, { id: "ms-1" });
        const l = listener(
            { serverGroupId: undefined, masterSlaveServerGroupId: "ms-1" },
            { refs: { masterSlaveServerGroupId: [group] } },
        );
        expect(await messages(slbAllListenerHasServer, [group, l])).toEqual([
            'CLB listener "web" forwards to master-slave server group "ms", which has no server.',
        ]);
    });
});
