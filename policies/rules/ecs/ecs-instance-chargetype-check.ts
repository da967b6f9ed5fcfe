import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedChargeTypes: string[];
}

export const ecsInstanceChargetypeCheck = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "ecs-instance-chargetype-check",
        service: "ecs",
        title: text("ECS instances use an approved billing method", "Les instances ECS utilisent un mode de facturation approuvé"),
        description: text(
            "The billing method of an ECS instance (instanceChargeType) must be one the project approved; pay-as-you-go by default, "
                + "so that an instance cannot expire and be released at the end of a subscription.",
            "Le mode de facturation d'une instance ECS (instanceChargeType) doit faire partie de ceux approuvés par le projet ; par défaut "
                + "le paiement à l'usage, afin qu'une instance ne puisse pas expirer et être libérée à la fin d'un abonnement.",
        ),
        remediation: text(
            "Set instanceChargeType on alicloud.ecs.Instance to an approved value (default \"PostPaid\").",
            "Fixer instanceChargeType sur alicloud.ecs.Instance à une valeur approuvée (par défaut « PostPaid »).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.6"], nist: ["CM-6"] },
    },
    configSchema: {
        properties: {
            allowedChargeTypes: {
                type: "array",
                items: { type: "string" },
                default: ["PostPaid"],
                description: "Approved instanceChargeType values (PostPaid, PrePaid).",
            },
        },
    },
    validate: (inst, { args, config, report }) => {
        // Unset means the API default "PostPaid".
        const chargeType = inst.instanceChargeType ?? "PostPaid";
        if (config.allowedChargeTypes.includes(chargeType)) return;
        report(
            text(
                `Instance "${args.name}" is billed "${chargeType}"; set instanceChargeType to one of `
                    + `${config.allowedChargeTypes.join(", ")}.`,
                `L'instance « ${args.name} » est facturée en « ${chargeType} » ; fixer instanceChargeType à l'une des valeurs `
                    + `${config.allowedChargeTypes.join(", ")}.`,
            ),
        );
    },
});
