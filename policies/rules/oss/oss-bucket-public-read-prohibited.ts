import type { BucketAclArgs, BucketArgs, BucketPublicAccessBlockArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const ACL = "alicloud:oss/bucketAcl:BucketAcl";
const BLOCK = "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock";

interface Config {
    forbiddenAcls: string[];
}

/**
 * Stack rule because `oss.Bucket.acl` is deprecated (provider 1.220) in favour of a separate `oss.BucketAcl`;
 * the inline `acl` still counts when set. A `BucketPublicAccessBlock` with `blockPublicAccess: true` makes OSS
 * ignore public ACLs, so a bucket it refers to passes. Joins go by reference or by bucket name.
 */
export const ossBucketPublicReadProhibited = stackRule<Config>({
    meta: {
        id: "oss-bucket-public-read-prohibited",
        service: "oss",
        title: text("OSS buckets are not public", "Les buckets OSS ne sont pas publics"),
        description: text(
            "No OSS bucket may carry a public-read or public-read-write ACL, whether set inline (acl) or through an oss.BucketAcl, "
                + "unless an oss.BucketPublicAccessBlock blocks public access on it.",
            "Aucun bucket OSS ne doit porter une ACL public-read ou public-read-write, qu'elle soit définie directement (acl) ou par un "
                + "oss.BucketAcl, sauf si un oss.BucketPublicAccessBlock y bloque l'accès public.",
        ),
        remediation: text(
            "Set acl: \"private\" on the oss.BucketAcl (and drop the deprecated acl input of oss.Bucket), and declare an "
                + "oss.BucketPublicAccessBlock with blockPublicAccess: true for the bucket; serve public content through the CDN.",
            "Fixer acl: \"private\" sur l'oss.BucketAcl (et retirer l'entrée acl, dépréciée, d'oss.Bucket), puis déclarer un "
                + "oss.BucketPublicAccessBlock avec blockPublicAccess: true pour le bucket ; diffuser le contenu public via le CDN.",
        ),
        severity: "critical",
        resourceTypes: [BUCKET, ACL, BLOCK],
        frameworks: {
            cis: ["5.1"],
            iso27001: ["A.5.15", "A.8.3"],
            nist: ["AC-3", "AC-6", "SC-7"],
            senegal: ["Art. 71", "Art. 72"],
        },
    },
    configSchema: {
        properties: {
            forbiddenAcls: {
                type: "array",
                items: { type: "string" },
                default: ["public-read", "public-read-write"],
                description: "Canned ACLs a bucket must not have (keep only public-read-write to forbid anonymous writes alone).",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const blocked = linkedTo(resources, BLOCK, "bucket", bucket, ["bucket"]).some(
                (b) => (b.props as ResourceProps<BucketPublicAccessBlockArgs>).blockPublicAccess === true,
            );
            if (blocked) continue;
            const inline = (bucket.props as ResourceProps<BucketArgs>).acl;
            const sources = [
                ...(inline !== undefined ? [{ acl: inline, en: "its acl input", fr: "son entrée acl" }] : []),
                ...linkedTo(resources, ACL, "bucket", bucket, ["bucket"]).map((a) => ({
                    acl: (a.props as ResourceProps<BucketAclArgs>).acl,
                    en: `oss.BucketAcl "${a.name}"`,
                    fr: `l'oss.BucketAcl « ${a.name} »`,
                })),
            ];
            for (const s of sources.filter((x) => config.forbiddenAcls.includes(x.acl))) {
                report(
                    text(
                        `Bucket "${bucket.name}" is public: ${s.en} sets acl "${s.acl}"; set acl "private" or block public access `
                            + "with an oss.BucketPublicAccessBlock (blockPublicAccess: true).",
                        `Le bucket « ${bucket.name} » est public : ${s.fr} fixe acl "${s.acl}" ; fixer acl "private" ou bloquer l'accès `
                            + "public avec un oss.BucketPublicAccessBlock (blockPublicAccess: true).",
                    ),
                    bucket.urn,
                );
            }
        }
    },
});
