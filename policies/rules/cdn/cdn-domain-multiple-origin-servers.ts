import type { DomainNewArgs } from "@pulumi/alicloud/cdn";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minOrigins: number;
}

export const cdnDomainMultipleOriginServers = resourceRule<ResourceProps<DomainNewArgs>, Config>({
    meta: {
        id: "cdn-domain-multiple-origin-servers",
        service: "cdn",
        title: text("CDN domains have several origins", "Les domaines CDN ont plusieurs origines"),
        description: text(
            "A CDN accelerated domain must declare at least two origin servers so that the edge can fall back when one origin fails. "
                + "A domain served from OSS buckets alone needs one: a bucket is a regional service, not a server, and its own "
                + "redundancy (zone-redundant storage, checked by oss-zone-redundant) is what survives a failure.",
            "Un domaine accéléré CDN doit déclarer au moins deux serveurs d'origine afin que la périphérie puisse basculer quand une "
                + "origine tombe. Un domaine servi uniquement depuis des buckets OSS n'en demande qu'un : un bucket est un service "
                + "régional, non un serveur, et c'est sa propre redondance (stockage redondant entre zones, contrôlé par "
                + "oss-zone-redundant) qui résiste à une panne.",
        ),
        remediation: text(
            "Add a second entry (another IP, domain or OSS bucket, with its priority and weight) to sources of alicloud.cdn.DomainNew.",
            "Ajouter une seconde entrée (autre IP, domaine ou bucket OSS, avec sa priorité et son poids) dans sources de "
                + "alicloud.cdn.DomainNew.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:cdn/domainNew:DomainNew"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-6"] },
    },
    configSchema: {
        properties: {
            minOrigins: { type: "integer", default: 2, description: "Fewest origin servers a CDN domain may declare." },
        },
    },
    validate: (d, { args, config, report }) => {
        const sources = d.sources ?? [];
        const count = sources.length;
        if (count >= config.minOrigins) return;
        // Refined by the origin's kind: fallback between servers is the intent; an OSS bucket is not a server.
        if (count > 0 && sources.every((s) => s.type === "oss")) return;
        report(
            text(
                `CDN domain "${args.name}" (${d.domainName}) has ${count} origin(s); declare at least ${config.minOrigins} in sources.`,
                `Le domaine CDN « ${args.name} » (${d.domainName}) a ${count} origine(s) ; en déclarer au moins ${config.minOrigins} dans `
                    + "sources.",
            ),
        );
    },
});
