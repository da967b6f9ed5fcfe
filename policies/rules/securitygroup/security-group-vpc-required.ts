import type { SecurityGroupArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const securityGroupVpcRequired = resourceRule<ResourceProps<SecurityGroupArgs>>({
    meta: {
        id: "security-group-vpc-required",
        service: "securitygroup",
        title: text("Security groups belong to a VPC", "Les groupes de sécurité appartiennent à un VPC"),
        description: text(
            "Each security group must name the VPC it protects (vpcId); without it the group is created in the region's "
                + "default network, outside the platform's address plan.",
            "Chaque groupe de sécurité doit nommer le VPC qu'il protège (vpcId) ; sans cela le groupe est créé dans le réseau "
                + "par défaut de la région, hors du plan d'adressage de la plateforme.",
        ),
        remediation: text(
            "Set vpcId on the alicloud.ecs.SecurityGroup to the platform VPC's id (vpc.id).",
            "Définir vpcId sur l'alicloud.ecs.SecurityGroup avec l'id du VPC de la plateforme (vpc.id).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroup:SecurityGroup"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-6"] },
    },
    validate: (sg, { args, report }) => {
        if (isSet(sg.vpcId)) return;
        report(
            text(
                `Security group "${args.name}" has no vpcId; set vpcId to the VPC it protects.`,
                `Le groupe de sécurité « ${args.name} » n'a pas de vpcId ; définir vpcId sur le VPC qu'il protège.`,
            ),
        );
    },
});
