import type { NetworkArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const vpcNameRequired = resourceRule<ResourceProps<NetworkArgs>>({
    meta: {
        id: "vpc-name-required",
        service: "vpc",
        title: text("VPCs are named", "Les VPC sont nommés"),
        description: text(
            "Each VPC has a vpcName, so that consoles, flow logs and audit trails show which network is which.",
            "Chaque VPC a un vpcName, afin que les consoles, les journaux de flux et les pistes d'audit montrent de quel "
                + "réseau il s'agit.",
        ),
        remediation: text(
            "Set vpcName on the alicloud.vpc.Network (the deprecated name field no longer counts).",
            "Définir vpcName sur l'alicloud.vpc.Network (le champ obsolète name ne compte plus).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/network:Network"],
        frameworks: { iso27001: ["A.5.9"], nist: ["CM-8"] },
    },
    validate: (vpc, { args, report }) => {
        if (isSet(vpc.vpcName)) return;
        // `name` still works but is deprecated since provider 1.119.0: point at the field to move to.
        if (isSet(vpc.name)) {
            report(
                text(
                    `VPC "${args.name}" is named only through the deprecated name field; move the value to vpcName.`,
                    `Le VPC « ${args.name} » n'est nommé que par le champ obsolète name ; reporter la valeur dans vpcName.`,
                ),
            );
            return;
        }
        report(
            text(
                `VPC "${args.name}" has no vpcName; set vpcName.`,
                `Le VPC « ${args.name} » n'a pas de vpcName ; définir vpcName.`,
            ),
        );
    },
});
