import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const ecsInstanceAttachedSecurityGroup = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instance-attached-security-group",
        service: "ecs",
        title: text("ECS instances belong to a security group", "Les instances ECS appartiennent à un groupe de sécurité"),
        description: text(
            "Every ECS instance must list at least one security group so that its traffic is filtered by rules the project controls.",
            "Chaque instance ECS doit déclarer au moins un groupe de sécurité afin que son trafic soit filtré par des règles maîtrisées "
                + "par le projet.",
        ),
        remediation: text(
            "Set securityGroups on alicloud.ecs.Instance to the ids of the project's security groups.",
            "Renseigner securityGroups sur alicloud.ecs.Instance avec les identifiants des groupes de sécurité du projet.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (inst, { args, report }) => {
        // The typings make securityGroups optional only when a launch template supplies them.
        if (isSet(inst.securityGroups) || isSet(inst.launchTemplateId) || isSet(inst.launchTemplateName)) return;
        report(
            text(
                `Instance "${args.name}" has no security group (securityGroups is empty); list at least one security group id.`,
                `L'instance « ${args.name} » n'a aucun groupe de sécurité (securityGroups est vide) ; indiquer au moins un identifiant `
                    + "de groupe de sécurité.",
            ),
        );
    },
});
