import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

interface Config {
    allowedCategories: string[];
}

/**
 * The edition decides whether a standby node exists at all; spreading it over zones is `ha-multi-zone` (governance).
 * The typings document no default for `category`, so an unset edition fails and must be chosen explicitly.
 */
export const rdsInstanceHighAvailabilityCategory = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "rds-instance-high-availability-category",
        service: "rds",
        title: text("RDS instances use a high-availability edition", "Les instances RDS utilisent une édition haute disponibilité"),
        description: text(
            "Every RDS instance must use an edition with a standby node (category HighAvailability, AlwaysOn, Finance or cluster by "
                + "default), not Basic or a serverless basic edition.",
            "Chaque instance RDS doit utiliser une édition avec un nœud de secours (category HighAvailability, AlwaysOn, Finance ou "
                + "cluster par défaut), et non Basic ou une édition serverless de base.",
        ),
        remediation: text(
            "Set category: \"HighAvailability\" (or \"cluster\" for MySQL Cluster Edition) on the rds.Instance.",
            "Fixer category: \"HighAvailability\" (ou \"cluster\" pour l'édition MySQL Cluster) sur la rds.Instance.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10"] },
    },
    configSchema: {
        properties: {
            allowedCategories: {
                type: "array",
                items: { type: "string" },
                default: ["HighAvailability", "AlwaysOn", "Finance", "cluster", "serverless_ha"],
                description: "RDS editions (category) that include a standby node.",
            },
        },
    },
    validate: (db, { args, config, report }) => {
        if (db.category !== undefined && config.allowedCategories.includes(db.category)) return;
        report(
            text(
                `RDS instance "${args.name}" has no standby node (category is ${shown(db.category)}); use one of `
                    + `${config.allowedCategories.join(", ")}.`,
                `L'instance RDS « ${args.name} » n'a pas de nœud de secours (category est ${shown(db.category, "fr")}) ; utiliser l'une `
                    + `des éditions ${config.allowedCategories.join(", ")}.`,
            ),
        );
    },
});
