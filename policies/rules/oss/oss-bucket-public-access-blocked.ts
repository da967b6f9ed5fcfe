import type { PolicyResource } from "@pulumi/policy";
import type { AccountPublicAccessBlockArgs, BucketPublicAccessBlockArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const BLOCK = "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock";
const ACCOUNT_BLOCK = "alicloud:oss/accountPublicAccessBlock:AccountPublicAccessBlock";

const blocks = (r: PolicyResource): boolean =>
    (r.props as ResourceProps<BucketPublicAccessBlockArgs> | ResourceProps<AccountPublicAccessBlockArgs>).blockPublicAccess === true;

/**
 * A private ACL and a policy without anonymous grants keep a bucket private today; the block makes OSS refuse any
 * public ACL or public policy set on it later, by mistake, from the console or another program. The account-wide
 * oss.AccountPublicAccessBlock does the same for every bucket of the account. Joins go by reference or by bucket name.
 */
export const ossBucketPublicAccessBlocked = stackRule({
    meta: {
        id: "oss-bucket-public-access-blocked",
        service: "oss",
        title: text("OSS buckets block public access", "Les buckets OSS bloquent l'accès public"),
        description: text(
            "Every OSS bucket must have an oss.BucketPublicAccessBlock with blockPublicAccess: true (or the stack must declare an "
                + "oss.AccountPublicAccessBlock with blockPublicAccess: true), so that OSS refuses any public ACL or public bucket "
                + "policy set on it later.",
            "Chaque bucket OSS doit avoir un oss.BucketPublicAccessBlock avec blockPublicAccess: true (ou la pile doit déclarer un "
                + "oss.AccountPublicAccessBlock avec blockPublicAccess: true), afin qu'OSS refuse toute ACL publique ou politique de "
                + "bucket publique posée plus tard.",
        ),
        remediation: text(
            "Declare an oss.BucketPublicAccessBlock with bucket set to the bucket and blockPublicAccess: true; public content is "
                + "served by the CDN, which reads private buckets with its own identity.",
            "Déclarer un oss.BucketPublicAccessBlock avec bucket égal au bucket et blockPublicAccess: true ; le contenu public est "
                + "servi par le CDN, qui lit les buckets privés sous sa propre identité.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, BLOCK, ACCOUNT_BLOCK],
        frameworks: { cis: ["5.1"], iso27001: ["A.5.15", "A.8.3"], nist: ["AC-3", "AC-6", "SC-7"], senegal: ["Art. 71", "Art. 72"] },
    },
    validate: (resources, { report }) => {
        if (ofType(resources, ACCOUNT_BLOCK).some(blocks)) return;
        for (const bucket of ofType(resources, BUCKET)) {
            const own = linkedTo(resources, BLOCK, "bucket", bucket, ["bucket"]);
            if (own.some(blocks)) continue;
            if (own.length === 0) {
                report(
                    text(
                        `Bucket "${bucket.name}" has no public access block; declare an oss.BucketPublicAccessBlock with `
                            + "blockPublicAccess: true for it.",
                        `Le bucket « ${bucket.name} » n'a pas de blocage de l'accès public ; déclarer pour lui un `
                            + "oss.BucketPublicAccessBlock avec blockPublicAccess: true.",
                    ),
                    bucket.urn,
                );
                continue;
            }
            report(
                text(
                    `Bucket "${bucket.name}" does not block public access: oss.BucketPublicAccessBlock "${own[0].name}" sets `
                        + "blockPublicAccess to false; set it to true.",
                    `Le bucket « ${bucket.name} » ne bloque pas l'accès public : l'oss.BucketPublicAccessBlock « ${own[0].name} » fixe `
                        + "blockPublicAccess à false ; le fixer à true.",
                ),
                bucket.urn,
            );
        }
    },
});
