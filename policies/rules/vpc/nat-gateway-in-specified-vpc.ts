import type { NatGatewayArgs } from "@pulumi/alicloud/vpc";
import { stackRule, text } from "../../lib/rule";
import { ofType, refersTo } from "../../lib/util";

const VPC = "alicloud:vpc/network:Network";
const NAT = "alicloud:vpc/natGateway:NatGateway";

interface Config {
    allowedVpcIds: string[];
}

/**
 * InfraGuard takes a list of VPC ids; at preview a Pulumi VPC has no id yet, so a NAT gateway passes when its
 * vpcId refers to a VPC declared in the stack (by reference or id), or names an id from allowedVpcIds.
 */
export const natGatewayInSpecifiedVpc = stackRule<Config>({
    meta: {
        id: "nat-gateway-in-specified-vpc",
        service: "vpc",
        title: text("NAT gateways sit in an approved VPC", "Les passerelles NAT sont dans un VPC approuvé"),
        description: text(
            "Internet and VPC (intranet) NAT gateways must be created in a VPC declared by this stack or listed in the "
                + "allowedVpcIds configuration.",
            "Les passerelles NAT Internet et VPC (intranet) doivent être créées dans un VPC déclaré par cette pile ou listé dans "
                + "la configuration allowedVpcIds.",
        ),
        remediation: text(
            "Set vpcId on the alicloud.vpc.NatGateway to the id output of the stack's alicloud.vpc.Network (vpc.id), or add the "
                + "external VPC's id to allowedVpcIds.",
            "Définir vpcId sur l'alicloud.vpc.NatGateway avec la sortie id de l'alicloud.vpc.Network de la pile (vpc.id), ou "
                + "ajouter l'id du VPC externe à allowedVpcIds.",
        ),
        severity: "medium",
        resourceTypes: [NAT, VPC],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-6"] },
    },
    configSchema: {
        properties: {
            allowedVpcIds: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "Ids of VPCs outside this stack in which NAT gateways may also be created.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        const vpcs = ofType(resources, VPC);
        for (const nat of ofType(resources, NAT)) {
            if (vpcs.some((vpc) => refersTo(nat, "vpcId", vpc))) continue;
            const props = nat.props as Partial<Record<keyof NatGatewayArgs, unknown>>;
            const vpcId = typeof props.vpcId === "string" ? props.vpcId : "";
            // An empty vpcId is nat-gateway-vpc-required's finding.
            if (vpcId.trim() === "" || config.allowedVpcIds.includes(vpcId)) continue;
            const kind = typeof props.networkType === "string" ? props.networkType : "internet";
            report(
                text(
                    `NAT gateway "${nat.name}" (${kind}) is in VPC "${vpcId}", which is neither declared in this stack nor in `
                        + "allowedVpcIds; set vpcId to the platform VPC.",
                    `La passerelle NAT « ${nat.name} » (${kind}) est dans le VPC « ${vpcId} », ni déclaré dans cette pile ni listé `
                        + "dans allowedVpcIds ; définir vpcId sur le VPC de la plateforme.",
                ),
                nat.urn,
            );
        }
    },
});
