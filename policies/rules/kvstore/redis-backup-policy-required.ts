import type { BackupPolicyArgs, InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, linkedTo, ofType } from "../../lib/util";

const INSTANCE = "alicloud:kvstore/instance:Instance";
const BACKUP = "alicloud:kvstore/backupPolicy:BackupPolicy";

interface Config {
    minBackupDaysPerWeek: number;
}

/**
 * The schedule is inline (`backupPeriods`/`backupTime` on the instance; the survey's ⚠ `backup_period`) or a separate
 * `kvstore.BackupPolicy` whose `instanceId` refers to the instance; a separate policy wins over the inline values.
 */
export const redisBackupPolicyRequired = stackRule<Config>({
    meta: {
        id: "redis-backup-policy-required",
        service: "kvstore",
        title: text("Redis / Tair instances have a backup schedule", "Les instances Redis / Tair ont un calendrier de sauvegarde"),
        description: text(
            "Every kvstore.Instance must have an explicit backup schedule, inline or through a kvstore.BackupPolicy: backupPeriods "
                + "with at least the configured number of days a week (2 by default) and a backupTime.",
            "Chaque kvstore.Instance doit avoir un calendrier de sauvegarde explicite, direct ou par un kvstore.BackupPolicy : "
                + "backupPeriods avec au moins le nombre configuré de jours par semaine (2 par défaut) et un backupTime.",
        ),
        remediation: text(
            "Declare a kvstore.BackupPolicy with instanceId set to the instance's id, backupPeriods (e.g. every day) and "
                + "backupTime (e.g. \"02:00Z-03:00Z\").",
            "Déclarer un kvstore.BackupPolicy avec instanceId égal à l'id de l'instance, backupPeriods (par ex. tous les jours) et "
                + "backupTime (par ex. \"02:00Z-03:00Z\").",
        ),
        severity: "medium",
        resourceTypes: [INSTANCE, BACKUP],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9"] },
    },
    configSchema: {
        properties: {
            minBackupDaysPerWeek: { type: "integer", default: 2, description: "Minimum number of weekdays listed in backupPeriods." },
        },
    },
    validate: (resources, { config, report }) => {
        for (const cache of ofType(resources, INSTANCE)) {
            const policy = linkedTo(resources, BACKUP, "instanceId", cache)[0];
            const p = (policy ?? cache).props as ResourceProps<BackupPolicyArgs> | ResourceProps<InstanceArgs>;
            const where = policy ? `kvstore.BackupPolicy "${policy.name}"` : "the instance";
            const whereFr = policy ? `le kvstore.BackupPolicy « ${policy.name} »` : "l'instance";
            const days = new Set(p.backupPeriods ?? []).size;
            if (days < config.minBackupDaysPerWeek) {
                report(
                    text(
                        `Redis / Tair instance "${cache.name}" is backed up ${days} day(s) a week (backupPeriods on ${where}); `
                            + `list at least ${config.minBackupDaysPerWeek} days.`,
                        `L'instance Redis / Tair « ${cache.name} » est sauvegardée ${days} jour(s) par semaine (backupPeriods sur `
                            + `${whereFr}) ; `
                            + `lister au moins ${config.minBackupDaysPerWeek} jours.`,
                    ),
                    cache.urn,
                );
            }
            if (!isSet(p.backupTime)) {
                report(
                    text(
                        `Redis / Tair instance "${cache.name}" has no backupTime (on ${where}); set a window such as "02:00Z-03:00Z".`,
                        `L'instance Redis / Tair « ${cache.name} » n'a pas de backupTime (sur ${whereFr}) ; fixer une fenêtre comme `
                            + `"02:00Z-03:00Z".`,
                    ),
                    cache.urn,
                );
            }
        }
    },
});
