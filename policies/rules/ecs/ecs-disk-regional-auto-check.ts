import type { EcsDiskArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedCategories: string[];
}

export const ecsDiskRegionalAutoCheck = resourceRule<ResourceProps<EcsDiskArgs>, Config>({
    meta: {
        id: "ecs-disk-regional-auto-check",
        service: "ecs",
        title: text("ECS disks are zone-redundant", "Les disques ECS sont redondants entre zones"),
        description: text(
            "ECS data disks should use a zone-redundant category (regional ESSD) so that their data survives the loss of a zone.",
            "Les disques de données ECS devraient utiliser une catégorie redondante entre zones (ESSD régional) afin que leurs données "
                + "survivent à la perte d'une zone.",
        ),
        remediation: text(
            "Set category on alicloud.ecs.EcsDisk to \"cloud_regional_disk_auto\" (or another category allowed by the policy config).",
            "Fixer category sur alicloud.ecs.EcsDisk à « cloud_regional_disk_auto » (ou une autre catégorie permise par la "
                + "configuration de la règle).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/ecsDisk:EcsDisk", "alicloud:ecs/disk:Disk"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-36"] },
    },
    configSchema: {
        properties: {
            allowedCategories: {
                type: "array",
                items: { type: "string" },
                default: ["cloud_regional_disk_auto"],
                description: "Disk categories considered zone-redundant.",
            },
        },
    },
    validate: (disk, { args, config, report }) => {
        // Unset means the provider default category, cloud_efficiency, which is zonal.
        const category = disk.category ?? "cloud_efficiency";
        if (config.allowedCategories.includes(category)) return;
        report(
            text(
                `Disk "${args.name}" has zonal category "${category}"; set category to ${config.allowedCategories.join(" or ")}.`,
                `Le disque « ${args.name} » a la catégorie zonale « ${category} » ; fixer category à `
                    + `${config.allowedCategories.join(" ou ")}.`,
            ),
        );
    },
});
