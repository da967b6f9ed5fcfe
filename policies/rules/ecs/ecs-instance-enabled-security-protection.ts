import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ecsInstanceEnabledSecurityProtection = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instance-enabled-security-protection",
        service: "ecs",
        title: text("ECS security hardening is not switched off", "Le renforcement de sécurité ECS n'est pas désactivé"),
        description: text(
            "securityEnhancementStrategy must not be \"Deactive\": the Security Center agent installed by default on system images "
                + "detects intrusions and vulnerabilities.",
            "securityEnhancementStrategy ne doit pas valoir « Deactive » : l'agent Security Center installé par défaut sur les images "
                + "système détecte les intrusions et les vulnérabilités.",
        ),
        remediation: text(
            "Remove securityEnhancementStrategy from alicloud.ecs.Instance or set it to \"Active\".",
            "Supprimer securityEnhancementStrategy de alicloud.ecs.Instance ou le fixer à « Active ».",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.7", "A.8.16"], nist: ["SI-3", "SI-4"] },
    },
    validate: (inst, { args, report }) => {
        // Unset passes: the API then applies "Active" on system images.
        if (inst.securityEnhancementStrategy === undefined || inst.securityEnhancementStrategy === "Active") return;
        report(
            text(
                `Instance "${args.name}" turns security hardening off (securityEnhancementStrategy is `
                    + `"${inst.securityEnhancementStrategy}"); set it to "Active".`,
                `L'instance « ${args.name} » désactive le renforcement de sécurité (securityEnhancementStrategy vaut `
                    + `« ${inst.securityEnhancementStrategy} ») ; le fixer à « Active ».`,
            ),
        );
    },
});
