import type { SwitchArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    maxPrefixLength: number;
}

export const vswitchAvailableIpCount = resourceRule<ResourceProps<SwitchArgs>, Config>({
    meta: {
        id: "vswitch-available-ip-count",
        service: "vpc",
        title: text("vSwitches are large enough", "Les vSwitch sont assez grands"),
        description: text(
            "A vSwitch CIDR must not be longer than the configured prefix (/28 by default): Alibaba Cloud reserves 4 addresses "
                + "per vSwitch, so a /29 leaves 4 usable addresses and blocks scaling or failover.",
            "Le CIDR d'un vSwitch ne doit pas être plus long que le préfixe configuré (/28 par défaut) : Alibaba Cloud réserve "
                + "4 adresses par vSwitch, un /29 n'en laisse donc que 4 utilisables et empêche la montée en charge ou la bascule.",
        ),
        remediation: text(
            "Set cidrBlock on the alicloud.vpc.Switch with a shorter prefix (e.g. \"/24\").",
            "Définir cidrBlock sur l'alicloud.vpc.Switch avec un préfixe plus court (par ex. « /24 »).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/switch:Switch"],
        frameworks: { iso27001: ["A.8.6", "A.8.14"], nist: ["CM-6", "CP-10"] },
    },
    configSchema: {
        properties: {
            maxPrefixLength: {
                type: "integer",
                default: 28,
                description: "Longest prefix length a vSwitch CIDR may have (28 leaves 12 usable addresses).",
            },
        },
    },
    validate: (vsw, { args, config, report }) => {
        // A missing cidrBlock is vswitch-cidr-required's finding.
        const prefix = /\/(\d+)$/.exec(vsw.cidrBlock ?? "")?.[1];
        if (prefix === undefined || Number(prefix) <= config.maxPrefixLength) return;
        report(
            text(
                `vSwitch "${args.name}" has cidrBlock ${vsw.cidrBlock}, too small; use a prefix of /${config.maxPrefixLength} or shorter.`,
                `Le vSwitch « ${args.name} » a le cidrBlock ${vsw.cidrBlock}, trop petit ; utiliser un préfixe de `
                    + `/${config.maxPrefixLength} ou plus court.`,
            ),
        );
    },
});
