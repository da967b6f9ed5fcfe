import type { EipAddressArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    maxBandwidth: number;
}

/** The provider's documented default bandwidth when the input is left out, in Mbit/s. */
const DEFAULT_BANDWIDTH = 5;

export const eipBandwidthLimit = resourceRule<ResourceProps<EipAddressArgs>, Config>({
    meta: {
        id: "eip-bandwidth-limit",
        service: "vpc",
        title: text("EIP bandwidth stays under the cap", "La bande passante des EIP reste sous le plafond"),
        description: text(
            "An EIP's bandwidth (5 Mbit/s when unset) must not exceed the configured cap (100 Mbit/s by default), which bounds "
                + "the damage of a compromised host used for exfiltration or attacks.",
            "La bande passante d'une EIP (5 Mbit/s si absente) ne doit pas dépasser le plafond configuré (100 Mbit/s par "
                + "défaut), ce qui limite les dégâts d'un hôte compromis utilisé pour exfiltrer des données ou attaquer.",
        ),
        remediation: text(
            "Set bandwidth on the alicloud.ecs.EipAddress to at most the cap (a string, e.g. \"50\").",
            "Définir bandwidth sur l'alicloud.ecs.EipAddress à une valeur au plus égale au plafond (une chaîne, par ex. « 50 »).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/eipAddress:EipAddress"],
        frameworks: { iso27001: ["A.8.6", "A.8.20"], nist: ["SC-5", "SC-7"] },
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
        if (Number.isFinite(bandwidth) && bandwidth <= config.maxBandwidth) return;
        const shown = raw === undefined ? `${DEFAULT_BANDWIDTH}` : raw;
        report(
            text(
                `EIP "${args.name}" has bandwidth "${shown}" Mbit/s, above the ${config.maxBandwidth} Mbit/s cap; set bandwidth to `
                    + `"${config.maxBandwidth}" or less.`,
                `L'EIP « ${args.name} » a une bande passante de « ${shown} » Mbit/s, au-dessus du plafond de ${config.maxBandwidth} `
                    + `Mbit/s ; définir bandwidth à « ${config.maxBandwidth} » ou moins.`,
            ),
        );
    },
});
