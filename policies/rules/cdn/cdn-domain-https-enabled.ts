import type { DomainNewArgs } from "@pulumi/alicloud/cdn";
import type { DomainArgs as DcdnDomainArgs } from "@pulumi/alicloud/dcdn";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

const CDN = "alicloud:cdn/domainNew:DomainNew";

/**
 * Our own rule. cdn.DomainNew carries its certificate in `certificateConfig` (status "on" by default once the block is there);
 * dcdn.Domain turns HTTPS on with `sslProtocol` ("off" by default).
 */
export const cdnDomainHttpsEnabled = resourceRule<ResourceProps<DomainNewArgs> | ResourceProps<DcdnDomainArgs>>({
    meta: {
        id: "cdn-domain-https-enabled",
        service: "cdn",
        title: text("CDN/DCDN domains serve HTTPS", "Les domaines CDN/DCDN servent HTTPS"),
        description: text(
            "Every CDN or DCDN accelerated domain must have an HTTPS certificate enabled, so that visitors' data is encrypted between "
                + "their browser and the edge.",
            "Chaque domaine accéléré CDN ou DCDN doit avoir un certificat HTTPS activé, afin que les données des visiteurs soient "
                + "chiffrées entre leur navigateur et la périphérie.",
        ),
        remediation: text(
            "On alicloud.cdn.DomainNew set certificateConfig { certType: \"cas\", certId, serverCertificateStatus: \"on\" }; on "
                + "alicloud.dcdn.Domain set sslProtocol: \"on\" with certType \"cas\" and certId.",
            "Dans alicloud.cdn.DomainNew, définir certificateConfig { certType: \"cas\", certId, serverCertificateStatus: \"on\" } ; dans "
                + "alicloud.dcdn.Domain, définir sslProtocol: \"on\" avec certType \"cas\" et certId.",
        ),
        severity: "high",
        resourceTypes: [CDN, "alicloud:dcdn/domain:Domain"],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (d, { args, report }) => {
        if (args.type === CDN) {
            const cert = (d as ResourceProps<DomainNewArgs>).certificateConfig;
            if (cert === undefined) {
                report(
                    text(
                        `CDN domain "${args.name}" has no certificateConfig, so it serves HTTP only; add a certificateConfig with an HTTPS `
                            + "certificate.",
                        `Le domaine CDN « ${args.name} » n'a pas de certificateConfig et ne sert donc que HTTP ; ajouter un `
                            + "certificateConfig avec un certificat HTTPS.",
                    ),
                );
            } else if (cert.serverCertificateStatus === "off") {
                report(
                    text(
                        `CDN domain "${args.name}" has certificateConfig.serverCertificateStatus "off"; set it to "on".`,
                        `Le domaine CDN « ${args.name} » a certificateConfig.serverCertificateStatus "off" ; le passer à "on".`,
                    ),
                );
            }
            return;
        }
        const ssl = (d as ResourceProps<DcdnDomainArgs>).sslProtocol;
        if (ssl === "on") return;
        report(
            text(
                `DCDN domain "${args.name}" has sslProtocol ${shown(ssl)} (default "off"); set sslProtocol: "on" with a certificate.`,
                `Le domaine DCDN « ${args.name} » a sslProtocol ${shown(ssl, "fr")} (« off » par défaut) ; définir sslProtocol: "on" avec `
                    + "un certificat.",
            ),
        );
    },
});
