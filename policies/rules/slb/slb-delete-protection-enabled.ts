import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

export const slbDeleteProtectionEnabled = resourceRule<ResourceProps<ApplicationLoadBalancerArgs>>({
    meta: {
        id: "slb-delete-protection-enabled",
        service: "slb",
        title: text("CLB deletion protection is on", "La protection contre la suppression des CLB est activée"),
        description: text(
            "A Classic Load Balancer must have deletion protection so that a mistaken console action or API call cannot take the platform "
                + "offline.",
            "Un Classic Load Balancer doit avoir la protection contre la suppression afin qu'une action erronée dans la console ou par API "
                + "ne puisse pas mettre la plateforme hors ligne.",
        ),
        remediation: text(
            "Set deleteProtection: \"on\" on alicloud.slb.ApplicationLoadBalancer (pay-as-you-go instances only).",
            "Définir deleteProtection: \"on\" dans alicloud.slb.ApplicationLoadBalancer (instances à l'usage uniquement).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        frameworks: { iso27001: ["A.8.9", "A.8.14"], nist: ["CP-10", "CM-6"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.deleteProtection === "on") return;
        report(
            text(
                `CLB "${args.name}" has deleteProtection ${shown(lb.deleteProtection)} (default "off"); set deleteProtection: "on".`,
                `Le CLB « ${args.name} » a deleteProtection ${shown(lb.deleteProtection, "fr")} (« off » par défaut) ; `
                    + "définir deleteProtection: \"on\".",
            ),
        );
    },
});
