import { waf3DomainHttpsTls12 } from "../../policies/rules/waf/waf3-domain-https-tls12";
import { wafInstanceLoggingEnabled } from "../../policies/rules/waf/waf-instance-logging-enabled";
import { baseline } from "../support/baselines";
import { messages, res, run } from "../support/policy";

const WAF = "alicloud:waf/instance:Instance";

describe("waf-instance-logging-enabled", () => {
    it("accepts the baseline instance (wafLog true)", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [baseline(WAF, "waf")])).toEqual([]);
    });
    it("flags wafLog false", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [baseline(WAF, "waf", { wafLog: "false" })])).toEqual([
            'WAF instance "waf" has wafLog "false"; set wafLog: "true".',
        ]);
    });
    it("flags a missing wafLog", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [baseline(WAF, "waf", { wafLog: undefined })])).toEqual([
            'WAF instance "waf" has wafLog unset; set wafLog: "true".',
        ]);
    });
    it("ignores WAF 3.0 instances, which have no inputs", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [res("alicloud:wafv3/instance:Instance", "waf3", {})])).toEqual([]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(wafInstanceLoggingEnabled, [baseline(WAF, "waf", { wafLog: "false" })]);
        expect(f.message.fr).toBe('L\'instance WAF « waf » a wafLog "false" ; définir wafLog: "true".');
    });
});

describe("waf3-domain-https-tls12", () => {
    const domain = (listen: Record<string, unknown>) =>
        baseline("alicloud:wafv3/domain:Domain", "www", { listen: { httpsPorts: [443], certId: "cert-1", tlsVersion: "tlsv1.2", ...listen } });

    it("accepts HTTPS with TLS 1.2 as the minimum", async () => {
        expect(await messages(waf3DomainHttpsTls12, [domain({}), domain({ httpPorts: [80], enableTlsv3: true })])).toEqual([]);
    });
    it("flags a domain with no HTTPS port", async () => {
        expect(await messages(waf3DomainHttpsTls12, [domain({ httpsPorts: [], httpPorts: [80] })])).toEqual([
            'WAF 3.0 domain "www" listens on no HTTPS port (listen.httpsPorts is empty); add 443 with a certificate.',
        ]);
    });
    it("flags an unset minimum TLS version (service default TLS 1.0)", async () => {
        expect(await messages(waf3DomainHttpsTls12, [domain({ tlsVersion: undefined })])).toEqual([
            'WAF 3.0 domain "www" accepts TLS below 1.2 (listen.tlsVersion is unset, service default tlsv1); set listen.tlsVersion: "tlsv1.2".',
        ]);
    });
    it("flags TLS 1.1, in French too", async () => {
        const [f] = await run(waf3DomainHttpsTls12, [domain({ tlsVersion: "tlsv1.1" })]);
        expect(f.message.en).toBe('WAF 3.0 domain "www" accepts TLS below 1.2 (listen.tlsVersion is tlsv1.1); set listen.tlsVersion: "tlsv1.2".');
        expect(f.message.fr).toBe(
            "Le domaine WAF 3.0 « www » accepte TLS en dessous de 1.2 (listen.tlsVersion vaut tlsv1.1) ; fixer listen.tlsVersion à « tlsv1.2 ».",
        );
    });
});
