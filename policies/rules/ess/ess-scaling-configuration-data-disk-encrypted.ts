import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** The Terraform block `data_disk` is the Pulumi input dataDisks (a list of ScalingConfigurationDataDisk). */
export const essScalingConfigurationDataDiskEncrypted = resourceRule<ResourceProps<ScalingConfigurationArgs>>({
    meta: {
        id: "ess-scaling-configuration-data-disk-encrypted",
        service: "ess",
        title: text(
            "Scaling configurations encrypt their data disks",
            "Les configurations de mise à l'échelle chiffrent leurs disques de données",
        ),
        description: text(
            "Every data disk of an Auto Scaling configuration must be encrypted: each instance the group launches writes application "
                + "and personal data to them.",
            "Chaque disque de données d'une configuration Auto Scaling doit être chiffré : chaque instance lancée par le groupe y "
                + "écrit des données applicatives et personnelles.",
        ),
        remediation: text(
            "Set encrypted: true (and kmsKeyId) on every entry of dataDisks in alicloud.ess.ScalingConfiguration.",
            "Fixer encrypted à true (et renseigner kmsKeyId) sur chaque entrée de dataDisks dans alicloud.ess.ScalingConfiguration.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ess/scalingConfiguration:ScalingConfiguration"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (conf, { args, report }) => {
        (conf.dataDisks ?? []).forEach((disk, i) => {
            if (disk.encrypted === true) return;
            const label = disk.name ?? `#${i}`;
            report(
                text(
                    `Scaling configuration "${args.name}" declares unencrypted data disk ${label} (encrypted is `
                        + `${disk.encrypted ?? "unset"}); set encrypted: true.`,
                    `La configuration de mise à l'échelle « ${args.name} » déclare le disque de données non chiffré ${label} (encrypted `
                        + `vaut ${disk.encrypted ?? "non renseigné"}) ; fixer encrypted à true.`,
                ),
            );
        });
    },
});
