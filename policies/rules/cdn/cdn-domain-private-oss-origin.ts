import type { DomainNewArgs } from "@pulumi/alicloud/cdn";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { argValue, CDN_CONFIG, CDN_DOMAIN, domainsWithFeature } from "./cdn-domain-https-force";

/**
 * Decision 0006: the media and static buckets stay private and the CDN reads them with back-to-origin authentication. The
 * provider models that as the `l2_oss_key` feature of a separate cdn.DomainConfig, argument `private_oss_auth` "on" (the
 * CDN then signs its requests with a role of the account). Without it a private bucket answers 403 (the site is down) and
 * the usual "fix" is a public-read bucket. The same feature also accepts `perm_private_oss_tbl`, an AccessKey pair written
 * into the configuration, which would put a long-lived secret in the program and every stack's state: refused.
 */
export const cdnDomainPrivateOssOrigin = stackRule({
    meta: {
        id: "cdn-domain-private-oss-origin",
        service: "cdn",
        title: text("CDN domains read their OSS origins as private buckets", "Les domaines CDN lisent leurs origines OSS comme buckets privés"),
        description: text(
            "A CDN domain with an OSS origin must turn on back-to-origin authentication for private buckets (l2_oss_key feature, "
                + "private_oss_auth \"on\"), without an AccessKey pair in the configuration (perm_private_oss_tbl), so that the "
                + "buckets never need to be public.",
            "Un domaine CDN ayant une origine OSS doit activer l'authentification de retour à l'origine pour buckets privés (fonction "
                + "l2_oss_key, private_oss_auth \"on\"), sans paire d'AccessKey dans la configuration (perm_private_oss_tbl), afin que "
                + "les buckets n'aient jamais à être publics.",
        ),
        remediation: text(
            "Declare an alicloud.cdn.DomainConfig with domainName set to the domain's domainName, functionName \"l2_oss_key\" and "
                + "functionArgs [{ argName: \"private_oss_auth\", argValue: \"on\" }], and no perm_private_oss_tbl argument.",
            "Déclarer une alicloud.cdn.DomainConfig avec domainName égal au domainName du domaine, functionName \"l2_oss_key\" et "
                + "functionArgs [{ argName: \"private_oss_auth\", argValue: \"on\" }], sans argument perm_private_oss_tbl.",
        ),
        severity: "high",
        resourceTypes: [CDN_DOMAIN, CDN_CONFIG],
        frameworks: { iso27001: ["A.8.3", "A.5.15"], nist: ["AC-3", "IA-5"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const { domain, kind, configs } of domainsWithFeature(resources, "l2_oss_key")) {
            if (kind !== "CDN") continue;
            const sources = (domain.props as Partial<ResourceProps<DomainNewArgs>>).sources ?? [];
            if (!sources.some((s) => s.type === "oss")) continue;
            if (configs.some((c) => argValue(c, "perm_private_oss_tbl") !== undefined)) {
                report(
                    text(
                        `CDN domain "${domain.name}" puts an AccessKey pair in its l2_oss_key configuration (perm_private_oss_tbl); use `
                            + "private_oss_auth \"on\" alone, which signs with a role.",
                        `Le domaine CDN « ${domain.name} » met une paire d'AccessKey dans sa configuration l2_oss_key `
                            + "(perm_private_oss_tbl) ; utiliser private_oss_auth \"on\" seul, qui signe avec un rôle.",
                    ),
                    domain.urn,
                );
            }
            if (configs.some((c) => argValue(c, "private_oss_auth") === "on")) continue;
            report(
                text(
                    `CDN domain "${domain.name}" has an OSS origin but no l2_oss_key configuration with private_oss_auth "on", so it `
                        + "cannot read a private bucket.",
                    `Le domaine CDN « ${domain.name} » a une origine OSS mais pas de configuration l2_oss_key avec private_oss_auth "on" : `
                        + "il ne peut pas lire un bucket privé.",
                ),
                domain.urn,
            );
        }
    },
});
