import type { DomainArgs } from "@pulumi/alicloud/dcdn";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minOrigins: number;
}

export const dcdnDomainMultipleOriginServers = resourceRule<ResourceProps<DomainArgs>, Config>({
    meta: {
        id: "dcdn-domain-multiple-origin-servers",
        service: "cdn",
        title: text("DCDN domains have several origins", "Les domaines DCDN ont plusieurs origines"),
        description: text(
            "A DCDN accelerated domain must declare at least two origin servers so that the edge can fall back when one origin fails.",
            "Un domaine accéléré DCDN doit déclarer au moins deux serveurs d'origine afin que la périphérie puisse basculer quand une "
                + "origine tombe.",
        ),
        remediation: text(
            "Add a second entry (another IP, domain or OSS bucket, with its priority and weight) to sources of alicloud.dcdn.Domain.",
            "Ajouter une seconde entrée (autre IP, domaine ou bucket OSS, avec sa priorité et son poids) dans sources de "
                + "alicloud.dcdn.Domain.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:dcdn/domain:Domain"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-6"] },
    },
    configSchema: {
        properties: {
            minOrigins: { type: "integer", default: 2, description: "Fewest origin servers a DCDN domain may declare." },
        },
    },
    validate: (d, { args, config, report }) => {
        const count = (d.sources ?? []).length;
        if (count >= config.minOrigins) return;
        report(
            text(
                `DCDN domain "${args.name}" (${d.domainName}) has ${count} origin(s); declare at least ${config.minOrigins} in sources.`,
                `Le domaine DCDN « ${args.name} » (${d.domainName}) a ${count} origine(s) ; en déclarer au moins ${config.minOrigins} `
                    + "dans sources.",
            ),
        );
    },
});
