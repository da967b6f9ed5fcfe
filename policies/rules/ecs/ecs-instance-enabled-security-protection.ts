import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ECS_INSTANCE, ESS_SCALING_CONFIGURATION, LAUNCH_TEMPLATES, launchSubject } from "../../lib/launch-paths";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** securityEnhancementStrategy has the same name and values on the instance, both launch templates and the scaling configuration. */
type HardeningProps = Partial<Pick<ResourceProps<InstanceArgs>, "securityEnhancementStrategy">>;

export const ecsInstanceEnabledSecurityProtection = resourceRule<HardeningProps>({
    meta: {
        id: "ecs-instance-enabled-security-protection",
        service: "ecs",
        title: text("ECS security hardening is not switched off", "Le renforcement de sécurité ECS n'est pas désactivé"),
        description: text(
            "securityEnhancementStrategy must not be \"Deactive\" on an instance, a launch template or a scaling configuration: the "
                + "Security Center agent installed by default on system images detects intrusions and vulnerabilities.",
            "securityEnhancementStrategy ne doit pas valoir « Deactive » sur une instance, un modèle de lancement ou une configuration "
                + "de mise à l'échelle : l'agent Security Center installé par défaut sur les images système détecte les intrusions et "
                + "les vulnérabilités.",
        ),
        remediation: text(
            "Remove securityEnhancementStrategy from alicloud.ecs.Instance, alicloud.ecs.EcsLaunchTemplate or "
                + "alicloud.ess.ScalingConfiguration, or set it to \"Active\".",
            "Supprimer securityEnhancementStrategy de alicloud.ecs.Instance, alicloud.ecs.EcsLaunchTemplate ou "
                + "alicloud.ess.ScalingConfiguration, ou le fixer à « Active ».",
        ),
        severity: "high",
        resourceTypes: [ECS_INSTANCE, ...LAUNCH_TEMPLATES, ESS_SCALING_CONFIGURATION],
        frameworks: { iso27001: ["A.8.7", "A.8.16"], nist: ["SI-3", "SI-4"] },
    },
    validate: (p, { args, report }) => {
        // Unset passes: the API then applies "Active" on system images, whichever path launches the instance.
        if (p.securityEnhancementStrategy === undefined || p.securityEnhancementStrategy === "Active") return;
        const who = launchSubject(args.type, args.name);
        report(
            text(
                `${who.en} turns security hardening off (securityEnhancementStrategy is `
                    + `"${p.securityEnhancementStrategy}"); set it to "Active".`,
                `${who.fr} désactive le renforcement de sécurité (securityEnhancementStrategy vaut `
                    + `« ${p.securityEnhancementStrategy} ») ; le fixer à « Active ».`,
            ),
        );
    },
});
