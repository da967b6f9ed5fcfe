import type { ServerGroupArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minServers: number;
}

export const albServerGroupMultiServer = resourceRule<ResourceProps<ServerGroupArgs>, Config>({
    meta: {
        id: "alb-server-group-multi-server",
        service: "alb",
        title: text(
            "ALB instance server groups have several servers",
            "Les groupes de serveurs ALB de type instance ont plusieurs serveurs",
        ),
        description: text(
            "A non-empty ALB server group of type Instance must hold at least two distinct servers, so that one failure does not stop "
                + "the service. Empty groups are left to auto scaling and to alb-all-listener-has-server.",
            "Un groupe de serveurs ALB non vide de type Instance doit contenir au moins deux serveurs distincts, afin qu'une panne "
                + "n'interrompe pas le service. Les groupes vides relèvent de la mise à l'échelle automatique et de "
                + "alb-all-listener-has-server.",
        ),
        remediation: text(
            "Add a second entry to servers of alicloud.alb.ServerGroup (or attach an auto-scaling group with "
                + "ess.AlbServerGroupAttachment).",
            "Ajouter une seconde entrée dans servers de alicloud.alb.ServerGroup (ou y rattacher un groupe de mise à l'échelle avec "
                + "ess.AlbServerGroupAttachment).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:alb/serverGroup:ServerGroup"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-6"] },
    },
    configSchema: {
        properties: {
            minServers: { type: "integer", default: 2, description: "Fewest distinct servers a non-empty Instance server group may hold." },
        },
    },
    validate: (g, { args, config, report }) => {
        if ((g.serverGroupType ?? "Instance") !== "Instance") return;
        const servers = [...new Set((g.servers ?? []).map((s) => s.serverId))];
        if (servers.length === 0 || servers.length >= config.minServers) return;
        report(
            text(
                `ALB server group "${args.name}" has only ${servers.length} server(s) (${servers.join(", ")}); add servers to reach at `
                    + `least ${config.minServers}.`,
                `Le groupe de serveurs ALB « ${args.name} » n'a que ${servers.length} serveur(s) (${servers.join(", ")}) ; en ajouter pour `
                    + `atteindre au moins ${config.minServers}.`,
            ),
        );
    },
});
