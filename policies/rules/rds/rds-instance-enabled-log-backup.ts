import type { BackupPolicyArgs, InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, refersTo } from "../../lib/util";

const INSTANCE = "alicloud:rds/instance:Instance";
const BACKUP = "alicloud:rds/backupPolicy:BackupPolicy";

/** The typings say Basic Edition instances cannot set log backup, so demanding it there would be unfixable. */
const NO_LOG_BACKUP = ["basic", "serverless_basic"];

interface Config {
    minLogRetentionDays: number;
}

/**
 * The survey marks `enableBackupLog` ⚠ because InfraGuard reads it on db_instance; in Pulumi it is an input of
 * `rds.BackupPolicy`, joined to its instance through `instanceId`. Deprecated aliases (logBackup, logRetentionPeriod)
 * still count when the current input is unset; the documented defaults are true and 7 days.
 */
export const rdsInstanceEnabledLogBackup = stackRule<Config>({
    meta: {
        id: "rds-instance-enabled-log-backup",
        service: "rds",
        title: text("RDS log backups are on", "Les sauvegardes de journaux RDS sont activées"),
        description: text(
            "Every rds.BackupPolicy of an RDS instance (other than Basic Edition) must keep log backups on (enableBackupLog) with "
                + "a logBackupRetentionPeriod (7 days when unset) of at least the configured number of days, for point-in-time recovery.",
            "Chaque rds.BackupPolicy d'une instance RDS (hors édition Basic) doit garder les sauvegardes de journaux activées "
                + "(enableBackupLog) avec un logBackupRetentionPeriod (7 jours si non défini) d'au moins le nombre de jours configuré, "
                + "pour la restauration à un instant donné.",
        ),
        remediation: text(
            "Set enableBackupLog: true and logBackupRetentionPeriod (≤ backupRetentionPeriod) on the rds.BackupPolicy.",
            "Fixer enableBackupLog: true et logBackupRetentionPeriod (≤ backupRetentionPeriod) sur le rds.BackupPolicy.",
        ),
        severity: "medium",
        resourceTypes: [INSTANCE, BACKUP],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9", "CP-10"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            minLogRetentionDays: {
                type: "integer",
                default: 7,
                description: "Minimum log-backup retention (logBackupRetentionPeriod), in days.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const db of ofType(resources, INSTANCE)) {
            const category = ((db.props as ResourceProps<InstanceArgs>).category ?? "").toLowerCase();
            if (NO_LOG_BACKUP.includes(category)) continue;
            for (const p of ofType(resources, BACKUP).filter((b) => refersTo(b, "instanceId", db))) {
                const bp = p.props as ResourceProps<BackupPolicyArgs>;
                if ((bp.enableBackupLog ?? bp.logBackup ?? true) !== true) {
                    report(
                        text(
                            `rds.BackupPolicy "${p.name}" of "${db.name}" turns log backup off; set enableBackupLog: true.`,
                            `Le rds.BackupPolicy « ${p.name} » de « ${db.name} » désactive la sauvegarde des journaux ; fixer `
                                + `enableBackupLog: true.`,
                        ),
                        p.urn,
                    );
                    continue;
                }
                const days = bp.logBackupRetentionPeriod ?? bp.logRetentionPeriod ?? 7;
                if (days >= config.minLogRetentionDays) continue;
                report(
                    text(
                        `rds.BackupPolicy "${p.name}" of "${db.name}" keeps log backups ${days} days; set logBackupRetentionPeriod to at `
                            + `least ${config.minLogRetentionDays}.`,
                        `Le rds.BackupPolicy « ${p.name} » de « ${db.name} » conserve les sauvegardes de journaux ${days} jours ; fixer `
                            + `logBackupRetentionPeriod à au moins ${config.minLogRetentionDays}.`,
                    ),
                    p.urn,
                );
            }
        }
    },
});
