import { stackRule, text } from "../../lib/rule";
import { bucketPolicyStatements, ofType, PolicyStatement } from "../../lib/util";
import { tagsOf } from "../governance/shared";

const BUCKET = "alicloud:oss/bucket:Bucket";
const POLICY = "alicloud:oss/bucketPolicy:BucketPolicy";

interface Config {
    cdnOriginClassifications: string[];
}

/** A source-VPC condition restricts the network origin at least as tightly as a source-IP one, so it counts too. */
const restrictsSource = (s: PolicyStatement): boolean =>
    (s.condition.IpAddress?.["acs:sourceip"] ?? []).length > 0
    || (s.condition.NotIpAddress?.["acs:sourceip"] ?? []).length > 0
    || (s.condition.StringEquals?.["acs:sourcevpc"] ?? []).length > 0;

/** "*" alone, or a RAM principal of any account, is everyone. */
const anyone = (principal: string): boolean => principal.trim() === "*" || /^acs:ram::\*:/.test(principal.trim());

/** An Allow that names who it is for: every principal is a specific account, user or role. */
const grantsNamedPrincipal = (s: PolicyStatement): boolean =>
    s.effect === "Allow" && s.principals.length > 0 && !s.principals.some(anyone);

/**
 * Refined by role (issue 8). A bucket behind the CDN (private OSS origin reached by back-to-origin authentication) is
 * read by CDN nodes whose addresses Alibaba does not publish or fix, so no source-IP or source-VPC condition can admit
 * them and keep others out. For buckets whose data-classification marks them as CDN origins (config
 * `cdnOriginClassifications`, "public" by default: media and static site), the restriction is by identity instead: the
 * bucket policy must grant access to named principals (the CDN origin role). Anonymous grants stay forbidden by
 * oss-bucket-policy-no-any-anonymous and oss-bucket-public-read-prohibited, whatever the role.
 */
export const ossBucketAuthorizeSpecifiedIp = stackRule<Config>({
    meta: {
        id: "oss-bucket-authorize-specified-ip",
        service: "oss",
        title: text("OSS bucket access is restricted by network origin", "L'accès aux buckets OSS est restreint selon l'origine réseau"),
        description: text(
            "Every OSS bucket must have a bucket policy statement with a Condition on \"acs:SourceIp\" (IpAddress or NotIpAddress) "
                + "or on \"acs:SourceVpc\", so that only known networks reach the data. A CDN origin (a bucket whose "
                + "data-classification is in cdnOriginClassifications) is read from CDN addresses that are not fixed; it must instead "
                + "have a bucket policy Allow statement that names its principals.",
            "Chaque bucket OSS doit avoir dans sa politique une instruction avec une condition sur \"acs:SourceIp\" (IpAddress ou "
                + "NotIpAddress) ou sur \"acs:SourceVpc\", afin que seuls des réseaux connus accèdent aux données. Une origine CDN (un "
                + "bucket dont la data-classification figure dans cdnOriginClassifications) est lue depuis des adresses du CDN qui ne "
                + "sont pas fixes ; elle doit à la place avoir une instruction Allow de politique de bucket qui nomme ses principaux.",
        ),
        remediation: text(
            "Add to the bucket's oss.BucketPolicy a statement with Condition {\"IpAddress\": {\"acs:SourceIp\": [<allowed CIDRs>]}} "
                + "or {\"StringEquals\": {\"acs:SourceVpc\": [<vpc id>]}}; for a CDN origin, an Allow statement whose Principal "
                + "names the CDN origin role.",
            "Ajouter à l'oss.BucketPolicy du bucket une instruction avec la condition {\"IpAddress\": {\"acs:SourceIp\": [<CIDR "
                + "autorisés>]}} ou {\"StringEquals\": {\"acs:SourceVpc\": [<id du VPC>]}} ; pour une origine CDN, une instruction "
                + "Allow dont le Principal nomme le rôle d'origine du CDN.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, POLICY],
        frameworks: { cis: ["5.7"], iso27001: ["A.8.3", "A.8.20"], nist: ["AC-3", "SC-7"], senegal: ["Art. 72"] },
    },
    configSchema: {
        properties: {
            cdnOriginClassifications: {
                type: "array",
                items: { type: "string" },
                default: ["public"],
                description:
                    "data-classification values of buckets served through the CDN (private origins): their access is restricted by "
                    + "named principal instead of network origin.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const statements = bucketPolicyStatements(resources, bucket);
            const classification = tagsOf(bucket.props)["data-classification"];
            if (typeof classification === "string" && config.cdnOriginClassifications.includes(classification)) {
                if (statements.some(grantsNamedPrincipal)) continue;
                report(
                    text(
                        `Bucket "${bucket.name}" is a CDN origin (classified "${classification}") but no bucket policy statement grants `
                            + "access to a named principal; allow the CDN origin role in an oss.BucketPolicy.",
                        `Le bucket « ${bucket.name} » est une origine CDN (classé « ${classification} ») mais aucune instruction de `
                            + "politique n'accorde l'accès à un principal nommé ; autoriser le rôle d'origine du CDN dans un oss.BucketPolicy.",
                    ),
                    bucket.urn,
                );
                continue;
            }
            if (statements.some(restrictsSource)) continue;
            report(
                text(
                    `Bucket "${bucket.name}" has no bucket policy condition on "acs:SourceIp" or "acs:SourceVpc"; `
                        + "restrict access to the networks that need it in an oss.BucketPolicy.",
                    `Le bucket « ${bucket.name} » n'a aucune condition de politique sur "acs:SourceIp" ou "acs:SourceVpc" ; `
                        + "restreindre l'accès aux réseaux qui en ont besoin dans un oss.BucketPolicy.",
                ),
                bucket.urn,
            );
        }
    },
});
