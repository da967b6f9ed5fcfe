import type { SecretArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { parseDurationDays } from "../../lib/util";

interface Config {
    rotatableTypes: string[];
    maxRotationDays: number;
}

export const kmsSecretRotationEnabled = resourceRule<ResourceProps<SecretArgs>, Config>({
    meta: {
        id: "kms-secret-rotation-enabled",
        service: "kms",
        title: text("Managed KMS secrets rotate automatically", "Les secrets KMS gérés sont renouvelés automatiquement"),
        description: text(
            "Secrets that KMS can rotate (RDS, Redis, PolarDB, RAM and ECS credentials) must have automatic rotation enabled, at least "
                + "every 90 days.",
            "Les secrets que KMS sait renouveler (identifiants RDS, Redis, PolarDB, RAM et ECS) doivent avoir la rotation automatique "
                + "activée, au moins tous les 90 jours.",
        ),
        remediation: text(
            "Set enableAutomaticRotation: true and rotationInterval: \"90d\" (or shorter) on the alicloud.kms.Secret.",
            "Définir enableAutomaticRotation: true et rotationInterval: \"90d\" (ou moins) sur la ressource alicloud.kms.Secret.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/secret:Secret"],
        frameworks: { iso27001: ["A.5.17", "A.8.24"], nist: ["IA-5", "SC-12"] },
    },
    configSchema: {
        properties: {
            rotatableTypes: {
                type: "array",
                items: { type: "string" },
                default: ["Rds", "Redis", "PolarDB", "RAMCredentials", "ECS"],
                description: "secretType values KMS can rotate; Generic secrets are rotated by their owner and are skipped.",
            },
            maxRotationDays: { type: "integer", default: 90, description: "Longest acceptable rotationInterval, in days." },
        },
    },
    validate: (secret, { config, report }) => {
        if (!config.rotatableTypes.includes(secret.secretType ?? "Generic")) return;
        if (secret.enableAutomaticRotation !== true) {
            report(
                text(
                    `KMS secret "${secret.secretName}" (${secret.secretType}) is not rotated automatically; set enableAutomaticRotation: `
                        + `true.`,
                    `Le secret KMS « ${secret.secretName} » (${secret.secretType}) n'est pas renouvelé automatiquement ; `
                        + "définir enableAutomaticRotation: true.",
                ),
            );
            return;
        }
        if (secret.rotationInterval === undefined) return;
        const days = parseDurationDays(secret.rotationInterval);
        if (days !== undefined && days <= config.maxRotationDays) return;
        report(
            text(
                `KMS secret "${secret.secretName}" rotates every "${secret.rotationInterval}"; set rotationInterval to at most `
                    + `"${config.maxRotationDays}d".`,
                `Le secret KMS « ${secret.secretName} » est renouvelé tous les « ${secret.rotationInterval} » ; `
                    + `définir rotationInterval à au plus "${config.maxRotationDays}d".`,
            ),
        );
    },
});
