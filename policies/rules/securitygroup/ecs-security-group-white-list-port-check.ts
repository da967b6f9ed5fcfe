import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE, parsePortRange, rangeWithin } from "../../lib/util";

interface Config {
    allowedPorts: number[];
}

export const ecsSecurityGroupWhiteListPortCheck = resourceRule<ResourceProps<SecurityGroupRuleArgs>, Config>({
    meta: {
        id: "ecs-security-group-white-list-port-check",
        service: "securitygroup",
        title: text(
            "The internet reaches only allow-listed ports",
            "Internet n'atteint que les ports de la liste autorisée",
        ),
        description: text(
            "An accepting ingress rule from 0.0.0.0/0 or ::/0 must be tcp or udp and cover only allow-listed ports "
                + "(by default 80 and 443, the edge's HTTP and HTTPS).",
            "Une règle d'entrée qui accepte le trafic de 0.0.0.0/0 ou ::/0 doit être tcp ou udp et ne couvrir que des ports de "
                + "la liste autorisée (par défaut 80 et 443, HTTP et HTTPS de la frontale).",
        ),
        remediation: text(
            "Open only the allow-listed ports to the internet (ipProtocol \"tcp\", portRange \"443/443\"); for any other port set "
                + "cidrIp to a private range or sourceSecurityGroupId to the calling tier's group.",
            "N'ouvrir à Internet que les ports autorisés (ipProtocol « tcp », portRange « 443/443 ») ; pour tout autre port, "
                + "définir cidrIp sur une plage privée ou sourceSecurityGroupId sur le groupe du tier appelant.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { cis: ["3.5"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-7"] },
    },
    configSchema: {
        properties: {
            allowedPorts: {
                type: "array",
                items: { type: "integer" },
                default: [80, 443],
                description: "The only tcp/udp ports an ingress rule may open to 0.0.0.0/0 or ::/0.",
            },
        },
    },
    validate: (rule, { args, config, report }) => {
        if (rule.type !== "ingress" || (rule.policy ?? "accept") !== "accept") return;
        const source = rule.cidrIp ?? rule.ipv6CidrIp;
        if (source === undefined || !ANY_SOURCE.includes(source)) return;
        const allowed = config.allowedPorts.join(", ");
        const portRange = rule.portRange ?? "-1/-1";
        const range = rule.ipProtocol === "tcp" || rule.ipProtocol === "udp" ? parsePortRange(portRange) : undefined;
        if (range && rangeWithin(range, config.allowedPorts)) return;
        report(
            text(
                `Security group rule "${args.name}" opens ${rule.ipProtocol} ${portRange} to ${source}; only tcp/udp port(s) `
                    + `${allowed} may be reachable from the internet.`,
                `La règle de groupe de sécurité « ${args.name} » ouvre ${rule.ipProtocol} ${portRange} à ${source} ; seuls les `
                    + `ports tcp/udp ${allowed} peuvent être joignables depuis Internet.`,
            ),
        );
    },
});
