import type { EipAddressArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    maxBandwidth: number;
}

/** The provider's documented default bandwidth when the input is left out, in Mbit/s. */
const DEFAULT_BANDWIDTH = 5;

/**
 * The one EIP bandwidth rule. It absorbed `cost-eip-bandwidth-limit` (retired): both capped the same
 * input, so one EIP over the cap gave two findings. The instance half of that rule is
 * `ecs-internetmaxbandwidth-check`.
 */
export const eipBandwidthLimit = resourceRule<ResourceProps<EipAddressArgs>, Config>({
    meta: {
        id: "eip-bandwidth-limit",
        service: "vpc",
        title: text("EIP bandwidth stays under the environment's cap", "La bande passante des EIP reste sous le plafond de l'environnement"),
        description: text(
            "An EIP's bandwidth (5 Mbit/s when unset) must not exceed the environment's cap (100 Mbit/s by default), so that a "
                + "traffic spike or an attack cannot run up the bill and a compromised host has little bandwidth to exfiltrate data "
                + "or attack others.",
            "La bande passante d'une EIP (5 Mbit/s si absente) ne doit pas dépasser le plafond de l'environnement (100 Mbit/s par "
                + "défaut), afin qu'un pic de trafic ou une attaque ne fasse pas exploser la facture et qu'un hôte compromis dispose "
                + "de peu de débit pour exfiltrer des données ou attaquer.",
        ),
        remediation: text(
            "Set bandwidth on the alicloud.ecs.EipAddress to at most the cap (a string, e.g. \"50\"); put public traffic behind a "
                + "load balancer or CDN, or raise maxBandwidth in the environment's pack config after a cost review.",
            "Définir bandwidth sur l'alicloud.ecs.EipAddress à une valeur au plus égale au plafond (une chaîne, par ex. « 50 ») ; "
                + "faire passer le trafic public par un répartiteur ou un CDN, ou relever maxBandwidth dans la configuration de "
                + "l'environnement après une revue des coûts.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/eipAddress:EipAddress"],
        frameworks: { iso27001: ["A.8.6", "A.8.20"], nist: ["SC-5", "SC-7", "CM-6"] },
    },
    configSchema: {
        properties: {
            maxBandwidth: {
                type: "integer",
                default: 100,
                description: "Highest EIP bandwidth allowed, in Mbit/s.",
            },
        },
    },
    validate: (eip, { args, config, report }) => {
        const raw = eip.bandwidth;
        const bandwidth = raw === undefined ? DEFAULT_BANDWIDTH : Number(raw);
        const max = config.maxBandwidth;
        if (Number.isNaN(bandwidth)) {
            report(
                text(
                    `EIP "${args.name}" has bandwidth ${JSON.stringify(raw)}, which is not a number of Mbit/s; set bandwidth to `
                        + `"${max}" or less.`,
                    `L'EIP « ${args.name} » a une bande passante ${JSON.stringify(raw)}, qui n'est pas un nombre de Mbit/s ; définir `
                        + `bandwidth à « ${max} » ou moins.`,
                ),
            );
            return;
        }
        if (bandwidth <= max) return;
        report(
            text(
                `EIP "${args.name}" has bandwidth "${bandwidth}" Mbit/s, above the ${max} Mbit/s cap; set bandwidth to "${max}" or less.`,
                `L'EIP « ${args.name} » a une bande passante de « ${bandwidth} » Mbit/s, au-dessus du plafond de ${max} Mbit/s ; `
                    + `définir bandwidth à « ${max} » ou moins.`,
            ),
        );
    },
});
