import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

export const slbModifyProtectionCheck = resourceRule<ResourceProps<ApplicationLoadBalancerArgs>>({
    meta: {
        id: "slb-modify-protection-check",
        service: "slb",
        title: text(
            "CLB configuration is protected from console changes",
            "La configuration des CLB est protégée contre les modifications en console",
        ),
        description: text(
            "A Classic Load Balancer should have modification protection so that its configuration changes only through Pulumi.",
            "Un Classic Load Balancer devrait avoir la protection contre la modification afin que sa configuration ne change que par "
                + "Pulumi.",
        ),
        remediation: text(
            "Set modificationProtectionStatus: \"ConsoleProtection\" and a modificationProtectionReason on "
                + "alicloud.slb.ApplicationLoadBalancer.",
            "Définir modificationProtectionStatus: \"ConsoleProtection\" et un modificationProtectionReason dans "
                + "alicloud.slb.ApplicationLoadBalancer.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        frameworks: { iso27001: ["A.8.9", "A.8.32"], nist: ["CM-5", "CM-6"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.modificationProtectionStatus === "ConsoleProtection") return;
        const v = lb.modificationProtectionStatus;
        report(
            text(
                `CLB "${args.name}" has modificationProtectionStatus ${shown(v)} (default "NonProtection"); `
                    + "set modificationProtectionStatus: \"ConsoleProtection\".",
                `Le CLB « ${args.name} » a modificationProtectionStatus ${shown(v, "fr")} (« NonProtection » par défaut) ; `
                    + "définir modificationProtectionStatus: \"ConsoleProtection\".",
            ),
        );
    },
});
