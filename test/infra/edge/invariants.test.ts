/** The entry-point invariants fail where they must: each way an entry can be weak is caught. */
import { anonymousOriginFaults, plainHttpFaults, Res, tlsFaults } from "../../support/invariants";

const res = (type: string, name: string, inputs: Record<string, unknown>, id?: string): Res => ({ urn: `urn:${name}`, type, name, custom: true, id, inputs, protect: false });
const listener = (protocol: string, securityPolicyId?: string) => res("alicloud:alb/listener:Listener", `l-${protocol}`, { listenerProtocol: protocol, listenerPort: 443, securityPolicyId });
const domain = res("alicloud:cdn/domainNew:DomainNew", "d", { domainName: "www.example.sn", sources: [{ type: "oss", content: "b.oss-eu-central-1.aliyuncs.com" }] });
const config = (functionName: string, args: Record<string, string>) =>
    res("alicloud:cdn/domainConfig:DomainConfig", `c-${functionName}`, {
        domainName: "www.example.sn",
        functionName,
        functionArgs: Object.entries(args).map(([argName, argValue]) => ({ argName, argValue })),
    });

describe("entry-point invariants", () => {
    it("pass a TLS 1.2+ listener, and a CDN domain with old TLS off, HTTPS forced and a signed origin", () => {
        const ok = [
            listener("HTTPS", "tls_cipher_policy_1_2_strict_with_1_3"),
            domain,
            config("https_tls_version", { tls10: "off", tls11: "off", tls12: "on", tls13: "on" }),
            config("https_force", { enable: "on" }),
            config("l2_oss_key", { private_oss_auth: "on" }),
        ];
        expect([...tlsFaults(ok), ...plainHttpFaults(ok), ...anonymousOriginFaults(ok)]).toEqual([]);
    });

    it("catch a listener on an old or unset TLS policy, or a custom policy enabling TLS 1.1", () => {
        expect(tlsFaults([listener("HTTPS", "tls_cipher_policy_1_0")])).toEqual(['l-HTTPS: security policy "tls_cipher_policy_1_0" accepts TLS older than 1.2']);
        expect(tlsFaults([listener("HTTPS")])).toHaveLength(1);
        const weak = res("alicloud:alb/securityPolicy:SecurityPolicy", "p", { tlsVersions: ["TLSv1.1", "TLSv1.2"] }, "scp-1");
        expect(tlsFaults([weak, listener("HTTPS", "scp-1")])).toHaveLength(1);
    });

    it("catch a CDN domain that leaves TLS 1.1 on, or says nothing of TLS", () => {
        expect(tlsFaults([domain, config("https_tls_version", { tls10: "off", tls11: "on" })])).toEqual(["d: TLS 1.0 or 1.1 left on"]);
        expect(tlsFaults([domain])).toEqual(["d: TLS 1.0 or 1.1 left on"]);
    });

    it("catch an HTTP listener and a CDN domain that does not force HTTPS", () => {
        expect(plainHttpFaults([listener("HTTP")])).toEqual(["l-HTTP: listens on HTTP 443 without only redirecting to HTTPS"]);
        const http = { ...listener("HTTP"), id: "lsn-http" };
        const rule = (actions: unknown[], values = ["/*"]) =>
            res("alicloud:alb/rule:Rule", "r", { listenerId: "lsn-http", ruleConditions: [{ type: "Path", pathConfig: { values } }], ruleActions: actions });
        const redirect = { order: 1, type: "Redirect", redirectConfig: { protocol: "HTTPS", port: "443", httpCode: "301" } };
        expect(plainHttpFaults([http, rule([redirect])])).toEqual([]);
        const forward = { order: 1, type: "ForwardGroup", forwardGroupConfig: {} };
        expect(plainHttpFaults([http, rule([forward])])).toEqual(["l-HTTP: listens on HTTP 443 without only redirecting to HTTPS"]);
        expect(plainHttpFaults([http, rule([redirect], ["/api/*"])])).toEqual(["l-HTTP: listens on HTTP 443 without only redirecting to HTTPS"]);
        expect(plainHttpFaults([domain, config("https_force", { enable: "off" })])).toEqual(["d: HTTP not redirected to HTTPS"]);
    });

    it("catch an OSS origin read without the CDN's signature, and a bucket readable by anyone", () => {
        expect(anonymousOriginFaults([domain])).toEqual(["d: reads its OSS origin without the CDN's signature"]);
        expect(anonymousOriginFaults([res("alicloud:oss/bucketAcl:BucketAcl", "acl", { acl: "public-read" })])).toEqual(["acl: ACL public-read"]);
    });
});
