import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedSpecs: string[];
}

export const slbInstanceSpecCheck = resourceRule<ResourceProps<ApplicationLoadBalancerArgs>, Config>({
    meta: {
        id: "slb-instance-spec-check",
        service: "slb",
        title: text("CLB specification is an approved one", "La spécification des CLB fait partie de celles approuvées"),
        description: text(
            "A performance-guaranteed Classic Load Balancer must use an approved specification; the small s1/s2 specifications cannot "
                + "carry the Games' peak traffic.",
            "Un Classic Load Balancer à performances garanties doit utiliser une spécification approuvée ; les petites spécifications "
                + "s1/s2 ne peuvent pas absorber le trafic de pointe des Jeux.",
        ),
        remediation: text(
            "Set loadBalancerSpec on alicloud.slb.ApplicationLoadBalancer to an approved value (slb.s3.small to slb.s3.xxlarge by "
                + "default), "
                + "or use instanceChargeType \"PayByCLCU\".",
            "Définir loadBalancerSpec dans alicloud.slb.ApplicationLoadBalancer à une valeur approuvée (de slb.s3.small à slb.s3.xxlarge "
                + "par défaut), ou utiliser instanceChargeType \"PayByCLCU\".",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        frameworks: { iso27001: ["A.8.6", "A.8.14"], nist: ["SC-6", "CM-6"] },
    },
    configSchema: {
        properties: {
            allowedSpecs: {
                type: "array",
                items: { type: "string" },
                default: ["slb.s3.small", "slb.s3.medium", "slb.s3.large", "slb.s3.xlarge", "slb.s3.xxlarge"],
                description: "CLB specifications that may be used (an unset specification, i.e. pay-by-CLCU, always passes).",
            },
        },
    },
    validate: (lb, { args, config, report }) => {
        // `specification` is the deprecated spelling of `loadBalancerSpec`; both are still inputs, so read either.
        const spec = lb.loadBalancerSpec ?? lb.specification;
        if (!spec || lb.instanceChargeType === "PayByCLCU" || config.allowedSpecs.includes(spec)) return;
        report(
            text(
                `CLB "${args.name}" uses specification "${spec}", which is not one of ${config.allowedSpecs.join(", ")}.`,
                `Le CLB « ${args.name} » utilise la spécification "${spec}", qui ne fait pas partie de ${config.allowedSpecs.join(", ")}.`,
            ),
        );
    },
});
