import type { ServerGroupArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType } from "../../lib/util";
import { ALB_LISTENER, ALB_SERVER_GROUP, forwardsTo } from "./alb-all-listener-has-server";

/** Joins by reference: listener → the server groups of its default actions, then reads each group's health check. */
export const albAllListenerHealthCheckEnabled = stackRule({
    meta: {
        id: "alb-all-listener-health-check-enabled",
        service: "alb",
        title: text("ALB listeners forward only to health-checked groups", "Les écouteurs ALB ne transmettent qu'à des groupes contrôlés"),
        description: text(
            "Every server group an Application Load Balancer listener forwards to must have health checks enabled, so that failed "
                + "servers stop receiving traffic.",
            "Chaque groupe de serveurs vers lequel un écouteur d'Application Load Balancer transmet doit avoir les contrôles de santé "
                + "activés, afin que les serveurs en panne ne reçoivent plus de trafic.",
        ),
        remediation: text(
            "Set healthCheckConfig.healthCheckEnabled: true on the alicloud.alb.ServerGroup.",
            "Définir healthCheckConfig.healthCheckEnabled: true dans l'alicloud.alb.ServerGroup.",
        ),
        severity: "high",
        resourceTypes: [ALB_LISTENER, ALB_SERVER_GROUP],
        frameworks: { iso27001: ["A.8.14", "A.8.16"], nist: ["CP-10", "SI-4"] },
    },
    validate: (resources, { report }) => {
        const groups = ofType(resources, ALB_SERVER_GROUP);
        for (const l of ofType(resources, ALB_LISTENER)) {
            for (const g of groups.filter((x) => forwardsTo(l, x))) {
                const health = (g.props as Partial<ResourceProps<ServerGroupArgs>>).healthCheckConfig;
                if (health?.healthCheckEnabled === true) continue;
                report(
                    text(
                        `ALB listener "${l.name}" forwards to server group "${g.name}", whose health check is disabled; `
                            + "set healthCheckConfig.healthCheckEnabled: true.",
                        `L'écouteur ALB « ${l.name} » transmet au groupe de serveurs « ${g.name} », dont le contrôle de santé est `
                            + "désactivé ; définir healthCheckConfig.healthCheckEnabled: true.",
                    ),
                    l.urn,
                );
            }
        }
    },
});
