import type { NatGatewayArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

/**
 * The survey's pass condition wants natType written out: the field is immutable, and gateways created before
 * provider 1.137.0 may still be "Normal" (small, single-zone, without availabilityMode).
 */
export const natGatewaySpecRequired = resourceRule<ResourceProps<NatGatewayArgs>>({
    meta: {
        id: "nat-gateway-spec-required",
        service: "vpc",
        title: text("NAT gateways are enhanced gateways", "Les passerelles NAT sont de type amélioré"),
        description: text(
            "A NAT gateway must set natType \"Enhanced\" (cross-zone capable, sized by traffic), or at least a specification "
                + "other than \"Small\".",
            "Une passerelle NAT doit définir natType « Enhanced » (apte au multi-zone, dimensionnée selon le trafic), ou au moins "
                + "une specification autre que « Small ».",
        ),
        remediation: text(
            "Set natType: \"Enhanced\" (and vswitchId) on the alicloud.vpc.NatGateway; the gateway is replaced.",
            "Définir natType: \"Enhanced\" (et vswitchId) sur l'alicloud.vpc.NatGateway ; la passerelle est recréée.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/natGateway:NatGateway"],
        frameworks: { iso27001: ["A.8.6", "A.8.14"], nist: ["CP-10", "SC-5"] },
    },
    validate: (nat, { args, report }) => {
        if (nat.natType === "Enhanced") return;
        if (isSet(nat.specification) && nat.specification !== "Small") return;
        const type = nat.natType === undefined ? "unset" : `"${nat.natType}"`;
        const typeFr = nat.natType === undefined ? "absent" : `« ${nat.natType} »`;
        const spec = nat.specification === undefined ? "unset" : `"${nat.specification}"`;
        const specFr = nat.specification === undefined ? "absente" : `« ${nat.specification} »`;
        report(
            text(
                `NAT gateway "${args.name}" has natType ${type} and specification ${spec}; set natType: "Enhanced".`,
                `La passerelle NAT « ${args.name} » a natType ${typeFr} et specification ${specFr} ; définir natType: "Enhanced".`,
            ),
        );
    },
});
