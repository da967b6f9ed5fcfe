import type { ScalingGroupArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const essGroupHealthCheck = resourceRule<ResourceProps<ScalingGroupArgs>>({
    meta: {
        id: "ess-group-health-check",
        service: "ess",
        title: text("Scaling groups health-check their instances", "Les groupes de mise à l'échelle vérifient la santé de leurs instances"),
        description: text(
            "An Auto Scaling group must state a health check (ECS or LOAD_BALANCER) and not \"NONE\", so that unhealthy instances "
                + "are replaced automatically.",
            "Un groupe Auto Scaling doit déclarer un contrôle de santé (ECS ou LOAD_BALANCER) et non « NONE », afin que les instances "
                + "défaillantes soient remplacées automatiquement.",
        ),
        remediation: text(
            "Set healthCheckTypes on alicloud.ess.ScalingGroup to [\"ECS\"] or [\"LOAD_BALANCER\"] (or healthCheckType to one of them).",
            "Fixer healthCheckTypes sur alicloud.ess.ScalingGroup à [\"ECS\"] ou [\"LOAD_BALANCER\"] (ou healthCheckType à l'une de "
                + "ces valeurs).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ess/scalingGroup:ScalingGroup"],
        frameworks: { iso27001: ["A.8.14", "A.8.16"], nist: ["SI-4", "CP-10"] },
    },
    validate: (group, { args, report }) => {
        const types = [...(group.healthCheckTypes ?? []), ...(group.healthCheckType !== undefined ? [group.healthCheckType] : [])];
        // The survey asks for an explicit value: an unset health check type fails even though the API would default to ECS.
        if (types.length === 0) {
            report(
                text(
                    `Scaling group "${args.name}" does not set healthCheckTypes; set it to ["ECS"] or ["LOAD_BALANCER"].`,
                    `Le groupe de mise à l'échelle « ${args.name} » ne renseigne pas healthCheckTypes ; le fixer à ["ECS"] ou `
                        + "[\"LOAD_BALANCER\"].",
                ),
            );
            return;
        }
        if (!types.includes("NONE")) return;
        report(
            text(
                `Scaling group "${args.name}" turns health checks off (health check type "NONE"); use "ECS" or "LOAD_BALANCER".`,
                `Le groupe de mise à l'échelle « ${args.name} » désactive le contrôle de santé (type « NONE ») ; utiliser « ECS » ou `
                    + "« LOAD_BALANCER ».",
            ),
        );
    },
});
