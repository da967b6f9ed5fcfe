import { stackRule, text } from "../../lib/rule";
import { argValue, CDN_CONFIG, CDN_DOMAIN, DCDN_CONFIG, DCDN_DOMAIN, domainsWithFeature } from "./cdn-domain-https-force";

/**
 * Our own rule (issue 9 asks the edge for HTTP/2): HTTP/2 is the `http2` argument of the `https_option` feature of a
 * separate DomainConfig, off unless set. One connection per client instead of six keeps the edge's capacity for the
 * spikes of the Games' results pages; it is a capacity setting, hence advisory.
 */
export const cdnDomainHttp2Enabled = stackRule({
    meta: {
        id: "cdn-domain-http2-enabled",
        service: "cdn",
        title: text("CDN/DCDN domains serve HTTP/2", "Les domaines CDN/DCDN servent HTTP/2"),
        description: text(
            "Every CDN or DCDN accelerated domain should turn HTTP/2 on (https_option feature, argument http2 \"on\"), so that each "
                + "client needs one connection and the edge keeps capacity for traffic spikes.",
            "Chaque domaine accéléré CDN ou DCDN devrait activer HTTP/2 (fonction https_option, argument http2 \"on\"), afin que "
                + "chaque client n'ait besoin que d'une connexion et que la périphérie garde de la capacité pour les pics de trafic.",
        ),
        remediation: text(
            "Declare an alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig for DCDN) with functionName \"https_option\" and "
                + "functionArgs [{ argName: \"http2\", argValue: \"on\" }].",
            "Déclarer une alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig pour le DCDN) avec functionName \"https_option\" et "
                + "functionArgs [{ argName: \"http2\", argValue: \"on\" }].",
        ),
        severity: "low",
        resourceTypes: [CDN_DOMAIN, CDN_CONFIG, DCDN_DOMAIN, DCDN_CONFIG],
        frameworks: { iso27001: ["A.8.6"], nist: ["SC-5"] },
    },
    validate: (resources, { report }) => {
        for (const { domain, kind, configs } of domainsWithFeature(resources, "https_option")) {
            if (configs.some((c) => argValue(c, "http2") === "on")) continue;
            const why = configs.length === 0
                ? text("has no https_option DomainConfig", "n'a pas de DomainConfig https_option")
                : text("does not set http2 \"on\" in its https_option DomainConfig", "ne définit pas http2 \"on\" dans sa DomainConfig https_option");
            report(
                text(
                    `${kind} domain "${domain.name}" ${why.en}, so HTTP/2 is off; set http2 "on".`,
                    `Le domaine ${kind} « ${domain.name} » ${why.fr} : HTTP/2 est désactivé ; définir http2 "on".`,
                ),
                domain.urn,
            );
        }
    },
});
