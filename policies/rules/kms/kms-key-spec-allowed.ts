import type { KeyArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

interface Config {
    allowedKeySpecs: string[];
    allowedKeyUsages: string[];
}

/** Provider defaults when the inputs are unset (typings of KeyArgs). */
const DEFAULT_SPEC = "Aliyun_AES_256";
const DEFAULT_USAGE = "ENCRYPT/DECRYPT";

/**
 * The platform's keys are data keys: the services that encrypt with a customer key (OSS, RDS TDE,
 * disks, Log Service, KMS secrets) need symmetric keys, and KMS rotates only symmetric keys.
 * A signing key, or a weaker AES size, has to be allowed on purpose in the pack configuration.
 */
export const kmsKeySpecAllowed = resourceRule<ResourceProps<KeyArgs>, Config>({
    meta: {
        id: "kms-key-spec-allowed",
        service: "kms",
        title: text("KMS keys are symmetric AES-256 data keys", "Les clés KMS sont des clés de données symétriques AES-256"),
        description: text(
            "A KMS key's specification and usage are among the allowed ones: by default Aliyun_AES_256 for ENCRYPT/DECRYPT, a "
                + "symmetric key as the storage, database and log services need for customer-managed encryption, and one KMS rotates.",
            "La spécification et l'usage d'une clé KMS font partie de ceux autorisés : par défaut Aliyun_AES_256 pour ENCRYPT/DECRYPT, "
                + "une clé symétrique comme en exigent les services de stockage, de base de données et de journaux pour le chiffrement "
                + "par clé client, et que KMS renouvelle.",
        ),
        remediation: text(
            "Leave keySpec and keyUsage unset on the alicloud.kms.Key (defaults Aliyun_AES_256 and ENCRYPT/DECRYPT), or add the "
                + "specification or usage to allowedKeySpecs / allowedKeyUsages in the pack configuration when a key really needs it.",
            "Laisser keySpec et keyUsage non définis sur la ressource alicloud.kms.Key (valeurs par défaut Aliyun_AES_256 et "
                + "ENCRYPT/DECRYPT), ou ajouter la spécification ou l'usage à allowedKeySpecs / allowedKeyUsages dans la configuration "
                + "du pack lorsqu'une clé en a vraiment besoin.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/key:Key"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-12", "SC-13"] },
    },
    configSchema: {
        properties: {
            allowedKeySpecs: {
                type: "array",
                items: { type: "string" },
                default: [DEFAULT_SPEC],
                description: "keySpec values a key may have (unset = Aliyun_AES_256).",
            },
            allowedKeyUsages: {
                type: "array",
                items: { type: "string" },
                default: [DEFAULT_USAGE],
                description: "keyUsage values a key may have (unset = ENCRYPT/DECRYPT).",
            },
        },
    },
    validate: (key, { args, config, report }) => {
        const spec = key.keySpec ?? DEFAULT_SPEC;
        const usage = key.keyUsage ?? DEFAULT_USAGE;
        const en: string[] = [];
        const fr: string[] = [];
        if (!config.allowedKeySpecs.includes(spec)) {
            const allowed = config.allowedKeySpecs.map((s) => shown(s)).join(", ");
            en.push(`keySpec is ${shown(spec)}, allowed: ${allowed}`);
            fr.push(`keySpec vaut ${shown(spec)}, valeurs autorisées : ${allowed}`);
        }
        if (!config.allowedKeyUsages.includes(usage)) {
            const allowed = config.allowedKeyUsages.map((s) => shown(s)).join(", ");
            en.push(`keyUsage is ${shown(usage)}, allowed: ${allowed}`);
            fr.push(`keyUsage vaut ${shown(usage)}, valeurs autorisées : ${allowed}`);
        }
        if (en.length === 0) return;
        report(
            text(
                `KMS key "${args.name}" is not an allowed kind of key (${en.join("; ")}).`,
                `La clé KMS « ${args.name} » n'est pas d'un type autorisé (${fr.join(" ; ")}).`,
            ),
        );
    },
});
