import type { NetworkArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const vpcCidrRequired = resourceRule<ResourceProps<NetworkArgs>>({
    meta: {
        id: "vpc-cidr-required",
        service: "vpc",
        title: text("VPCs declare their CIDR block", "Les VPC déclarent leur bloc CIDR"),
        description: text(
            "Each VPC states its address range, either cidrBlock or an IPAM pool with ipv4CidrMask; otherwise Alibaba Cloud "
                + "picks a default range that can overlap other networks of the platform.",
            "Chaque VPC indique sa plage d'adresses, soit cidrBlock, soit un pool IPAM avec ipv4CidrMask ; sinon Alibaba Cloud "
                + "choisit une plage par défaut qui peut chevaucher d'autres réseaux de la plateforme.",
        ),
        remediation: text(
            "Set cidrBlock on the alicloud.vpc.Network (e.g. \"10.20.0.0/16\"), or ipv4IpamPoolId together with ipv4CidrMask.",
            "Définir cidrBlock sur l'alicloud.vpc.Network (par ex. « 10.20.0.0/16 »), ou ipv4IpamPoolId avec ipv4CidrMask.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:vpc/network:Network"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-6"] },
    },
    validate: (vpc, { args, report }) => {
        // An IPAM allocation is the typings' documented alternative to a literal cidrBlock.
        if (isSet(vpc.cidrBlock) || (isSet(vpc.ipv4IpamPoolId) && isSet(vpc.ipv4CidrMask))) return;
        report(
            text(
                `VPC "${args.name}" has no cidrBlock (nor ipv4IpamPoolId with ipv4CidrMask); set cidrBlock to the planned range.`,
                `Le VPC « ${args.name} » n'a pas de cidrBlock (ni ipv4IpamPoolId avec ipv4CidrMask) ; définir cidrBlock sur la `
                    + "plage prévue.",
            ),
        );
    },
});
