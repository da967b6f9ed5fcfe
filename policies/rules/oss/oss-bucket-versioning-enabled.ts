import type { BucketArgs, BucketVersioningArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType, shown } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const VERSIONING = "alicloud:oss/bucketVersioning:BucketVersioning";

/** Versioning is set inline (`versioning.status`) or by a separate `oss.BucketVersioning`, which wins when both exist. */
export const ossBucketVersioningEnabled = stackRule({
    meta: {
        id: "oss-bucket-versioning-enabled",
        service: "oss",
        title: text("OSS buckets keep object versions", "Les buckets OSS conservent les versions des objets"),
        description: text(
            "Every OSS bucket must have versioning in the \"Enabled\" state, so that overwritten or deleted objects can be recovered.",
            "Chaque bucket OSS doit avoir le versionnage à l'état \"Enabled\", afin que les objets écrasés ou supprimés puissent être "
                + "restaurés.",
        ),
        remediation: text(
            "Declare an oss.BucketVersioning for the bucket with status: \"Enabled\" (or set versioning: { status: \"Enabled\" } on the "
                + "oss.Bucket).",
            "Déclarer pour le bucket un oss.BucketVersioning avec status: \"Enabled\" (ou fixer versioning: { status: \"Enabled\" } sur "
                + "l'oss.Bucket).",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, VERSIONING],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9", "CP-10"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const separate = linkedTo(resources, VERSIONING, "bucket", bucket, ["bucket"]).map(
                (v) => (v.props as ResourceProps<BucketVersioningArgs>).status,
            );
            const status = separate.length > 0 ? separate[0] : (bucket.props as ResourceProps<BucketArgs>).versioning?.status;
            if (status === "Enabled") continue;
            report(
                text(
                    `Bucket "${bucket.name}" does not have versioning enabled (status is ${shown(status)}); set status: "Enabled".`,
                    `Le versionnage du bucket « ${bucket.name} » n'est pas activé (status est ${shown(status, "fr")}) ; fixer status: `
                        + `"Enabled".`,
                ),
                bucket.urn,
            );
        }
    },
});
