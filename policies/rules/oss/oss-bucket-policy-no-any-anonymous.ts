import type { PolicyResource } from "@pulumi/policy";
import type { BucketArgs, BucketPolicyArgs, BucketPublicAccessBlockArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType, policyStatements, sharingTarget } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const POLICY = "alicloud:oss/bucketPolicy:BucketPolicy";
const BLOCK = "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock";

const blocks = (b: PolicyResource) => (b.props as ResourceProps<BucketPublicAccessBlockArgs>).blockPublicAccess === true;

/**
 * Stack rule: the document lives inline (`oss.Bucket.policy`, deprecated since 1.220) or in an `oss.BucketPolicy`.
 * An `oss.BucketPublicAccessBlock` on the same bucket makes OSS ignore public policies, so it exempts the document.
 */
export const ossBucketPolicyNoAnyAnonymous = stackRule({
    meta: {
        id: "oss-bucket-policy-no-any-anonymous",
        service: "oss",
        title: text("No bucket policy grants access to everyone", "Aucune politique de bucket n'accorde l'accès à tout le monde"),
        description: text(
            "An OSS bucket policy (inline policy or oss.BucketPolicy) must not contain an Allow statement whose Principal is \"*\" "
                + "(anonymous access), unless public access is blocked on the bucket.",
            "Une politique de bucket OSS (policy directe ou oss.BucketPolicy) ne doit contenir aucune instruction Allow dont le "
                + "Principal est \"*\" (accès anonyme), sauf si l'accès public est bloqué sur le bucket.",
        ),
        remediation: text(
            "In the policy JSON, replace Principal \"*\" by the RAM users, roles or account ids that need access, or declare an "
                + "oss.BucketPublicAccessBlock with blockPublicAccess: true for the bucket.",
            "Dans le JSON de la politique, remplacer le Principal \"*\" par les utilisateurs, rôles RAM ou comptes qui ont besoin de "
                + "l'accès, ou déclarer un oss.BucketPublicAccessBlock avec blockPublicAccess: true pour le bucket.",
        ),
        severity: "high",
        resourceTypes: [BUCKET, POLICY, BLOCK],
        frameworks: { cis: ["5.1"], iso27001: ["A.5.15", "A.8.3"], nist: ["AC-3", "AC-6"], senegal: ["Art. 71", "Art. 72"] },
    },
    validate: (resources, { report }) => {
        const docs: { owner: PolicyResource; policy: unknown; blocked: boolean; en: string; fr: string }[] = [];
        for (const bucket of ofType(resources, BUCKET)) {
            const policy = (bucket.props as ResourceProps<BucketArgs>).policy;
            if (policy === undefined) continue;
            const blocked = linkedTo(resources, BLOCK, "bucket", bucket, ["bucket"]).some(blocks);
            const en = `The policy input of bucket "${bucket.name}"`;
            docs.push({ owner: bucket, policy, blocked, en, fr: `L'entrée policy du bucket « ${bucket.name} »` });
        }
        // Which buckets each oss.BucketPolicy refers to, from one pass over the buckets (indexed joins).
        const bucketsOf = new Map<PolicyResource, PolicyResource[]>();
        for (const b of ofType(resources, BUCKET)) {
            for (const p of linkedTo(resources, POLICY, "bucket", b, ["bucket"])) bucketsOf.set(p, [...(bucketsOf.get(p) ?? []), b]);
        }
        for (const bp of ofType(resources, POLICY)) {
            const buckets = bucketsOf.get(bp) ?? [];
            // Through the indexed joins: a scan of every block per policy grew with the square of the stack.
            const blocked =
                sharingTarget(resources, BLOCK, "bucket", bp, "bucket").some(blocks) ||
                buckets.some((b) => linkedTo(resources, BLOCK, "bucket", b, ["bucket"]).some(blocks));
            const policy = (bp.props as ResourceProps<BucketPolicyArgs>).policy;
            docs.push({ owner: bp, policy, blocked, en: `oss.BucketPolicy "${bp.name}"`, fr: `L'oss.BucketPolicy « ${bp.name} »` });
        }
        for (const d of docs.filter((x) => !x.blocked)) {
            for (const s of policyStatements(d.policy) ?? []) {
                if (s.effect !== "Allow" || !s.principals.includes("*")) continue;
                const actions = s.actions.join(", ") || "(none)";
                report(
                    text(
                        `${d.en} allows ${actions} to any principal ("*"); name the RAM identities that need access `
                            + "or block public access.",
                        `${d.fr} autorise ${actions} à tout principal ("*") ; nommer les identités RAM qui ont besoin de l'accès `
                            + "ou bloquer l'accès public.",
                    ),
                    d.owner.urn,
                );
            }
        }
    },
});
