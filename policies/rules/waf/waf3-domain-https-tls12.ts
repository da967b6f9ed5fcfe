import type { DomainArgs } from "@pulumi/alicloud/wafv3";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** TLS versions the WAF 3.0 listener accepts as its minimum (the API's TLSVersion values), weakest first. */
const MINIMUM_VERSIONS = ["tlsv1", "tlsv1.1", "tlsv1.2"];

/**
 * A wafv3.Domain in CNAME mode is a public entry point of its own: clients reach the WAF, which forwards to the origin.
 * Its `listen` block decides what the WAF accepts from clients: HTTPS ports, and the minimum TLS version (`tlsVersion`;
 * the service default is TLS 1.0). WAF logging is not an input of any wafv3 type in 3.108.0 (see docs/coverage/waf.md).
 */
export const waf3DomainHttpsTls12 = resourceRule<ResourceProps<DomainArgs>>({
    meta: {
        id: "waf3-domain-https-tls12",
        service: "waf",
        title: text("WAF 3.0 domains listen on HTTPS with TLS 1.2+", "Les domaines WAF 3.0 écoutent en HTTPS avec TLS 1.2+"),
        description: text(
            "A domain protected by WAF 3.0 must listen on at least one HTTPS port (listen.httpsPorts) with TLS 1.2 or later as its "
                + "minimum version (listen.tlsVersion \"tlsv1.2\").",
            "Un domaine protégé par WAF 3.0 doit écouter sur au moins un port HTTPS (listen.httpsPorts) avec TLS 1.2 ou plus comme "
                + "version minimale (listen.tlsVersion \"tlsv1.2\").",
        ),
        remediation: text(
            "In alicloud.wafv3.Domain set listen: { httpsPorts: [443], certId, tlsVersion: \"tlsv1.2\", enableTlsv3: true, ... }.",
            "Dans alicloud.wafv3.Domain, définir listen: { httpsPorts: [443], certId, tlsVersion: \"tlsv1.2\", enableTlsv3: true, ... }.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:wafv3/domain:Domain"],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (d, { args, report }) => {
        const listen = d.listen;
        if ((listen?.httpsPorts ?? []).length === 0) {
            report(
                text(
                    `WAF 3.0 domain "${args.name}" listens on no HTTPS port (listen.httpsPorts is empty); add 443 with a certificate.`,
                    `Le domaine WAF 3.0 « ${args.name} » n'écoute sur aucun port HTTPS (listen.httpsPorts vide) ; ajouter 443 avec un `
                        + "certificat.",
                ),
            );
            return;
        }
        const version = listen?.tlsVersion;
        if (version !== undefined && MINIMUM_VERSIONS.indexOf(version) >= MINIMUM_VERSIONS.indexOf("tlsv1.2")) return;
        report(
            text(
                `WAF 3.0 domain "${args.name}" accepts TLS below 1.2 (listen.tlsVersion is ${version ?? "unset, service default tlsv1"}); `
                    + "set listen.tlsVersion: \"tlsv1.2\".",
                `Le domaine WAF 3.0 « ${args.name} » accepte TLS en dessous de 1.2 (listen.tlsVersion vaut `
                    + `${version ?? "non renseigné, défaut du service tlsv1"}) ; fixer listen.tlsVersion à « tlsv1.2 ».`,
            ),
        );
    },
});
