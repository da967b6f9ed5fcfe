import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const essScalingConfigurationAttachSecurityGroup = resourceRule<ResourceProps<ScalingConfigurationArgs>>({
    meta: {
        id: "ess-scaling-configuration-attach-security-group",
        service: "ess",
        title: text(
            "Scaling configurations name a security group",
            "Les configurations de mise à l'échelle désignent un groupe de sécurité",
        ),
        description: text(
            "An Auto Scaling configuration must put its instances in at least one security group.",
            "Une configuration Auto Scaling doit placer ses instances dans au moins un groupe de sécurité.",
        ),
        remediation: text(
            "Set securityGroupIds (or securityGroupId) on alicloud.ess.ScalingConfiguration.",
            "Renseigner securityGroupIds (ou securityGroupId) sur alicloud.ess.ScalingConfiguration.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ess/scalingConfiguration:ScalingConfiguration"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (conf, { args, report }) => {
        if (isSet(conf.securityGroupId) || isSet(conf.securityGroupIds)) return;
        if ((conf.networkInterfaces ?? []).some((eni) => isSet(eni.securityGroupIds))) return;
        report(
            text(
                `Scaling configuration "${args.name}" sets no security group (securityGroupId and securityGroupIds are empty); `
                    + "set securityGroupIds.",
                `La configuration de mise à l'échelle « ${args.name} » ne définit aucun groupe de sécurité (securityGroupId et `
                    + "securityGroupIds sont vides) ; renseigner securityGroupIds.",
            ),
        );
    },
});
