import { stackRule, text } from "../../lib/rule";
import { argValue, CDN_CONFIG, CDN_DOMAIN, DCDN_CONFIG, DCDN_DOMAIN, domainsWithFeature } from "./cdn-domain-https-force";

/**
 * The CDN fetches from its origins across the internet (the buckets' public endpoints, the ALB). Unless the `forward_scheme`
 * feature says otherwise it does so in plain HTTP, whatever protocol the client used: the content and the back-to-origin
 * signatures would cross the internet in clear, and the buckets refuse plain HTTP (decision 0006). "follow" is not
 * accepted: it still fetches in HTTP for any request that reaches the edge in HTTP.
 */
export const cdnDomainHttpsOrigin = stackRule({
    meta: {
        id: "cdn-domain-https-origin",
        service: "cdn",
        title: text("CDN/DCDN domains fetch from their origins over HTTPS", "Les domaines CDN/DCDN retournent à l'origine en HTTPS"),
        description: text(
            "Every CDN or DCDN accelerated domain must fetch from its origins over HTTPS (forward_scheme feature, enable \"on\", "
                + "scheme_origin \"https\"); by default the edge fetches in plain HTTP.",
            "Chaque domaine accéléré CDN ou DCDN doit retourner à ses origines en HTTPS (fonction forward_scheme, enable \"on\", "
                + "scheme_origin \"https\") ; par défaut, la périphérie retourne à l'origine en HTTP en clair.",
        ),
        remediation: text(
            "Declare an alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig for DCDN) with functionName \"forward_scheme\" and "
                + "functionArgs enable \"on\", scheme_origin \"https\", scheme_origin_port \"443\".",
            "Déclarer une alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig pour le DCDN) avec functionName \"forward_scheme\" et "
                + "functionArgs enable \"on\", scheme_origin \"https\", scheme_origin_port \"443\".",
        ),
        severity: "medium",
        resourceTypes: [CDN_DOMAIN, CDN_CONFIG, DCDN_DOMAIN, DCDN_CONFIG],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const { domain, kind, configs } of domainsWithFeature(resources, "forward_scheme")) {
            if (configs.some((c) => argValue(c, "enable") === "on" && argValue(c, "scheme_origin") === "https")) continue;
            const set = configs.map((c) => argValue(c, "scheme_origin") ?? "unset").join(", ");
            report(
                configs.length === 0
                    ? text(
                        `${kind} domain "${domain.name}" has no forward_scheme DomainConfig, so it fetches from its origins in plain HTTP.`,
                        `Le domaine ${kind} « ${domain.name} » n'a pas de DomainConfig forward_scheme : il retourne à ses origines en HTTP `
                            + "en clair.",
                    )
                    : text(
                        `${kind} domain "${domain.name}" does not fetch from its origins over HTTPS (scheme_origin is ${set}); set enable `
                            + "\"on\" and scheme_origin \"https\".",
                        `Le domaine ${kind} « ${domain.name} » ne retourne pas à ses origines en HTTPS (scheme_origin vaut ${set}) ; définir `
                            + "enable \"on\" et scheme_origin \"https\".",
                    ),
                domain.urn,
            );
        }
    },
});
