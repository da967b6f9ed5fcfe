import type { PolicyResource } from "@pulumi/policy";
import type { BucketArgs, BucketServerSideEncryptionArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType, shown } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const SSE = "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption";

interface Config {
    allowedAlgorithms: string[];
}

/** The default encryption of a bucket: a separate oss.BucketServerSideEncryption wins over the inline rule it replaces. */
export function effectiveSse(resources: readonly PolicyResource[], bucket: PolicyResource): { algorithm?: string; keyId?: string } {
    const separate = linkedTo(resources, SSE, "bucket", bucket, ["bucket"]).map(
        (s) => s.props as ResourceProps<BucketServerSideEncryptionArgs>,
    );
    const rule = separate[0] ?? (bucket.props as ResourceProps<BucketArgs>).serverSideEncryptionRule;
    return { algorithm: rule?.sseAlgorithm, keyId: rule?.kmsMasterKeyId };
}

export const ossBucketServerSideEncryptionEnabled = stackRule<Config>({
    meta: {
        id: "oss-bucket-server-side-encryption-enabled",
        service: "oss",
        title: text("OSS buckets encrypt data at rest", "Les buckets OSS chiffrent les données au repos"),
        description: text(
            "Every OSS bucket must have default server-side encryption, inline (serverSideEncryptionRule) or through an "
                + "oss.BucketServerSideEncryption, with an allowed algorithm (KMS, AES256 or SM4 by default).",
            "Chaque bucket OSS doit avoir un chiffrement côté serveur par défaut, direct (serverSideEncryptionRule) ou par un "
                + "oss.BucketServerSideEncryption, avec un algorithme autorisé (KMS, AES256 ou SM4 par défaut).",
        ),
        remediation: text(
            "Declare an oss.BucketServerSideEncryption for the bucket with sseAlgorithm: \"KMS\" (and kmsMasterKeyId), or set "
                + "serverSideEncryptionRule: { sseAlgorithm: \"KMS\" } on the oss.Bucket.",
            "Déclarer pour le bucket un oss.BucketServerSideEncryption avec sseAlgorithm: \"KMS\" (et kmsMasterKeyId), ou fixer "
                + "serverSideEncryptionRule: { sseAlgorithm: \"KMS\" } sur l'oss.Bucket.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, SSE],
        frameworks: { cis: ["5.8"], iso27001: ["A.8.24"], nist: ["SC-28", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedAlgorithms: {
                type: "array",
                items: { type: "string" },
                default: ["KMS", "AES256", "SM4"],
                description: "Server-side encryption algorithms (sseAlgorithm) that count as encrypted.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const { algorithm } = effectiveSse(resources, bucket);
            if (algorithm !== undefined && config.allowedAlgorithms.includes(algorithm)) continue;
            report(
                text(
                    `Bucket "${bucket.name}" has no allowed server-side encryption (sseAlgorithm is ${shown(algorithm)}); `
                        + `set sseAlgorithm to one of ${config.allowedAlgorithms.join(", ")}.`,
                    `Le bucket « ${bucket.name} » n'a pas de chiffrement côté serveur autorisé (sseAlgorithm est `
                        + `${shown(algorithm, "fr")}) ; `
                        + `fixer sseAlgorithm à l'une des valeurs ${config.allowedAlgorithms.join(", ")}.`,
                ),
                bucket.urn,
            );
        }
    },
});
