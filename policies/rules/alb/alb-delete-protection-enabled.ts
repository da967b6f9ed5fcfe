import type { LoadBalancerArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const albDeleteProtectionEnabled = resourceRule<ResourceProps<LoadBalancerArgs>>({
    meta: {
        id: "alb-delete-protection-enabled",
        service: "alb",
        title: text("ALB deletion protection is on", "La protection contre la suppression des ALB est activée"),
        description: text(
            "An Application Load Balancer must have deletion protection so that a mistaken console action or API call cannot take the "
                + "platform offline.",
            "Un Application Load Balancer doit avoir la protection contre la suppression afin qu'une action erronée dans la console ou "
                + "par API ne puisse pas mettre la plateforme hors ligne.",
        ),
        remediation: text(
            "Set deletionProtectionEnabled: true (or deletionProtectionConfig.enabled: true) on alicloud.alb.LoadBalancer.",
            "Définir deletionProtectionEnabled: true (ou deletionProtectionConfig.enabled: true) dans alicloud.alb.LoadBalancer.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:alb/loadBalancer:LoadBalancer"],
        frameworks: { iso27001: ["A.8.9", "A.8.14"], nist: ["CP-10", "CM-6"] },
    },
    validate: (lb, { args, report }) => {
        // The provider offers two inputs for the same switch; either one turned on is enough.
        if (lb.deletionProtectionEnabled === true || lb.deletionProtectionConfig?.enabled === true) return;
        report(
            text(
                `ALB "${args.name}" has deletion protection off (deletionProtectionEnabled is `
                    + `${String(lb.deletionProtectionEnabled ?? false)}); set deletionProtectionEnabled: true.`,
                `L'ALB « ${args.name} » n'a pas de protection contre la suppression (deletionProtectionEnabled vaut `
                    + `${String(lb.deletionProtectionEnabled ?? false)}) ; définir deletionProtectionEnabled: true.`,
            ),
        );
    },
});
