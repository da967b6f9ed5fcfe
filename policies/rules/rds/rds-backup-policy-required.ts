import type { BackupPolicyArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const INSTANCE = "alicloud:rds/instance:Instance";
const BACKUP = "alicloud:rds/backupPolicy:BackupPolicy";

/** Retention of data backups per the typings: backupRetentionPeriod, else the deprecated retentionPeriod, else 7 days. */
const retentionDays = (p: ResourceProps<BackupPolicyArgs>): number => p.backupRetentionPeriod ?? p.retentionPeriod ?? 7;

/** Weekdays of the schedule: preferredBackupPeriods, else the deprecated backupPeriods. */
const backupDays = (p: ResourceProps<BackupPolicyArgs>): string[] => [...new Set(p.preferredBackupPeriods ?? p.backupPeriods ?? [])];

interface Config {
    minRetentionDays: number;
    minBackupDaysPerWeek: number;
}

/**
 * The backup policy is a separate `rds.BackupPolicy` whose `instanceId` must refer to the instance. Its schedule
 * (preferredBackupPeriods) must be explicit: the typings ask for at least two days a week and do not say what RDS does
 * when it is unset (extended in issue 8, as redis-backup-policy-required does for caches).
 */
export const rdsBackupPolicyRequired = stackRule<Config>({
    meta: {
        id: "rds-backup-policy-required",
        service: "rds",
        title: text("RDS instances have an explicit backup policy", "Les instances RDS ont une politique de sauvegarde explicite"),
        description: text(
            "Every RDS instance must be the target of an rds.BackupPolicy whose backupRetentionPeriod (7 days when unset) is at "
                + "least the configured number of days and whose preferredBackupPeriods lists at least the configured number of days "
                + "a week (2 by default).",
            "Chaque instance RDS doit être la cible d'un rds.BackupPolicy dont backupRetentionPeriod (7 jours si non défini) est "
                + "au moins égal au nombre de jours configuré et dont preferredBackupPeriods liste au moins le nombre configuré de "
                + "jours par semaine (2 par défaut).",
        ),
        remediation: text(
            "Declare an rds.BackupPolicy with instanceId set to the instance's id, backupRetentionPeriod set to the required days "
                + "and preferredBackupPeriods listing at least two days.",
            "Déclarer un rds.BackupPolicy avec instanceId égal à l'id de l'instance, backupRetentionPeriod égal au nombre de jours "
                + "requis et preferredBackupPeriods listant au moins deux jours.",
        ),
        severity: "medium",
        resourceTypes: [INSTANCE, BACKUP],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9", "CP-10"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            minRetentionDays: {
                type: "integer",
                default: 7,
                description: "Minimum data-backup retention (backupRetentionPeriod), in days.",
            },
            minBackupDaysPerWeek: {
                type: "integer",
                default: 2,
                description: "Minimum number of weekdays listed in preferredBackupPeriods (the typings ask for at least two).",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const db of ofType(resources, INSTANCE)) {
            const policies = linkedTo(resources, BACKUP, "instanceId", db);
            if (policies.length === 0) {
                report(
                    text(
                        `RDS instance "${db.name}" has no rds.BackupPolicy; declare one with instanceId set to its id.`,
                        `L'instance RDS « ${db.name} » n'a pas de rds.BackupPolicy ; en déclarer un avec instanceId égal à son id.`,
                    ),
                    db.urn,
                );
                continue;
            }
            for (const p of policies) {
                const props = p.props as ResourceProps<BackupPolicyArgs>;
                const weekdays = backupDays(props).length;
                if (weekdays < config.minBackupDaysPerWeek) {
                    report(
                        text(
                            `rds.BackupPolicy "${p.name}" backs "${db.name}" up ${weekdays} day(s) a week (preferredBackupPeriods); `
                                + `list at least ${config.minBackupDaysPerWeek} days.`,
                            `Le rds.BackupPolicy « ${p.name} » sauvegarde « ${db.name} » ${weekdays} jour(s) par semaine `
                                + `(preferredBackupPeriods) ; lister au moins ${config.minBackupDaysPerWeek} jours.`,
                        ),
                        p.urn,
                    );
                }
                const days = retentionDays(props);
                if (days >= config.minRetentionDays) continue;
                report(
                    text(
                        `rds.BackupPolicy "${p.name}" keeps backups of "${db.name}" ${days} days; set backupRetentionPeriod to at `
                            + `least ${config.minRetentionDays}.`,
                        `Le rds.BackupPolicy « ${p.name} » conserve les sauvegardes de « ${db.name} » ${days} jours ; fixer `
                            + `backupRetentionPeriod à au moins ${config.minRetentionDays}.`,
                    ),
                    p.urn,
                );
            }
        }
    },
});
