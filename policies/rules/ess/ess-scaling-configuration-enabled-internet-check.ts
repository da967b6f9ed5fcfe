import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const essScalingConfigurationEnabledInternetCheck = resourceRule<ResourceProps<ScalingConfigurationArgs>>({
    meta: {
        id: "ess-scaling-configuration-enabled-internet-check",
        service: "ess",
        title: text("Scaled instances get no public IP", "Les instances mises à l'échelle ne reçoivent pas d'IP publique"),
        description: text(
            "An Auto Scaling configuration must not give its instances public bandwidth (internetMaxBandwidthOut > 0), which would "
                + "assign each of them a public IP.",
            "Une configuration Auto Scaling ne doit pas attribuer de bande passante publique à ses instances (internetMaxBandwidthOut "
                + "> 0), ce qui donnerait une IP publique à chacune d'elles.",
        ),
        remediation: text(
            "Set internetMaxBandwidthOut: 0 (or leave it unset) on alicloud.ess.ScalingConfiguration; reach the internet through a "
                + "NAT gateway.",
            "Fixer internetMaxBandwidthOut à 0 (ou ne pas le renseigner) sur alicloud.ess.ScalingConfiguration ; sortir vers Internet "
                + "via une passerelle NAT.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ess/scalingConfiguration:ScalingConfiguration"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (conf, { args, report }) => {
        const bandwidth = conf.internetMaxBandwidthOut ?? 0;
        if (bandwidth <= 0) return;
        report(
            text(
                `Scaling configuration "${args.name}" gives instances a public IP (internetMaxBandwidthOut is ${bandwidth}); `
                    + "set internetMaxBandwidthOut: 0.",
                `La configuration de mise à l'échelle « ${args.name} » donne une IP publique aux instances (internetMaxBandwidthOut vaut `
                    + `${bandwidth}) ; fixer internetMaxBandwidthOut à 0.`,
            ),
        );
    },
});
