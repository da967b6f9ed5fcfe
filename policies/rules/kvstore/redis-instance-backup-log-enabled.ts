import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

/**
 * The survey maps this intent to `backupPeriods` (⚠ InfraGuard's `backup_period`); the backup schedule is checked by
 * redis-backup-policy-required. Log (incremental) backup itself is the numeric input `enableBackupLog`: 1 on, 0 off (default).
 */
export const redisInstanceBackupLogEnabled = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-instance-backup-log-enabled",
        service: "kvstore",
        title: text("Redis / Tair log backup is on", "La sauvegarde des journaux Redis / Tair est activée"),
        description: text(
            "Every kvstore.Instance must have incremental (log) backup on (enableBackupLog 1), so that data can be restored to a point in "
                + "time.",
            "Chaque kvstore.Instance doit avoir la sauvegarde incrémentale (des journaux) activée (enableBackupLog 1), afin de pouvoir "
                + "restaurer les données à un instant donné.",
        ),
        remediation: text("Set enableBackupLog: 1 on the kvstore.Instance.", "Fixer enableBackupLog: 1 sur la kvstore.Instance."),
        severity: "medium",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9", "CP-10"] },
    },
    validate: (cache, { args, report }) => {
        if (cache.enableBackupLog === 1) return;
        report(
            text(
                `Redis / Tair instance "${args.name}" has log backup off (enableBackupLog is ${shown(cache.enableBackupLog)}); set `
                    + `enableBackupLog: 1.`,
                `L'instance Redis / Tair « ${args.name} » a la sauvegarde des journaux désactivée (enableBackupLog est `
                    + `${shown(cache.enableBackupLog, "fr")}) ; fixer enableBackupLog: 1.`,
            ),
        );
    },
});
