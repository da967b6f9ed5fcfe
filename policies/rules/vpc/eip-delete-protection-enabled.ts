import type { EipAddressArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const eipDeleteProtectionEnabled = resourceRule<ResourceProps<EipAddressArgs>>({
    meta: {
        id: "eip-delete-protection-enabled",
        service: "vpc",
        title: text("EIPs have deletion protection", "Les EIP sont protégées contre la suppression"),
        description: text(
            "Elastic IP addresses are published in DNS and partner allow-lists; a released address cannot be got back, so "
                + "deletionProtection must be true.",
            "Les adresses IP élastiques sont publiées dans le DNS et dans les listes blanches des partenaires ; une adresse "
                + "libérée ne se récupère pas, deletionProtection doit donc valoir true.",
        ),
        remediation: text(
            "Set deletionProtection: true on the alicloud.ecs.EipAddress.",
            "Définir deletionProtection: true sur l'alicloud.ecs.EipAddress.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/eipAddress:EipAddress"],
        frameworks: { iso27001: ["A.8.14", "A.8.32"], nist: ["CM-5", "CP-10"] },
    },
    validate: (eip, { args, report }) => {
        if (eip.deletionProtection === true) return;
        const value = eip.deletionProtection === undefined ? "unset" : String(eip.deletionProtection);
        const valueFr = eip.deletionProtection === undefined ? "absent" : String(eip.deletionProtection);
        report(
            text(
                `EIP "${args.name}" has no deletion protection (deletionProtection is ${value}); set deletionProtection: true.`,
                `L'EIP « ${args.name} » n'est pas protégée contre la suppression (deletionProtection est ${valueFr}) ; `
                    + "définir deletionProtection: true.",
            ),
        );
    },
});
