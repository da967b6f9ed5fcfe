import type { BackupPolicyArgs, InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType, shown } from "../../lib/util";

const INSTANCE = "alicloud:rds/instance:Instance";
const BACKUP = "alicloud:rds/backupPolicy:BackupPolicy";

interface Config {
    allowedPolicies: string[];
}

/**
 * Deletion protection and `protect` guard the instance; this guards the data once the instance is gone anyway (released
 * by mistake, or with protection lifted outside prod). RDS deletes the backups of a released instance unless
 * `releasedKeepPolicy` keeps them; the provider default is None. The setting is an input of rds.Instance and of
 * rds.BackupPolicy; the backup policy's value wins when both are set. The typings support it for MySQL only, so other
 * engines are left out.
 */
export const rdsBackupRetainedAfterRelease = stackRule<Config>({
    meta: {
        id: "rds-backup-retained-after-release",
        service: "rds",
        title: text("RDS backups outlive the instance", "Les sauvegardes RDS survivent à l'instance"),
        description: text(
            "Every MySQL RDS instance must keep its archived backups after it is released: releasedKeepPolicy (on the rds.Instance "
                + "or its rds.BackupPolicy) in the allowed list, Lastest or All by default. The provider default, None, deletes "
                + "them with the instance.",
            "Chaque instance RDS MySQL doit conserver ses sauvegardes archivées après sa libération : releasedKeepPolicy (sur la "
                + "rds.Instance ou son rds.BackupPolicy) dans la liste autorisée, Lastest ou All par défaut. La valeur par défaut du "
                + "fournisseur, None, les supprime avec l'instance.",
        ),
        remediation: text(
            "Set releasedKeepPolicy: \"Lastest\" (the API's spelling) or \"All\" on the instance's rds.BackupPolicy.",
            "Fixer releasedKeepPolicy: \"Lastest\" (orthographe de l'API) ou \"All\" sur le rds.BackupPolicy de l'instance.",
        ),
        severity: "medium",
        resourceTypes: [INSTANCE, BACKUP],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9", "SI-12"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedPolicies: {
                type: "array",
                items: { type: "string" },
                default: ["Lastest", "All"],
                description: "releasedKeepPolicy values that keep backups after release (the API spells the latest one \"Lastest\").",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const db of ofType(resources, INSTANCE)) {
            const props = db.props as ResourceProps<InstanceArgs>;
            if ((props.engine ?? "").toLowerCase() !== "mysql") continue;
            const fromPolicy = linkedTo(resources, BACKUP, "instanceId", db)
                .map((p) => (p.props as ResourceProps<BackupPolicyArgs>).releasedKeepPolicy)
                .find((v) => v !== undefined);
            const value = fromPolicy ?? props.releasedKeepPolicy;
            if (value !== undefined && config.allowedPolicies.includes(value)) continue;
            report(
                text(
                    `RDS instance "${db.name}" loses its backups when released (releasedKeepPolicy is ${shown(value)}); set `
                        + `releasedKeepPolicy to one of ${config.allowedPolicies.join(", ")}.`,
                    `L'instance RDS « ${db.name} » perd ses sauvegardes à sa libération (releasedKeepPolicy est ${shown(value, "fr")}) ; `
                        + `fixer releasedKeepPolicy à l'une des valeurs ${config.allowedPolicies.join(", ")}.`,
                ),
                db.urn,
            );
        }
    },
});
