import type { BucketReplicationArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, linkedTo, ofType } from "../../lib/util";
import { effectiveSse } from "./oss-bucket-server-side-encryption-enabled";

const BUCKET = "alicloud:oss/bucket:Bucket";
const SSE = "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption";
const REPLICATION = "alicloud:oss/bucketReplication:BucketReplication";

/**
 * A replica is only a backup if it holds the data. OSS leaves out the objects written before the rule when
 * historicalObjectReplication is "disabled", and skips objects encrypted with SSE-KMS unless the rule selects them
 * (sourceSelectionCriteria.sseKmsEncryptedObjects.status "Enabled"); the typings then require the key that encrypts the
 * replicas (encryptionConfiguration.replicaKmsKeyId) and the role OSS uses to decrypt and re-encrypt (syncRole).
 */
export const ossBucketReplicationComplete = stackRule({
    meta: {
        id: "oss-bucket-replication-complete",
        service: "oss",
        title: text(
            "OSS replicas hold every object, encrypted with our key",
            "Les répliques OSS contiennent tous les objets, chiffrés avec notre clé",
        ),
        description: text(
            "An oss.BucketReplication must copy the objects that existed before it (historicalObjectReplication not \"disabled\"). "
                + "When its source bucket is encrypted with KMS it must also select KMS-encrypted objects "
                + "(sourceSelectionCriteria.sseKmsEncryptedObjects.status \"Enabled\"), name the customer key of the replicas "
                + "(encryptionConfiguration.replicaKmsKeyId) and the role OSS replicates with (syncRole).",
            "Un oss.BucketReplication doit copier les objets antérieurs à sa création (historicalObjectReplication différent de "
                + "\"disabled\"). Quand son bucket source est chiffré avec KMS, il doit aussi sélectionner les objets chiffrés par KMS "
                + "(sourceSelectionCriteria.sseKmsEncryptedObjects.status \"Enabled\"), nommer la clé client des répliques "
                + "(encryptionConfiguration.replicaKmsKeyId) et le rôle avec lequel OSS réplique (syncRole).",
        ),
        remediation: text(
            "On the oss.BucketReplication leave historicalObjectReplication unset (enabled) and, for a KMS-encrypted source, set "
                + "sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: \"Enabled\" } }, encryptionConfiguration: "
                + "{ replicaKmsKeyId: <kms.Key id in the destination region> } and syncRole: <RAM role allowed to use both keys>.",
            "Sur l'oss.BucketReplication, laisser historicalObjectReplication non défini (enabled) et, pour une source chiffrée par "
                + "KMS, fixer sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: \"Enabled\" } }, encryptionConfiguration: "
                + "{ replicaKmsKeyId: <id d'une kms.Key de la région de destination> } et syncRole: <rôle RAM autorisé à utiliser "
                + "les deux clés>.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, SSE, REPLICATION],
        frameworks: { iso27001: ["A.8.13", "A.8.24"], nist: ["CP-9", "SC-28"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const kms = effectiveSse(resources, bucket).algorithm === "KMS";
            for (const rep of linkedTo(resources, REPLICATION, "bucket", bucket, ["bucket"])) {
                const r = rep.props as ResourceProps<BucketReplicationArgs>;
                if (r.historicalObjectReplication === "disabled") {
                    report(
                        text(
                            `oss.BucketReplication "${rep.name}" of bucket "${bucket.name}" leaves out the objects written before it `
                                + "(historicalObjectReplication is \"disabled\"); leave it unset.",
                            `L'oss.BucketReplication « ${rep.name} » du bucket « ${bucket.name} » omet les objets écrits avant lui `
                                + "(historicalObjectReplication vaut \"disabled\") ; le laisser non défini.",
                        ),
                        rep.urn,
                    );
                }
                if (!kms) continue;
                const missing = [
                    ...(r.sourceSelectionCriteria?.sseKmsEncryptedObjects?.status === "Enabled"
                        ? []
                        : ["sourceSelectionCriteria.sseKmsEncryptedObjects.status \"Enabled\""]),
                    ...(isSet(r.encryptionConfiguration?.replicaKmsKeyId) ? [] : ["encryptionConfiguration.replicaKmsKeyId"]),
                    ...(isSet(r.syncRole) ? [] : ["syncRole"]),
                ];
                if (missing.length === 0) continue;
                report(
                    text(
                        `oss.BucketReplication "${rep.name}" of KMS-encrypted bucket "${bucket.name}" lacks ${missing.join(", ")}; `
                            + "without them KMS-encrypted objects are not replicated under our key.",
                        `L'oss.BucketReplication « ${rep.name} » du bucket chiffré par KMS « ${bucket.name} » n'a pas `
                            + `${missing.join(", ")} ; sans cela les objets chiffrés par KMS ne sont pas répliqués sous notre clé.`,
                    ),
                    rep.urn,
                );
            }
        }
    },
});
