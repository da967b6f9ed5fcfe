import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    maxBandwidth: number;
}

export const slbLoadbalancerBandwidthLimit = resourceRule<ResourceProps<ApplicationLoadBalancerArgs>, Config>({
    meta: {
        id: "slb-loadbalancer-bandwidth-limit",
        service: "slb",
        title: text("CLB bandwidth stays under the agreed cap", "La bande passante des CLB reste sous le plafond convenu"),
        description: text(
            "The bandwidth of a Classic Load Balancer must not exceed the cap agreed with Senum SA, which bounds both cost and the traffic "
                + "an attack can push through it.",
            "La bande passante d'un Classic Load Balancer ne doit pas dépasser le plafond convenu avec Senum SA, ce qui borne à la fois le "
                + "coût et le trafic qu'une attaque peut y faire passer.",
        ),
        remediation: text(
            "Lower bandwidth on alicloud.slb.ApplicationLoadBalancer to at most the cap (500 Mbit/s by default), or leave it unset.",
            "Réduire bandwidth dans alicloud.slb.ApplicationLoadBalancer à au plus le plafond (500 Mbit/s par défaut), ou ne pas le "
                + "définir.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        frameworks: { iso27001: ["A.8.6"], nist: ["SC-5", "SC-6"] },
    },
    configSchema: {
        properties: {
            maxBandwidth: { type: "integer", default: 500, description: "Highest bandwidth (Mbit/s) a CLB instance may declare." },
        },
    },
    validate: (lb, { args, config, report }) => {
        if (lb.bandwidth === undefined || lb.bandwidth <= config.maxBandwidth) return;
        report(
            text(
                `CLB "${args.name}" has bandwidth ${lb.bandwidth} Mbit/s, above the cap of ${config.maxBandwidth}; lower bandwidth.`,
                `Le CLB « ${args.name} » a une bande passante de ${lb.bandwidth} Mbit/s, au-dessus du plafond de ${config.maxBandwidth} ; `
                    + "réduire bandwidth.",
            ),
        );
    },
});
