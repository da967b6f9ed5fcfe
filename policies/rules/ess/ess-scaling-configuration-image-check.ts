import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const essScalingConfigurationImageCheck = resourceRule<ResourceProps<ScalingConfigurationArgs>>({
    meta: {
        id: "ess-scaling-configuration-image-check",
        service: "ess",
        title: text("Scaling configurations name their image", "Les configurations de mise à l'échelle désignent leur image"),
        description: text(
            "An Auto Scaling configuration must set imageId or imageName, so that the image of every scaled instance is reviewed in code.",
            "Une configuration Auto Scaling doit renseigner imageId ou imageName, afin que l'image de chaque instance mise à l'échelle "
                + "soit revue dans le code.",
        ),
        remediation: text(
            "Set imageId (or imageName) on alicloud.ess.ScalingConfiguration to a supported image.",
            "Renseigner imageId (ou imageName) sur alicloud.ess.ScalingConfiguration avec une image maintenue.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ess/scalingConfiguration:ScalingConfiguration"],
        frameworks: { iso27001: ["A.8.9"], nist: ["CM-2", "CM-6"] },
    },
    validate: (conf, { args, report }) => {
        if (isSet(conf.imageId) || isSet(conf.imageName)) return;
        report(
            text(
                `Scaling configuration "${args.name}" sets neither imageId nor imageName; name the image.`,
                `La configuration de mise à l'échelle « ${args.name} » ne renseigne ni imageId ni imageName ; désigner l'image.`,
            ),
        );
    },
});
