import type { AuditArgs } from "@pulumi/alicloud/log";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

interface Config {
    minTtlDays: number;
}

/**
 * Survey row "SLS log audit" of the RDS section (Checkov CKV_ALI_38, CIS 2.3): the RDS switch lives in the
 * account-wide `log.Audit` (`variableMap.rds_enabled`, string values), so the rule reads that class; it refers to no
 * instance, hence a resource rule rather than a join.
 */
export const rdsInstanceEventsLogged = resourceRule<ResourceProps<AuditArgs>, Config>({
    meta: {
        id: "rds-instance-events-logged",
        service: "rds",
        title: text("SLS log audit collects RDS logs", "L'audit de journaux SLS collecte les journaux RDS"),
        description: text(
            "The SLS log audit (log.Audit) must collect RDS audit logs (variableMap rds_enabled \"true\") and, when rds_ttl is set, "
                + "keep them at least the configured number of days (180 by default).",
            "L'audit de journaux SLS (log.Audit) doit collecter les journaux d'audit RDS (variableMap rds_enabled \"true\") et, "
                + "quand rds_ttl est défini, les conserver au moins le nombre de jours configuré (180 par défaut).",
        ),
        remediation: text(
            "Set variableMap.rds_enabled: \"true\" and rds_ttl: \"180\" (or more) on the log.Audit.",
            "Fixer variableMap.rds_enabled: \"true\" et rds_ttl: \"180\" (ou plus) sur le log.Audit.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:log/audit:Audit"],
        frameworks: { cis: ["2.3"], iso27001: ["A.8.15"], nist: ["AU-2", "AU-11", "AU-12"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            minTtlDays: { type: "integer", default: 180, description: "Minimum retention of RDS audit logs (rds_ttl), in days." },
        },
    },
    validate: (audit, { args, config, report }) => {
        const vars = audit.variableMap ?? {};
        if (vars.rds_enabled !== "true") {
            report(
                text(
                    `Log audit "${args.name}" does not collect RDS logs (rds_enabled is ${shown(vars.rds_enabled)}); set rds_enabled: `
                        + `"true".`,
                    `L'audit de journaux « ${args.name} » ne collecte pas les journaux RDS (rds_enabled est `
                        + `${shown(vars.rds_enabled, "fr")}) ; `
                        + "fixer rds_enabled: \"true\".",
                ),
            );
            return;
        }
        if (vars.rds_ttl === undefined || Number(vars.rds_ttl) >= config.minTtlDays) return;
        report(
            text(
                `Log audit "${args.name}" keeps RDS logs ${vars.rds_ttl} days; set rds_ttl to at least ${config.minTtlDays}.`,
                `L'audit de journaux « ${args.name} » conserve les journaux RDS ${vars.rds_ttl} jours ; fixer rds_ttl à au moins `
                    + `${config.minTtlDays}.`,
            ),
        );
    },
});
