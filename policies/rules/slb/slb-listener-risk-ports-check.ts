import type { ListenerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    ports: number[];
}

export const slbListenerRiskPortsCheck = resourceRule<ResourceProps<ListenerArgs>, Config>({
    meta: {
        id: "slb-listener-risk-ports-check",
        service: "slb",
        title: text(
            "CLB listeners do not publish administration or database ports",
            "Les écouteurs CLB ne publient aucun port d'administration ou de base de données",
        ),
        description: text(
            "A Classic Load Balancer listener must not listen on SSH, RDP or database ports, which would publish administration or data "
                + "services through the load balancer.",
            "Un écouteur de Classic Load Balancer ne doit pas écouter sur les ports SSH, RDP ou de bases de données, ce qui publierait des "
                + "services d'administration ou de données via l'équilibreur.",
        ),
        remediation: text(
            "Change frontendPort on alicloud.slb.Listener to a service port (443), and reach administration through a bastion.",
            "Changer frontendPort dans alicloud.slb.Listener pour un port de service (443) et passer par un bastion pour l'administration.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:slb/listener:Listener"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "CM-7"] },
    },
    configSchema: {
        properties: {
            ports: {
                type: "array",
                items: { type: "integer" },
                default: [22, 3389, 3306, 6379],
                description: "Frontend ports a CLB listener must never use.",
            },
        },
    },
    validate: (l, { args, config, report }) => {
        if (!config.ports.includes(l.frontendPort)) return;
        report(
            text(
                `CLB listener "${args.name}" listens on risky port ${l.frontendPort}; use a service port such as 443.`,
                `L'écouteur CLB « ${args.name} » écoute sur le port à risque ${l.frontendPort} ; utiliser un port de service comme 443.`,
            ),
        );
    },
});
