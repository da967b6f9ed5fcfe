import type { ForwardEntryArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { parsePortRange, rangeCovers } from "../../lib/util";

interface Config {
    riskyPorts: number[];
}

/** externalPort is "80", "10/20", or "any" (with ipProtocol "any", i.e. every port is forwarded). */
function externalRange(port: string): { from: number; to: number } | undefined {
    const p = port.trim().toLowerCase();
    if (p === "any") return { from: 1, to: 65535 };
    if (/^\d+$/.test(p)) return { from: Number(p), to: Number(p) };
    return parsePortRange(p);
}

export const natRiskPortsCheck = resourceRule<ResourceProps<ForwardEntryArgs>, Config>({
    meta: {
        id: "nat-risk-ports-check",
        service: "vpc",
        title: text("No DNAT entry publishes a risky port", "Aucune entrée DNAT ne publie un port à risque"),
        description: text(
            "A NAT gateway DNAT (forward) entry must not expose administration, database or proxy ports on its public "
                + "externalPort, nor forward every port (\"any\").",
            "Une entrée DNAT (forward) de passerelle NAT ne doit exposer sur son externalPort public ni port d'administration, "
                + "ni port de base de données ou de proxy, ni rediriger tous les ports (« any »).",
        ),
        remediation: text(
            "Remove the alicloud.vpc.ForwardEntry, or set externalPort to a service port such as \"443\" and publish the service "
                + "through the load balancer instead.",
            "Supprimer l'alicloud.vpc.ForwardEntry, ou définir externalPort sur un port de service comme « 443 » et publier le "
                + "service plutôt via l'équilibreur de charge.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:vpc/forwardEntry:ForwardEntry"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-17"] },
    },
    configSchema: {
        properties: {
            riskyPorts: {
                type: "array",
                items: { type: "integer" },
                default: [22, 23, 445, 3389, 1433, 3306, 5432, 6379, 8080, 8443],
                description: "External ports a DNAT entry must never publish.",
            },
        },
    },
    validate: (entry, { args, config, report }) => {
        const range = externalRange(entry.externalPort);
        if (!range) return;
        const exposed = config.riskyPorts.filter((p) => rangeCovers(range, p)).join(", ");
        if (exposed === "") return;
        report(
            text(
                `DNAT entry "${args.name}" publishes externalPort ${entry.externalPort} (${entry.ipProtocol}), covering risky `
                    + `port(s) ${exposed}; forward only service ports.`,
                `L'entrée DNAT « ${args.name} » publie l'externalPort ${entry.externalPort} (${entry.ipProtocol}), qui couvre le(s) `
                    + `port(s) à risque ${exposed} ; ne rediriger que des ports de service.`,
            ),
        );
    },
});
