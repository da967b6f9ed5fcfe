import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE } from "../../lib/util";

/**
 * Reads explicit egress rules only: the implicit allow-all egress of a group without egress rules is
 * a provider-side default that no input of SecurityGroup or SecurityGroupRule exposes.
 */
export const ecsSecurityGroupEgressNotAllAccess = resourceRule<ResourceProps<SecurityGroupRuleArgs>>({
    meta: {
        id: "ecs-security-group-egress-not-all-access",
        service: "securitygroup",
        title: text(
            "No explicit egress rule allows everything to everywhere",
            "Aucune règle de sortie explicite n'autorise tout vers n'importe où",
        ),
        description: text(
            "An egress rule must not accept all protocols on all ports (ipProtocol \"all\", portRange \"-1/-1\") towards "
                + "0.0.0.0/0 or ::/0.",
            "Une règle de sortie ne doit pas accepter tous les protocoles sur tous les ports (ipProtocol « all », portRange "
                + "« -1/-1 ») vers 0.0.0.0/0 ou ::/0.",
        ),
        remediation: text(
            "Remove the rule to keep the enterprise group's default, or declare egress rules per need (e.g. ipProtocol \"tcp\", "
                + "portRange \"443/443\", cidrIp \"0.0.0.0/0\").",
            "Supprimer la règle pour garder le comportement par défaut du groupe entreprise, ou déclarer des règles de sortie "
                + "selon le besoin (par ex. ipProtocol « tcp », portRange « 443/443 », cidrIp « 0.0.0.0/0 »).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (rule, { args, report }) => {
        if (rule.type !== "egress" || (rule.policy ?? "accept") !== "accept" || rule.ipProtocol !== "all") return;
        if ((rule.portRange ?? "-1/-1") !== "-1/-1") return;
        const destination = rule.cidrIp ?? rule.ipv6CidrIp;
        if (destination === undefined || !ANY_SOURCE.includes(destination)) return;
        report(
            text(
                `Security group rule "${args.name}" allows all egress traffic (all protocols, -1/-1) to ${destination}; `
                    + "declare only the outbound ports the workload needs.",
                `La règle de groupe de sécurité « ${args.name} » autorise tout le trafic sortant (tous protocoles, -1/-1) vers `
                    + `${destination} ; ne déclarer que les ports sortants nécessaires à la charge de travail.`,
            ),
        );
    },
});
