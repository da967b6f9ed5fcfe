import type { EcsLaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * ecs.LaunchTemplate is the deprecated twin of ecs.EcsLaunchTemplate with the same dataDisks input.
 * KICS reads a top-level `encrypted` that neither class has; encryption is per data disk. Issue 9 adds the key: an encrypted
 * disk must name a KMS customer key (`kmsKeyId`, the keys layer's disks key), as the system disk must
 * (ecs-launch-template-system-disk-encrypted); the service key cannot be rotated, audited or withdrawn by Senum.
 */
export const ecsLaunchTemplateVersionDataDiskEncrypted = resourceRule<ResourceProps<EcsLaunchTemplateArgs>>({
    meta: {
        id: "ecs-launch-template-version-data-disk-encrypted",
        service: "ecs",
        title: text("Launch templates encrypt their data disks", "Les modèles de lancement chiffrent leurs disques de données"),
        description: text(
            "Every data disk declared in an ECS launch template must be encrypted with a KMS customer key, since every instance "
                + "launched from it inherits these disks and the personal data written to them.",
            "Chaque disque de données déclaré dans un modèle de lancement ECS doit être chiffré avec une clé client KMS, car toutes les "
                + "instances lancées depuis ce modèle héritent de ces disques et des données personnelles qui y sont écrites.",
        ),
        remediation: text(
            "Set encrypted: true (and kmsKeyId) on every entry of dataDisks in alicloud.ecs.EcsLaunchTemplate.",
            "Fixer encrypted à true (et renseigner kmsKeyId) sur chaque entrée de dataDisks dans alicloud.ecs.EcsLaunchTemplate.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate", "alicloud:ecs/launchTemplate:LaunchTemplate"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (template, { args, report }) => {
        (template.dataDisks ?? []).forEach((disk, i) => {
            const label = disk.name ?? `#${i}`;
            if (disk.encrypted === true) {
                if ((disk.kmsKeyId ?? "").trim() !== "") return;
                report(
                    text(
                        `Launch template "${args.name}" encrypts data disk ${label} with the service key (kmsKeyId is unset); set `
                            + "kmsKeyId to the disks key.",
                        `Le modèle de lancement « ${args.name} » chiffre le disque de données ${label} avec la clé du service (kmsKeyId `
                            + "non renseigné) ; fixer kmsKeyId à la clé des disques.",
                    ),
                );
                return;
            }
            report(
                text(
                    `Launch template "${args.name}" declares unencrypted data disk ${label} (encrypted is ${disk.encrypted ?? "unset"}); `
                        + "set encrypted: true.",
                    `Le modèle de lancement « ${args.name} » déclare le disque de données non chiffré ${label} (encrypted vaut `
                        + `${disk.encrypted ?? "non renseigné"}) ; fixer encrypted à true.`,
                ),
            );
        });
    },
});
