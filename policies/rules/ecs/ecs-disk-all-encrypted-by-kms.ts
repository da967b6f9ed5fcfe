import type { EcsDiskArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const ecsDiskAllEncryptedByKms = resourceRule<ResourceProps<EcsDiskArgs>>({
    meta: {
        id: "ecs-disk-all-encrypted-by-kms",
        service: "ecs",
        title: text("ECS disks are encrypted with a KMS key", "Les disques ECS sont chiffrés avec une clé KMS"),
        description: text(
            "ECS disks must be encrypted with a customer-managed KMS key (kmsKeyId), so that the project controls rotation, "
                + "access and revocation of the key protecting personal data.",
            "Les disques ECS doivent être chiffrés avec une clé KMS gérée par le client (kmsKeyId), afin que le projet maîtrise la "
                + "rotation, l'accès et la révocation de la clé qui protège les données personnelles.",
        ),
        remediation: text(
            "Set encrypted: true and kmsKeyId to the project's alicloud.kms.Key id on alicloud.ecs.EcsDisk.",
            "Fixer encrypted à true et kmsKeyId à l'identifiant de la alicloud.kms.Key du projet sur alicloud.ecs.EcsDisk.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/ecsDisk:EcsDisk", "alicloud:ecs/disk:Disk"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-12", "SC-28"], senegal: ["Art. 71"] },
    },
    validate: (disk, { args, report }) => {
        if (isSet(disk.snapshotId)) return;
        if (disk.encrypted === true && isSet(disk.kmsKeyId)) return;
        const why = disk.encrypted === true ? "kmsKeyId is unset" : "encrypted is not true";
        const pourquoi = disk.encrypted === true ? "kmsKeyId n'est pas renseigné" : "encrypted ne vaut pas true";
        report(
            text(
                `Disk "${args.name}" is not encrypted with a customer-managed KMS key (${why}); set encrypted: true and kmsKeyId.`,
                `Le disque « ${args.name} » n'est pas chiffré avec une clé KMS gérée par le client (${pourquoi}) ; fixer encrypted à `
                    + "true et renseigner kmsKeyId.",
            ),
        );
    },
});
