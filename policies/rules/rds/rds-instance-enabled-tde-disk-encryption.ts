import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet, shown } from "../../lib/util";

interface Config {
    requireCustomerKey: boolean;
}

export const rdsInstanceEnabledTdeDiskEncryption = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "rds-instance-enabled-tde-disk-encryption",
        service: "rds",
        title: text("RDS instances use transparent data encryption", "Les instances RDS utilisent le chiffrement transparent des données"),
        description: text(
            "Every RDS instance must have TDE turned on (tdeStatus \"Enabled\"); with requireCustomerKey, TDE must use a customer "
                + "key (tdeEncryptionKey), as CIS 6.6 asks.",
            "Chaque instance RDS doit avoir le TDE activé (tdeStatus \"Enabled\") ; avec requireCustomerKey, le TDE doit utiliser "
                + "une clé client (tdeEncryptionKey), comme le demande le CIS 6.6.",
        ),
        remediation: text(
            "Set tdeStatus: \"Enabled\" on the rds.Instance (and tdeEncryptionKey to a kms.Key id when a customer key is required).",
            "Fixer tdeStatus: \"Enabled\" sur la rds.Instance (et tdeEncryptionKey à l'id d'une kms.Key quand une clé client est exigée).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { cis: ["6.5", "6.6"], iso27001: ["A.8.24"], nist: ["SC-28", "SC-12"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            requireCustomerKey: {
                type: "boolean",
                default: false,
                description: "Also require tdeEncryptionKey (TDE with a customer-managed KMS key).",
            },
        },
    },
    validate: (db, { args, config, report }) => {
        if (db.tdeStatus !== "Enabled") {
            report(
                text(
                    `RDS instance "${args.name}" does not use TDE (tdeStatus is ${shown(db.tdeStatus)}); set tdeStatus: "Enabled".`,
                    `L'instance RDS « ${args.name} » n'utilise pas le TDE (tdeStatus est ${shown(db.tdeStatus, "fr")}) ; fixer tdeStatus: `
                        + `"Enabled".`,
                ),
            );
        } else if (config.requireCustomerKey && !isSet(db.tdeEncryptionKey)) {
            report(
                text(
                    `RDS instance "${args.name}" uses TDE without a customer key (tdeEncryptionKey is unset); set tdeEncryptionKey to a `
                        + `kms.Key id.`,
                    `L'instance RDS « ${args.name} » utilise le TDE sans clé client (tdeEncryptionKey non défini) ; fixer tdeEncryptionKey `
                        + "à l'id d'une kms.Key.",
                ),
            );
        }
    },
});
