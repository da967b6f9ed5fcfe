import type { ListenerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

export const slbListenerHttpsEnabled = resourceRule<ResourceProps<ListenerArgs>>({
    meta: {
        id: "slb-listener-https-enabled",
        service: "slb",
        title: text("CLB HTTP listeners only redirect to HTTPS", "Les écouteurs HTTP des CLB ne font que rediriger vers HTTPS"),
        description: text(
            "Web traffic to a Classic Load Balancer must be encrypted: an HTTP listener is accepted only when it forwards every request "
                + "to an HTTPS listener (listenerForward \"on\").",
            "Le trafic web vers un Classic Load Balancer doit être chiffré : un écouteur HTTP n'est accepté que s'il renvoie chaque "
                + "requête "
                + "vers un écouteur HTTPS (listenerForward \"on\").",
        ),
        remediation: text(
            "Use protocol \"https\" with a serverCertificateId on alicloud.slb.Listener, or on an \"http\" listener set listenerForward: "
                + "\"on\" "
                + "and forwardPort to the HTTPS listener's port.",
            "Utiliser protocol \"https\" avec un serverCertificateId dans alicloud.slb.Listener, ou, sur un écouteur \"http\", définir "
                + "listenerForward: \"on\" et forwardPort sur le port de l'écouteur HTTPS.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:slb/listener:Listener"],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (l, { args, report }) => {
        if (l.protocol !== "http" || l.listenerForward === "on") return;
        report(
            text(
                `CLB listener "${args.name}" serves plain HTTP on port ${l.frontendPort} with listenerForward ${shown(l.listenerForward)}; `
                    + "set listenerForward: \"on\" to redirect to HTTPS, or use protocol \"https\".",
                `L'écouteur CLB « ${args.name} » sert du HTTP en clair sur le port ${l.frontendPort} avec listenerForward `
                    + `${shown(l.listenerForward, "fr")} ; définir listenerForward: "on" pour rediriger vers HTTPS, ou utiliser protocol `
                    + '"https".',
            ),
        );
    },
});
