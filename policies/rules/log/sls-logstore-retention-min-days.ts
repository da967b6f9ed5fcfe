import type { StoreArgs } from "@pulumi/alicloud/log";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minRetentionDays: number;
}

/** Provider default when `retentionPeriod` is left out; 3650 means "keep forever". */
const PROVIDER_DEFAULT_DAYS = 30;

/**
 * Default threshold 90 days (KICS): above the provider's 30 so an unset retention fails, below CIS 2.23's
 * 365 which the prod stack's pack config sets for audit logstores.
 */
export const slsLogstoreRetentionMinDays = resourceRule<ResourceProps<StoreArgs>, Config>({
    meta: {
        id: "sls-logstore-retention-min-days",
        service: "log",
        title: text("Logs are kept long enough for investigations", "Les journaux sont conservés assez longtemps pour les enquêtes"),
        description: text(
            "A logstore must keep its data for at least the configured number of days (90 by default, 365 per CIS 2.23 in production).",
            "Un logstore doit conserver ses données au moins le nombre de jours configuré (90 par défaut, 365 selon CIS 2.23 en "
                + "production).",
        ),
        remediation: text(
            "Set retentionPeriod on the alicloud.log.Store to at least the required number of days (3650 keeps logs forever).",
            "Définir retentionPeriod sur la ressource alicloud.log.Store à au moins le nombre de jours exigé (3650 conserve les journaux "
                + "sans limite).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:log/store:Store"],
        frameworks: { cis: ["2.23"], iso27001: ["A.8.15"], nist: ["AU-11"] },
    },
    configSchema: {
        properties: {
            minRetentionDays: { type: "integer", default: 90, description: "Smallest acceptable retentionPeriod in days (CIS 2.23: 365)." },
        },
    },
    validate: (store, { args, config, report }) => {
        const days = store.retentionPeriod ?? PROVIDER_DEFAULT_DAYS;
        if (days >= config.minRetentionDays) return;
        const name = store.logstoreName ?? store.name ?? args.name;
        report(
            text(
                `Logstore "${name}" keeps logs for ${days} days; set retentionPeriod to at least ${config.minRetentionDays}.`,
                `Le logstore « ${name} » conserve les journaux ${days} jours ; définir retentionPeriod à au moins `
                    + `${config.minRetentionDays}.`,
            ),
        );
    },
});
