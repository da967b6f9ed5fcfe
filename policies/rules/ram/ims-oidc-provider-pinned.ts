import type { OidcProviderArgs } from "@pulumi/alicloud/ims";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

const FINGERPRINT = /^[0-9a-fA-F]{40}$/;

/**
 * An OIDC provider is how the CI becomes a RAM role without a stored key. Whoever controls its
 * issuer can mint tokens for it: the issuer must be reached over HTTPS with its certificate pinned
 * (fingerprints), and tokens must name a client id the provider lists, never any audience.
 */
export const imsOidcProviderPinned = resourceRule<ResourceProps<OidcProviderArgs>>({
    meta: {
        id: "ims-oidc-provider-pinned",
        service: "ram",
        title: text("The CI's OIDC provider is pinned", "Le fournisseur OIDC de la CI est épinglé"),
        description: text(
            "An ims.OidcProvider has an https issuer URL, at least one certificate fingerprint (40 hexadecimal digits) and at least one "
                + "client id, none of them a wildcard.",
            "Un ims.OidcProvider a une URL d'émetteur en https, au moins une empreinte de certificat (40 chiffres hexadécimaux) et au "
                + "moins un identifiant client, aucun n'étant un caractère générique.",
        ),
        remediation: text(
            "Set issuerUrl to the https issuer, fingerprints to the SHA-1 fingerprints of its certificate chain and clientIds to the "
                + "audience the CI requests (docs/runbooks/bootstrap-ci-identity.md).",
            "Définir issuerUrl sur l'émetteur en https, fingerprints sur les empreintes SHA-1 de sa chaîne de certificats et clientIds "
                + "sur l'audience demandée par la CI (docs/runbooks/bootstrap-ci-identity.md).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ims/oidcProvider:OidcProvider"],
        frameworks: { iso27001: ["A.5.16", "A.8.5"], nist: ["IA-2", "IA-8"] },
    },
    validate: (p, { args, report }) => {
        const name = p.oidcProviderName ?? args.name;
        if (typeof p.issuerUrl !== "string" || !p.issuerUrl.startsWith("https://")) {
            report(
                text(
                    `OIDC provider "${name}" has issuer ${JSON.stringify(p.issuerUrl ?? null)}; set issuerUrl to the issuer's https URL.`,
                    `Le fournisseur OIDC « ${name} » a l'émetteur ${JSON.stringify(p.issuerUrl ?? null)} ; définir issuerUrl sur l'URL https de l'émetteur.`,
                ),
            );
        }
        const fingerprints = p.fingerprints ?? [];
        const badPrints = fingerprints.filter((f) => !FINGERPRINT.test(f));
        if (fingerprints.length === 0 || badPrints.length > 0) {
            const got = fingerprints.length === 0 ? "none" : badPrints.join(", ");
            report(
                text(
                    `OIDC provider "${name}" pins no valid certificate fingerprint (${got}); set fingerprints to the SHA-1 fingerprints (40 hexadecimal digits) of the issuer's certificate chain.`,
                    `Le fournisseur OIDC « ${name} » n'épingle aucune empreinte de certificat valide (${got === "none" ? "aucune" : got}) ; définir fingerprints sur les empreintes SHA-1 (40 chiffres hexadécimaux) de la chaîne de certificats de l'émetteur.`,
                ),
            );
        }
        const clients = p.clientIds ?? [];
        if (clients.length === 0 || clients.some((c) => c.trim() === "" || c.includes("*"))) {
            report(
                text(
                    `OIDC provider "${name}" accepts ${clients.length === 0 ? "no declared client id" : `client ids ${clients.join(", ")}`}; list the exact audience the CI requests in clientIds.`,
                    `Le fournisseur OIDC « ${name} » accepte ${clients.length === 0 ? "aucun identifiant client déclaré" : `les identifiants clients ${clients.join(", ")}`} ; inscrire dans clientIds l'audience exacte demandée par la CI.`,
                ),
            );
        }
    },
});
