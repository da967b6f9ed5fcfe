import { albAccessLogEnabled } from "../../policies/rules/alb/alb-access-log-enabled";
import { albAclPublicAccessCheck } from "../../policies/rules/alb/alb-acl-public-access-check";
import { albAddressTypeIntranet } from "../../policies/rules/alb/alb-address-type-intranet";
import { albAllListenerHasServer } from "../../policies/rules/alb/alb-all-listener-has-server";
import { albAllListenerHealthCheckEnabled } from "../../policies/rules/alb/alb-all-listener-health-check-enabled";
import { albDeleteProtectionEnabled } from "../../policies/rules/alb/alb-delete-protection-enabled";
import { albInstanceBindSecurityGroupOrEnabledAcl } from "../../policies/rules/alb/alb-instance-bind-security-group-or-enabled-acl";
import { albInstanceWafEnabled } from "../../policies/rules/alb/alb-instance-waf-enabled";
import { albListenerNoHttp } from "../../policies/rules/alb/alb-listener-no-http";
import { albListenerTlsPolicyCheck } from "../../policies/rules/alb/alb-listener-tls-policy-check";
import { albSecurityPolicyStrongCiphers } from "../../policies/rules/alb/alb-security-policy-strong-ciphers";
import { albServerGroupMultiServer } from "../../policies/rules/alb/alb-server-group-multi-server";
import { nlbAddressTypeIntranet } from "../../policies/rules/alb/nlb-address-type-intranet";
import type { PlanResource } from "../../tools/plan/types";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const LB = "alicloud:alb/loadBalancer:LoadBalancer";
const NLB = "alicloud:nlb/loadBalancer:LoadBalancer";
const LISTENER = "alicloud:alb/listener:Listener";
const GROUP = "alicloud:alb/serverGroup:ServerGroup";
const ACL = "alicloud:alb/acl:Acl";
const ACL_ENTRY = "alicloud:alb/aclEntryAttachment:AclEntryAttachment";
const SG_ATTACHMENT = "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment";
const ACL_ATTACHMENT = "alicloud:alb/listenerAclAttachment:ListenerAclAttachment";
const SECURITY_POLICY = "alicloud:alb/securityPolicy:SecurityPolicy";
const ESS_ATTACHMENT = "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment";

/** The baseline ALB (id alb-1), its HTTPS listener forwarding to group sgp-1, and that group. */
const lb = (inputs: Record<string, unknown> = {}) => baseline(LB, "alb", inputs, { id: "alb-1" });
const forward = (...groupIds: string[]) => [
    { type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: groupIds.map((serverGroupId) => ({ serverGroupId })) } },
];
const listener = (inputs: Record<string, unknown> = {}, refs: Record<string, readonly PlanResource[]> = {}, name = "https") =>
    baseline(LISTENER, name, { loadBalancerId: "alb-1", defaultActions: forward("sgp-1"), ...inputs }, { refs, id: `${name}-id` });
const group = (inputs: Record<string, unknown> = {}, name = "web", id = "sgp-1") => baseline(GROUP, name, inputs, { id });

describe("alb-address-type-intranet", () => {
    it("accepts an intranet ALB, and an internet ALB of the WAF edition", async () => {
        expect(await messages(albAddressTypeIntranet, [lb(), baseline(LB, "public", { addressType: "Internet" })])).toEqual([]);
    });
    it("flags an internet ALB without WAF", async () => {
        expect(await messages(albAddressTypeIntranet, [lb({ addressType: "Internet", loadBalancerEdition: "Standard" })])).toEqual([
            'ALB "alb" has addressType "Internet" and is reachable from the internet without WAF (loadBalancerEdition is Standard); '
                + 'set addressType: "Intranet" or loadBalancerEdition: "StandardWithWaf".',
        ]);
    });
    it("flags a dual-stack intranet ALB whose IPv6 address is public", async () => {
        const dual = lb({ loadBalancerEdition: "Standard", addressIpVersion: "DualStack", ipv6AddressType: "Internet" });
        expect(await messages(albAddressTypeIntranet, [dual])).toEqual([
            'ALB "alb" has a public IPv6 address (ipv6AddressType is "Internet") and no WAF (loadBalancerEdition is Standard); '
                + 'set ipv6AddressType: "Intranet" or loadBalancerEdition: "StandardWithWaf".',
        ]);
        expect(await messages(albAddressTypeIntranet, [lb({ addressIpVersion: "DualStack", ipv6AddressType: "Intranet", loadBalancerEdition: "Standard" })])).toEqual([]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(albAddressTypeIntranet, [lb({ addressType: "Internet", loadBalancerEdition: undefined })]);
        expect(f.message.fr).toBe(
            'L\'ALB « alb » a addressType "Internet" et est joignable depuis Internet sans WAF (loadBalancerEdition vaut non renseigné) ; '
                + 'définir addressType: "Intranet" ou loadBalancerEdition: "StandardWithWaf".',
        );
    });
});

describe("nlb-address-type-intranet", () => {
    const nlb = (addressType: string) => baseline(NLB, "nlb", { addressType });
    it("accepts an intranet NLB", async () => {
        expect(await messages(nlbAddressTypeIntranet, [nlb("Intranet")])).toEqual([]);
    });
    it("flags an internet NLB", async () => {
        expect(await messages(nlbAddressTypeIntranet, [nlb("Internet")])).toEqual([
            'NLB "nlb" has addressType "Internet" and is reachable from the internet; set addressType: "Intranet".',
        ]);
    });
});

describe("alb-delete-protection-enabled", () => {
    it("accepts deletionProtectionEnabled and deletionProtectionConfig.enabled", async () => {
        const r = [lb(), baseline(LB, "other", { deletionProtectionEnabled: undefined, deletionProtectionConfig: { enabled: true } })];
        expect(await messages(albDeleteProtectionEnabled, r)).toEqual([]);
    });
    it("flags deletionProtectionEnabled false", async () => {
        expect(await messages(albDeleteProtectionEnabled, [lb({ deletionProtectionEnabled: false })])).toEqual([
            'ALB "alb" has deletion protection off (deletionProtectionEnabled is false); set deletionProtectionEnabled: true.',
        ]);
    });
    it("flags unset protection (provider default false)", async () => {
        expect(
            await messages(
                albDeleteProtectionEnabled,
                [lb({ deletionProtectionEnabled: undefined, deletionProtectionConfig: { enabled: false } })],
            ),
        ).toEqual([
            'ALB "alb" has deletion protection off (deletionProtectionEnabled is false); set deletionProtectionEnabled: true.',
        ]);
    });
});

describe("alb-instance-waf-enabled", () => {
    it("accepts StandardWithWaf", async () => {
        expect(await messages(albInstanceWafEnabled, [lb()])).toEqual([]);
    });
    it("flags the Standard edition", async () => {
        expect(await messages(albInstanceWafEnabled, [lb({ loadBalancerEdition: "Standard" })])).toEqual([
            'ALB "alb" uses edition "Standard" without WAF; set loadBalancerEdition to one of StandardWithWaf.',
        ]);
    });
    it("takes the allowed editions from policy config", async () => {
        expect(
            await messages(
                albInstanceWafEnabled,
                [lb({ loadBalancerEdition: "Standard" })],
                { config: { allowedEditions: ["Standard", "StandardWithWaf"] } },
            ),
        ).toEqual([]);
    });
});

describe("alb-instance-bind-security-group-or-enabled-acl", () => {
    it("accepts an ALB with a security group attached (joined by reference)", async () => {
        const a = lb();
        const att = baseline(SG_ATTACHMENT, "sg", { loadBalancerId: "alb-1", securityGroupId: "sg-1" }, { refs: { loadBalancerId: [a] } });
        expect(await messages(albInstanceBindSecurityGroupOrEnabledAcl, [a, att, listener()])).toEqual([]);
    });
    it("accepts an ALB whose every listener has an ACL (attachment or inline aclConfig)", async () => {
        const l1 = listener({ aclConfig: undefined }, {}, "l1");
        const l2 = listener({}, {}, "l2");
        const att = baseline(ACL_ATTACHMENT, "acl", { listenerId: "l1-id", aclId: "acl-1", aclType: "White" }, { refs: { listenerId: [l1] } });
        expect(await messages(albInstanceBindSecurityGroupOrEnabledAcl, [lb(), l1, l2, att])).toEqual([]);
    });
    it("flags an ALB with neither security group nor listener", async () => {
        const otherAtt = baseline(SG_ATTACHMENT, "sg", { loadBalancerId: "alb-2", securityGroupId: "sg-1" });
        expect(await messages(albInstanceBindSecurityGroupOrEnabledAcl, [lb(), otherAtt])).toEqual([
            'ALB "alb" has no security group attached and no listener with an ACL.',
        ]);
    });
    it("flags an ALB with a listener without ACL", async () => {
        const l1 = listener({ aclConfig: undefined }, {}, "l1");
        const l2 = listener({ aclConfig: undefined }, {}, "l2");
        const att = baseline(ACL_ATTACHMENT, "acl", { listenerId: "l1-id", aclId: "acl-1", aclType: "White" });
        expect(await messages(albInstanceBindSecurityGroupOrEnabledAcl, [lb(), l1, l2, att])).toEqual([
            'ALB "alb" has no security group attached and listener(s) "l2" have no ACL.',
        ]);
    });
});

describe("alb-acl-public-access-check", () => {
    it("accepts private entries in all three forms", async () => {
        const r = [
            baseline(ACL, "acl", { aclEntries: [{ entry: "10.0.0.0/8" }] }),
            baseline(ACL_ENTRY, "one", { aclId: "acl-1", entry: "192.168.1.0/24" }),
            baseline(ACL_ENTRY, "many", { aclId: "acl-1", entries: [{ entry: "172.16.0.0/12" }] }),
        ];
        expect(await messages(albAclPublicAccessCheck, r)).toEqual([]);
    });
    it("flags 0.0.0.0/0 in the inline aclEntries", async () => {
        expect(await messages(albAclPublicAccessCheck, [baseline(ACL, "acl", { aclEntries: [{ entry: "0.0.0.0/0" }] })])).toEqual([
            'ALB ACL "acl" contains entry 0.0.0.0/0, which allows the whole internet; list only the CIDR blocks that need access.',
        ]);
    });
    it("flags 0.0.0.0 in the deprecated entry field", async () => {
        expect(await messages(albAclPublicAccessCheck, [baseline(ACL_ENTRY, "one", { aclId: "acl-1", entry: "0.0.0.0" })])).toEqual([
            'ALB ACL "one" contains entry 0.0.0.0, which allows the whole internet; list only the CIDR blocks that need access.',
        ]);
    });
    it("flags ::/0 in entries", async () => {
        expect(
            await messages(
                albAclPublicAccessCheck,
                [baseline(ACL_ENTRY, "many", { aclId: "acl-1", entries: [{ entry: "10.0.0.0/8" }, { entry: "::/0" }] })],
            ),
        ).toEqual([
            'ALB ACL "many" contains entry ::/0, which allows the whole internet; list only the CIDR blocks that need access.',
        ]);
    });
});

describe("alb-listener-no-http", () => {
    const RULE = "alicloud:alb/rule:Rule";
    const http = listener({ listenerProtocol: "HTTP", listenerPort: 80, certificates: undefined, securityPolicyId: undefined }, {}, "http");
    const toHttps = [{ order: 1, type: "Redirect", redirectConfig: { protocol: "HTTPS", port: "443", httpCode: "301" } }];
    const everything = [{ type: "Path", pathConfig: { values: ["/*"] } }];
    const rule = (name: string, inputs: Record<string, unknown> = {}) =>
        baseline(RULE, name, { listenerId: "http-id", ruleActions: toHttps, ruleConditions: everything, ...inputs });

    it("accepts HTTPS and QUIC listeners, and an HTTP listener whose only rule redirects every path to HTTPS", async () => {
        expect(await messages(albListenerNoHttp, [listener(), listener({ listenerProtocol: "QUIC" }, {}, "quic")])).toEqual([]);
        expect(await messages(albListenerNoHttp, [http, rule("to-https")])).toEqual([]);
        const byRef = baseline(RULE, "by-ref", { listenerId: "unknown", ruleActions: toHttps, ruleConditions: everything }, { refs: { listenerId: [http] } });
        expect(await messages(albListenerNoHttp, [http, byRef])).toEqual([]);
        expect(await messages(albListenerNoHttp, [http, rule("to-https"), rule("rewrite", { direction: "Response", ruleActions: [] })])).toEqual([]);
    });
    it("flags an HTTP listener without redirect rule, even when another listener has one", async () => {
        expect(await messages(albListenerNoHttp, [http, rule("elsewhere", { listenerId: "other-id" })])).toEqual([
            'ALB listener "http" uses plain HTTP on port 80 and no alb.Rule redirects it to HTTPS; '
                + 'set listenerProtocol: "HTTPS" or add a Redirect rule (protocol "HTTPS", Path "/*").',
        ]);
    });
    it("flags a rule of the HTTP listener that forwards, even next to a redirect", async () => {
        const forwarding = rule("api", { ruleActions: [{ order: 1, type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: "sgp-1" }] } }] });
        expect(await messages(albListenerNoHttp, [http, rule("to-https"), forwarding])).toEqual([
            'ALB listener "http" uses plain HTTP and its rule "api" does not redirect to HTTPS (actions: ForwardGroup); an HTTP listener may only redirect.',
        ]);
    });
    it("flags a redirect to plain HTTP", async () => {
        const plain = rule("to-http", { ruleActions: [{ order: 1, type: "Redirect", redirectConfig: { protocol: "HTTP", host: "www.example.sn" } }] });
        expect(await messages(albListenerNoHttp, [http, plain])).toEqual([
            'ALB listener "http" uses plain HTTP and its rule "to-http" does not redirect to HTTPS (actions: Redirect); an HTTP listener may only redirect.',
        ]);
    });
    it("flags redirect rules that match only some paths", async () => {
        const some = rule("some", { ruleConditions: [{ type: "Path", pathConfig: { values: ["/login"] } }] });
        expect(await messages(albListenerNoHttp, [http, some])).toEqual([
            'ALB listener "http" uses plain HTTP and its redirect rules do not match every request; give one rule the single condition '
                + 'Path "/*" so that the default action never serves plain HTTP.',
        ]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(albListenerNoHttp, [http]);
        expect(f.message.fr).toBe(
            "L'écouteur ALB « http » utilise HTTP en clair sur le port 80 et aucune alb.Rule ne le redirige vers HTTPS ; "
                + 'définir listenerProtocol: "HTTPS" ou ajouter une règle Redirect (protocole "HTTPS", Path "/*").',
        );
    });
});

describe("alb-access-log-enabled", () => {
    const ATTACHMENT = "alicloud:alb/loadBalancerAccessLogConfigAttachment:LoadBalancerAccessLogConfigAttachment";
    const attachment = (inputs: Record<string, unknown> = {}, o: Parameters<typeof baseline>[3] = {}) =>
        baseline(ATTACHMENT, "logs", { loadBalancerId: "alb-1", ...inputs }, o);

    it("accepts an attachment (by id or reference) and a complete inline accessLogConfig", async () => {
        expect(await messages(albAccessLogEnabled, [lb(), attachment()])).toEqual([]);
        const byRef = lb();
        expect(await messages(albAccessLogEnabled, [byRef, attachment({ loadBalancerId: "unknown" }, { refs: { loadBalancerId: [byRef] } })])).toEqual([]);
        expect(await messages(albAccessLogEnabled, [lb({ accessLogConfig: { logProject: "p", logStore: "s" } })])).toEqual([]);
    });
    it("flags an ALB with no access log, even when another ALB has one", async () => {
        expect(await messages(albAccessLogEnabled, [lb(), attachment({ loadBalancerId: "alb-2" })])).toEqual([
            'ALB "alb" ships no access log (no accessLogConfig and no LoadBalancerAccessLogConfigAttachment refers to it); '
                + "send its access logs to a Log Service logstore.",
        ]);
    });
    it("flags an incomplete inline accessLogConfig", async () => {
        expect(await messages(albAccessLogEnabled, [lb({ accessLogConfig: { logProject: "p" } })])).toEqual([
            'ALB "alb" has an incomplete accessLogConfig (logStore is unset), so no access log is shipped; set both logProject and logStore.',
        ]);
    });
});

describe("alb-listener-tls-policy-check", () => {
    const strong = baseline(
        SECURITY_POLICY,
        "strong",
        { securityPolicyName: "strong", tlsVersions: ["TLSv1.2"], ciphers: ["ECDHE-RSA-AES128-GCM-SHA256"] },
        { id: "spy-strong" },
    );
    const weak = baseline(
        SECURITY_POLICY,
        "weak",
        { securityPolicyName: "weak", tlsVersions: ["TLSv1.1", "TLSv1.2"], ciphers: ["AES128-SHA"] },
        { id: "spy-weak" },
    );

    it("accepts an approved built-in policy, a strong custom policy and non-HTTPS listeners", async () => {
        const r = [
            strong,
            listener({ securityPolicyId: "tls_cipher_policy_1_2_strict" }, {}, "a"),
            listener({ securityPolicyId: "spy-strong" }, { securityPolicyId: [strong] }, "b"),
            listener({ listenerProtocol: "QUIC" }, {}, "c"),
        ];
        expect(await messages(albListenerTlsPolicyCheck, r)).toEqual([]);
    });
    it("flags an HTTPS listener without securityPolicyId", async () => {
        expect(await messages(albListenerTlsPolicyCheck, [listener({ securityPolicyId: undefined })])).toEqual([
            'ALB HTTPS listener "https" has no securityPolicyId, so tls_cipher_policy_1_0 applies; set one of tls_cipher_policy_1_2, '
                + 'tls_cipher_policy_1_2_strict, tls_cipher_policy_1_2_strict_with_1_3.',
        ]);
    });
    it("flags a built-in TLS 1.0 policy, honouring the configured list", async () => {
        const r = [listener({ securityPolicyId: "tls_cipher_policy_1_0" })];
        expect(
            await messages(albListenerTlsPolicyCheck, r, { config: { allowedPolicies: ["tls_cipher_policy_1_2_strict_with_1_3"] } }),
        ).toEqual([
            'ALB HTTPS listener "https" uses securityPolicyId "tls_cipher_policy_1_0", which is not one of '
                + 'tls_cipher_policy_1_2_strict_with_1_3.',
        ]);
    });
    it("flags a custom policy enabling TLS 1.1 and the listener using it", async () => {
        expect(await messages(albListenerTlsPolicyCheck, [weak, listener({ securityPolicyId: "spy-weak" })])).toEqual([
            'ALB security policy "weak" enables TLSv1.1; keep only TLSv1.2 and TLSv1.3 in tlsVersions.',
            'ALB listener "https" uses security policy "weak", which enables TLSv1.1.',
        ]);
    });
});

describe("alb-all-listener-has-server", () => {
    it("accepts a listener forwarding to a filled group (joined by id)", async () => {
        expect(await messages(albAllListenerHasServer, [group(), listener()])).toEqual([]);
    });
    it("accepts an empty group filled by auto scaling, and a group outside the stack", async () => {
        const g = group({ servers: [] });
        const ess = baseline(
            ESS_ATTACHMENT,
            "ess",
            { albServerGroupId: "sgp-1", scalingGroupId: "asg-1", port: 80, weight: 50 },
            { refs: { albServerGroupId: [g] } },
        );
        const outside = listener({ defaultActions: forward("sgp-elsewhere") }, {}, "outside");
        expect(await messages(albAllListenerHasServer, [g, ess, listener(), outside])).toEqual([]);
    });
    it("accepts a group filled through an ess.ServerGroupAttachment of type ALB, but not of type NLB", async () => {
        const g = group({ servers: [] });
        const alb = baseline(
            "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
            "alb",
            { serverGroupId: "sgp-1", scalingGroupId: "asg-1", type: "ALB" },
        );
        const nlb = baseline(
            "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
            "nlb",
            { serverGroupId: "sgp-1", scalingGroupId: "asg-1", type: "NLB" },
        );
        expect(await messages(albAllListenerHasServer, [g, alb, listener()])).toEqual([]);
        expect(await messages(albAllListenerHasServer, [g, nlb, listener()])).toEqual([
            'ALB listener "https" forwards to server group(s) "web", which hold no server.',
        ]);
    });
    it("flags a listener without ForwardGroup action", async () => {
        expect(await messages(albAllListenerHasServer, [group(), listener({ defaultActions: [] })])).toEqual([
            'ALB listener "https" has no ForwardGroup default action naming a server group.',
        ]);
    });
    it("flags a listener forwarding to an empty group (joined by reference)", async () => {
        const g = group({ servers: undefined }, "empty", "sgp-9");
        const l = listener({ defaultActions: forward("sgp-9") }, { defaultActions: [g] });
        expect(await messages(albAllListenerHasServer, [g, l])).toEqual([
            'ALB listener "https" forwards to server group(s) "empty", which hold no server.',
        ]);
    });
});

describe("alb-all-listener-health-check-enabled", () => {
    it("accepts a listener whose group checks health", async () => {
        expect(await messages(albAllListenerHealthCheckEnabled, [group(), listener()])).toEqual([]);
    });
    it("ignores groups no listener forwards to", async () => {
        expect(
            await messages(
                albAllListenerHealthCheckEnabled,
                [group({ healthCheckConfig: { healthCheckEnabled: false } }, "spare", "sgp-2"), group(), listener()],
            ),
        ).toEqual([]);
    });
    it("flags a listener forwarding to a group with health check disabled", async () => {
        const g = group({ healthCheckConfig: { healthCheckEnabled: false } });
        expect(await messages(albAllListenerHealthCheckEnabled, [g, listener({}, { defaultActions: [g] })])).toEqual([
            'ALB listener "https" forwards to server group "web", whose health check is disabled; set '
                + 'healthCheckConfig.healthCheckEnabled: true.',
        ]);
    });
});

describe("alb-server-group-multi-server", () => {
    it("accepts two servers, an empty group and an Fc group with one function", async () => {
        const r = [
            group(),
            group({ servers: [] }, "empty", "sgp-2"),
            group({ serverGroupType: "Fc", servers: [{ serverId: "fn", serverType: "Fc" }] }, "fc", "sgp-3"),
        ];
        expect(await messages(albServerGroupMultiServer, r)).toEqual([]);
    });
    it("flags an Instance group with a single server", async () => {
        expect(
            await messages(albServerGroupMultiServer, [group({ servers: [{ serverId: "i-1", serverType: "Ecs", port: 80 }] })]),
        ).toEqual([
            'ALB server group "web" has only 1 server(s) (i-1); add servers to reach at least 2.',
        ]);
    });
    it("takes its minimum from policy config", async () => {
        expect(await messages(albServerGroupMultiServer, [group()], { config: { minServers: 3 } })).toEqual([
            'ALB server group "web" has only 2 server(s) (ecs-instance-id, ecs-instance-b-id); add servers to reach at least 3.',
        ]);
    });
});

describe("alb-security-policy-strong-ciphers", () => {
    const policy = (ciphers: string[]) => baseline(SECURITY_POLICY, "tls", { ciphers });
    it("accepts ECDHE with GCM or ChaCha20, and TLS 1.3 suites", async () => {
        const r = [policy(["ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-CHACHA20-POLY1305", "TLS_AES_256_GCM_SHA384"])];
        expect(await messages(albSecurityPolicyStrongCiphers, r)).toEqual([]);
    });
    it("flags CBC, static-RSA and 3DES suites, in French too", async () => {
        const [f] = await run(albSecurityPolicyStrongCiphers, [policy(["ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA", "AES256-GCM-SHA384", "DES-CBC3-SHA"])]);
        expect(f.message.en).toBe(
            'ALB security policy "tls" lists weak cipher suites (ECDHE-RSA-AES128-SHA, AES256-GCM-SHA384, DES-CBC3-SHA); keep only ECDHE with '
                + "GCM or ChaCha20, and TLS 1.3 suites.",
        );
        expect(f.message.fr).toBe(
            "La politique de sécurité ALB « tls » liste des suites faibles (ECDHE-RSA-AES128-SHA, AES256-GCM-SHA384, DES-CBC3-SHA) ; ne "
                + "garder qu'ECDHE avec GCM ou ChaCha20, et les suites TLS 1.3.",
        );
    });
});
