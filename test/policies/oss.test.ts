import { ossBucketAuthorizeSpecifiedIp } from "../../policies/rules/oss/oss-bucket-authorize-specified-ip";
import { ossBucketLifecycleEnabled } from "../../policies/rules/oss/oss-bucket-lifecycle-enabled";
import { ossBucketLoggingEnabled } from "../../policies/rules/oss/oss-bucket-logging-enabled";
import { ossBucketNoStaticWebsite } from "../../policies/rules/oss/oss-bucket-no-static-website";
import { ossBucketOnlyHttpsEnabled } from "../../policies/rules/oss/oss-bucket-only-https-enabled";
import { ossBucketPolicyNoAnyAnonymous } from "../../policies/rules/oss/oss-bucket-policy-no-any-anonymous";
import { ossBucketPolicyNotOverwritten } from "../../policies/rules/oss/oss-bucket-policy-not-overwritten";
import { ossBucketPublicAccessBlocked } from "../../policies/rules/oss/oss-bucket-public-access-blocked";
import { ossBucketPublicReadProhibited } from "../../policies/rules/oss/oss-bucket-public-read-prohibited";
import { ossBucketRefererLimit } from "../../policies/rules/oss/oss-bucket-referer-limit";
import { ossBucketRemoteReplication } from "../../policies/rules/oss/oss-bucket-remote-replication";
import { ossBucketReplicationComplete } from "../../policies/rules/oss/oss-bucket-replication-complete";
import { ossBucketReplicationRegionAllowed } from "../../policies/rules/oss/oss-bucket-replication-region-allowed";
import { ossBucketServerSideEncryptionEnabled } from "../../policies/rules/oss/oss-bucket-server-side-encryption-enabled";
import { ossBucketTlsVersionCheck } from "../../policies/rules/oss/oss-bucket-tls-version-check";
import { ossBucketVersioningEnabled } from "../../policies/rules/oss/oss-bucket-versioning-enabled";
import { ossDefaultEncryptionKms } from "../../policies/rules/oss/oss-default-encryption-kms";
import type { PlanResource } from "../../tools/plan/types";
import { baseline, BaselineOptions, TAGS } from "../support/baselines";
import { messages, run } from "../support/policy";

const T = {
    bucket: "alicloud:oss/bucket:Bucket",
    acl: "alicloud:oss/bucketAcl:BucketAcl",
    block: "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock",
    accountBlock: "alicloud:oss/accountPublicAccessBlock:AccountPublicAccessBlock",
    policy: "alicloud:oss/bucketPolicy:BucketPolicy",
    https: "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig",
    sse: "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
    versioning: "alicloud:oss/bucketVersioning:BucketVersioning",
    logging: "alicloud:oss/bucketLogging:BucketLogging",
    replication: "alicloud:oss/bucketReplication:BucketReplication",
    referer: "alicloud:oss/bucketReferer:BucketReferer",
    website: "alicloud:oss/bucketWebsite:BucketWebsite",
};

/** A bucket named "media" whose cloud id is its name, as OSS does; `o` changes its resource options. */
const bucket = (inputs: Record<string, unknown> = {}, o: BaselineOptions = {}) =>
    baseline(T.bucket, "media", { bucket: "dakar-media", ...inputs }, { id: "dakar-media", ...o });
/** The bucket's tags with another data classification. */
const classified = (classification: string) => ({ tags: { ...TAGS, "data-classification": classification } });
/** A setting resource pointing at `b` by reference (what `pulumi preview` records). */
const setting = (type: string, name: string, b: PlanResource, inputs: Record<string, unknown>) =>
    baseline(type, name, { bucket: "dakar-media", ...inputs }, { refs: { bucket: [b] } });
/** The same setting in an offline plan file: joined only by the bucket name, no recorded reference. */
const byName = (type: string, name: string, bucketName: string, inputs: Record<string, unknown>) =>
    baseline(type, name, { bucket: bucketName, ...inputs });

const doc = (...statements: Record<string, unknown>[]) => JSON.stringify({ Version: "1", Statement: statements });
const DENY_HTTP = { Effect: "Deny", Principal: ["*"], Action: ["oss:*"], Condition: { Bool: { "acs:SecureTransport": ["false"] } } };

describe("oss-bucket-public-read-prohibited", () => {
    it("accepts a private BucketAcl and a bucket without any ACL", async () => {
        const b = bucket();
        expect(await messages(ossBucketPublicReadProhibited, [b, setting(T.acl, "acl", b, { acl: "private" })])).toEqual([]);
        expect(await messages(ossBucketPublicReadProhibited, [bucket()])).toEqual([]);
    });
    it("flags a public-read BucketAcl referring to the bucket", async () => {
        const b = bucket();
        expect(await messages(ossBucketPublicReadProhibited, [b, setting(T.acl, "media-acl", b, { acl: "public-read" })])).toEqual([
            'Bucket "media" is public: oss.BucketAcl "media-acl" sets acl "public-read"; set acl "private" or block public access '
                + "with an oss.BucketPublicAccessBlock (blockPublicAccess: true).",
        ]);
    });
    it("flags a public-read-write BucketAcl joined by bucket name only", async () => {
        const r = [bucket(), byName(T.acl, "media-acl", "dakar-media", { acl: "public-read-write" })];
        expect(await messages(ossBucketPublicReadProhibited, r)).toEqual([
            'Bucket "media" is public: oss.BucketAcl "media-acl" sets acl "public-read-write"; set acl "private" or block public access '
                + "with an oss.BucketPublicAccessBlock (blockPublicAccess: true).",
        ]);
    });
    it("flags the deprecated inline acl", async () => {
        expect(await messages(ossBucketPublicReadProhibited, [bucket({ acl: "public-read" })])).toEqual([
            'Bucket "media" is public: its acl input sets acl "public-read"; set acl "private" or block public access '
                + "with an oss.BucketPublicAccessBlock (blockPublicAccess: true).",
        ]);
    });
    it("ignores a public ACL of another bucket", async () => {
        const r = [bucket(), byName(T.acl, "other-acl", "dakar-other", { acl: "public-read" })];
        expect(await messages(ossBucketPublicReadProhibited, r)).toEqual([]);
    });
    it("accepts a public ACL when public access is blocked on the bucket, but not when the block is off", async () => {
        const b = bucket({ acl: "public-read" });
        expect(await messages(ossBucketPublicReadProhibited, [b, setting(T.block, "pab", b, { blockPublicAccess: true })])).toEqual([]);
        const r = [b, setting(T.block, "pab", b, { blockPublicAccess: false })];
        expect(await messages(ossBucketPublicReadProhibited, r)).toHaveLength(1);
    });
    it("takes the forbidden ACLs from config (write-prohibited only)", async () => {
        const b = bucket({ acl: "public-read" });
        expect(await messages(ossBucketPublicReadProhibited, [b], { config: { forbiddenAcls: ["public-read-write"] } })).toEqual([]);
    });
    it("reports in French", async () => {
        const [f] = await run(ossBucketPublicReadProhibited, [bucket({ acl: "public-read" })]);
        expect(f.message.fr).toBe(
            "Le bucket « media » est public : son entrée acl fixe acl \"public-read\" ; fixer acl \"private\" ou bloquer l'accès "
                + "public avec un oss.BucketPublicAccessBlock (blockPublicAccess: true).",
        );
        expect(f.urn).toBe(bucket().urn);
    });
});

describe("oss-bucket-policy-no-any-anonymous", () => {
    const anonymousRead = doc({ Effect: "Allow", Principal: ["*"], Action: ["oss:GetObject"], Resource: ["acs:oss:*:*:dakar-media/*"] });
    it("accepts a policy granting named principals", async () => {
        const b = bucket();
        const p = doc({ Effect: "Allow", Principal: ["20214760404935"], Action: ["oss:GetObject"] });
        expect(await messages(ossBucketPolicyNoAnyAnonymous, [b, setting(T.policy, "bp", b, { policy: p })])).toEqual([]);
    });
    it("accepts a Deny to everyone", async () => {
        const b = bucket();
        expect(await messages(ossBucketPolicyNoAnyAnonymous, [b, setting(T.policy, "bp", b, { policy: doc(DENY_HTTP) })])).toEqual([]);
    });
    it("flags an oss.BucketPolicy allowing everyone", async () => {
        const b = bucket();
        expect(await messages(ossBucketPolicyNoAnyAnonymous, [b, setting(T.policy, "bp", b, { policy: anonymousRead })])).toEqual([
            'oss.BucketPolicy "bp" allows oss:GetObject to any principal ("*"); name the RAM identities that need access or block public '
                + 'access.',
        ]);
    });
    it("flags the deprecated inline policy allowing everyone", async () => {
        expect(await messages(ossBucketPolicyNoAnyAnonymous, [bucket({ policy: anonymousRead })])).toEqual([
            'The policy input of bucket "media" allows oss:GetObject to any principal ("*"); name the RAM identities that need access '
                + "or block public access.",
        ]);
    });
    it("accepts an anonymous grant when public access is blocked (by reference or by name)", async () => {
        const b = bucket({ policy: anonymousRead });
        const bp = setting(T.policy, "bp", b, { policy: anonymousRead });
        expect(await messages(ossBucketPolicyNoAnyAnonymous, [b, bp, setting(T.block, "pab", b, { blockPublicAccess: true })])).toEqual([]);
        const named = [
            bucket(),
            byName(T.policy, "bp", "dakar-media", { policy: anonymousRead }),
            byName(T.block, "pab", "dakar-media", { blockPublicAccess: true }),
        ];
        expect(await messages(ossBucketPolicyNoAnyAnonymous, named)).toEqual([]);
    });
});

describe("oss-bucket-only-https-enabled", () => {
    it("accepts a BucketPolicy denying insecure transport", async () => {
        const b = bucket();
        expect(await messages(ossBucketOnlyHttpsEnabled, [b, setting(T.policy, "bp", b, { policy: doc(DENY_HTTP) })])).toEqual([]);
    });
    it("accepts the deny in the inline policy", async () => {
        expect(await messages(ossBucketOnlyHttpsEnabled, [bucket({ policy: doc(DENY_HTTP) })])).toEqual([]);
    });
    const msg = 'Bucket "media" accepts plain HTTP: no bucket policy denies requests with "acs:SecureTransport" "false"; '
        + "add that Deny statement in an oss.BucketPolicy.";
    it("flags a bucket without any policy", async () => {
        expect(await messages(ossBucketOnlyHttpsEnabled, [bucket()])).toEqual([msg]);
    });
    it("flags a policy whose SecureTransport statement allows instead of denying", async () => {
        const b = bucket();
        const p = doc({ ...DENY_HTTP, Effect: "Allow" });
        expect(await messages(ossBucketOnlyHttpsEnabled, [b, setting(T.policy, "bp", b, { policy: p })])).toEqual([msg]);
    });
    it("flags a bucket when the denying policy belongs to another bucket", async () => {
        const r = [bucket(), byName(T.policy, "bp", "dakar-other", { policy: doc(DENY_HTTP) })];
        expect(await messages(ossBucketOnlyHttpsEnabled, r)).toEqual([msg]);
    });
});

describe("oss-bucket-tls-version-check", () => {
    it("accepts TLS 1.2 only", async () => {
        const b = bucket();
        const r = [b, setting(T.https, "tls", b, { tlsVersions: ["TLSv1.2"] })];
        expect(await messages(ossBucketTlsVersionCheck, r)).toEqual([]);
    });
    const missing = 'Bucket "media" has no oss.BucketHttpsConfig with enable: true; declare one restricting tlsVersions to '
        + "TLSv1.2, TLSv1.3.";
    it("flags a bucket without BucketHttpsConfig", async () => {
        expect(await messages(ossBucketTlsVersionCheck, [bucket()])).toEqual([missing]);
    });
    it("flags a disabled BucketHttpsConfig", async () => {
        const b = bucket();
        const r = [b, setting(T.https, "tls", b, { enable: false })];
        expect(await messages(ossBucketTlsVersionCheck, r)).toEqual([missing]);
    });
    it("flags old TLS versions", async () => {
        const b = bucket();
        const r2 = [b, setting(T.https, "tls", b, { tlsVersions: ["TLSv1", "TLSv1.2"] })];
        expect(await messages(ossBucketTlsVersionCheck, r2)).toEqual([
            'Bucket "media" accepts TLS versions outside TLSv1.2, TLSv1.3 (TLSv1); set tlsVersions on its oss.BucketHttpsConfig '
                + 'accordingly.',
        ]);
    });
    it("flags an enabled config that lists no version", async () => {
        const b = bucket();
        expect(await messages(ossBucketTlsVersionCheck, [b, setting(T.https, "tls", b, { tlsVersions: undefined })])).toEqual([
            'Bucket "media" accepts TLS versions outside TLSv1.2, TLSv1.3 (none listed); set tlsVersions on its oss.BucketHttpsConfig '
                + 'accordingly.',
        ]);
    });
    const weak = 'Bucket "media" accepts every TLS cipher suite OSS offers; set cipherSuit: { enable: true, strongCipherSuite: true } '
        + "on its oss.BucketHttpsConfig.";
    it("flags a config without cipher-suite restriction (the OSS default)", async () => {
        const b = bucket();
        expect(await messages(ossBucketTlsVersionCheck, [b, setting(T.https, "tls", b, { cipherSuit: undefined })])).toEqual([weak]);
    });
    it("flags custom suites instead of the strong ones, unless config drops the requirement", async () => {
        const b = bucket();
        const r = [b, setting(T.https, "tls", b, { cipherSuit: { enable: true, strongCipherSuite: false, customCipherSuites: ["AES128-SHA"] } })];
        expect(await messages(ossBucketTlsVersionCheck, r)).toEqual([weak]);
        expect(await messages(ossBucketTlsVersionCheck, r, { config: { requireStrongCipherSuites: false } })).toEqual([]);
    });
    it("reports weak suites in French", async () => {
        const b = bucket();
        const [f] = await run(ossBucketTlsVersionCheck, [b, setting(T.https, "tls", b, { cipherSuit: { enable: false } })]);
        expect(f.message.fr).toBe(
            "Le bucket « media » accepte toutes les suites de chiffrement TLS proposées par OSS ; fixer cipherSuit: { enable: true, "
                + "strongCipherSuite: true } sur son oss.BucketHttpsConfig.",
        );
    });
    it("takes the allowed versions from config", async () => {
        const b = bucket();
        const r = [b, setting(T.https, "tls", b, { tlsVersions: ["TLSv1.2"] })];
        expect(await messages(ossBucketTlsVersionCheck, r, { config: { allowedTlsVersions: ["TLSv1.3"] } })).toEqual([
            'Bucket "media" accepts TLS versions outside TLSv1.3 (TLSv1.2); set tlsVersions on its oss.BucketHttpsConfig accordingly.',
        ]);
    });
});

describe("oss-bucket-authorize-specified-ip", () => {
    const ipStatement = {
        Effect: "Deny",
        Principal: ["*"],
        Action: ["oss:*"],
        Condition: { NotIpAddress: { "acs:SourceIp": ["10.0.0.0/8"] } },
    };
    it("accepts a NotIpAddress condition on acs:SourceIp", async () => {
        const b = bucket();
        expect(await messages(ossBucketAuthorizeSpecifiedIp, [b, setting(T.policy, "bp", b, { policy: doc(ipStatement) })])).toEqual([]);
    });
    it("accepts a source-VPC condition in the inline policy", async () => {
        const s = { ...ipStatement, Effect: "Allow", Condition: { StringEquals: { "acs:SourceVpc": ["vpc-1"] } } };
        expect(await messages(ossBucketAuthorizeSpecifiedIp, [bucket({ policy: doc(s) })])).toEqual([]);
    });
    it("flags a bucket whose policy has no network condition", async () => {
        const b = bucket();
        expect(await messages(ossBucketAuthorizeSpecifiedIp, [b, setting(T.policy, "bp", b, { policy: doc(DENY_HTTP) })])).toEqual([
            'Bucket "media" has no bucket policy condition on "acs:SourceIp" or "acs:SourceVpc"; restrict access to the networks that need '
                + 'it '
                + "in an oss.BucketPolicy.",
        ]);
    });
});

describe("oss-bucket-authorize-specified-ip for CDN origins", () => {
    const cdnRead = { Effect: "Allow", Principal: ["arn:sts::5012345678901234:assumed-role/dakar2026-prod-storage-cdn-origin/*"], Action: ["oss:GetObject"] };
    const media = (policy: string) => {
        const b = bucket(classified("public"));
        return [b, setting(T.policy, "bp", b, { policy })];
    };
    const msg = 'Bucket "media" is a CDN origin (classified "public") but no bucket policy statement grants access to a named '
        + "principal; allow the CDN origin role in an oss.BucketPolicy.";
    it("accepts a public (CDN origin) bucket read by a named principal, without a network condition", async () => {
        expect(await messages(ossBucketAuthorizeSpecifiedIp, media(doc(DENY_HTTP, cdnRead)))).toEqual([]);
    });
    it("flags a CDN origin whose policy grants nobody by name", async () => {
        expect(await messages(ossBucketAuthorizeSpecifiedIp, media(doc(DENY_HTTP)))).toEqual([msg]);
    });
    it("flags a CDN origin whose only grant is to everyone", async () => {
        const anyone = { ...cdnRead, Principal: ["*"] };
        expect(await messages(ossBucketAuthorizeSpecifiedIp, media(doc(DENY_HTTP, anyone)))).toEqual([msg]);
    });
    it("takes the CDN-origin classifications from config", async () => {
        expect(await messages(ossBucketAuthorizeSpecifiedIp, media(doc(DENY_HTTP, cdnRead)), { config: { cdnOriginClassifications: [] } }))
            .toEqual([
                'Bucket "media" has no bucket policy condition on "acs:SourceIp" or "acs:SourceVpc"; restrict access to the networks '
                    + "that need it in an oss.BucketPolicy.",
            ]);
    });
    it("reports in French", async () => {
        const [f] = await run(ossBucketAuthorizeSpecifiedIp, media(doc(DENY_HTTP)));
        expect(f.message.fr).toBe(
            "Le bucket « media » est une origine CDN (classé « public ») mais aucune instruction de politique n'accorde l'accès à un "
                + "principal nommé ; autoriser le rôle d'origine du CDN dans un oss.BucketPolicy.",
        );
    });
});

describe("oss-bucket-server-side-encryption-enabled", () => {
    it("accepts a BucketServerSideEncryption with KMS and an inline AES256 rule", async () => {
        const b = bucket();
        expect(await messages(ossBucketServerSideEncryptionEnabled, [b, setting(T.sse, "sse", b, { sseAlgorithm: "KMS" })])).toEqual([]);
        const r = [bucket({ serverSideEncryptionRule: { sseAlgorithm: "AES256" } })];
        expect(await messages(ossBucketServerSideEncryptionEnabled, r)).toEqual([]);
    });
    it("flags a bucket without encryption", async () => {
        expect(await messages(ossBucketServerSideEncryptionEnabled, [bucket()])).toEqual([
            'Bucket "media" has no allowed server-side encryption (sseAlgorithm is unset); set sseAlgorithm to one of KMS, AES256, SM4.',
        ]);
    });
    it("flags an algorithm outside the configured list, the separate resource winning over the inline rule", async () => {
        const b = bucket({ serverSideEncryptionRule: { sseAlgorithm: "KMS" } });
        const r = [b, setting(T.sse, "sse", b, { sseAlgorithm: "AES256" })];
        expect(await messages(ossBucketServerSideEncryptionEnabled, r, { config: { allowedAlgorithms: ["KMS"] } })).toEqual([
            'Bucket "media" has no allowed server-side encryption (sseAlgorithm is "AES256"); set sseAlgorithm to one of KMS.',
        ]);
    });
});

describe("oss-default-encryption-kms", () => {
    it("accepts KMS with a customer key", async () => {
        const b = bucket();
        const r2 = [b, setting(T.sse, "sse", b, {})];
        expect(await messages(ossDefaultEncryptionKms, r2)).toEqual([]);
    });
    it("flags AES256", async () => {
        expect(await messages(ossDefaultEncryptionKms, [bucket({ serverSideEncryptionRule: { sseAlgorithm: "AES256" } })])).toEqual([
            'Bucket "media" is not encrypted with KMS (sseAlgorithm is "AES256"); set sseAlgorithm: "KMS".',
        ]);
    });
    it("flags KMS without a customer key, unless config allows the service key", async () => {
        const b = bucket();
        const r = [b, setting(T.sse, "sse", b, { kmsMasterKeyId: undefined })];
        expect(await messages(ossDefaultEncryptionKms, r)).toEqual([
            'Bucket "media" uses KMS encryption without a customer key (kmsMasterKeyId is unset); set kmsMasterKeyId to a kms.Key id.',
        ]);
        expect(await messages(ossDefaultEncryptionKms, r, { config: { requireCustomerKey: false } })).toEqual([]);
    });
});

describe("oss-bucket-versioning-enabled", () => {
    it("accepts a BucketVersioning Enabled and an inline Enabled status", async () => {
        const b = bucket();
        expect(await messages(ossBucketVersioningEnabled, [b, setting(T.versioning, "ver", b, {})])).toEqual([]);
        expect(await messages(ossBucketVersioningEnabled, [bucket({ versioning: { status: "Enabled" } })])).toEqual([]);
    });
    it("flags a bucket without versioning", async () => {
        expect(await messages(ossBucketVersioningEnabled, [bucket()])).toEqual([
            'Bucket "media" does not have versioning enabled (status is unset); set status: "Enabled".',
        ]);
    });
    it("flags a suspended BucketVersioning", async () => {
        const b = bucket({ versioning: { status: "Enabled" } });
        expect(await messages(ossBucketVersioningEnabled, [b, setting(T.versioning, "ver", b, { status: "Suspended" })])).toEqual([
            'Bucket "media" does not have versioning enabled (status is "Suspended"); set status: "Enabled".',
        ]);
    });
});

describe("oss-bucket-logging-enabled", () => {
    it("accepts a BucketLogging and inline logging", async () => {
        const b = bucket();
        expect(await messages(ossBucketLoggingEnabled, [b, setting(T.logging, "log", b, { targetBucket: "dakar-logs" })])).toEqual([]);
        expect(await messages(ossBucketLoggingEnabled, [bucket({ logging: { targetBucket: "dakar-logs" } })])).toEqual([]);
    });
    it("flags a bucket whose only BucketLogging targets another bucket", async () => {
        const r = [bucket(), byName(T.logging, "log", "dakar-other", { targetBucket: "dakar-logs" })];
        expect(await messages(ossBucketLoggingEnabled, r)).toEqual([
            'Bucket "media" has no access logging; declare an oss.BucketLogging with a targetBucket for it.',
        ]);
    });
});

describe("oss-bucket-remote-replication", () => {
    /** The residency map of the default config, with internal data also allowed in eu-west-1. */
    const twoRegions = { residency: { internal: { regions: ["eu-central-1", "eu-west-1"], legalBasis: "no personal data" } } };
    const msg = 'Bucket "media" is not replicated although its "internal" data may live in eu-central-1, eu-west-1; declare an '
        + "oss.BucketReplication with it as bucket.";
    it("does not require replication where the residency map allows one region (the default for every class)", async () => {
        expect(await messages(ossBucketRemoteReplication, [bucket()])).toEqual([]);
    });
    it("does not require replication of data the map allows nowhere", async () => {
        const personal = bucket(classified("sensitive-personal"));
        expect(await messages(ossBucketRemoteReplication, [personal], { config: twoRegions })).toEqual([]);
    });
    it("accepts a bucket that is the source of a replication, where a second region is allowed", async () => {
        const b = bucket();
        const rep = setting(T.replication, "rep", b, {});
        expect(await messages(ossBucketRemoteReplication, [b, rep], { config: twoRegions })).toEqual([]);
    });
    it("flags a bucket without replication where a second region is allowed", async () => {
        expect(await messages(ossBucketRemoteReplication, [bucket()], { config: twoRegions })).toEqual([msg]);
    });
    it("flags a bucket that is only the destination of a replication", async () => {
        const rep = byName(T.replication, "rep", "dakar-other", { destination: { bucket: "dakar-media", location: "oss-eu-central-1" } });
        expect(await messages(ossBucketRemoteReplication, [bucket(), rep], { config: twoRegions })).toEqual([msg]);
    });
    it("reports in French", async () => {
        const [f] = await run(ossBucketRemoteReplication, [bucket()], { config: twoRegions });
        expect(f.message.fr).toBe(
            "Le bucket « media » n'est pas répliqué alors que ses données « internal » peuvent résider en eu-central-1, eu-west-1 ; "
                + "déclarer un oss.BucketReplication dont il est le bucket source.",
        );
    });
});

describe("oss-bucket-replication-region-allowed", () => {
    const replicaTo = (b: PlanResource, location: string | undefined) =>
        setting(T.replication, "rep", b, { destination: { bucket: "dakar-media-replica", ...(location ? { location } : {}) } });
    it("accepts a replica in a region the map allows for the bucket's class (by reference and by name)", async () => {
        const b = bucket();
        expect(await messages(ossBucketReplicationRegionAllowed, [b, replicaTo(b, "oss-eu-central-1")])).toEqual([]);
        const named = byName(T.replication, "rep", "dakar-media", { destination: { bucket: "r", location: "oss-eu-central-1" } });
        expect(await messages(ossBucketReplicationRegionAllowed, [bucket(), named])).toEqual([]);
    });
    it("flags a replica in a region the map does not allow for the class", async () => {
        const b = bucket();
        expect(await messages(ossBucketReplicationRegionAllowed, [b, replicaTo(b, "oss-eu-west-1")])).toEqual([
            'oss.BucketReplication "rep" copies bucket "media" (classified "internal") to eu-west-1; the residency map allows that '
                + "class in eu-central-1.",
        ]);
    });
    it("flags any replica of data the map allows nowhere, even in the bucket's own region", async () => {
        const b = bucket(classified("sensitive-personal"));
        expect(await messages(ossBucketReplicationRegionAllowed, [b, replicaTo(b, "oss-eu-central-1")])).toEqual([
            'oss.BucketReplication "rep" copies bucket "media" (classified "sensitive-personal") to eu-central-1; the residency map '
                + "allows that class in no region.",
        ]);
    });
    it("flags a replica whose destination region is not given", async () => {
        const b = bucket();
        expect(await messages(ossBucketReplicationRegionAllowed, [b, replicaTo(b, undefined)])).toEqual([
            'oss.BucketReplication "rep" copies bucket "media" (classified "internal") to an unknown region; the residency map '
                + "allows that class in eu-central-1.",
        ]);
    });
    it("follows the residency map of the config, which needs a legal basis", async () => {
        const b = bucket();
        const r = [b, replicaTo(b, "oss-eu-west-1")];
        const map = (legalBasis: string) => ({ residency: { internal: { regions: ["eu-central-1", "eu-west-1"], legalBasis } } });
        expect(await messages(ossBucketReplicationRegionAllowed, r, { config: map("no personal data") })).toEqual([]);
        expect(await messages(ossBucketReplicationRegionAllowed, r, { config: map(" ") })).toEqual([
            'oss.BucketReplication "rep" copies bucket "media" (classified "internal") to eu-west-1; the residency map allows that '
                + "class in no region.",
        ]);
    });
    it("reports in French, on the replication", async () => {
        const b = bucket();
        const rep = replicaTo(b, "oss-eu-west-1");
        const [f] = await run(ossBucketReplicationRegionAllowed, [b, rep]);
        expect(f.message.fr).toBe(
            "L'oss.BucketReplication « rep » copie le bucket « media » (classé « internal ») vers eu-west-1 ; la table de résidence "
                + "autorise cette classe en : eu-central-1.",
        );
        expect(f.urn).toBe(rep.urn);
    });
});

describe("oss-bucket-replication-complete", () => {
    /** The media bucket, encrypted with KMS by a separate resource, and a replication of it with `inputs` changed. */
    const world = (inputs: Record<string, unknown>) => {
        const b = bucket();
        return [b, setting(T.sse, "sse", b, {}), setting(T.replication, "rep", b, inputs)];
    };
    it("accepts a replication that selects KMS objects and names the replica key and the role", async () => {
        expect(await messages(ossBucketReplicationComplete, world({}))).toEqual([]);
    });
    it("flags a replication that leaves out the objects written before it, whatever the encryption", async () => {
        const b = bucket({ serverSideEncryptionRule: { sseAlgorithm: "AES256" } });
        const rep = setting(T.replication, "rep", b, { historicalObjectReplication: "disabled" });
        const [f, ...more] = await run(ossBucketReplicationComplete, [b, rep]);
        expect(more).toEqual([]);
        expect(f.message.en).toBe(
            'oss.BucketReplication "rep" of bucket "media" leaves out the objects written before it (historicalObjectReplication is '
                + '"disabled"); leave it unset.',
        );
        expect(f.message.fr).toBe(
            "L'oss.BucketReplication « rep » du bucket « media » omet les objets écrits avant lui (historicalObjectReplication vaut "
                + '"disabled") ; le laisser non défini.',
        );
        expect(await messages(ossBucketReplicationComplete, world({ historicalObjectReplication: "enabled" }))).toEqual([]);
    });
    it("leaves the KMS inputs alone for a bucket not encrypted with KMS", async () => {
        const b = bucket({ serverSideEncryptionRule: { sseAlgorithm: "AES256" } });
        const rep = setting(T.replication, "rep", b, { sourceSelectionCriteria: undefined, encryptionConfiguration: undefined });
        expect(await messages(ossBucketReplicationComplete, [b, rep])).toEqual([]);
    });
    const lacks = (what: string) =>
        `oss.BucketReplication "rep" of KMS-encrypted bucket "media" lacks ${what}; without them KMS-encrypted objects are not `
        + "replicated under our key.";
    it("flags a replication that does not select KMS-encrypted objects", async () => {
        expect(await messages(ossBucketReplicationComplete, world({ sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Disabled" } } })))
            .toEqual([lacks('sourceSelectionCriteria.sseKmsEncryptedObjects.status "Enabled"')]);
    });
    it("flags a replication without a replica key", async () => {
        expect(await messages(ossBucketReplicationComplete, world({ encryptionConfiguration: undefined }))).toEqual([
            lacks("encryptionConfiguration.replicaKmsKeyId"),
        ]);
    });
    it("flags a replication without a sync role", async () => {
        expect(await messages(ossBucketReplicationComplete, world({ syncRole: undefined }))).toEqual([lacks("syncRole")]);
    });
    it("names every missing input in one finding, in French too", async () => {
        const bare = world({ sourceSelectionCriteria: undefined, encryptionConfiguration: undefined, syncRole: undefined });
        const [f, ...more] = await run(ossBucketReplicationComplete, bare);
        expect(more).toEqual([]);
        expect(f.message.en).toBe(
            lacks('sourceSelectionCriteria.sseKmsEncryptedObjects.status "Enabled", encryptionConfiguration.replicaKmsKeyId, syncRole'),
        );
        expect(f.message.fr).toBe(
            "L'oss.BucketReplication « rep » du bucket chiffré par KMS « media » n'a pas sourceSelectionCriteria.sseKmsEncryptedObjects"
                + '.status "Enabled", encryptionConfiguration.replicaKmsKeyId, syncRole ; sans cela les objets chiffrés par KMS ne sont '
                + "pas répliqués sous notre clé.",
        );
    });
});

describe("oss-bucket-referer-limit", () => {
    it("accepts a BucketReferer with a whitelist and inline referers", async () => {
        const b = bucket();
        const r = [b, setting(T.referer, "ref", b, {})];
        expect(await messages(ossBucketRefererLimit, r)).toEqual(
            [],
        );
        expect(await messages(ossBucketRefererLimit, [bucket({ refererConfig: { referers: ["*.dakar2026.sn"] } })])).toEqual([]);
    });
    it("flags a BucketReferer with an empty whitelist", async () => {
        const b = bucket();
        const r2 = [b, setting(T.referer, "ref", b, { allowEmptyReferer: true, refererLists: [] })];
        expect(await messages(ossBucketRefererLimit, r2)).toEqual([
            'Bucket "media" has no referer whitelist; declare an oss.BucketReferer with refererLists for it.',
        ]);
    });
});

describe("oss-bucket-lifecycle-enabled", () => {
    it("accepts an enabled lifecycle rule", async () => {
        const r = [bucket()];
        expect(await messages(ossBucketLifecycleEnabled, r)).toEqual([]);
    });
    const msg = 'Bucket "media" has no enabled lifecycle rule; add lifecycleRules with enabled: true.';
    it("flags a bucket without lifecycle rules", async () => {
        expect(await messages(ossBucketLifecycleEnabled, [bucket({ lifecycleRules: undefined })])).toEqual([msg]);
    });
    it("flags a bucket whose lifecycle rules are all disabled", async () => {
        const r2 = [bucket({ lifecycleRules: [{ enabled: false, expirations: [{ days: 30 }] }] })];
        expect(await messages(ossBucketLifecycleEnabled, r2)).toEqual([msg]);
    });
});

describe("oss-bucket-no-static-website", () => {
    it("accepts a bucket without website configuration", async () => {
        const r3 = [bucket(), byName(T.website, "site", "dakar-other", { indexDocument: { suffix: "index.html" } })];
        expect(await messages(ossBucketNoStaticWebsite, r3)).toEqual(
            [],
        );
    });
    it("flags an inline website", async () => {
        expect(await messages(ossBucketNoStaticWebsite, [bucket({ website: { indexDocument: "index.html" } })])).toEqual([
            'Bucket "media" hosts a static website through its website input; remove it and serve the content through the CDN.',
        ]);
    });
    it("flags an oss.BucketWebsite referring to the bucket", async () => {
        const b = bucket();
        const r = [b, setting(T.website, "site", b, { indexDocument: { suffix: "index.html" } })];
        expect(await messages(ossBucketNoStaticWebsite, r)).toEqual([
            'Bucket "media" hosts a static website through oss.BucketWebsite "site"; remove it and serve the content through the CDN.',
        ]);
    });
});

describe("oss-bucket-public-access-blocked", () => {
    it("accepts a bucket whose BucketPublicAccessBlock blocks public access, by reference or by name", async () => {
        const b = bucket();
        expect(await messages(ossBucketPublicAccessBlocked, [b, setting(T.block, "pab", b, {})])).toEqual([]);
        expect(await messages(ossBucketPublicAccessBlocked, [bucket(), byName(T.block, "pab", "dakar-media", {})])).toEqual([]);
    });
    it("accepts every bucket when the account blocks public access", async () => {
        expect(await messages(ossBucketPublicAccessBlocked, [bucket(), baseline(T.accountBlock, "account-pab")])).toEqual([]);
    });
    const none = 'Bucket "media" has no public access block; declare an oss.BucketPublicAccessBlock with blockPublicAccess: true for it.';
    it("flags a bucket without any block (the block of another bucket does not count)", async () => {
        expect(await messages(ossBucketPublicAccessBlocked, [bucket(), byName(T.block, "pab", "dakar-other", {})])).toEqual([none]);
    });
    it("flags a block that is off, and an account block that is off exempts nothing", async () => {
        const b = bucket();
        const r = [b, setting(T.block, "pab", b, { blockPublicAccess: false }), baseline(T.accountBlock, "account", { blockPublicAccess: false })];
        expect(await messages(ossBucketPublicAccessBlocked, r)).toEqual([
            'Bucket "media" does not block public access: oss.BucketPublicAccessBlock "pab" sets blockPublicAccess to false; set it '
                + "to true.",
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(ossBucketPublicAccessBlocked, [bucket()]);
        expect(f.message.fr).toBe(
            "Le bucket « media » n'a pas de blocage de l'accès public ; déclarer pour lui un oss.BucketPublicAccessBlock avec "
                + "blockPublicAccess: true.",
        );
    });
});

describe("oss-bucket-policy-not-overwritten", () => {
    const policy = (b: PlanResource) => setting(T.policy, "bp", b, { policy: doc(DENY_HTTP) });
    it("accepts a bucket that ignores changes to policy next to its BucketPolicy (the baseline's options)", async () => {
        const b = bucket();
        expect(b.options.ignoreChanges).toEqual(["policy"]);
        expect(await messages(ossBucketPolicyNotOverwritten, [b, policy(b)])).toEqual([]);
    });
    it("leaves alone a bucket without a separate policy", async () => {
        expect(await messages(ossBucketPolicyNotOverwritten, [bucket({}, { options: { ignoreChanges: [] } })])).toEqual([]);
    });
    it("flags a bucket that would delete its BucketPolicy (joined by reference or by name)", async () => {
        const b = bucket({}, { options: { ignoreChanges: [] } });
        const msg = 'Bucket "media" would delete oss.BucketPolicy "bp" on its next update (provider issue 9331); add ignoreChanges: '
            + '["policy"] to its resource options.';
        expect(await messages(ossBucketPolicyNotOverwritten, [b, policy(b)])).toEqual([msg]);
        const named = byName(T.policy, "bp", "dakar-media", { policy: doc(DENY_HTTP) });
        expect(await messages(ossBucketPolicyNotOverwritten, [b, named])).toEqual([msg]);
    });
    it("flags a bucket that also sets the policy inline", async () => {
        const b = bucket({ policy: doc(DENY_HTTP) });
        expect(await messages(ossBucketPolicyNotOverwritten, [b, policy(b)])).toEqual([
            'Bucket "media" sets its policy input and also has oss.BucketPolicy "bp"; the two overwrite each other. Remove the policy '
                + "input.",
        ]);
    });
    it("reports in French", async () => {
        const b = bucket({}, { options: { ignoreChanges: ["tags"] } });
        const [f] = await run(ossBucketPolicyNotOverwritten, [b, policy(b)]);
        expect(f.message.fr).toBe(
            "Le bucket « media » supprimerait l'oss.BucketPolicy « bp » à sa prochaine mise à jour (issue 9331 du fournisseur) ; "
                + 'ajouter ignoreChanges: ["policy"] à ses options de ressource.',
        );
    });
});
