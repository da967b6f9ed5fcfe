import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE, parsePortRange, rangeCovers } from "../../lib/util";

interface Config {
    ports: number[];
}

export const sgNoRiskyPortsFromInternet = resourceRule<ResourceProps<SecurityGroupRuleArgs>, Config>({
    meta: {
        id: "sg-no-risky-ports-from-internet",
        service: "securitygroup",
        title: text(
            "No administration or database port open to the internet",
            "Aucun port d'administration ou de base de données ouvert sur Internet",
        ),
        description: text(
            "An ingress security-group rule that accepts traffic from 0.0.0.0/0 or ::/0 must not cover SSH, RDP, Telnet, SMB "
                + "or database ports.",
            "Une règle d'entrée de groupe de sécurité qui accepte le trafic de 0.0.0.0/0 ou ::/0 ne doit couvrir ni SSH, ni RDP, "
                + "ni Telnet, ni SMB, ni les ports de bases de données.",
        ),
        remediation: text(
            "Restrict cidrIp to the private range that needs access, or remove the rule and use Cloud Assistant / a bastion "
                + "for administration.",
            "Restreindre cidrIp à la plage privée qui a besoin de l'accès, ou supprimer la règle et administrer via Cloud "
                + "Assistant ou un bastion.",
        ),
        severity: "critical",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { cis: ["4.3", "4.4"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-17"] },
    },
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer" },
                default: [22, 23, 445, 1433, 3306, 3389, 5432, 6379, 27017],
                description: "Ports that must never be reachable from the internet.",
            },
        },
    },
    validate: (rule, { config, report }) => {
        if (rule.type !== "ingress" || (rule.policy ?? "accept") !== "accept") return;
        const source = rule.cidrIp ?? rule.ipv6CidrIp;
        if (source === undefined || !ANY_SOURCE.includes(source)) return;
        const protocol = rule.ipProtocol;
        if (protocol !== "tcp" && protocol !== "udp" && protocol !== "all") return;
        // An "all" rule ignores portRange: every port of every protocol is open.
        const range = protocol === "all" ? { from: 1, to: 65535 } : parsePortRange(rule.portRange ?? "-1/-1");
        if (!range) return;
        const exposed = config.ports.filter((p) => rangeCovers(range, p)).join(", ");
        if (exposed === "") return;
        const portRange = rule.portRange ?? "-1/-1";
        report(
            text(
                `Ingress ${protocol} ${portRange} from ${source} exposes port(s) ${exposed} to the internet.`,
                `L'entrée ${protocol} ${portRange} depuis ${source} expose le(s) port(s) ${exposed} à Internet.`,
            ),
        );
    },
});
