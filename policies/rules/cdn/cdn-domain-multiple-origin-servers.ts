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
            "A CDN accelerated domain must declare at least two origin servers so that the edge can fall back when one origin fails.",
            "Un domaine accéléré CDN doit déclarer au moins deux serveurs d'origine afin que la périphérie puisse basculer quand une "
                + "origine tombe.",
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
        const count = (d.sources ?? []).length;
        if (count >= config.minOrigins) return;
        report(
            text(
                `CDN domain "${args.name}" (${d.domainName}) has ${count} origin(s); declare at least ${config.minOrigins} in sources.`,
                `Le domaine CDN « ${args.name} » (${d.domainName}) a ${count} origine(s) ; en déclarer au moins ${config.minOrigins} dans `
                    + "sources.",
            ),
        );
    },
});
