import type { NetworkAclArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE, parsePortRange, rangeCovers } from "../../lib/util";

interface Config {
    riskyPorts: number[];
}

export const vpcNetworkAclRiskyPortsCheck = resourceRule<ResourceProps<NetworkAclArgs>, Config>({
    meta: {
        id: "vpc-network-acl-risky-ports-check",
        service: "vpc",
        title: text(
            "Network ACLs do not open all ports or risky ports to the internet",
            "Les ACL réseau n'ouvrent pas tous les ports ni des ports à risque à Internet",
        ),
        description: text(
            "An accepting ingress ACL entry from 0.0.0.0/0 or ::/0 must neither cover every port (-1/-1, protocol \"all\") "
                + "nor a risky port (SSH 22 and RDP 3389 by default).",
            "Une entrée d'ACL en entrée qui accepte le trafic de 0.0.0.0/0 ou ::/0 ne doit couvrir ni tous les ports (-1/-1, "
                + "protocole « all ») ni un port à risque (SSH 22 et RDP 3389 par défaut).",
        ),
        remediation: text(
            "In ingressAclEntries, set sourceCidrIp to a private range or port to the service port (e.g. \"443/443\"), "
                + "or set policy: \"drop\" for these ports.",
            "Dans ingressAclEntries, définir sourceCidrIp sur une plage privée ou port sur le port du service (par ex. "
                + "« 443/443 »), ou définir policy: \"drop\" pour ces ports.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:vpc/networkAcl:NetworkAcl"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-17"] },
    },
    configSchema: {
        properties: {
            riskyPorts: {
                type: "array",
                items: { type: "integer" },
                default: [22, 3389],
                description: "Ports an ingress ACL entry must never accept from the internet.",
            },
        },
    },
    validate: (acl, { args, config, report }) => {
        (acl.ingressAclEntries ?? []).forEach((entry, i) => {
            // The typings document no default policy: an entry without one is read as accepting (the safe assumption).
            if ((entry.policy ?? "accept") !== "accept") return;
            const source = entry.sourceCidrIp;
            if (source === undefined || !ANY_SOURCE.includes(source)) return;
            const protocol = entry.protocol ?? "all";
            if (protocol !== "all" && protocol !== "tcp" && protocol !== "udp") return;
            const port = entry.port ?? "-1/-1";
            const label = entry.networkAclEntryName ?? `#${i + 1}`;
            const range = protocol === "all" ? { from: 1, to: 65535 } : parsePortRange(port);
            if (!range) return;
            if (range.from <= 1 && range.to >= 65535) {
                report(
                    text(
                        `Network ACL "${args.name}" ingress entry ${label} accepts every port (${protocol} ${port}) from ${source}; `
                            + "limit it to the service ports.",
                        `L'entrée ${label} de l'ACL réseau « ${args.name} » accepte tous les ports (${protocol} ${port}) depuis `
                            + `${source} ; la limiter aux ports du service.`,
                    ),
                );
                return;
            }
            const exposed = config.riskyPorts.filter((p) => rangeCovers(range, p)).join(", ");
            if (exposed === "") return;
            report(
                text(
                    `Network ACL "${args.name}" ingress entry ${label} (${protocol} ${port}) accepts risky port(s) ${exposed} `
                        + `from ${source}.`,
                    `L'entrée ${label} de l'ACL réseau « ${args.name} » (${protocol} ${port}) accepte le(s) port(s) à risque `
                        + `${exposed} depuis ${source}.`,
                ),
            );
        });
    },
});
