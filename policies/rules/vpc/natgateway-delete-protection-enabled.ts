import type { NatGatewayArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const natgatewayDeleteProtectionEnabled = resourceRule<ResourceProps<NatGatewayArgs>>({
    meta: {
        id: "natgateway-delete-protection-enabled",
        service: "vpc",
        title: text("NAT gateways have deletion protection", "Les passerelles NAT sont protégées contre la suppression"),
        description: text(
            "NAT gateways carry the platform's outbound traffic; deletionProtection (false by default) must be true so that "
                + "a mistaken deletion is refused.",
            "Les passerelles NAT portent le trafic sortant de la plateforme ; deletionProtection (false par défaut) doit valoir "
                + "true afin qu'une suppression par erreur soit refusée.",
        ),
        remediation: text(
            "Set deletionProtection: true on the alicloud.vpc.NatGateway.",
            "Définir deletionProtection: true sur l'alicloud.vpc.NatGateway.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/natGateway:NatGateway"],
        frameworks: { iso27001: ["A.8.14", "A.8.32"], nist: ["CM-5", "CP-10"] },
    },
    validate: (nat, { args, report }) => {
        if (nat.deletionProtection === true) return;
        const value = nat.deletionProtection === undefined ? "unset, so false" : String(nat.deletionProtection);
        const valueFr = nat.deletionProtection === undefined ? "absent, donc false" : String(nat.deletionProtection);
        report(
            text(
                `NAT gateway "${args.name}" has no deletion protection (deletionProtection is ${value}); set deletionProtection: true.`,
                `La passerelle NAT « ${args.name} » n'est pas protégée contre la suppression (deletionProtection est ${valueFr}) ; `
                    + "définir deletionProtection: true.",
            ),
        );
    },
});
