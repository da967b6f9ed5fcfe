import type { AutoSnapshotPolicyArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    earliestHour: number;
    latestHour: number;
}

export const ecsSnapshotPolicyTimepointsCheck = resourceRule<ResourceProps<AutoSnapshotPolicyArgs>, Config>({
    meta: {
        id: "ecs-snapshot-policy-timepoints-check",
        service: "ecs",
        title: text("Snapshots are taken off-peak", "Les instantanés sont pris en heures creuses"),
        description: text(
            "Every time point of an automatic snapshot policy must fall in the configured off-peak window (02:00 to 05:00 by default), "
                + "so that snapshots do not slow disks down during events.",
            "Chaque heure d'une stratégie d'instantanés automatiques doit se situer dans la plage creuse configurée (de 2 h à 5 h par "
                + "défaut), afin que les instantanés ne ralentissent pas les disques pendant les épreuves.",
        ),
        remediation: text(
            "Set timePoints on alicloud.ecs.AutoSnapshotPolicy to hours inside the window, e.g. [\"2\", \"3\"].",
            "Fixer timePoints sur alicloud.ecs.AutoSnapshotPolicy à des heures de la plage, par ex. [\"2\", \"3\"].",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/autoSnapshotPolicy:AutoSnapshotPolicy", "alicloud:ecs/snapshotPolicy:SnapshotPolicy"],
        frameworks: { iso27001: ["A.8.13", "A.8.6"], nist: ["CP-9"] },
    },
    configSchema: {
        properties: {
            earliestHour: { type: "integer", default: 2, description: "First hour (0-23, local time of the region) a snapshot may start." },
            latestHour: { type: "integer", default: 5, description: "Last hour (0-23) a snapshot may start." },
        },
    },
    validate: (policy, { args, config, report }) => {
        const outside = policy.timePoints.filter((t) => {
            const hour = Number(t);
            return !Number.isInteger(hour) || hour < config.earliestHour || hour > config.latestHour;
        });
        if (outside.length === 0) return;
        const window = `${config.earliestHour}-${config.latestHour}`;
        report(
            text(
                `Snapshot policy "${args.name}" starts snapshots at hour(s) ${outside.join(", ")}, outside the ${window} window; `
                    + "move timePoints into the window.",
                `La stratégie d'instantanés « ${args.name} » déclenche des instantanés à ${outside.join(", ")} h, hors de la plage `
                    + `${window} ; déplacer timePoints dans la plage.`,
            ),
        );
    },
});
