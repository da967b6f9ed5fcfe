import type { BucketArgs, BucketLoggingArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const LOGGING = "alicloud:oss/bucketLogging:BucketLogging";

/** Access logging is set inline (`logging.targetBucket`) or by a separate `oss.BucketLogging` referring to the bucket. */
export const ossBucketLoggingEnabled = stackRule({
    meta: {
        id: "oss-bucket-logging-enabled",
        service: "oss",
        title: text("OSS buckets log access", "Les buckets OSS journalisent les accès"),
        description: text(
            "Every OSS bucket must write access logs to a target bucket, inline (logging.targetBucket) or through an oss.BucketLogging.",
            "Chaque bucket OSS doit écrire ses journaux d'accès dans un bucket cible, directement (logging.targetBucket) ou par un "
                + "oss.BucketLogging.",
        ),
        remediation: text(
            "Declare an oss.BucketLogging with bucket set to the bucket and targetBucket set to the platform's access-log bucket "
                + "(with a targetPrefix per bucket).",
            "Déclarer un oss.BucketLogging avec bucket égal au bucket et targetBucket égal au bucket des journaux d'accès de la "
                + "plateforme (avec un targetPrefix par bucket).",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, LOGGING],
        frameworks: { cis: ["5.3"], iso27001: ["A.8.15"], nist: ["AU-2", "AU-12"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const inline = (bucket.props as ResourceProps<BucketArgs>).logging?.targetBucket;
            const separate = linkedTo(resources, LOGGING, "bucket", bucket, ["bucket"]).map(
                (l) => (l.props as ResourceProps<BucketLoggingArgs>).targetBucket,
            );
            if ([inline, ...separate].some(isSet)) continue;
            report(
                text(
                    `Bucket "${bucket.name}" has no access logging; declare an oss.BucketLogging with a targetBucket for it.`,
                    `Le bucket « ${bucket.name} » ne journalise pas les accès ; déclarer pour lui un oss.BucketLogging avec un `
                        + `targetBucket.`,
                ),
                bucket.urn,
            );
        }
    },
});
