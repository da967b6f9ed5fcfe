import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const ecsInstancesInVpc = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instances-in-vpc",
        service: "ecs",
        title: text("ECS instances run in a VPC", "Les instances ECS sont déployées dans un VPC"),
        description: text(
            "An ECS instance must be placed in a VPC (vswitchId or vpcId set), not in the classic network shared with other tenants.",
            "Une instance ECS doit être placée dans un VPC (vswitchId ou vpcId renseigné), et non dans le réseau classique partagé "
                + "avec d'autres clients.",
        ),
        remediation: text(
            "Set vswitchId on alicloud.ecs.Instance to a vSwitch of the project's VPC (or launch it from a launch template that sets one).",
            "Renseigner vswitchId sur alicloud.ecs.Instance avec un vSwitch du VPC du projet (ou la lancer depuis un modèle de "
                + "lancement qui en définit un).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { cis: ["3.1"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (inst, { args, report }) => {
        // A launch template carries the network settings; the launch-template rules check it.
        if (isSet(inst.vswitchId) || isSet(inst.vpcId) || isSet(inst.launchTemplateId) || isSet(inst.launchTemplateName)) return;
        report(
            text(
                `Instance "${args.name}" sets neither vswitchId nor vpcId, so it would run in the classic network; set vswitchId.`,
                `L'instance « ${args.name} » ne renseigne ni vswitchId ni vpcId et serait donc créée dans le réseau classique ; `
                    + "renseigner vswitchId.",
            ),
        );
    },
});
