import type { BucketArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const WEBSITE = "alicloud:oss/bucketWebsite:BucketWebsite";

/** Static hosting is set inline (`website`, the KICS anchor) or by a separate `oss.BucketWebsite`; both count. */
export const ossBucketNoStaticWebsite = stackRule({
    meta: {
        id: "oss-bucket-no-static-website",
        service: "oss",
        title: text("OSS buckets do not host static websites", "Les buckets OSS n'hébergent pas de site web statique"),
        description: text(
            "No OSS bucket may be configured for static website hosting (website input or oss.BucketWebsite): public sites are "
                + "served by the CDN from private origins.",
            "Aucun bucket OSS ne doit être configuré pour l'hébergement de site statique (entrée website ou oss.BucketWebsite) : "
                + "les sites publics sont servis par le CDN depuis des origines privées.",
        ),
        remediation: text(
            "Remove the website input of the oss.Bucket and any oss.BucketWebsite for it; publish the content through a cdn.DomainNew "
                + "with the private bucket as origin.",
            "Retirer l'entrée website de l'oss.Bucket et tout oss.BucketWebsite le visant ; publier le contenu via un cdn.DomainNew "
                + "ayant le bucket privé pour origine.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, WEBSITE],
        frameworks: { iso27001: ["A.8.3", "A.8.20"], nist: ["AC-3", "SC-7"], senegal: ["Art. 72"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const inline = (bucket.props as ResourceProps<BucketArgs>).website !== undefined;
            const sources = [
                ...(inline ? [{ en: "its website input", fr: "son entrée website" }] : []),
                ...linkedTo(resources, WEBSITE, "bucket", bucket, ["bucket"]).map((w) => ({
                    en: `oss.BucketWebsite "${w.name}"`,
                    fr: `l'oss.BucketWebsite « ${w.name} »`,
                })),
            ];
            for (const s of sources) {
                report(
                    text(
                        `Bucket "${bucket.name}" hosts a static website through ${s.en}; remove it and serve the content through the CDN.`,
                        `Le bucket « ${bucket.name} » héberge un site statique via ${s.fr} ; le retirer et servir le contenu par le CDN.`,
                    ),
                    bucket.urn,
                );
            }
        }
    },
});
