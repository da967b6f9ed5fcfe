import type { ListenerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slbAllListenerHealthCheckEnabled = resourceRule<ResourceProps<ListenerArgs>>({
    meta: {
        id: "slb-all-listener-health-check-enabled",
        service: "slb",
        title: text("CLB listeners check backend health", "Les écouteurs CLB vérifient la santé des serveurs"),
        description: text(
            "A Classic Load Balancer listener must keep health checks on so that failed backends stop receiving traffic. HTTP/HTTPS "
                + "listeners default to \"on\"; TCP/UDP listeners always check health.",
            "Un écouteur de Classic Load Balancer doit garder les contrôles de santé actifs afin que les serveurs en panne ne reçoivent "
                + "plus de trafic. Les écouteurs HTTP/HTTPS sont « on » par défaut ; les écouteurs TCP/UDP vérifient toujours la santé.",
        ),
        remediation: text(
            "Remove healthCheck: \"off\" from alicloud.slb.Listener (or set healthCheck: \"on\" with a healthCheckUri).",
            "Retirer healthCheck: \"off\" de alicloud.slb.Listener (ou définir healthCheck: \"on\" avec un healthCheckUri).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:slb/listener:Listener"],
        frameworks: { iso27001: ["A.8.14", "A.8.16"], nist: ["CP-10", "SI-4"] },
    },
    validate: (l, { args, report }) => {
        // Only HTTP/HTTPS listeners can turn health checks off; the provider's default is "on".
        if ((l.protocol !== "http" && l.protocol !== "https") || l.healthCheck !== "off") return;
        report(
            text(
                `CLB listener "${args.name}" (${l.protocol} ${l.frontendPort}) has healthCheck "off"; set healthCheck: "on".`,
                `L'écouteur CLB « ${args.name} » (${l.protocol} ${l.frontendPort}) a healthCheck "off" ; définir healthCheck: "on".`,
            ),
        );
    },
});
