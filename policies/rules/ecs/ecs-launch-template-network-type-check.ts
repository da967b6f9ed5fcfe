import type { EcsLaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ecsLaunchTemplateNetworkTypeCheck = resourceRule<ResourceProps<EcsLaunchTemplateArgs>>({
    meta: {
        id: "ecs-launch-template-network-type-check",
        service: "ecs",
        title: text("Launch templates do not use the classic network", "Les modèles de lancement n'utilisent pas le réseau classique"),
        description: text(
            "An ECS launch template must not launch instances in the classic network, which is shared with other tenants and has "
                + "no VPC isolation.",
            "Un modèle de lancement ECS ne doit pas lancer d'instances dans le réseau classique, partagé avec d'autres clients et "
                + "dépourvu de l'isolation d'un VPC.",
        ),
        remediation: text(
            "Set networkType: \"vpc\" with vswitchId on alicloud.ecs.EcsLaunchTemplate.",
            "Fixer networkType à « vpc » et renseigner vswitchId sur alicloud.ecs.EcsLaunchTemplate.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate", "alicloud:ecs/launchTemplate:LaunchTemplate"],
        frameworks: { cis: ["3.1"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (template, { args, report }) => {
        if (template.networkType !== "classic") return;
        report(
            text(
                `Launch template "${args.name}" uses the classic network (networkType is "classic"); set networkType: "vpc".`,
                `Le modèle de lancement « ${args.name} » utilise le réseau classique (networkType vaut « classic ») ; fixer networkType `
                    + "à « vpc ».",
            ),
        );
    },
});
