import { stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const REPLICATION = "alicloud:oss/bucketReplication:BucketReplication";

/** Replication only exists as a separate `oss.BucketReplication`; a bucket counts when one refers to it as its source. */
export const ossBucketRemoteReplication = stackRule({
    meta: {
        id: "oss-bucket-remote-replication",
        service: "oss",
        title: text("OSS buckets are replicated", "Les buckets OSS sont répliqués"),
        description: text(
            "Every OSS bucket must be the source of an oss.BucketReplication, so that its data survives the loss of the bucket or "
                + "region. The destination region must itself be allowed for the data's classification (see data-residency).",
            "Chaque bucket OSS doit être la source d'un oss.BucketReplication, afin que ses données survivent à la perte du bucket "
                + "ou de la région. La région de destination doit elle-même être autorisée pour la classification des données "
                + "(voir data-residency).",
        ),
        remediation: text(
            "Declare an oss.BucketReplication with bucket set to the bucket and destination { bucket, location } pointing at a "
                + "replica bucket in an allowed region.",
            "Déclarer un oss.BucketReplication avec bucket égal au bucket et destination { bucket, location } pointant vers un "
                + "bucket réplique dans une région autorisée.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, REPLICATION],
        frameworks: { iso27001: ["A.8.13", "A.8.14"], nist: ["CP-6", "CP-9"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            if (linkedTo(resources, REPLICATION, "bucket", bucket, ["bucket"]).length > 0) continue;
            report(
                text(
                    `Bucket "${bucket.name}" is not replicated; declare an oss.BucketReplication with it as bucket.`,
                    `Le bucket « ${bucket.name} » n'est pas répliqué ; déclarer un oss.BucketReplication dont il est le bucket source.`,
                ),
                bucket.urn,
            );
        }
    },
});
