import type { SecurityGroupArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const ecsSecurityGroupDescriptionCheck = resourceRule<ResourceProps<SecurityGroupArgs>>({
    meta: {
        id: "ecs-security-group-description-check",
        service: "securitygroup",
        title: text("Security groups have a description", "Les groupes de sécurité ont une description"),
        description: text(
            "Each security group states its purpose in description, so that reviewers can judge its rules.",
            "Chaque groupe de sécurité indique sa finalité dans description, afin que les relecteurs puissent juger ses règles.",
        ),
        remediation: text(
            "Set description on the alicloud.ecs.SecurityGroup (2 to 256 characters, e.g. \"Edge tier: HTTPS from the internet\").",
            "Renseigner description sur l'alicloud.ecs.SecurityGroup (2 à 256 caractères, par ex. « Tier frontal : HTTPS depuis "
                + "Internet »).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/securityGroup:SecurityGroup"],
        frameworks: { iso27001: ["A.5.9", "A.8.20"], nist: ["CM-8", "CM-6"] },
    },
    validate: (sg, { args, report }) => {
        if (isSet(sg.description)) return;
        report(
            text(
                `Security group "${args.name}" has no description; set description to the group's purpose.`,
                `Le groupe de sécurité « ${args.name} » n'a pas de description ; renseigner description avec la finalité du groupe.`,
            ),
        );
    },
});
