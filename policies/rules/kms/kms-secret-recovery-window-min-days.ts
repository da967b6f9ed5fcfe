import type { SecretArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minDays: number;
}

/** Provider default of recoveryWindowInDays (typings of SecretArgs), which is also its maximum. */
const DEFAULT_DAYS = 30;

/**
 * A deleted secret can be restored during its recovery window; the credentials it holds (database
 * accounts, access keys) are otherwise gone. Skipping the window altogether
 * (forceDeleteWithoutRecovery) is reported by stateful-resources-protected, once; the window is then
 * ignored by the provider, so this rule stays silent.
 */
export const kmsSecretRecoveryWindowMinDays = resourceRule<ResourceProps<SecretArgs>, Config>({
    meta: {
        id: "kms-secret-recovery-window-min-days",
        service: "kms",
        title: text("Deleted KMS secrets stay recoverable long enough", "Les secrets KMS supprimés restent récupérables assez longtemps"),
        description: text(
            "A deleted KMS secret stays recoverable during its recovery window (recoveryWindowInDays, 7 to 30 days, default 30); "
                + "the window is at least the configured minimum.",
            "Un secret KMS supprimé reste récupérable pendant son délai de récupération (recoveryWindowInDays, de 7 à 30 jours, 30 par "
                + "défaut) ; ce délai est au moins égal au minimum configuré.",
        ),
        remediation: text(
            "Leave recoveryWindowInDays unset on the alicloud.kms.Secret (30 days) or set it to at least the configured minimum.",
            "Laisser recoveryWindowInDays non défini sur la ressource alicloud.kms.Secret (30 jours) ou le fixer à au moins le minimum "
                + "configuré.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/secret:Secret"],
        frameworks: { iso27001: ["A.8.13", "A.5.17"], nist: ["CP-10", "IA-5"] },
    },
    configSchema: {
        properties: {
            minDays: {
                type: "integer",
                default: DEFAULT_DAYS,
                description: "Shortest acceptable recovery window of a deleted KMS secret, in days (the provider accepts 7 to 30).",
            },
        },
    },
    validate: (secret, { args, config, report }) => {
        if (secret.forceDeleteWithoutRecovery === true) return;
        const days = secret.recoveryWindowInDays ?? DEFAULT_DAYS;
        if (days >= config.minDays) return;
        report(
            text(
                `KMS secret "${args.name}" stays recoverable only ${days} days after deletion (recoveryWindowInDays is ${days}); set `
                    + `recoveryWindowInDays to at least ${config.minDays}.`,
                `Le secret KMS « ${args.name} » ne reste récupérable que ${days} jours après sa suppression (recoveryWindowInDays vaut `
                    + `${days}) ; fixer recoveryWindowInDays à au moins ${config.minDays}.`,
            ),
        );
    },
});
