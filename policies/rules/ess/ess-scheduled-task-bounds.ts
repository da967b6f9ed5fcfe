import type { ScheduledTaskArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * A scheduled task that sets a scaling group's capacity (scalingGroupId mode; the scheduledAction mode runs a scaling rule,
 * checked by ess-scaling-rule-action-configured) pre-warms servers before an event. If it sets only the desired capacity,
 * the target-tracking rule scales back down to the old minimum within minutes, on low CPU, just before the crowd arrives;
 * and a later task that lowers only the desired capacity leaves a raised minimum in place. So a task that sets the desired
 * capacity must also set the minimum, and the three values must be in order.
 */
export const essScheduledTaskBounds = resourceRule<ResourceProps<ScheduledTaskArgs>>({
    meta: {
        id: "ess-scheduled-task-bounds",
        service: "ess",
        title: text("Scheduled scaling sets the minimum, in order", "La mise à l'échelle planifiée fixe le minimum, dans l'ordre"),
        description: text(
            "An ESS scheduled task that sets desiredCapacity must also set minValue, so that target tracking cannot undo a pre-warm, "
                + "and its values must satisfy minValue ≤ desiredCapacity ≤ maxValue.",
            "Une tâche planifiée ESS qui fixe desiredCapacity doit aussi fixer minValue, afin que le suivi de cible ne puisse pas "
                + "défaire un préchauffage, et ses valeurs doivent respecter minValue ≤ desiredCapacity ≤ maxValue.",
        ),
        remediation: text(
            "On alicloud.ess.ScheduledTask set minValue (equal to desiredCapacity for a pre-warm) and keep minValue ≤ desiredCapacity "
                + "≤ maxValue.",
            "Dans alicloud.ess.ScheduledTask, fixer minValue (égal à desiredCapacity pour un préchauffage) et garder minValue ≤ "
                + "desiredCapacity ≤ maxValue.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ess/scheduledTask:ScheduledTask"],
        frameworks: { iso27001: ["A.8.6", "A.8.14"], nist: ["CP-2", "SC-5"] },
    },
    validate: (t, { args, report }) => {
        const { minValue: min, desiredCapacity: desired, maxValue: max } = t;
        if (desired !== undefined && min === undefined) {
            report(
                text(
                    `Scheduled task "${args.name}" sets desiredCapacity ${desired} without minValue, so target tracking can scale it `
                        + "back down; set minValue.",
                    `La tâche planifiée « ${args.name} » fixe desiredCapacity à ${desired} sans minValue, donc le suivi de cible peut `
                        + "la défaire ; fixer minValue.",
                ),
            );
        }
        const order = [min, desired, max].filter((v): v is number => v !== undefined);
        if (order.every((v, i) => i === 0 || order[i - 1] <= v)) return;
        const shown = (v: number | undefined) => (v === undefined ? "unset" : String(v));
        const montre = (v: number | undefined) => (v === undefined ? "non renseigné" : String(v));
        report(
            text(
                `Scheduled task "${args.name}" has its values out of order (minValue ${shown(min)}, desiredCapacity ${shown(desired)}, `
                    + `maxValue ${shown(max)}); keep minValue ≤ desiredCapacity ≤ maxValue.`,
                `La tâche planifiée « ${args.name} » a des valeurs dans le désordre (minValue ${montre(min)}, desiredCapacity `
                    + `${montre(desired)}, maxValue ${montre(max)}) ; garder minValue ≤ desiredCapacity ≤ maxValue.`,
            ),
        );
    },
});
