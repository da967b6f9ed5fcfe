import type { EcsLaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const ecsLaunchTemplateVersionImageTypeCheck = resourceRule<ResourceProps<EcsLaunchTemplateArgs>>({
    meta: {
        id: "ecs-launch-template-version-image-type-check",
        service: "ecs",
        title: text("Launch templates name their image", "Les modèles de lancement désignent leur image"),
        description: text(
            "An ECS launch template must set imageId, so that the image its instances boot from is reviewed in code rather than "
                + "chosen at launch time.",
            "Un modèle de lancement ECS doit renseigner imageId, afin que l'image de démarrage de ses instances soit revue dans le "
                + "code plutôt que choisie au lancement.",
        ),
        remediation: text(
            "Set imageId on alicloud.ecs.EcsLaunchTemplate to a supported image.",
            "Renseigner imageId sur alicloud.ecs.EcsLaunchTemplate avec une image maintenue.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate", "alicloud:ecs/launchTemplate:LaunchTemplate"],
        frameworks: { iso27001: ["A.8.9"], nist: ["CM-2", "CM-6"] },
    },
    validate: (template, { args, report }) => {
        if (isSet(template.imageId)) return;
        report(
            text(
                `Launch template "${args.name}" does not set imageId; name the image its instances boot from.`,
                `Le modèle de lancement « ${args.name} » ne renseigne pas imageId ; désigner l'image de démarrage de ses instances.`,
            ),
        );
    },
});
