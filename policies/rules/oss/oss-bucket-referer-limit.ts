import type { BucketArgs, BucketRefererArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const REFERER = "alicloud:oss/bucketReferer:BucketReferer";

/** `oss.Bucket.refererConfig` is deprecated (1.220) for `oss.BucketReferer`, whose list input is `refererLists`. */
export const ossBucketRefererLimit = stackRule({
    meta: {
        id: "oss-bucket-referer-limit",
        service: "oss",
        title: text("OSS buckets restrict referers", "Les buckets OSS restreignent les référents"),
        description: text(
            "Every OSS bucket must have a non-empty referer whitelist (hotlink protection), inline (refererConfig.referers) or "
                + "through an oss.BucketReferer (refererLists).",
            "Chaque bucket OSS doit avoir une liste blanche de référents non vide (protection contre le hotlinking), directe "
                + "(refererConfig.referers) ou par un oss.BucketReferer (refererLists).",
        ),
        remediation: text(
            "Declare an oss.BucketReferer for the bucket with refererLists set to the platform's domains and allowEmptyReferer: false.",
            "Déclarer pour le bucket un oss.BucketReferer avec refererLists égal aux domaines de la plateforme et allowEmptyReferer: "
                + "false.",
        ),
        severity: "low",
        resourceTypes: [BUCKET, REFERER],
        frameworks: { iso27001: ["A.8.3"], nist: ["AC-3"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const inline = (bucket.props as ResourceProps<BucketArgs>).refererConfig?.referers;
            const separate = linkedTo(resources, REFERER, "bucket", bucket, ["bucket"]).map(
                (r) => (r.props as ResourceProps<BucketRefererArgs>).refererLists,
            );
            if ([inline, ...separate].some(isSet)) continue;
            report(
                text(
                    `Bucket "${bucket.name}" has no referer whitelist; declare an oss.BucketReferer with refererLists for it.`,
                    `Le bucket « ${bucket.name} » n'a pas de liste blanche de référents ; déclarer pour lui un oss.BucketReferer avec `
                        + `refererLists.`,
                ),
                bucket.urn,
            );
        }
    },
});
