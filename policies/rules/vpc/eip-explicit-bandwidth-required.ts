import type { EipAddressArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const eipExplicitBandwidthRequired = resourceRule<ResourceProps<EipAddressArgs>>({
    meta: {
        id: "eip-explicit-bandwidth-required",
        service: "vpc",
        title: text("EIPs set their bandwidth explicitly", "Les EIP fixent explicitement leur bande passante"),
        description: text(
            "Each EIP states its bandwidth instead of relying on the provider default (5 Mbit/s), so that capacity and cost "
                + "are decided per environment.",
            "Chaque EIP indique sa bande passante au lieu de s'en remettre à la valeur par défaut du fournisseur (5 Mbit/s), "
                + "afin que capacité et coût soient décidés par environnement.",
        ),
        remediation: text(
            "Set bandwidth on the alicloud.ecs.EipAddress from the stack configuration (e.g. \"20\").",
            "Définir bandwidth sur l'alicloud.ecs.EipAddress à partir de la configuration de la pile (par ex. « 20 »).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/eipAddress:EipAddress"],
        frameworks: { iso27001: ["A.8.6"], nist: ["CM-6", "SC-5"] },
    },
    validate: (eip, { args, report }) => {
        if (isSet(eip.bandwidth)) return;
        report(
            text(
                `EIP "${args.name}" does not set bandwidth (the provider would use 5 Mbit/s); set bandwidth explicitly.`,
                `L'EIP « ${args.name} » ne définit pas bandwidth (le fournisseur prendrait 5 Mbit/s) ; définir bandwidth `
                    + "explicitement.",
            ),
        );
    },
});
