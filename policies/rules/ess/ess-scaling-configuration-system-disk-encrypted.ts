import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const essScalingConfigurationSystemDiskEncrypted = resourceRule<ResourceProps<ScalingConfigurationArgs>>({
    meta: {
        id: "ess-scaling-configuration-system-disk-encrypted",
        service: "ess",
        title: text("Scaling configurations encrypt the system disk", "Les configurations de mise à l'échelle chiffrent le disque système"),
        description: text(
            "The system disk of instances launched by an Auto Scaling configuration must be encrypted, since it holds logs, caches and "
                + "temporary files that may contain personal data.",
            "Le disque système des instances lancées par une configuration Auto Scaling doit être chiffré, car il contient des journaux, "
                + "des caches et des fichiers temporaires pouvant renfermer des données personnelles.",
        ),
        remediation: text(
            "Set systemDiskEncrypted: true (with systemDiskKmsKeyId) on alicloud.ess.ScalingConfiguration.",
            "Fixer systemDiskEncrypted à true (avec systemDiskKmsKeyId) sur alicloud.ess.ScalingConfiguration.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ess/scalingConfiguration:ScalingConfiguration"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (conf, { args, report }) => {
        if (conf.systemDiskEncrypted === true) return;
        // Following InfraGuard, naming an algorithm or a KMS key counts as asking for encryption, unless it is explicitly refused.
        if (conf.systemDiskEncrypted === undefined && (isSet(conf.systemDiskEncryptAlgorithm) || isSet(conf.systemDiskKmsKeyId))) return;
        report(
            text(
                `Scaling configuration "${args.name}" does not encrypt the system disk (systemDiskEncrypted is `
                    + `${conf.systemDiskEncrypted ?? "unset"}); set systemDiskEncrypted: true.`,
                `La configuration de mise à l'échelle « ${args.name} » ne chiffre pas le disque système (systemDiskEncrypted vaut `
                    + `${conf.systemDiskEncrypted ?? "non renseigné"}) ; fixer systemDiskEncrypted à true.`,
            ),
        );
    },
});
