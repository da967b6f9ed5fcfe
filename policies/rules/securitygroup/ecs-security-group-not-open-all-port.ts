import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { parsePortRange } from "../../lib/util";

/** Unlike sg-public-access-check, any source counts: even between tiers a rule should name its ports. */
export const ecsSecurityGroupNotOpenAllPort = resourceRule<ResourceProps<SecurityGroupRuleArgs>>({
    meta: {
        id: "ecs-security-group-not-open-all-port",
        service: "securitygroup",
        title: text("No ingress rule opens the whole port range", "Aucune règle d'entrée n'ouvre toute la plage de ports"),
        description: text(
            "An accepting tcp or udp ingress rule must not cover every port (1/65535 or -1/-1), whatever its source.",
            "Une règle d'entrée tcp ou udp qui accepte le trafic ne doit pas couvrir tous les ports (1/65535 ou -1/-1), "
                + "quelle que soit sa source.",
        ),
        remediation: text(
            "Set portRange to the ports the service listens on, e.g. \"5432/5432\" for PostgreSQL from the application tier.",
            "Définir portRange sur les ports qu'écoute le service, par ex. « 5432/5432 » pour PostgreSQL depuis le tier applicatif.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { cis: ["3.5"], iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-6"] },
    },
    validate: (rule, { args, report }) => {
        if (rule.type !== "ingress" || (rule.policy ?? "accept") !== "accept") return;
        if (rule.ipProtocol !== "tcp" && rule.ipProtocol !== "udp") return;
        const portRange = rule.portRange ?? "-1/-1";
        const range = parsePortRange(portRange);
        if (!range || range.from > 1 || range.to < 65535) return;
        report(
            text(
                `Security group rule "${args.name}" accepts ${rule.ipProtocol} on every port (${portRange}); `
                    + "restrict portRange to the service ports.",
                `La règle de groupe de sécurité « ${args.name} » accepte ${rule.ipProtocol} sur tous les ports (${portRange}) ; `
                    + "restreindre portRange aux ports du service.",
            ),
        );
    },
});
