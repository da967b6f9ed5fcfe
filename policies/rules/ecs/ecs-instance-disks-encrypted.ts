import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * The instance path of disk encryption. Separate disks (ecs.EcsDisk) are ecs-disk-encrypted and ecs-disk-all-encrypted-by-kms;
 * the system disk and the inline `dataDisks` of an ecs.Instance are inputs of the instance itself, read here. The launch
 * template path is ecs-launch-template-system-disk-encrypted and ecs-launch-template-version-data-disk-encrypted, the
 * scaling-configuration path the two ess-scaling-configuration-*-disk-encrypted rules. As on templates, encryption must use
 * a customer key (the keys layer's disks key).
 */
export const ecsInstanceDisksEncrypted = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instance-disks-encrypted",
        service: "ecs",
        title: text("ECS instance disks are encrypted with a customer key", "Les disques des instances ECS sont chiffrés avec une clé client"),
        description: text(
            "The system disk (systemDiskEncrypted, systemDiskKmsKeyId) and every inline data disk (dataDisks[].encrypted, kmsKeyId) "
                + "of an ECS instance must be encrypted with a KMS customer key.",
            "Le disque système (systemDiskEncrypted, systemDiskKmsKeyId) et chaque disque de données en ligne (dataDisks[].encrypted, "
                + "kmsKeyId) d'une instance ECS doivent être chiffrés avec une clé client KMS.",
        ),
        remediation: text(
            "On alicloud.ecs.Instance set systemDiskEncrypted: true and systemDiskKmsKeyId, and encrypted: true with kmsKeyId on "
                + "every dataDisks entry.",
            "Sur alicloud.ecs.Instance, fixer systemDiskEncrypted à true avec systemDiskKmsKeyId, et encrypted à true avec kmsKeyId "
                + "sur chaque entrée de dataDisks.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { cis: ["4.1"], iso27001: ["A.8.24"], nist: ["SC-28", "SC-12"], senegal: ["Art. 71"] },
    },
    validate: (inst, { args, report }) => {
        const disks = [
            { label: text("system disk", "disque système"), encrypted: inst.systemDiskEncrypted, key: inst.systemDiskKmsKeyId, flag: "systemDiskEncrypted", keyInput: "systemDiskKmsKeyId" },
            ...(inst.dataDisks ?? []).map((d, i) => ({
                label: text(`data disk ${d.name ?? `#${i}`}`, `disque de données ${d.name ?? `#${i}`}`),
                encrypted: d.encrypted,
                key: d.kmsKeyId,
                flag: "encrypted",
                keyInput: "kmsKeyId",
            })),
        ];
        for (const d of disks) {
            if (d.encrypted !== true) {
                report(
                    text(
                        `Instance "${args.name}" leaves its ${d.label.en} unencrypted (${d.flag} is ${d.encrypted ?? "unset"}); set `
                            + `${d.flag}: true with ${d.keyInput}.`,
                        `L'instance « ${args.name} » laisse son ${d.label.fr} non chiffré (${d.flag} vaut `
                            + `${d.encrypted ?? "non renseigné"}) ; fixer ${d.flag} à true avec ${d.keyInput}.`,
                    ),
                );
                continue;
            }
            if ((d.key ?? "").trim() !== "") continue;
            report(
                text(
                    `Instance "${args.name}" encrypts its ${d.label.en} with the service key (${d.keyInput} is unset); set ${d.keyInput} `
                        + "to the disks key.",
                    `L'instance « ${args.name} » chiffre son ${d.label.fr} avec la clé du service (${d.keyInput} non renseigné) ; fixer `
                        + `${d.keyInput} à la clé des disques.`,
                ),
            );
        }
    },
});
