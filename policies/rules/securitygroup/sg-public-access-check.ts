import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE, parsePortRange } from "../../lib/util";

export const sgPublicAccessCheck = resourceRule<ResourceProps<SecurityGroupRuleArgs>>({
    meta: {
        id: "sg-public-access-check",
        service: "securitygroup",
        title: text(
            "No security-group rule opens all ports or all protocols to the internet",
            "Aucune règle de groupe de sécurité n'ouvre tous les ports ou tous les protocoles à Internet",
        ),
        description: text(
            "An accepting ingress rule from 0.0.0.0/0 or ::/0 must neither use ipProtocol \"all\" nor cover the whole tcp/udp "
                + "port range (1/65535 or -1/-1).",
            "Une règle d'entrée qui accepte le trafic de 0.0.0.0/0 ou ::/0 ne doit ni utiliser ipProtocol « all » ni couvrir "
                + "toute la plage de ports tcp/udp (1/65535 ou -1/-1).",
        ),
        remediation: text(
            "Set ipProtocol to \"tcp\" or \"udp\", portRange to the single service port (e.g. \"443/443\") and, unless the "
                + "service is public, cidrIp to a private range.",
            "Définir ipProtocol à « tcp » ou « udp », portRange au seul port du service (par ex. « 443/443 ») et, sauf si le "
                + "service est public, cidrIp à une plage privée.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { cis: ["3.5"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (rule, { args, report }) => {
        if (rule.type !== "ingress" || (rule.policy ?? "accept") !== "accept") return;
        const source = rule.cidrIp ?? rule.ipv6CidrIp;
        if (source === undefined || !ANY_SOURCE.includes(source)) return;
        const portRange = rule.portRange ?? "-1/-1";
        if (rule.ipProtocol === "all") {
            report(
                text(
                    `Security group rule "${args.name}" accepts all protocols (ipProtocol "all") from ${source}; `
                        + "allow only the tcp/udp port the service needs.",
                    `La règle de groupe de sécurité « ${args.name} » accepte tous les protocoles (ipProtocol « all ») depuis `
                        + `${source} ; n'autoriser que le port tcp/udp nécessaire au service.`,
                ),
            );
            return;
        }
        if (rule.ipProtocol !== "tcp" && rule.ipProtocol !== "udp") return;
        const range = parsePortRange(portRange);
        if (!range || range.from > 1 || range.to < 65535) return;
        report(
            text(
                `Security group rule "${args.name}" opens every ${rule.ipProtocol} port (${portRange}) to ${source}; `
                    + "restrict portRange to the service port.",
                `La règle de groupe de sécurité « ${args.name} » ouvre tous les ports ${rule.ipProtocol} (${portRange}) à `
                    + `${source} ; restreindre portRange au port du service.`,
            ),
        );
    },
});
