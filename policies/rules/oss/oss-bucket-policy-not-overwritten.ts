import type { BucketArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const POLICY = "alicloud:oss/bucketPolicy:BucketPolicy";

/**
 * Provider defect (terraform-provider-alicloud issue 9331, carried into @pulumi/alicloud): an oss.Bucket whose deprecated
 * `policy` input is unset reads the policy an oss.BucketPolicy wrote as a difference and deletes it on its next update,
 * silently dropping the HTTPS-only deny and the grants. Until the provider is fixed the bucket must ignore changes to
 * `policy`. A bucket that sets `policy` inline as well has two sources for one document that overwrite each other.
 */
export const ossBucketPolicyNotOverwritten = stackRule({
    meta: {
        id: "oss-bucket-policy-not-overwritten",
        service: "oss",
        title: text(
            "Bucket policies set by oss.BucketPolicy are not removed by the bucket",
            "Les politiques posées par oss.BucketPolicy ne sont pas retirées par le bucket",
        ),
        description: text(
            "An oss.Bucket that has an oss.BucketPolicy must leave its deprecated policy input unset and carry the resource option "
                + "ignoreChanges: [\"policy\"]; otherwise the provider (issue 9331) deletes the bucket policy on the bucket's next "
                + "update, or the two documents overwrite each other.",
            "Un oss.Bucket qui a un oss.BucketPolicy doit laisser vide son entrée policy, dépréciée, et porter l'option "
                + "ignoreChanges: [\"policy\"] ; sinon le fournisseur (issue 9331) supprime la politique du bucket à sa prochaine mise "
                + "à jour, ou les deux documents s'écrasent l'un l'autre.",
        ),
        remediation: text(
            "Remove the policy input from the oss.Bucket, keep the document in the oss.BucketPolicy, and add ignoreChanges: "
                + "[\"policy\"] to the bucket's resource options.",
            "Retirer l'entrée policy de l'oss.Bucket, garder le document dans l'oss.BucketPolicy et ajouter ignoreChanges: "
                + "[\"policy\"] aux options de ressource du bucket.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, POLICY],
        frameworks: { iso27001: ["A.8.9", "A.8.32"], nist: ["CM-3", "CM-6"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const separate = linkedTo(resources, POLICY, "bucket", bucket, ["bucket"]);
            if (separate.length === 0) continue;
            const names = separate.map((p) => `"${p.name}"`).join(", ");
            const noms = separate.map((p) => `« ${p.name} »`).join(", ");
            if (isSet((bucket.props as ResourceProps<BucketArgs>).policy)) {
                report(
                    text(
                        `Bucket "${bucket.name}" sets its policy input and also has oss.BucketPolicy ${names}; the two overwrite each `
                            + "other. Remove the policy input.",
                        `Le bucket « ${bucket.name} » fixe son entrée policy et a aussi l'oss.BucketPolicy ${noms} ; les deux s'écrasent `
                            + "l'un l'autre. Retirer l'entrée policy.",
                    ),
                    bucket.urn,
                );
                continue;
            }
            const ignored = bucket.opts.ignoreChanges ?? [];
            if (ignored.includes("policy") || ignored.includes("*")) continue;
            report(
                text(
                    `Bucket "${bucket.name}" would delete oss.BucketPolicy ${names} on its next update (provider issue 9331); add `
                        + "ignoreChanges: [\"policy\"] to its resource options.",
                    `Le bucket « ${bucket.name} » supprimerait l'oss.BucketPolicy ${noms} à sa prochaine mise à jour (issue 9331 du `
                        + "fournisseur) ; ajouter ignoreChanges: [\"policy\"] à ses options de ressource.",
                ),
                bucket.urn,
            );
        }
    },
});
