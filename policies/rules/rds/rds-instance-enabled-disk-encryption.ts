import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

/** `encryptionKey` is a KMS key id or "ServiceKey"; the typings document "disabled" as the value that turns encryption off. */
export const rdsInstanceEnabledDiskEncryption = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-enabled-disk-encryption",
        service: "rds",
        title: text("RDS cloud disks are encrypted", "Les disques cloud RDS sont chiffrés"),
        description: text(
            "Every RDS instance must encrypt its cloud disks: encryptionKey set to a KMS key id (or \"ServiceKey\"), not unset and not "
                + "\"disabled\".",
            "Chaque instance RDS doit chiffrer ses disques cloud : encryptionKey égal à l'id d'une clé KMS (ou \"ServiceKey\"), ni "
                + "non défini ni \"disabled\".",
        ),
        remediation: text(
            "Set encryptionKey on the rds.Instance to the id of a kms.Key of the platform (the RDS service role must be able to use it).",
            "Fixer encryptionKey sur la rds.Instance à l'id d'une kms.Key de la plateforme (le rôle de service RDS doit pouvoir "
                + "l'utiliser).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28", "SC-12"], senegal: ["Art. 71"] },
    },
    validate: (db, { args, report }) => {
        const key = db.encryptionKey?.trim() ?? "";
        if (key !== "" && key.toLowerCase() !== "disabled") return;
        report(
            text(
                `RDS instance "${args.name}" does not encrypt its disks (encryptionKey is ${shown(db.encryptionKey)}); set encryptionKey `
                    + `to a kms.Key id.`,
                `L'instance RDS « ${args.name} » ne chiffre pas ses disques (encryptionKey est ${shown(db.encryptionKey, "fr")}) ; `
                    + "fixer encryptionKey à l'id d'une kms.Key.",
            ),
        );
    },
});
