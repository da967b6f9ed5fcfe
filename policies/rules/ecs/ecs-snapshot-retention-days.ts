import type { AutoSnapshotPolicyArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minRetentionDays: number;
}

/** ecs.SnapshotPolicy is the deprecated name of ecs.AutoSnapshotPolicy; both share the same inputs. */
export const ecsSnapshotRetentionDays = resourceRule<ResourceProps<AutoSnapshotPolicyArgs>, Config>({
    meta: {
        id: "ecs-snapshot-retention-days",
        service: "ecs",
        title: text("Automatic snapshots are kept long enough", "Les instantanés automatiques sont conservés assez longtemps"),
        description: text(
            "An automatic snapshot policy must keep snapshots permanently (-1) or for at least the configured number of days, so that "
                + "an incident noticed late can still be rolled back.",
            "Une stratégie d'instantanés automatiques doit conserver les instantanés indéfiniment (-1) ou au moins le nombre de jours "
                + "configuré, afin qu'un incident détecté tardivement puisse encore être annulé.",
        ),
        remediation: text(
            "Set retentionDays on alicloud.ecs.AutoSnapshotPolicy to -1 or to at least the minimum (7 days by default).",
            "Fixer retentionDays sur alicloud.ecs.AutoSnapshotPolicy à -1 ou à au moins le minimum (7 jours par défaut).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/autoSnapshotPolicy:AutoSnapshotPolicy", "alicloud:ecs/snapshotPolicy:SnapshotPolicy"],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            minRetentionDays: {
                type: "integer",
                default: 7,
                description: "Fewest days a snapshot must be kept (-1, permanent, always passes).",
            },
        },
    },
    validate: (policy, { args, config, report }) => {
        const days = policy.retentionDays;
        if (days === -1 || days >= config.minRetentionDays) return;
        report(
            text(
                `Snapshot policy "${args.name}" keeps snapshots ${days} days, fewer than ${config.minRetentionDays}; `
                    + `set retentionDays to -1 or at least ${config.minRetentionDays}.`,
                `La stratégie d'instantanés « ${args.name} » conserve les instantanés ${days} jours, moins que `
                    + `${config.minRetentionDays} ; fixer retentionDays à -1 ou à au moins ${config.minRetentionDays}.`,
            ),
        );
    },
});
