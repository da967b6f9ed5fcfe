import type { KeyArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { parseDurationDays } from "../../lib/util";

type Key = ResourceProps<KeyArgs>;

interface Config {
    maxRotationDays: number;
}

/**
 * KMS cannot rotate asymmetric keys, keys with imported material (origin EXTERNAL) or hardware-protected
 * keys (typings of KeyArgs.rotationInterval); requiring rotation there would ask for the impossible.
 */
function cannotRotate(k: Key): boolean {
    return k.origin === "EXTERNAL" || k.protectionLevel === "HSM" || k.keyUsage === "SIGN/VERIFY" || /^(RSA|EC)_/.test(k.keySpec ?? "");
}

export const kmsKeyRotationEnabled = resourceRule<Key, Config>({
    meta: {
        id: "kms-key-rotation-enabled",
        service: "kms",
        title: text("KMS keys rotate automatically", "Les clés KMS sont renouvelées automatiquement"),
        description: text(
            "Symmetric KMS keys with Alibaba-generated material must have automatic rotation enabled, at least once a year.",
            "Les clés KMS symétriques dont le matériel est généré par Alibaba doivent avoir la rotation automatique activée, au moins une "
                + "fois par an.",
        ),
        remediation: text(
            "Set automaticRotation: \"Enabled\" and rotationInterval: \"365d\" (or shorter) on the alicloud.kms.Key.",
            "Définir automaticRotation: \"Enabled\" et rotationInterval: \"365d\" (ou moins) sur la ressource alicloud.kms.Key.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/key:Key"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-12"] },
    },
    configSchema: {
        properties: {
            maxRotationDays: { type: "integer", default: 365, description: "Longest acceptable rotationInterval, in days." },
        },
    },
    validate: (key, { args, config, report }) => {
        if (cannotRotate(key)) return;
        const label = args.name;
        if (key.automaticRotation !== "Enabled") {
            const actual = key.automaticRotation ?? "Disabled (default)";
            report(
                text(
                    `KMS key "${label}" does not rotate automatically (automaticRotation is ${actual}); set automaticRotation: "Enabled".`,
                    `La clé KMS « ${label} » n'est pas renouvelée automatiquement (automaticRotation vaut ${actual}) ; `
                        + `définir automaticRotation: "Enabled".`,
                ),
            );
            return;
        }
        if (key.rotationInterval === undefined) return;
        const days = parseDurationDays(key.rotationInterval);
        if (days !== undefined && days <= config.maxRotationDays) return;
        report(
            text(
                `KMS key "${label}" rotates every "${key.rotationInterval}"; set rotationInterval to at most "${config.maxRotationDays}d".`,
                `La clé KMS « ${label} » est renouvelée tous les « ${key.rotationInterval} » ; `
                    + `définir rotationInterval à au plus "${config.maxRotationDays}d".`,
            ),
        );
    },
});
