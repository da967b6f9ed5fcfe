import type { TrailArgs } from "@pulumi/alicloud/actiontrail";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    requiredTargets: string[];
}

const TARGETS: Record<string, { prop: "ossBucketName" | "slsProjectArn"; en: string; fr: string }> = {
    oss: { prop: "ossBucketName", en: "an OSS bucket", fr: "un bucket OSS" },
    sls: { prop: "slsProjectArn", en: "a Log Service project", fr: "un projet Log Service" },
};

export const actiontrailTrailIntactEnabled = resourceRule<ResourceProps<TrailArgs>, Config>({
    meta: {
        id: "actiontrail-trail-intact-enabled",
        service: "log",
        title: text("ActionTrail trails are complete", "Les pistes ActionTrail sont complètes"),
        description: text(
            "A trail must be enabled, record read and write events in all regions and deliver them to OSS and Log Service (CIS 2.1).",
            "Une piste doit être activée, enregistrer les événements de lecture et d'écriture dans toutes les régions "
                + "et les livrer à OSS et à Log Service (CIS 2.1).",
        ),
        remediation: text(
            "On the alicloud.actiontrail.Trail set trailRegion: \"All\", eventRw: \"All\", status: \"Enable\", "
                + "and set ossBucketName and slsProjectArn (with their write roles).",
            "Sur la ressource alicloud.actiontrail.Trail, définir trailRegion: \"All\", eventRw: \"All\", status: \"Enable\", "
                + "ainsi que ossBucketName et slsProjectArn (avec leurs rôles d'écriture).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:actiontrail/trail:Trail"],
        frameworks: { cis: ["2.1"], iso27001: ["A.8.15", "A.8.16"], nist: ["AU-2", "AU-12"] },
    },
    configSchema: {
        properties: {
            requiredTargets: {
                type: "array",
                items: { type: "string", enum: ["oss", "sls"] },
                default: ["oss", "sls"],
                description: "Delivery targets every trail must have: \"oss\" (ossBucketName) and/or \"sls\" (slsProjectArn).",
            },
        },
    },
    validate: (trail, { args, config, report }) => {
        const name = trail.trailName ?? trail.name ?? args.name;
        // The typings document no default for trailRegion (it is computed), so only an explicit "All" passes.
        if (trail.trailRegion !== "All") {
            const actual = trail.trailRegion ?? "unset";
            report(
                text(
                    `Trail "${name}" does not cover all regions (trailRegion is ${actual}); set trailRegion: "All".`,
                    `La piste « ${name} » ne couvre pas toutes les régions (trailRegion vaut ${actual}) ; définir trailRegion: "All".`,
                ),
            );
        }
        if ((trail.eventRw ?? "All") !== "All") {
            report(
                text(
                    `Trail "${name}" records only ${trail.eventRw} events; set eventRw: "All".`,
                    `La piste « ${name} » n'enregistre que les événements ${trail.eventRw} ; définir eventRw: "All".`,
                ),
            );
        }
        if ((trail.status ?? "Enable") !== "Enable") {
            report(
                text(
                    `Trail "${name}" is disabled (status is ${trail.status}); set status: "Enable".`,
                    `La piste « ${name} » est désactivée (status vaut ${trail.status}) ; définir status: "Enable".`,
                ),
            );
        }
        for (const key of config.requiredTargets) {
            const target = TARGETS[key];
            if (target === undefined || (trail[target.prop] ?? "") !== "") continue;
            report(
                text(
                    `Trail "${name}" does not deliver to ${target.en}; set ${target.prop}.`,
                    `La piste « ${name} » ne livre pas ses événements à ${target.fr} ; définir ${target.prop}.`,
                ),
            );
        }
    },
});
