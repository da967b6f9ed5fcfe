import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    maxBandwidthOut: number;
}

export const ecsInternetMaxBandwidthCheck = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "ecs-internetmaxbandwidth-check",
        service: "ecs",
        title: text("ECS public bandwidth is capped", "La bande passante publique des instances ECS est plafonnée"),
        description: text(
            "The outgoing internet bandwidth of an ECS instance (internetMaxBandwidthOut) must not exceed the configured cap, "
                + "which limits cost and the blast radius of a compromised instance.",
            "La bande passante Internet sortante d'une instance ECS (internetMaxBandwidthOut) ne doit pas dépasser le plafond configuré, "
                + "ce qui limite le coût et l'impact d'une instance compromise.",
        ),
        remediation: text(
            "Set internetMaxBandwidthOut on alicloud.ecs.Instance to a value at or below the cap (0 when the instance needs no public IP).",
            "Fixer internetMaxBandwidthOut sur alicloud.ecs.Instance à une valeur inférieure ou égale au plafond (0 si l'instance "
                + "n'a pas besoin d'IP publique).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.6", "A.8.20"], nist: ["SC-5", "SC-7"] },
    },
    configSchema: {
        properties: {
            maxBandwidthOut: { type: "integer", default: 100, description: "Highest internetMaxBandwidthOut allowed, in Mbit/s." },
        },
    },
    validate: (inst, { args, config, report }) => {
        // Unset means the provider default of 0 Mbit/s.
        const bandwidth = inst.internetMaxBandwidthOut ?? 0;
        if (bandwidth <= config.maxBandwidthOut) return;
        report(
            text(
                `Instance "${args.name}" has internetMaxBandwidthOut ${bandwidth} Mbit/s, above the cap of ${config.maxBandwidthOut}; `
                    + `set it to ${config.maxBandwidthOut} or less.`,
                `L'instance « ${args.name} » a internetMaxBandwidthOut à ${bandwidth} Mbit/s, au-delà du plafond de `
                    + `${config.maxBandwidthOut} ; le fixer à ${config.maxBandwidthOut} ou moins.`,
            ),
        );
    },
});
