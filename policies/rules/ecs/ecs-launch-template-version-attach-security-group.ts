import type { EcsLaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const ecsLaunchTemplateVersionAttachSecurityGroup = resourceRule<ResourceProps<EcsLaunchTemplateArgs>>({
    meta: {
        id: "ecs-launch-template-version-attach-security-group",
        service: "ecs",
        title: text("Launch templates name a security group", "Les modèles de lancement désignent un groupe de sécurité"),
        description: text(
            "An ECS launch template must set a security group, so that instances launched from it are filtered from their first boot.",
            "Un modèle de lancement ECS doit définir un groupe de sécurité, afin que les instances lancées depuis ce modèle soient "
                + "filtrées dès leur premier démarrage.",
        ),
        remediation: text(
            "Set securityGroupIds (or securityGroupId) on alicloud.ecs.EcsLaunchTemplate.",
            "Renseigner securityGroupIds (ou securityGroupId) sur alicloud.ecs.EcsLaunchTemplate.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate", "alicloud:ecs/launchTemplate:LaunchTemplate"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (template, { args, report }) => {
        if (isSet(template.securityGroupId) || isSet(template.securityGroupIds)) return;
        if (isSet(template.networkInterfaces?.securityGroupId)) return;
        report(
            text(
                `Launch template "${args.name}" sets no security group (securityGroupId and securityGroupIds are empty); `
                    + "set securityGroupIds.",
                `Le modèle de lancement « ${args.name} » ne définit aucun groupe de sécurité (securityGroupId et securityGroupIds sont `
                    + "vides) ; renseigner securityGroupIds.",
            ),
        );
    },
});
