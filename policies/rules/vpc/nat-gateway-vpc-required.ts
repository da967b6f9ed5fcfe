import type { NatGatewayArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const natGatewayVpcRequired = resourceRule<ResourceProps<NatGatewayArgs>>({
    meta: {
        id: "nat-gateway-vpc-required",
        service: "vpc",
        title: text("NAT gateways name their VPC", "Les passerelles NAT nomment leur VPC"),
        description: text(
            "Each NAT gateway must have a non-empty vpcId, so that it serves a known network.",
            "Chaque passerelle NAT doit avoir un vpcId non vide, afin de desservir un réseau connu.",
        ),
        remediation: text(
            "Set vpcId on the alicloud.vpc.NatGateway to the platform VPC's id (vpc.id).",
            "Définir vpcId sur l'alicloud.vpc.NatGateway avec l'id du VPC de la plateforme (vpc.id).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:vpc/natGateway:NatGateway"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-6"] },
    },
    validate: (nat, { args, report }) => {
        if (isSet(nat.vpcId)) return;
        report(
            text(
                `NAT gateway "${args.name}" has an empty vpcId; set vpcId to the VPC it serves.`,
                `La passerelle NAT « ${args.name} » a un vpcId vide ; définir vpcId sur le VPC qu'elle dessert.`,
            ),
        );
    },
});
