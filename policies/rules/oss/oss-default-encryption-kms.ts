import { stackRule, text } from "../../lib/rule";
import { ofType, shown } from "../../lib/util";
import { effectiveSse } from "./oss-bucket-server-side-encryption-enabled";

const BUCKET = "alicloud:oss/bucket:Bucket";
const SSE = "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption";

interface Config {
    requireCustomerKey: boolean;
}

/** Covers InfraGuard's oss-default-encryption-kms and, with requireCustomerKey, oss-encryption-byok-check (CIS 5.9). */
export const ossDefaultEncryptionKms = stackRule<Config>({
    meta: {
        id: "oss-default-encryption-kms",
        service: "oss",
        title: text("OSS buckets are encrypted with a KMS key", "Les buckets OSS sont chiffrés avec une clé KMS"),
        description: text(
            "The default server-side encryption of every OSS bucket must use KMS (sseAlgorithm \"KMS\") and, unless configured "
                + "otherwise, a customer-managed key (kmsMasterKeyId).",
            "Le chiffrement côté serveur par défaut de chaque bucket OSS doit utiliser KMS (sseAlgorithm \"KMS\") et, sauf "
                + "configuration contraire, une clé gérée par le client (kmsMasterKeyId).",
        ),
        remediation: text(
            "On the bucket's oss.BucketServerSideEncryption (or serverSideEncryptionRule), set sseAlgorithm: \"KMS\" and "
                + "kmsMasterKeyId to the id of a kms.Key of the platform.",
            "Sur l'oss.BucketServerSideEncryption du bucket (ou serverSideEncryptionRule), fixer sseAlgorithm: \"KMS\" et "
                + "kmsMasterKeyId à l'id d'une kms.Key de la plateforme.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, SSE],
        frameworks: { cis: ["5.9"], iso27001: ["A.8.24"], nist: ["SC-12", "SC-28"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            requireCustomerKey: {
                type: "boolean",
                default: true,
                description: "Also require kmsMasterKeyId (a customer-managed key, BYOK) rather than the OSS-managed KMS key.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const { algorithm, keyId } = effectiveSse(resources, bucket);
            if (algorithm !== "KMS") {
                report(
                    text(
                        `Bucket "${bucket.name}" is not encrypted with KMS (sseAlgorithm is ${shown(algorithm)}); set sseAlgorithm: "KMS".`,
                        `Le bucket « ${bucket.name} » n'est pas chiffré avec KMS (sseAlgorithm est ${shown(algorithm, "fr")}) ; `
                            + "fixer sseAlgorithm: \"KMS\".",
                    ),
                    bucket.urn,
                );
            } else if (config.requireCustomerKey && (keyId ?? "").trim() === "") {
                report(
                    text(
                        `Bucket "${bucket.name}" uses KMS encryption without a customer key (kmsMasterKeyId is unset); `
                            + "set kmsMasterKeyId to a kms.Key id.",
                        `Le bucket « ${bucket.name} » utilise le chiffrement KMS sans clé client (kmsMasterKeyId non défini) ; `
                            + "fixer kmsMasterKeyId à l'id d'une kms.Key.",
                    ),
                    bucket.urn,
                );
            }
        }
    },
});
