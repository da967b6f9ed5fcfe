import { stackRule, text } from "../../lib/rule";
import { argValue, CDN_CONFIG, CDN_DOMAIN, DCDN_CONFIG, DCDN_DOMAIN, domainsWithFeature } from "./cdn-domain-https-force";

interface Config {
    forbiddenVersions: string[];
}

/**
 * Our own rule: TLS versions are the `https_tls_version` feature of a separate DomainConfig, with one on/off argument per
 * version (tls10, tls11, tls12, tls13). An argument left out keeps the service default, which enables TLS 1.0 and 1.1.
 */
export const cdnDomainTlsVersion = stackRule<Config>({
    meta: {
        id: "cdn-domain-tls-version",
        service: "cdn",
        title: text("CDN/DCDN domains refuse TLS 1.0 and 1.1", "Les domaines CDN/DCDN refusent TLS 1.0 et 1.1"),
        description: text(
            "Every CDN or DCDN accelerated domain must turn off the old TLS versions (TLS 1.0 and 1.1 by default) with the "
                + "https_tls_version feature; versions not switched off explicitly stay enabled.",
            "Chaque domaine accéléré CDN ou DCDN doit désactiver les anciennes versions de TLS (TLS 1.0 et 1.1 par défaut) avec la "
                + "fonction https_tls_version ; les versions qui ne sont pas désactivées explicitement restent actives.",
        ),
        remediation: text(
            "Declare an alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig for DCDN) with functionName \"https_tls_version\" and "
                + "functionArgs tls10 \"off\", tls11 \"off\", tls12 \"on\", tls13 \"on\".",
            "Déclarer une alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig pour le DCDN) avec functionName \"https_tls_version\" et "
                + "functionArgs tls10 \"off\", tls11 \"off\", tls12 \"on\", tls13 \"on\".",
        ),
        severity: "medium",
        resourceTypes: [CDN_DOMAIN, CDN_CONFIG, DCDN_DOMAIN, DCDN_CONFIG],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            forbiddenVersions: {
                type: "array",
                items: { type: "string" },
                default: ["tls10", "tls11"],
                description: "https_tls_version arguments that must be \"off\" (tls10, tls11, tls12, tls13).",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const { domain, kind, configs } of domainsWithFeature(resources, "https_tls_version")) {
            if (configs.length === 0) {
                report(
                    text(
                        `${kind} domain "${domain.name}" has no https_tls_version DomainConfig, so ${config.forbiddenVersions.join(", ")} `
                            + "stay enabled.",
                        `Le domaine ${kind} « ${domain.name} » n'a pas de DomainConfig https_tls_version : `
                            + `${config.forbiddenVersions.join(", ")} restent actives.`,
                    ),
                    domain.urn,
                );
                continue;
            }
            const enabled = config.forbiddenVersions.filter((v) => !configs.some((c) => argValue(c, v) === "off"));
            if (enabled.length === 0) continue;
            report(
                text(
                    `${kind} domain "${domain.name}" leaves ${enabled.join(", ")} enabled; set `
                        + `${enabled.map((v) => `${v} "off"`).join(", ")} in its https_tls_version DomainConfig.`,
                    `Le domaine ${kind} « ${domain.name} » laisse ${enabled.join(", ")} actives ; définir `
                        + `${enabled.map((v) => `${v} "off"`).join(", ")} dans sa DomainConfig https_tls_version.`,
                ),
                domain.urn,
            );
        }
    },
});
