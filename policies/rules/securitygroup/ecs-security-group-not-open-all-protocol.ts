import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ecsSecurityGroupNotOpenAllProtocol = resourceRule<ResourceProps<SecurityGroupRuleArgs>>({
    meta: {
        id: "ecs-security-group-not-open-all-protocol",
        service: "securitygroup",
        title: text("No ingress rule accepts all protocols", "Aucune règle d'entrée n'accepte tous les protocoles"),
        description: text(
            "An accepting ingress rule must name its protocol (tcp, udp, icmp...) instead of ipProtocol \"all\", whatever its source.",
            "Une règle d'entrée qui accepte le trafic doit nommer son protocole (tcp, udp, icmp...) au lieu de ipProtocol « all », "
                + "quelle que soit sa source.",
        ),
        remediation: text(
            "Set ipProtocol to \"tcp\" or \"udp\" with the service's portRange; add a separate rule per protocol really needed.",
            "Définir ipProtocol à « tcp » ou « udp » avec le portRange du service ; ajouter une règle distincte par protocole "
                + "réellement nécessaire.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { cis: ["3.5"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-6"] },
    },
    validate: (rule, { args, report }) => {
        if (rule.type !== "ingress" || (rule.policy ?? "accept") !== "accept" || rule.ipProtocol !== "all") return;
        const source = rule.cidrIp ?? rule.ipv6CidrIp ?? rule.sourceSecurityGroupId ?? rule.prefixListId;
        report(
            text(
                `Security group rule "${args.name}" accepts all protocols (ipProtocol "all")${source ? ` from ${source}` : ""}; `
                    + "name the protocol and ports.",
                `La règle de groupe de sécurité « ${args.name} » accepte tous les protocoles (ipProtocol « all »)`
                    + `${source ? ` depuis ${source}` : ""} ; préciser le protocole et les ports.`,
            ),
        );
    },
});
