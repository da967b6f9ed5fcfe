import type { BackendServerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slbBackendserverWeightCheck = resourceRule<ResourceProps<BackendServerArgs>>({
    meta: {
        id: "slb-backendserver-weight-check",
        service: "slb",
        title: text("CLB backend servers receive traffic", "Les serveurs des CLB reçoivent du trafic"),
        description: text(
            "When a Classic Load Balancer's default server group lists backend servers, at least one of them must have a weight above 0; "
                + "with all weights at 0 no request is forwarded.",
            "Lorsque le groupe de serveurs par défaut d'un Classic Load Balancer liste des serveurs, au moins l'un d'eux doit avoir un "
                + "poids supérieur à 0 ; avec tous les poids à 0, aucune requête n'est transmise.",
        ),
        remediation: text(
            "Give at least one entry of backendServers on alicloud.slb.BackendServer a weight between 1 and 100.",
            "Donner à au moins une entrée de backendServers dans alicloud.slb.BackendServer un poids entre 1 et 100.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:slb/backendServer:BackendServer"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "CM-6"] },
    },
    validate: (b, { args, report }) => {
        const servers = b.backendServers ?? [];
        if (servers.length === 0 || servers.some((s) => s.weight > 0)) return;
        report(
            text(
                `CLB backend servers "${args.name}" all have weight 0, so no request reaches them; give at least one server a weight above `
                    + "0.",
                `Les serveurs CLB « ${args.name} » ont tous un poids de 0 et ne reçoivent donc aucune requête ; donner à au moins un `
                    + "serveur un poids supérieur à 0.",
            ),
        );
    },
});
