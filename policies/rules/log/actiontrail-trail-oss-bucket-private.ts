import type { PolicyResource } from "@pulumi/policy";
import { notHere, referencedStacks } from "../../lib/layers";
import { stackRule, text } from "../../lib/rule";
import { known, ofType, refersToByName, sameTarget } from "../../lib/util";

const TRAIL = "alicloud:actiontrail/trail:Trail";
const BUCKET = "alicloud:oss/bucket:Bucket";
const BUCKET_ACL = "alicloud:oss/bucketAcl:BucketAcl";
const PUBLIC = ["public-read", "public-read-write"];

interface PublicAcl {
    acl: string;
    source: string;
    sourceFr: string;
}

const aclOf = (r: PolicyResource): unknown => known(() => (r.props as { acl?: unknown }).acl);

/**
 * Joins by reference or bucket name: the trail's ossBucketName → the oss.Bucket it names (its deprecated
 * inline `acl`) → every oss.BucketAcl whose `bucket` refers to that bucket or to the same name.
 */
export const actiontrailTrailOssBucketPrivate = stackRule({
    meta: {
        id: "actiontrail-trail-oss-bucket-private",
        service: "log",
        title: text("The ActionTrail bucket is not public", "Le bucket d'ActionTrail n'est pas public"),
        description: text(
            "The OSS bucket that receives ActionTrail logs must not be public-read or public-read-write (CIS 2.2): "
                + "the logs reveal operators, source IPs and the whole infrastructure.",
            "Le bucket OSS qui reçoit les journaux ActionTrail ne doit être ni public-read ni public-read-write (CIS 2.2) : "
                + "les journaux révèlent les opérateurs, les IP sources et toute l'infrastructure.",
        ),
        remediation: text(
            "Declare an alicloud.oss.BucketAcl with acl: \"private\" for the trail's bucket and remove any public acl (including the "
                + "deprecated acl of alicloud.oss.Bucket).",
            "Déclarer un alicloud.oss.BucketAcl avec acl: \"private\" pour le bucket de la piste et retirer toute ACL publique "
                + "(y compris l'acl obsolète d'alicloud.oss.Bucket).",
        ),
        severity: "high",
        resourceTypes: [TRAIL, BUCKET, BUCKET_ACL],
        frameworks: { cis: ["2.2"], iso27001: ["A.8.15", "A.8.3"], nist: ["AU-9", "AC-3"], senegal: ["Art. 71"] },
    },
    validate: (resources, { args, report }) => {
        const buckets = ofType(resources, BUCKET);
        const acls = ofType(resources, BUCKET_ACL);
        // In a layer stack the trail's bucket may be the storage stack's: its ACL is not known here.
        const layered = referencedStacks(resources).length > 0;
        const elsewhere: string[] = [];
        let reported = false;
        for (const trail of ofType(resources, TRAIL)) {
            // During preview a bucket name computed by another resource is unknown; the reference still joins.
            const literal = known(() => (trail.props as { ossBucketName?: string }).ossBucketName);
            const mine = buckets.filter((b) => refersToByName(trail, "ossBucketName", b, ["bucket"]));
            const bucketName = literal || mine[0]?.name;
            if (bucketName === undefined) continue;
            if (layered && mine.length === 0) {
                elsewhere.push(`the ACL of bucket "${bucketName}" of trail "${trail.name}"`);
                continue;
            }
            const found: PublicAcl[] = [];
            for (const b of mine) {
                const inline = aclOf(b);
                if (typeof inline === "string" && PUBLIC.includes(inline)) {
                    found.push({ acl: inline, source: `acl of oss.Bucket "${b.name}"`, sourceFr: `acl de l'oss.Bucket « ${b.name} »` });
                }
            }
            for (const a of acls) {
                const sameName = known(() => sameTarget(a, "bucket", trail, "ossBucketName")) === true;
                const linked = sameName || mine.some((b) => refersToByName(a, "bucket", b, ["bucket"]));
                const value = aclOf(a);
                if (linked && typeof value === "string" && PUBLIC.includes(value)) {
                    found.push({ acl: value, source: `oss.BucketAcl "${a.name}"`, sourceFr: `oss.BucketAcl « ${a.name} »` });
                }
            }
            for (const f of found) {
                report(
                    text(
                        `Trail "${trail.name}" delivers to OSS bucket "${bucketName}", which is ${f.acl} (${f.source}); `
                            + "make the bucket private.",
                        `La piste « ${trail.name} » livre au bucket OSS « ${bucketName} », qui est ${f.acl} (${f.sourceFr}) ; `
                            + "rendre le bucket privé.",
                    ),
                    trail.urn,
                );
                reported = true;
            }
        }
        notHere(args, resources, elsewhere, reported);
    },
});
