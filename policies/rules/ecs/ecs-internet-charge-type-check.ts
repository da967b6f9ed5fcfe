import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedInternetChargeTypes: string[];
}

export const ecsInternetChargeTypeCheck = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "ecs-internet-charge-type-check",
        service: "ecs",
        title: text("ECS public traffic uses an approved billing method", "Le trafic public ECS utilise un mode de facturation approuvé"),
        description: text(
            "The internet billing method of an ECS instance (internetChargeType) must be an approved one; pay-by-traffic by default, "
                + "so that reserved bandwidth is not paid for when unused.",
            "Le mode de facturation Internet d'une instance ECS (internetChargeType) doit être approuvé ; par défaut la facturation au "
                + "trafic, afin de ne pas payer une bande passante réservée inutilisée.",
        ),
        remediation: text(
            "Set internetChargeType on alicloud.ecs.Instance to an approved value (default \"PayByTraffic\").",
            "Fixer internetChargeType sur alicloud.ecs.Instance à une valeur approuvée (par défaut « PayByTraffic »).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.6"], nist: ["CM-6"] },
    },
    configSchema: {
        properties: {
            allowedInternetChargeTypes: {
                type: "array",
                items: { type: "string" },
                default: ["PayByTraffic"],
                description: "Approved internetChargeType values (PayByTraffic, PayByBandwidth).",
            },
        },
    },
    validate: (inst, { args, config, report }) => {
        // Unset means the API default "PayByTraffic".
        const chargeType = inst.internetChargeType ?? "PayByTraffic";
        if (config.allowedInternetChargeTypes.includes(chargeType)) return;
        report(
            text(
                `Instance "${args.name}" has internetChargeType "${chargeType}"; set it to one of `
                    + `${config.allowedInternetChargeTypes.join(", ")}.`,
                `L'instance « ${args.name} » a internetChargeType à « ${chargeType} » ; le fixer à l'une des valeurs `
                    + `${config.allowedInternetChargeTypes.join(", ")}.`,
            ),
        );
    },
});
