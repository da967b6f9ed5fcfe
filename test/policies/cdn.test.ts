import { cdnDomainCertificateFromCas } from "../../policies/rules/cdn/cdn-domain-certificate-from-cas";
import { cdnDomainHttp2Enabled } from "../../policies/rules/cdn/cdn-domain-http2-enabled";
import { cdnDomainHttpsEnabled } from "../../policies/rules/cdn/cdn-domain-https-enabled";
import { cdnDomainHttpsForce } from "../../policies/rules/cdn/cdn-domain-https-force";
import { cdnDomainHttpsOrigin } from "../../policies/rules/cdn/cdn-domain-https-origin";
import { cdnDomainMultipleOriginServers } from "../../policies/rules/cdn/cdn-domain-multiple-origin-servers";
import { cdnDomainPrivateOssOrigin } from "../../policies/rules/cdn/cdn-domain-private-oss-origin";
import { cdnDomainScopeAllowed } from "../../policies/rules/cdn/cdn-domain-scope-allowed";
import { cdnDomainTlsVersion } from "../../policies/rules/cdn/cdn-domain-tls-version";
import { dcdnDomainMultipleOriginServers } from "../../policies/rules/cdn/dcdn-domain-multiple-origin-servers";
import type { PlanResource } from "../../tools/plan/types";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const CDN = "alicloud:cdn/domainNew:DomainNew";
const CDN_CONFIG = "alicloud:cdn/domainConfig:DomainConfig";
const DCDN = "alicloud:dcdn/domain:Domain";
const DCDN_CONFIG = "alicloud:dcdn/domainConfig:DomainConfig";

/** The baseline CDN domain "www" and DCDN domain "api", identified by their domain names; inputs mutate them. */
const cdn = (inputs: Record<string, unknown> = {}) => baseline(CDN, "www", inputs, { id: "www.dakar2026.sn" });
const dcdn = (inputs: Record<string, unknown> = {}) => baseline(DCDN, "api", inputs, { id: "api.dakar2026.sn" });
const origins = (cdn().inputs.sources ?? []) as readonly Record<string, unknown>[];
const config = (
    type: string,
    name: string,
    domainName: string,
    functionName: string,
    args: Record<string,
    string>,
    refs: readonly PlanResource[] = [],
) =>
    baseline(
        type,
        name,
        { domainName, functionName, functionArgs: Object.entries(args).map(([argName, argValue]) => ({ argName, argValue })) },
        { refs: refs.length > 0 ? { domainName: refs } : {} },
    );

describe("cdn-domain-multiple-origin-servers", () => {
    it("accepts two origins", async () => {
        expect(await messages(cdnDomainMultipleOriginServers, [cdn()])).toEqual([]);
    });
    it("flags a single origin", async () => {
        expect(await messages(cdnDomainMultipleOriginServers, [cdn({ sources: [origins[0]] })])).toEqual([
            'CDN domain "www" (www.dakar2026.sn) has 1 origin(s); declare at least 2 in sources.',
        ]);
    });
    it("accepts a domain served from one OSS bucket, whose redundancy is the bucket's own", async () => {
        const bucket = { type: "oss", content: "dakar2026-prod-storage-static-abc123.oss-eu-central-1.aliyuncs.com", port: 443, priority: "20", weight: "10" };
        expect(await messages(cdnDomainMultipleOriginServers, [cdn({ sources: [bucket] })])).toEqual([]);
    });
    it("flags one OSS bucket beside a server: the server has no fallback", async () => {
        const bucket = { type: "oss", content: "media.oss-eu-central-1.aliyuncs.com", port: 443 };
        const server = { type: "domain", content: "origin.dakar2026.sn", port: 443 };
        expect(await messages(cdnDomainMultipleOriginServers, [cdn({ sources: [bucket, server] })], { config: { minOrigins: 3 } })).toEqual([
            'CDN domain "www" (www.dakar2026.sn) has 2 origin(s); declare at least 3 in sources.',
        ]);
    });
    it("flags a domain without any origin", async () => {
        expect(await messages(cdnDomainMultipleOriginServers, [cdn({ sources: [] })])).toEqual([
            'CDN domain "www" (www.dakar2026.sn) has 0 origin(s); declare at least 2 in sources.',
        ]);
    });
    it("takes its minimum from policy config", async () => {
        expect(await messages(cdnDomainMultipleOriginServers, [cdn()], { config: { minOrigins: 3 } })).toEqual([
            'CDN domain "www" (www.dakar2026.sn) has 2 origin(s); declare at least 3 in sources.',
        ]);
    });
});

describe("dcdn-domain-multiple-origin-servers", () => {
    it("accepts two origins", async () => {
        expect(await messages(dcdnDomainMultipleOriginServers, [dcdn()])).toEqual([]);
    });
    it("flags a domain without sources", async () => {
        expect(await messages(dcdnDomainMultipleOriginServers, [dcdn({ sources: undefined })])).toEqual([
            'DCDN domain "api" (api.dakar2026.sn) has 0 origin(s); declare at least 2 in sources.',
        ]);
    });
});

describe("cdn-domain-scope-allowed", () => {
    it("accepts overseas CDN and DCDN domains", async () => {
        expect(await messages(cdnDomainScopeAllowed, [cdn(), dcdn()])).toEqual([]);
    });
    it("flags a global CDN domain", async () => {
        expect(await messages(cdnDomainScopeAllowed, [cdn({ scope: "global" })])).toEqual([
            'CDN domain "www" has scope "global", which is not allowed; set scope to one of overseas.',
        ]);
    });
    it("flags a DCDN domain without scope (default domestic)", async () => {
        expect(await messages(cdnDomainScopeAllowed, [dcdn({ scope: undefined })])).toEqual([
            'DCDN domain "api" has scope unset (default "domestic"), which is not allowed; set scope to one of overseas.',
        ]);
    });
    it("takes the allowed scopes from policy config", async () => {
        expect(
            await messages(cdnDomainScopeAllowed, [cdn({ scope: "global" })], { config: { allowedScopes: ["overseas", "global"] } }),
        ).toEqual([]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(cdnDomainScopeAllowed, [dcdn({ scope: undefined })]);
        expect(f.message.fr).toBe(
            'Le domaine DCDN « api » a une zone non définie (« domestic » par défaut), qui n\'est pas autorisée ; définir scope à l\'une '
                + 'de overseas.',
        );
    });
});

describe("cdn-domain-https-enabled", () => {
    it("accepts a CDN domain with a certificate and a DCDN domain with sslProtocol on", async () => {
        expect(await messages(cdnDomainHttpsEnabled, [cdn(), dcdn()])).toEqual([]);
    });
    it("flags a CDN domain without certificateConfig", async () => {
        expect(await messages(cdnDomainHttpsEnabled, [cdn({ certificateConfig: undefined })])).toEqual([
            'CDN domain "www" has no certificateConfig, so it serves HTTP only; add a certificateConfig with an HTTPS certificate.',
        ]);
    });
    it("flags a CDN certificate switched off", async () => {
        expect(
            await messages(
                cdnDomainHttpsEnabled,
                [cdn({ certificateConfig: { certType: "cas", certId: "1", serverCertificateStatus: "off" } })],
            ),
        ).toEqual([
            'CDN domain "www" has certificateConfig.serverCertificateStatus "off"; set it to "on".',
        ]);
    });
    it("flags a DCDN domain without sslProtocol", async () => {
        expect(await messages(cdnDomainHttpsEnabled, [dcdn({ sslProtocol: undefined })])).toEqual([
            'DCDN domain "api" has sslProtocol unset (default "off"); set sslProtocol: "on" with a certificate.',
        ]);
    });
});

describe("cdn-domain-https-force", () => {
    it("accepts domains with https_force on (joined by reference and by domain name)", async () => {
        const w = cdn();
        const a = dcdn();
        const r = [
            w,
            a,
            config(CDN_CONFIG, "force-www", "www.dakar2026.sn", "https_force", { enable: "on" }, [w]),
            config(DCDN_CONFIG, "force-api", "api.dakar2026.sn", "https_force", { enable: "on" }),
        ];
        expect(await messages(cdnDomainHttpsForce, r)).toEqual([]);
    });
    it("flags a domain without https_force, even when another domain has it", async () => {
        const r = [cdn(), config(CDN_CONFIG, "force-other", "other.dakar2026.sn", "https_force", { enable: "on" })];
        expect(
            await messages(cdnDomainHttpsForce, r),
        ).toEqual([
            'CDN domain "www" has no https_force DomainConfig, so plain HTTP is still served.',
        ]);
    });
    it("does not join a CDN config to a DCDN domain", async () => {
        const r = [dcdn(), config(CDN_CONFIG, "wrong-kind", "api.dakar2026.sn", "https_force", { enable: "on" })];
        expect(
            await messages(cdnDomainHttpsForce, r),
        ).toEqual([
            'DCDN domain "api" has no https_force DomainConfig, so plain HTTP is still served.',
        ]);
    });
    it("flags https_force with enable off", async () => {
        const r = [cdn(), config(CDN_CONFIG, "force-www", "www.dakar2026.sn", "https_force", { enable: "off" })];
        expect(
            await messages(cdnDomainHttpsForce, r),
        ).toEqual([
            'CDN domain "www" has an https_force DomainConfig whose enable argument is not "on".',
        ]);
    });
});

describe("cdn-domain-tls-version", () => {
    const tls = (args: Record<string, string>, type = CDN_CONFIG, domainName = "www.dakar2026.sn") =>
        config(type, "tls", domainName, "https_tls_version", args);

    it("accepts TLS 1.0 and 1.1 switched off on CDN and DCDN", async () => {
        const off = { tls10: "off", tls11: "off", tls12: "on", tls13: "on" };
        expect(await messages(cdnDomainTlsVersion, [cdn(), dcdn(), tls(off), tls(off, DCDN_CONFIG, "api.dakar2026.sn")])).toEqual([]);
    });
    it("flags a domain without https_tls_version", async () => {
        expect(await messages(cdnDomainTlsVersion, [cdn()])).toEqual([
            'CDN domain "www" has no https_tls_version DomainConfig, so tls10, tls11 stay enabled.',
        ]);
    });
    it("flags a version left to its default (on)", async () => {
        expect(await messages(cdnDomainTlsVersion, [cdn(), tls({ tls10: "off" })])).toEqual([
            'CDN domain "www" leaves tls11 enabled; set tls11 "off" in its https_tls_version DomainConfig.',
        ]);
    });
    it("flags versions switched on explicitly", async () => {
        expect(await messages(cdnDomainTlsVersion, [dcdn(), tls({ tls10: "on", tls11: "on" }, DCDN_CONFIG, "api.dakar2026.sn")])).toEqual([
            'DCDN domain "api" leaves tls10, tls11 enabled; set tls10 "off", tls11 "off" in its https_tls_version DomainConfig.',
        ]);
    });
    it("takes the forbidden versions from policy config", async () => {
        const r = [cdn(), tls({ tls10: "off", tls11: "off" })];
        expect(await messages(cdnDomainTlsVersion, r, { config: { forbiddenVersions: ["tls10", "tls11", "tls12"] } })).toEqual([
            'CDN domain "www" leaves tls12 enabled; set tls12 "off" in its https_tls_version DomainConfig.',
        ]);
    });
});

describe("cdn-domain-http2-enabled", () => {
    it("accepts CDN and DCDN domains with http2 on", async () => {
        const r = [
            cdn(),
            config(CDN_CONFIG, "www-h2", "www.dakar2026.sn", "https_option", { http2: "on" }),
            dcdn(),
            config(DCDN_CONFIG, "api-h2", "api.dakar2026.sn", "https_option", { http2: "on", ocsp_stapling: "on" }),
        ];
        expect(await messages(cdnDomainHttp2Enabled, r)).toEqual([]);
    });
    it("flags a domain without https_option, even when another domain has one", async () => {
        expect(await messages(cdnDomainHttp2Enabled, [cdn(), config(CDN_CONFIG, "other", "media.dakar2026.sn", "https_option", { http2: "on" })])).toEqual([
            'CDN domain "www" has no https_option DomainConfig, so HTTP/2 is off; set http2 "on".',
        ]);
    });
    it("flags http2 off", async () => {
        const [f] = await run(cdnDomainHttp2Enabled, [dcdn(), config(DCDN_CONFIG, "api-h2", "api.dakar2026.sn", "https_option", { http2: "off" })]);
        expect(f.message.en).toBe('DCDN domain "api" does not set http2 "on" in its https_option DomainConfig, so HTTP/2 is off; set http2 "on".');
        expect(f.message.fr).toBe(
            'Le domaine DCDN « api » ne définit pas http2 "on" dans sa DomainConfig https_option : HTTP/2 est désactivé ; définir http2 "on".',
        );
    });
});

describe("cdn-domain-certificate-from-cas", () => {
    it("accepts a certificate named from Certificate Management, a switched-off certificate and no certificate block", async () => {
        const r = [cdn(), cdn({ certificateConfig: { serverCertificateStatus: "off" } }), cdn({ certificateConfig: undefined })];
        expect(await messages(cdnDomainCertificateFromCas, r)).toEqual([]);
    });
    it("flags a private key in the program", async () => {
        const upload = { certType: "upload", serverCertificate: "-----BEGIN CERTIFICATE-----", privateKey: "[secret]" };
        expect(await messages(cdnDomainCertificateFromCas, [cdn({ certificateConfig: upload })])).toEqual([
            'CDN domain "www" carries its certificate\'s private key in certificateConfig.privateKey; name the certificate from '
                + 'Certificate Management instead (certType "cas", certId).',
        ]);
    });
    it("flags a certificate not named from Certificate Management, in French too", async () => {
        const [f] = await run(cdnDomainCertificateFromCas, [cdn({ certificateConfig: { certType: "free", serverCertificateStatus: "on" } })]);
        expect(f.message.en).toBe(
            'CDN domain "www" does not name a certificate from Certificate Management (certType is free, certId is unset); set certType "cas" and certId.',
        );
        expect(f.message.fr).toBe(
            "Le domaine CDN « www » ne désigne pas de certificat du service de gestion des certificats (certType vaut free, certId vaut "
                + 'non renseigné) ; définir certType "cas" et certId.',
        );
    });
});

describe("cdn-domain-private-oss-origin", () => {
    const bucket = { content: "dakar2026-prod-storage-media.oss-eu-central-1.aliyuncs.com", type: "oss", port: 443, priority: 20, weight: 10 };
    const media = () => baseline(CDN, "media", { domainName: "media.dakar2026.sn", sources: [bucket] }, { id: "media.dakar2026.sn" });

    it("accepts an OSS origin with private_oss_auth on, and leaves domain origins alone", async () => {
        const r = [media(), config(CDN_CONFIG, "media-oss", "media.dakar2026.sn", "l2_oss_key", { private_oss_auth: "on" }), cdn()];
        expect(await messages(cdnDomainPrivateOssOrigin, r)).toEqual([]);
    });
    it("flags an OSS origin without private-bucket authentication, even when another domain has it", async () => {
        const other = config(CDN_CONFIG, "www-oss", "www.dakar2026.sn", "l2_oss_key", { private_oss_auth: "on" });
        expect(await messages(cdnDomainPrivateOssOrigin, [media(), other])).toEqual([
            'CDN domain "media" has an OSS origin but no l2_oss_key configuration with private_oss_auth "on", so it cannot read a private bucket.',
        ]);
    });
    it("flags an AccessKey pair in the configuration, in French too", async () => {
        const keyed = config(CDN_CONFIG, "media-oss", "media.dakar2026.sn", "l2_oss_key", { private_oss_auth: "on", perm_private_oss_tbl: "[secret]" });
        const [f] = await run(cdnDomainPrivateOssOrigin, [media(), keyed]);
        expect(f.message.en).toBe(
            'CDN domain "media" puts an AccessKey pair in its l2_oss_key configuration (perm_private_oss_tbl); use private_oss_auth "on" alone, which signs with a role.',
        );
        expect(f.message.fr).toBe(
            "Le domaine CDN « media » met une paire d'AccessKey dans sa configuration l2_oss_key (perm_private_oss_tbl) ; utiliser "
                + 'private_oss_auth "on" seul, qui signe avec un rôle.',
        );
    });
});

describe("cdn-domain-https-origin", () => {
    it("accepts CDN and DCDN domains that fetch over HTTPS", async () => {
        const r = [
            cdn(),
            config(CDN_CONFIG, "www-origin", "www.dakar2026.sn", "forward_scheme", { enable: "on", scheme_origin: "https", scheme_origin_port: "443" }),
            dcdn(),
            config(DCDN_CONFIG, "api-origin", "api.dakar2026.sn", "forward_scheme", { enable: "on", scheme_origin: "https" }),
        ];
        expect(await messages(cdnDomainHttpsOrigin, r)).toEqual([]);
    });
    it("flags a domain without forward_scheme", async () => {
        expect(await messages(cdnDomainHttpsOrigin, [cdn()])).toEqual([
            'CDN domain "www" has no forward_scheme DomainConfig, so it fetches from its origins in plain HTTP.',
        ]);
    });
    it("flags scheme_origin follow, and https switched off, in French too", async () => {
        const follow = await run(cdnDomainHttpsOrigin, [cdn(), config(CDN_CONFIG, "o", "www.dakar2026.sn", "forward_scheme", { enable: "on", scheme_origin: "follow" })]);
        expect(follow.map((f) => f.message.en)).toEqual([
            'CDN domain "www" does not fetch from its origins over HTTPS (scheme_origin is follow); set enable "on" and scheme_origin "https".',
        ]);
        expect(follow[0].message.fr).toBe(
            "Le domaine CDN « www » ne retourne pas à ses origines en HTTPS (scheme_origin vaut follow) ; définir enable \"on\" et scheme_origin \"https\".",
        );
        expect(await messages(cdnDomainHttpsOrigin, [dcdn(), config(DCDN_CONFIG, "o", "api.dakar2026.sn", "forward_scheme", { enable: "off", scheme_origin: "https" })])).toEqual([
            'DCDN domain "api" does not fetch from its origins over HTTPS (scheme_origin is https); set enable "on" and scheme_origin "https".',
        ]);
    });
});
