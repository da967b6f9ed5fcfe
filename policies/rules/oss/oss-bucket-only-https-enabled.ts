import { stackRule, text } from "../../lib/rule";
import { bucketPolicyStatements, ofType, PolicyStatement } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const POLICY = "alicloud:oss/bucketPolicy:BucketPolicy";

const deniesInsecureTransport = (s: PolicyStatement): boolean =>
    s.effect === "Deny" && (s.condition.Bool?.["acs:securetransport"] ?? []).includes("false");

/**
 * OSS has no "HTTPS only" switch: the survey's anchors (InfraGuard, KICS) require a bucket policy that denies
 * requests whose `acs:SecureTransport` is false. The policy is inline (deprecated) or an `oss.BucketPolicy`.
 */
export const ossBucketOnlyHttpsEnabled = stackRule({
    meta: {
        id: "oss-bucket-only-https-enabled",
        service: "oss",
        title: text("OSS buckets refuse plain HTTP", "Les buckets OSS refusent le HTTP en clair"),
        description: text(
            "Every OSS bucket must have a bucket policy with a Deny statement whose Condition is Bool \"acs:SecureTransport\": \"false\", "
                + "so that objects are only read and written over HTTPS.",
            "Chaque bucket OSS doit avoir une politique de bucket contenant une instruction Deny avec la condition Bool "
                + "\"acs:SecureTransport\": \"false\", afin que les objets ne soient lus et écrits qu'en HTTPS.",
        ),
        remediation: text(
            "Declare an oss.BucketPolicy for the bucket whose policy JSON contains {\"Effect\": \"Deny\", \"Principal\": [\"*\"], "
                + "\"Action\": [\"oss:*\"], \"Condition\": {\"Bool\": {\"acs:SecureTransport\": [\"false\"]}}}.",
            "Déclarer pour le bucket un oss.BucketPolicy dont le JSON contient {\"Effect\": \"Deny\", \"Principal\": [\"*\"], "
                + "\"Action\": [\"oss:*\"], \"Condition\": {\"Bool\": {\"acs:SecureTransport\": [\"false\"]}}}.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, POLICY],
        frameworks: { cis: ["5.4"], iso27001: ["A.8.24", "A.8.20"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const deniesHttp = bucketPolicyStatements(resources, bucket).some(deniesInsecureTransport);
            if (deniesHttp) continue;
            report(
                text(
                    `Bucket "${bucket.name}" accepts plain HTTP: no bucket policy denies requests with "acs:SecureTransport" "false"; `
                        + "add that Deny statement in an oss.BucketPolicy.",
                    `Le bucket « ${bucket.name} » accepte le HTTP en clair : aucune politique de bucket ne refuse les requêtes où `
                        + "\"acs:SecureTransport\" vaut \"false\" ; ajouter cette instruction Deny dans un oss.BucketPolicy.",
                ),
                bucket.urn,
            );
        }
    },
});
