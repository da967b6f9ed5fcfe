import type { SwitchArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const vswitchCidrRequired = resourceRule<ResourceProps<SwitchArgs>>({
    meta: {
        id: "vswitch-cidr-required",
        service: "vpc",
        title: text("vSwitches declare their CIDR block", "Les vSwitch déclarent leur bloc CIDR"),
        description: text(
            "Each vSwitch states its cidrBlock, so that tiers have known ranges that security-group rules can name.",
            "Chaque vSwitch indique son cidrBlock, afin que les tiers aient des plages connues que les règles de groupes de "
                + "sécurité peuvent citer.",
        ),
        remediation: text(
            "Set cidrBlock on the alicloud.vpc.Switch to a subnet of the VPC range (e.g. \"10.20.1.0/24\").",
            "Définir cidrBlock sur l'alicloud.vpc.Switch avec un sous-réseau de la plage du VPC (par ex. « 10.20.1.0/24 »).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:vpc/switch:Switch"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-6"] },
    },
    validate: (vsw, { args, report }) => {
        if (isSet(vsw.cidrBlock)) return;
        report(
            text(
                `vSwitch "${args.name}" has no cidrBlock; set cidrBlock to the tier's subnet.`,
                `Le vSwitch « ${args.name} » n'a pas de cidrBlock ; définir cidrBlock sur le sous-réseau du tier.`,
            ),
        );
    },
});
