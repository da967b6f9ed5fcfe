import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    requiredParameters: string[];
}

/** Checkov CKV_ALI_35–37 / CIS 6.7–6.9: PostgreSQL connection logging, read from the instance's `parameters` list. */
export const rdsPostgresqlLogParametersEnabled = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "rds-postgresql-log-parameters-enabled",
        service: "rds",
        title: text("RDS PostgreSQL logs connections", "RDS PostgreSQL journalise les connexions"),
        description: text(
            "Every RDS instance running PostgreSQL must set the logging parameters log_connections, log_disconnections and "
                + "log_duration to \"on\" in its parameters.",
            "Chaque instance RDS sous PostgreSQL doit fixer à \"on\" les paramètres de journalisation log_connections, "
                + "log_disconnections et log_duration dans ses parameters.",
        ),
        remediation: text(
            "Add { name: \"log_connections\", value: \"on\" } (and the same for log_disconnections, log_duration) to parameters on the "
                + "rds.Instance.",
            "Ajouter { name: \"log_connections\", value: \"on\" } (et de même pour log_disconnections, log_duration) aux parameters "
                + "de la rds.Instance.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { cis: ["6.7", "6.8", "6.9"], iso27001: ["A.8.15"], nist: ["AU-2", "AU-12"] },
    },
    configSchema: {
        properties: {
            requiredParameters: {
                type: "array",
                items: { type: "string" },
                default: ["log_connections", "log_disconnections", "log_duration"],
                description: "PostgreSQL parameters that must be \"on\".",
            },
        },
    },
    validate: (db, { args, config, report }) => {
        if (db.engine.toLowerCase() !== "postgresql") return;
        const params = db.parameters ?? [];
        for (const name of config.requiredParameters) {
            const value = params.find((p) => p.name === name)?.value;
            if (value?.toLowerCase() === "on") continue;
            const shownEn = value === undefined ? "is not set" : `is "${value}"`;
            const shownFr = value === undefined ? "n'est pas défini" : `vaut "${value}"`;
            report(
                text(
                    `RDS PostgreSQL instance "${args.name}": parameter ${name} ${shownEn}; set it to "on".`,
                    `Instance RDS PostgreSQL « ${args.name} » : le paramètre ${name} ${shownFr} ; le fixer à "on".`,
                ),
            );
        }
    },
});
