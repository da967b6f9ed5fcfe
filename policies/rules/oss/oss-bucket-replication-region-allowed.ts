import type { BucketReplicationArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";
import { lawfulEntry, RESIDENCY_PROPERTY, ResidencyConfig } from "../governance/data-residency";
import { tagsOf } from "../governance/shared";

const BUCKET = "alicloud:oss/bucket:Bucket";
const REPLICATION = "alicloud:oss/bucketReplication:BucketReplication";

/** OSS names regions "oss-<region id>" in destination.location; the residency map uses region ids. */
export function replicaRegion(location: unknown): string | undefined {
    if (typeof location !== "string" || location.trim() === "") return undefined;
    return location.trim().replace(/^oss-/, "");
}

/**
 * A replica is a second copy of the data, so it must be allowed where the data is: the destination region must be in
 * the residency map's entry for the source bucket's data-classification (the map data-residency reads, under the same
 * config name). The classification comes from the source bucket's tags: the replication resource carries none.
 * A replication whose source bucket is not in the stack cannot be classified here and is left alone.
 */
export const ossBucketReplicationRegionAllowed = stackRule<ResidencyConfig>({
    meta: {
        id: "oss-bucket-replication-region-allowed",
        service: "oss",
        title: text(
            "OSS replicas go only where the data's classification allows",
            "Les répliques OSS ne vont que là où la classification des données le permet",
        ),
        description: text(
            "The destination region (destination.location) of every oss.BucketReplication must be allowed by the residency map "
                + "for the data-classification of the source bucket. Personal and sensitive-personal data may be copied to no region "
                + "until the map names one with the legal basis of the transfer (Senegal law 2008-12, Art. 49 and 50).",
            "La région de destination (destination.location) de chaque oss.BucketReplication doit être autorisée par la table de "
                + "résidence pour la data-classification du bucket source. Les données personnelles et personnelles sensibles ne "
                + "peuvent être copiées vers aucune région tant que la table n'en nomme pas une avec la base légale du transfert "
                + "(loi sénégalaise 2008-12, art. 49 et 50).",
        ),
        remediation: text(
            "Point destination.location at a region the residency map allows for the bucket's classification, or remove the "
                + "replication until the data protection officer has recorded a region and its legal basis in the residency map.",
            "Diriger destination.location vers une région que la table de résidence autorise pour la classification du bucket, ou "
                + "retirer la réplication jusqu'à ce que le délégué à la protection des données ait inscrit une région et sa base "
                + "légale dans la table de résidence.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, REPLICATION],
        frameworks: { iso27001: ["A.5.34", "A.8.14"], nist: ["SA-9(5)", "CP-6"], senegal: ["Art. 49", "Art. 50"] },
    },
    configSchema: { properties: { residency: RESIDENCY_PROPERTY } },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const classification = tagsOf(bucket.props)["data-classification"];
            // An unclassified bucket is tags-mandatory's finding.
            if (typeof classification !== "string" || classification === "") continue;
            const entry = lawfulEntry(config, classification);
            for (const rep of linkedTo(resources, REPLICATION, "bucket", bucket, ["bucket"])) {
                const location = (rep.props as ResourceProps<BucketReplicationArgs>).destination?.location;
                const region = replicaRegion(location);
                const where = entry === undefined ? "no region" : entry.regions.join(", ");
                const ou = entry === undefined ? "aucune région" : entry.regions.join(", ");
                if (region !== undefined && entry?.regions.includes(region)) continue;
                const to = region === undefined ? "an unknown region" : region;
                const vers = region === undefined ? "une région inconnue" : region;
                report(
                    text(
                        `oss.BucketReplication "${rep.name}" copies bucket "${bucket.name}" (classified "${classification}") to ${to}; `
                            + `the residency map allows that class in ${where}.`,
                        `L'oss.BucketReplication « ${rep.name} » copie le bucket « ${bucket.name} » (classé « ${classification} ») vers `
                            + `${vers} ; la table de résidence autorise cette classe en : ${ou}.`,
                    ),
                    rep.urn,
                );
            }
        }
    },
});
