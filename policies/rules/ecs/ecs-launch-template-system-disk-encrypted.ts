import type { EcsLaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import { LAUNCH_TEMPLATES } from "../../lib/launch-paths";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * The system disk of a launch template is the `systemDisk` block (the flat systemDisk* inputs cannot say encrypted).
 * The system disk holds the application, its logs before shipping and its temporary files, so it carries personal data
 * like the data disks (ecs-launch-template-version-data-disk-encrypted). Encryption must use a customer key
 * (`kmsKeyId`, the keys layer's disks key): the service key cannot be rotated, audited or withdrawn by Senum.
 */
export const ecsLaunchTemplateSystemDiskEncrypted = resourceRule<ResourceProps<EcsLaunchTemplateArgs>>({
    meta: {
        id: "ecs-launch-template-system-disk-encrypted",
        service: "ecs",
        title: text("Launch templates encrypt the system disk with a customer key", "Les modèles de lancement chiffrent le disque système avec une clé client"),
        description: text(
            "The system disk of an ECS launch template must be encrypted (systemDisk.encrypted true) with a KMS customer key "
                + "(systemDisk.kmsKeyId), since every instance launched from the template writes to it.",
            "Le disque système d'un modèle de lancement ECS doit être chiffré (systemDisk.encrypted à true) avec une clé client KMS "
                + "(systemDisk.kmsKeyId), car toutes les instances lancées depuis ce modèle y écrivent.",
        ),
        remediation: text(
            "In alicloud.ecs.EcsLaunchTemplate set systemDisk: { encrypted: true, kmsKeyId: <the disks key id>, ... }.",
            "Dans alicloud.ecs.EcsLaunchTemplate, définir systemDisk: { encrypted: true, kmsKeyId: <identifiant de la clé des disques>, ... }.",
        ),
        severity: "medium",
        resourceTypes: LAUNCH_TEMPLATES,
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28", "SC-12"], senegal: ["Art. 71"] },
    },
    validate: (t, { args, report }) => {
        const encrypted = t.systemDisk?.encrypted;
        if (encrypted !== true) {
            report(
                text(
                    `Launch template "${args.name}" leaves its system disk unencrypted (systemDisk.encrypted is ${encrypted ?? "unset"}); `
                        + "set systemDisk.encrypted: true with systemDisk.kmsKeyId.",
                    `Le modèle de lancement « ${args.name} » laisse son disque système non chiffré (systemDisk.encrypted vaut `
                        + `${encrypted ?? "non renseigné"}) ; fixer systemDisk.encrypted à true avec systemDisk.kmsKeyId.`,
                ),
            );
            return;
        }
        if ((t.systemDisk?.kmsKeyId ?? "").trim() !== "") return;
        report(
            text(
                `Launch template "${args.name}" encrypts its system disk with the service key (systemDisk.kmsKeyId is unset); `
                    + "set systemDisk.kmsKeyId to the disks key.",
                `Le modèle de lancement « ${args.name} » chiffre son disque système avec la clé du service (systemDisk.kmsKeyId non `
                    + "renseigné) ; fixer systemDisk.kmsKeyId à la clé des disques.",
            ),
        );
    },
});
