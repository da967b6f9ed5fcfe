import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

interface Config {
    minRetentionDays: number;
}

/** SQL Explorer (SQL audit) keeps 30 days when sqlCollectorConfigValue is unset, per the typings. */
const DEFAULT_RETENTION = 30;

export const rdsInstanceEnabledAuditing = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "rds-instance-enabled-auditing",
        service: "rds",
        title: text("RDS SQL audit is on and kept long enough", "L'audit SQL RDS est activé et conservé assez longtemps"),
        description: text(
            "Every RDS instance must have SQL Explorer / SQL audit on (sqlCollectorStatus \"Enabled\") with a retention "
                + "(sqlCollectorConfigValue, 30 days when unset) of at least the configured number of days (180 by default).",
            "Chaque instance RDS doit avoir SQL Explorer / l'audit SQL activé (sqlCollectorStatus \"Enabled\") avec une durée de "
                + "conservation (sqlCollectorConfigValue, 30 jours si non défini) d'au moins le nombre de jours configuré (180 par "
                + "défaut).",
        ),
        remediation: text(
            "Set sqlCollectorStatus: \"Enabled\" and sqlCollectorConfigValue: 180 (or 365, 1095, 1825) on the rds.Instance.",
            "Fixer sqlCollectorStatus: \"Enabled\" et sqlCollectorConfigValue: 180 (ou 365, 1095, 1825) sur la rds.Instance.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { cis: ["6.3", "6.4"], iso27001: ["A.8.15"], nist: ["AU-2", "AU-11", "AU-12"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            minRetentionDays: {
                type: "integer",
                default: 180,
                description: "Minimum SQL audit retention (sqlCollectorConfigValue), in days.",
            },
        },
    },
    validate: (db, { args, config, report }) => {
        if (db.sqlCollectorStatus !== "Enabled") {
            report(
                text(
                    `RDS instance "${args.name}" has SQL audit off (sqlCollectorStatus is ${shown(db.sqlCollectorStatus)}); `
                        + "set sqlCollectorStatus: \"Enabled\".",
                    `L'instance RDS « ${args.name} » a l'audit SQL désactivé (sqlCollectorStatus est `
                        + `${shown(db.sqlCollectorStatus, "fr")}) ; `
                        + "fixer sqlCollectorStatus: \"Enabled\".",
                ),
            );
            return;
        }
        const days = db.sqlCollectorConfigValue ?? DEFAULT_RETENTION;
        if (days >= config.minRetentionDays) return;
        report(
            text(
                `RDS instance "${args.name}" keeps SQL audit logs ${days} days; set sqlCollectorConfigValue to at least `
                    + `${config.minRetentionDays}.`,
                `L'instance RDS « ${args.name} » conserve les journaux d'audit SQL ${days} jours ; fixer sqlCollectorConfigValue à au `
                    + `moins ${config.minRetentionDays}.`,
            ),
        );
    },
});
