import { stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";
import { lawfulEntry, RESIDENCY_PROPERTY, ResidencyConfig } from "../governance/data-residency";
import { tagsOf } from "../governance/shared";

const BUCKET = "alicloud:oss/bucket:Bucket";
const REPLICATION = "alicloud:oss/bucketReplication:BucketReplication";

/**
 * Replication only exists as a separate `oss.BucketReplication`; a bucket counts when one refers to it as its source.
 *
 * Refined by the data's classification (issue 8): a copy in a second region is a transfer of the data, so it is only
 * required where the residency map (the map data-residency reads, same config name) allows the bucket's class in more
 * than one region. Where it allows one region or none (today: every class; personal and sensitive-personal data until
 * the data protection officer records a transfer basis), replication would be unlawful, and zone-redundant storage
 * (`oss-zone-redundant`) is the strongest protection the data may have.
 */
export const ossBucketRemoteReplication = stackRule<ResidencyConfig>({
    meta: {
        id: "oss-bucket-remote-replication",
        service: "oss",
        title: text("OSS buckets are replicated where the law allows a second region", "Les buckets OSS sont répliqués là où la loi permet une seconde région"),
        description: text(
            "Every OSS bucket whose data-classification the residency map allows in more than one region must be the source of an "
                + "oss.BucketReplication, so that its data survives the loss of the bucket or region. Buckets whose class may live "
                + "in one region only are not required to replicate (zone redundancy protects them); the destination region is "
                + "checked by oss-bucket-replication-region-allowed.",
            "Chaque bucket OSS dont la table de résidence autorise la data-classification dans plus d'une région doit être la source "
                + "d'un oss.BucketReplication, afin que ses données survivent à la perte du bucket ou de la région. Les buckets dont la "
                + "classe ne peut résider que dans une région n'ont pas à être répliqués (la redondance de zone les protège) ; la "
                + "région de destination est vérifiée par oss-bucket-replication-region-allowed.",
        ),
        remediation: text(
            "Declare an oss.BucketReplication with bucket set to the bucket and destination { bucket, location } pointing at a "
                + "replica bucket in another region the residency map allows for its classification.",
            "Déclarer un oss.BucketReplication avec bucket égal au bucket et destination { bucket, location } pointant vers un "
                + "bucket réplique dans une autre région que la table de résidence autorise pour sa classification.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, REPLICATION],
        frameworks: { iso27001: ["A.8.13", "A.8.14"], nist: ["CP-6", "CP-9"], senegal: ["Art. 71"] },
    },
    configSchema: { properties: { residency: RESIDENCY_PROPERTY } },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const classification = tagsOf(bucket.props)["data-classification"];
            if (typeof classification !== "string" || classification === "") continue;
            const regions = lawfulEntry(config, classification)?.regions ?? [];
            if (regions.length < 2) continue;
            if (linkedTo(resources, REPLICATION, "bucket", bucket, ["bucket"]).length > 0) continue;
            report(
                text(
                    `Bucket "${bucket.name}" is not replicated although its "${classification}" data may live in ${regions.join(", ")}; `
                        + "declare an oss.BucketReplication with it as bucket.",
                    `Le bucket « ${bucket.name} » n'est pas répliqué alors que ses données « ${classification} » peuvent résider en `
                        + `${regions.join(", ")} ; déclarer un oss.BucketReplication dont il est le bucket source.`,
                ),
                bucket.urn,
            );
        }
    },
});
