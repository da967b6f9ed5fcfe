import { stackRule, text } from "../../lib/rule";
import { bucketPolicyStatements, ofType, PolicyStatement } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const POLICY = "alicloud:oss/bucketPolicy:BucketPolicy";

/** A source-VPC condition restricts the network origin at least as tightly as a source-IP one, so it counts too. */
const restrictsSource = (s: PolicyStatement): boolean =>
    (s.condition.IpAddress?.["acs:sourceip"] ?? []).length > 0
    || (s.condition.NotIpAddress?.["acs:sourceip"] ?? []).length > 0
    || (s.condition.StringEquals?.["acs:sourcevpc"] ?? []).length > 0;

export const ossBucketAuthorizeSpecifiedIp = stackRule({
    meta: {
        id: "oss-bucket-authorize-specified-ip",
        service: "oss",
        title: text("OSS bucket access is restricted by network origin", "L'accès aux buckets OSS est restreint selon l'origine réseau"),
        description: text(
            "Every OSS bucket must have a bucket policy statement with a Condition on \"acs:SourceIp\" (IpAddress or NotIpAddress) "
                + "or on \"acs:SourceVpc\", so that only known networks reach the data.",
            "Chaque bucket OSS doit avoir dans sa politique une instruction avec une condition sur \"acs:SourceIp\" (IpAddress ou "
                + "NotIpAddress) ou sur \"acs:SourceVpc\", afin que seuls des réseaux connus accèdent aux données.",
        ),
        remediation: text(
            "Add to the bucket's oss.BucketPolicy a statement with Condition {\"IpAddress\": {\"acs:SourceIp\": [<allowed CIDRs>]}} "
                + "or {\"StringEquals\": {\"acs:SourceVpc\": [<vpc id>]}}.",
            "Ajouter à l'oss.BucketPolicy du bucket une instruction avec la condition {\"IpAddress\": {\"acs:SourceIp\": [<CIDR "
                + "autorisés>]}} ou {\"StringEquals\": {\"acs:SourceVpc\": [<id du VPC>]}}.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, POLICY],
        frameworks: { cis: ["5.7"], iso27001: ["A.8.3", "A.8.20"], nist: ["AC-3", "SC-7"], senegal: ["Art. 72"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            if (bucketPolicyStatements(resources, bucket).some(restrictsSource)) continue;
            report(
                text(
                    `Bucket "${bucket.name}" has no bucket policy condition on "acs:SourceIp" or "acs:SourceVpc"; `
                        + "restrict access to the networks that need it in an oss.BucketPolicy.",
                    `Le bucket « ${bucket.name} » n'a aucune condition de politique sur "acs:SourceIp" ou "acs:SourceVpc" ; `
                        + "restreindre l'accès aux réseaux qui en ont besoin dans un oss.BucketPolicy.",
                ),
                bucket.urn,
            );
        }
    },
});
