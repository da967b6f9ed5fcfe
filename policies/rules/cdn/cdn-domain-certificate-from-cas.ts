import type { DomainNewArgs } from "@pulumi/alicloud/cdn";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * A CDN domain's certificate can be uploaded inline (certType "upload" with serverCertificate and privateKey) or named from
 * Certificate Management Service (certType "cas" with certId). Inline, the private key sits in the program's inputs and in
 * the Pulumi state of every stack; named, it never leaves the certificate service. Issue 9 takes the certificate id from
 * settings.
 */
export const cdnDomainCertificateFromCas = resourceRule<ResourceProps<DomainNewArgs>>({
    meta: {
        id: "cdn-domain-certificate-from-cas",
        service: "cdn",
        title: text("CDN certificates come from Certificate Management", "Les certificats CDN viennent du service de gestion des certificats"),
        description: text(
            "A CDN domain's HTTPS certificate must be named from Certificate Management Service (certificateConfig certType \"cas\" "
                + "and certId), never uploaded with its private key in the program.",
            "Le certificat HTTPS d'un domaine CDN doit être désigné dans le service de gestion des certificats (certificateConfig "
                + "certType \"cas\" et certId), jamais téléversé avec sa clé privée dans le programme.",
        ),
        remediation: text(
            "In alicloud.cdn.DomainNew set certificateConfig: { certType: \"cas\", certId: <id from settings> } and remove "
                + "privateKey and serverCertificate.",
            "Dans alicloud.cdn.DomainNew, définir certificateConfig: { certType: \"cas\", certId: <identifiant venant des réglages> } "
                + "et supprimer privateKey et serverCertificate.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:cdn/domainNew:DomainNew"],
        frameworks: { iso27001: ["A.8.24", "A.5.17"], nist: ["SC-12", "IA-5"] },
    },
    validate: (d, { args, report }) => {
        const cert = d.certificateConfig;
        if (cert === undefined) return;
        if ((cert.privateKey ?? "").trim() !== "") {
            report(
                text(
                    `CDN domain "${args.name}" carries its certificate's private key in certificateConfig.privateKey; name the `
                        + "certificate from Certificate Management instead (certType \"cas\", certId).",
                    `Le domaine CDN « ${args.name} » porte la clé privée de son certificat dans certificateConfig.privateKey ; désigner `
                        + "plutôt le certificat dans le service de gestion des certificats (certType \"cas\", certId).",
                ),
            );
            return;
        }
        if (cert.certType === "cas" && (cert.certId ?? "").trim() !== "") return;
        if (cert.serverCertificateStatus === "off") return;
        report(
            text(
                `CDN domain "${args.name}" does not name a certificate from Certificate Management (certType is `
                    + `${cert.certType ?? "unset"}, certId is ${cert.certId ?? "unset"}); set certType "cas" and certId.`,
                `Le domaine CDN « ${args.name} » ne désigne pas de certificat du service de gestion des certificats (certType vaut `
                    + `${cert.certType ?? "non renseigné"}, certId vaut ${cert.certId ?? "non renseigné"}) ; définir certType "cas" et certId.`,
            ),
        );
    },
});
