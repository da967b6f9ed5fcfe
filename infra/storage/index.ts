/**
 * The storage layer: four private OSS buckets (media, static front end, access logs, backups), an
 * ApsaraDB RDS for MySQL 8.0 database, a Tair / Redis cache, their credentials in KMS secrets, the
 * role the CDN assumes to read the public buckets, and the data tier's security-group rules.
 * Everything is encrypted with the keys layer's keys, reachable only from the app tier (and, for
 * reads of media and static, the CDN), and protected from deletion where the profile protects.
 */
import * as ecs from "@pulumi/alicloud/ecs";
import * as kms from "@pulumi/alicloud/kms";
import * as kvstore from "@pulumi/alicloud/kvstore";
import * as oss from "@pulumi/alicloud/oss";
import * as ram from "@pulumi/alicloud/ram";
import * as rds from "@pulumi/alicloud/rds";
import type * as inputs from "@pulumi/alicloud/types/input";
import * as random from "@pulumi/random";
import * as pulumi from "@pulumi/pulumi";
import { cloudName, resourceTags } from "../core/names";
import { zoneLetter } from "../core/regions";
import type { CoreSettings } from "../core/settings";
import { childUrn, statefulOptions } from "../core/stateful";
import type { KeysOutputs } from "../keys/outputs";
import { formerDataRuleName, NetworkOutputs } from "../network/outputs";
import type { BackupsReplication, StorageConfig } from "./config";
import { BUCKET_CLASSIFICATION, BUCKET_ROLES, BucketEndpoints, BucketRole, CDN_ORIGINS, StorageOutputs } from "./outputs";
import type { LifecycleDays } from "./profile";

const COMPONENT = "storage";

/** The MySQL database of the Games' applications and the account they use (not a privileged one). */
export const DATABASE_NAME = "dakar2026";
export const DATABASE_USER = "dakar2026_app";

/** Versions OSS accepts for HTTPS to the buckets: TLS 1.2 and 1.3 only. */
export const TLS_VERSIONS = ["TLSv1.2", "TLSv1.3"] as const;

/**
 * Inline inputs of oss.Bucket that a separate resource of this layer sets. The provider reads the
 * bucket's remote configuration into these inputs and, finding them absent from the program, would
 * remove on the next update what the separate resource set (terraform-provider-alicloud issue 9331
 * for the policy; the provider documents the same for ACL, versioning, logging and encryption), so
 * the bucket ignores them.
 */
export const BUCKET_INLINE_TWINS = ["acl", "policy", "versioning", "logging", "serverSideEncryptionRule"] as const;

/** Object reads and writes, as OSS bucket policies name them. */
const READS = ["oss:GetObject", "oss:GetObjectVersion"] as const;
const WRITES = ["oss:PutObject", "oss:DeleteObject", "oss:DeleteObjectVersion", "oss:AbortMultipartUpload"] as const;

/**
 * What each bucket refuses to anyone outside the app tier's vSwitches: media and static are read by
 * the CDN (whose back-to-origin addresses are not fixed) but written only from the app tier; access
 * logs are written by OSS itself and read only from the app tier; backups are read and written only
 * from the app tier.
 */
export const APP_TIER_ONLY: Readonly<Record<BucketRole, readonly string[]>> = {
    media: WRITES,
    static: WRITES,
    logs: READS,
    backups: [...READS, ...WRITES],
};

/**
 * Database and cache passwords: the longest both services accept (32), from the special characters
 * they accept, with every character class present (they demand three of four).
 */
const PASSWORD: random.RandomPasswordArgs = {
    length: 32,
    special: true,
    overrideSpecial: "!@#$%^&*()_+-=",
    minUpper: 2,
    minLower: 2,
    minNumeric: 2,
    minSpecial: 2,
};

/** The version of the KMS secrets' first value; a new password is stored under a new version id. */
export const SECRET_VERSION = "v1";

export interface StorageArgs {
    readonly core: CoreSettings;
    readonly config: StorageConfig;
    /** The storage key (buckets), the databases key (RDS, Tair, secrets) and the role RDS and Tair assume to use it. */
    readonly keys: Pick<KeysOutputs, "keyIds" | "keyArns" | "serviceRoleArns">;
    /** The VPC, the data vSwitches, the app tier's CIDRs and the data tier's security group. */
    readonly network: Pick<NetworkOutputs, "urn" | "vpcId" | "vswitchIds" | "vswitchCidrs" | "securityGroupIds">;
    /** Stable per-stack suffix that makes bucket and secret names globally unique. */
    readonly uniqueSuffix: pulumi.Input<string>;
}

/** An OSS or RAM policy statement, as this layer writes them. */
export interface Statement {
    readonly Effect: "Allow" | "Deny";
    readonly Principal?: readonly string[];
    readonly Action: readonly string[];
    readonly Resource: readonly string[];
    readonly Condition?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

/** Where a bucket's policy statements point, and who and what they name. */
export interface BucketPolicyContext {
    readonly role: BucketRole;
    readonly bucket: string;
    /** Account id owning the bucket. */
    readonly owner: string;
    readonly vpcId: string;
    readonly appCidrs: readonly string[];
    /** ARN of the role the CDN assumes (media and static only read through it). */
    readonly cdnRoleArn: string;
}

/** OSS bucket policies name a role by its sessions: `arn:sts::<account>:assumed-role/<role name>/*`. */
export function assumedRolePrincipal(roleArn: string): string {
    const m = /^acs:ram::(\d+):role\/(.+)$/.exec(roleArn);
    if (!m) throw new Error(`${roleArn} is not a RAM role ARN`);
    return `arn:sts::${m[1]}:assumed-role/${m[2]}/*`;
}

/**
 * The bucket policy: no plain HTTP for anyone; outside the app tier's vSwitches and the VPC, none
 * of the role's restricted actions (APP_TIER_ONLY); and for the CDN's origins, reads by the CDN's role.
 */
export function bucketPolicyDocument(c: BucketPolicyContext): { Version: "1"; Statement: Statement[] } {
    const bucket = `acs:oss:*:${c.owner}:${c.bucket}`;
    const objects = `${bucket}/*`;
    const restricted = APP_TIER_ONLY[c.role];
    const statements: Statement[] = [
        { Effect: "Deny", Principal: ["*"], Action: ["oss:*"], Resource: [bucket, objects], Condition: { Bool: { "acs:SecureTransport": ["false"] } } },
        { Effect: "Deny", Principal: ["*"], Action: restricted, Resource: [objects], Condition: { NotIpAddress: { "acs:SourceIp": c.appCidrs } } },
        // Another VPC may reuse the app tier's private ranges: its requests carry its own VPC id.
        { Effect: "Deny", Principal: ["*"], Action: restricted, Resource: [objects], Condition: { StringNotEquals: { "acs:SourceVpc": [c.vpcId] } } },
    ];
    if (CDN_ORIGINS.includes(c.role)) {
        statements.push({ Effect: "Allow", Principal: [assumedRolePrincipal(c.cdnRoleArn)], Action: ["oss:GetObject"], Resource: [objects] });
    }
    return { Version: "1", Statement: statements };
}

/**
 * The bucket's one lifecycle rule, over the whole bucket: current objects go to Infrequent Access
 * (and, for logs and backups, to Archive), noncurrent versions expire, unfinished multipart uploads
 * are aborted. Access logs also expire after the profile's log retention (law 2008-12: not kept
 * longer than needed); OSS wants every transition earlier than that expiry, so later ones are dropped.
 */
export function lifecycleRule(role: BucketRole, days: LifecycleDays, logRetentionDays: number): inputs.oss.BucketLifecycleRule {
    const archived = role === "logs" || role === "backups";
    const expiry = role === "logs" ? logRetentionDays : undefined;
    const transitions = [
        { days: days.toInfrequentAccess, storageClass: "IA" },
        ...(archived ? [{ days: days.toArchive, storageClass: "Archive" }] : []),
    ].filter((t) => expiry === undefined || t.days < expiry);
    return {
        id: `${role}-lifecycle`,
        enabled: true,
        ...(transitions.length > 0 ? { transitions } : {}),
        ...(expiry !== undefined ? { expirations: [{ days: expiry }] } : {}),
        noncurrentVersionExpirations: [{ days: days.noncurrentExpiry }],
        abortMultipartUploads: [{ days: days.abortMultipart }],
    };
}

const json = (doc: unknown): string => JSON.stringify(doc);

/** The trust policy of a role that only `service` may assume. */
const trustedBy = (service: string): string =>
    json({ Version: "1", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: [service] } }] });

export class Storage extends pulumi.ComponentResource implements StorageOutputs {
    public readonly bucketNames: Readonly<Record<BucketRole, pulumi.Output<string>>>;
    public readonly bucketEndpoints: Readonly<Record<BucketRole, BucketEndpoints>>;
    public readonly database: StorageOutputs["database"] & { readonly endpoint: pulumi.Output<string>; readonly password: pulumi.Output<string> };
    public readonly cache: StorageOutputs["cache"] & { readonly endpoint: pulumi.Output<string>; readonly password: pulumi.Output<string> };
    public readonly credentialSecretNames: Readonly<Record<"database" | "cache", pulumi.Output<string>>>;
    public readonly credentialSecretArns: Readonly<Record<"database" | "cache", pulumi.Output<string>>>;
    public readonly keyIds: Readonly<Record<"buckets" | "databases", pulumi.Input<string>>>;
    public readonly cdnOriginRoleArn: pulumi.Output<string>;

    constructor(name: string, args: StorageArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:storage:Storage", name, {}, opts);
        const { core, config, keys, network } = args;
        const { profile, ports } = config;
        const parent = { parent: this };
        const keep = statefulOptions(this, core.profile);
        const tags = resourceTags.bind(undefined, core, COMPONENT);
        const appCidrs = core.zones.map((z) => network.vswitchCidrs.app[z]);
        const [primaryZone, standbyZone] = core.zones;
        const dataSwitch = (zone: string): pulumi.Input<string> => network.vswitchIds.data[zone];

        // The role the CDN assumes to fetch media and static objects back-to-origin: read those two
        // buckets' objects and decrypt them with the storage key, nothing else.
        const cdnRole = new ram.Role(
            `${name}-cdn-origin-role`,
            {
                roleName: cloudName(core, COMPONENT, "cdn-origin"),
                description: `Assumed by the CDN of Dakar 2026 ${core.environment} to read the media and static buckets back-to-origin`,
                assumeRolePolicyDocument: trustedBy("cdn.aliyuncs.com"),
                maxSessionDuration: 3600,
                tags: tags("internal"),
            },
            parent,
        );

        const buckets = {} as Record<BucketRole, oss.Bucket>;
        for (const role of BUCKET_ROLES) {
            buckets[role] = new oss.Bucket(
                `${name}-${role}`,
                {
                    bucket: pulumi.interpolate`${cloudName(core, COMPONENT, role)}-${args.uniqueSuffix}`,
                    storageClass: "Standard",
                    redundancyType: profile.redundancy,
                    lifecycleRules: [lifecycleRule(role, profile.lifecycle, core.profile.logRetentionDays)],
                    tags: tags(BUCKET_CLASSIFICATION[role]),
                },
                { ...keep, ignoreChanges: [...BUCKET_INLINE_TWINS] },
            );
        }
        for (const role of BUCKET_ROLES) {
            const b = buckets[role];
            const child = (purpose: string): string => `${name}-${role}-${purpose}`;
            new oss.BucketAcl(child("acl"), { bucket: b.bucket, acl: "private" }, parent);
            new oss.BucketPublicAccessBlock(child("public-access-block"), { bucket: b.bucket, blockPublicAccess: true }, parent);
            new oss.BucketServerSideEncryption(child("encryption"), { bucket: b.bucket, sseAlgorithm: "KMS", kmsMasterKeyId: keys.keyIds.storage }, parent);
            new oss.BucketVersioning(child("versioning"), { bucket: b.bucket, status: "Enabled" }, parent);
            new oss.BucketHttpsConfig(
                child("https"),
                // Strong suites only: TLS 1.2 alone still admits CBC and non-forward-secret suites.
                { bucket: b.bucket, enable: true, tlsVersions: [...TLS_VERSIONS], cipherSuit: { enable: true, strongCipherSuite: true } },
                parent,
            );
            // Every bucket logs into the logs bucket, the logs bucket too (under its own prefix).
            new oss.BucketLogging(child("logging"), { bucket: b.bucket, targetBucket: buckets.logs.bucket, targetPrefix: `access/${role}/` }, parent);
            new oss.BucketPolicy(
                child("policy"),
                {
                    bucket: b.bucket,
                    policy: pulumi
                        .all([b.bucket, b.owner, network.vpcId, cdnRole.arn])
                        .apply(([bucket, owner, vpcId, cdnRoleArn]) => json(bucketPolicyDocument({ role, bucket, owner, vpcId, appCidrs, cdnRoleArn }))),
                },
                parent,
            );
        }

        const cdnPolicy = new ram.Policy(
            `${name}-cdn-origin-policy`,
            {
                policyName: cloudName(core, COMPONENT, "cdn-origin-read"),
                description: "Lets the CDN read the media and static objects and decrypt them, nothing else",
                policyDocument: pulumi
                    .all([...CDN_ORIGINS.map((r) => buckets[r].bucket), buckets.media.owner, keys.keyArns.storage])
                    .apply((values) => {
                        const owner = values[CDN_ORIGINS.length];
                        const keyArn = values[CDN_ORIGINS.length + 1];
                        const objects = values.slice(0, CDN_ORIGINS.length).map((b) => `acs:oss:*:${owner}:${b}/*`);
                        return json({
                            Version: "1",
                            Statement: [
                                { Effect: "Allow", Action: ["oss:GetObject"], Resource: objects },
                                { Effect: "Allow", Action: ["kms:Decrypt"], Resource: [keyArn] },
                            ],
                        });
                    }),
                tags: tags("internal"),
            },
            parent,
        );
        new ram.RolePolicyAttachment(
            `${name}-cdn-origin-attach`,
            { roleName: cdnRole.roleName, policyName: cdnPolicy.policyName, policyType: "Custom" },
            parent,
        );

        if (config.backupsReplication !== undefined) this.replicate(name, core, keys, buckets.backups, config.backupsReplication);

        // The data tier's rules moved here from the network layer with the ports they open. Their
        // inputs are unchanged and each aliases its old URN, so the move replaces no rule.
        const networkName = pulumi.output(network.urn).apply((urn) => urn.slice(urn.lastIndexOf("::") + 2));
        const ruleType = "alicloud:ecs/securityGroupRule:SecurityGroupRule";
        for (const [service, portNumber] of [["database", ports.database], ["cache", ports.cache]] as const) {
            for (const zone of core.zones) {
                const z = zoneLetter(zone);
                new ecs.SecurityGroupRule(
                    `${name}-sgr-${service}-from-app-${z}`,
                    {
                        securityGroupId: network.securityGroupIds.data,
                        type: "ingress",
                        ipProtocol: "tcp",
                        portRange: `${portNumber}/${portNumber}`,
                        cidrIp: network.vswitchCidrs.app[zone],
                        policy: "accept",
                        priority: 1,
                        nicType: "intranet",
                        description: `app ${zone} to ${service}`,
                    },
                    { parent: this, aliases: [childUrn(network.urn, ruleType, networkName.apply((n) => formerDataRuleName(n, portNumber, z)))] },
                );
            }
        }

        // MySQL 8.0 (docs/decisions/0005-mysql-8-for-the-games-database.md). A High-availability
        // edition has its standby in the second zone, which needs the vSwitches of both zones in order.
        const db = profile.database;
        const ha = db.category === "HighAvailability";
        const dbPassword = new random.RandomPassword(`${name}-mysql-app-password`, PASSWORD, keep);
        const instance = new rds.Instance(
            `${name}-mysql`,
            {
                instanceName: cloudName(core, COMPONENT, "mysql"),
                engine: "MySQL",
                engineVersion: "8.0",
                category: db.category,
                instanceType: db.instanceType,
                instanceStorage: db.storageGb,
                dbInstanceStorageType: "cloud_essd",
                storageAutoScale: "Enable",
                storageThreshold: 30,
                storageUpperBound: db.storageUpperBoundGb,
                // Pay-as-you-go: the provider's deletion protection only works on it.
                instanceChargeType: "Postpaid",
                deletionProtection: core.profile.protect,
                vpcId: network.vpcId,
                zoneId: primaryZone,
                ...(ha
                    ? { zoneIdSlaveA: standbyZone, vswitchId: pulumi.interpolate`${dataSwitch(primaryZone)},${dataSwitch(standbyZone)}` }
                    : { vswitchId: dataSwitch(primaryZone) }),
                port: String(ports.database),
                securityIps: appCidrs,
                securityGroupIds: [network.securityGroupIds.data],
                sslAction: "Open",
                forceEncryption: 1,
                // Cloud-disk encryption with the databases key; RDS uses it through the role it assumes.
                encryptionKey: keys.keyIds.databases,
                roleArn: keys.serviceRoleArns.rds,
                // TDE exists from the High-availability edition up.
                ...(ha ? { tdeStatus: "Enabled", tdeEncryptionKey: keys.keyIds.databases } : {}),
                sqlCollectorStatus: "Enabled",
                sqlCollectorConfigValue: config.sqlAuditRetentionDays,
                maintainTime: db.maintenanceWindow,
                autoUpgradeMinorVersion: "Auto",
                tags: tags("sensitive-personal"),
            },
            keep,
        );
        const database = new rds.Database(
            `${name}-mysql-db`,
            { instanceId: instance.id, dataBaseName: DATABASE_NAME, characterSet: "utf8mb4", description: "Accounts, entries and results of the Games" },
            keep,
        );
        const account = new rds.RdsAccount(
            `${name}-mysql-app`,
            {
                dbInstanceId: instance.id,
                accountName: DATABASE_USER,
                accountPassword: dbPassword.result,
                accountType: "Normal",
                accountDescription: "The applications' account: read and write on the Games database only",
            },
            parent,
        );
        new rds.AccountPrivilege(
            `${name}-mysql-app-privilege`,
            { instanceId: instance.id, accountName: account.accountName, dbNames: [database.dataBaseName], privilege: "ReadWrite" },
            parent,
        );
        new rds.BackupPolicy(
            `${name}-mysql-backup`,
            {
                instanceId: instance.id,
                backupRetentionPeriod: db.backupRetentionDays,
                preferredBackupPeriods: [...db.backupDays],
                preferredBackupTime: db.backupWindow,
                // The Basic edition cannot set log backup (typings of BackupPolicyArgs).
                ...(ha ? { enableBackupLog: true, logBackupRetentionPeriod: db.backupRetentionDays } : {}),
                releasedKeepPolicy: db.releasedKeepPolicy,
            },
            parent,
        );

        // Tair / Redis 5.0 cloud-disk cluster: the typings allow TLS (sslEnable) on cluster instances up to 5.0 only.
        const c = profile.cache;
        const cachePassword = new random.RandomPassword(`${name}-redis-password`, PASSWORD, keep);
        const redis = new kvstore.Instance(
            `${name}-redis`,
            {
                dbInstanceName: cloudName(core, COMPONENT, "redis"),
                instanceType: "Redis",
                engineVersion: "5.0",
                instanceClass: c.instanceClass,
                shardCount: c.shardCount,
                paymentType: "PostPaid",
                instanceReleaseProtection: core.profile.protect,
                zoneId: primaryZone,
                ...(c.secondaryZone ? { secondaryZoneId: standbyZone } : {}),
                vswitchId: dataSwitch(primaryZone),
                securityIps: appCidrs,
                securityGroupId: network.securityGroupIds.data,
                privateConnectionPort: String(ports.cache),
                password: cachePassword.result,
                vpcAuthMode: "Open",
                sslEnable: "Enable",
                tdeStatus: "Enabled",
                encryptionKey: keys.keyIds.databases,
                roleArn: keys.serviceRoleArns.rds,
                backupPeriods: [...c.backupDays],
                backupTime: c.backupWindow,
                enableBackupLog: 1,
                maintainStartTime: c.maintenanceStart,
                maintainEndTime: c.maintenanceEnd,
                tags: tags("personal"),
            },
            keep,
        );

        // Credentials the app servers read at boot, as JSON in KMS secrets encrypted with the databases key.
        // Generic secrets: a KMS-managed RDS secret would rotate a password this program also sets.
        const secret = (purpose: string, data: pulumi.Output<string>, what: string): kms.Secret =>
            new kms.Secret(
                `${name}-${purpose}-secret`,
                {
                    secretName: pulumi.interpolate`${cloudName(core, COMPONENT, purpose)}-${args.uniqueSuffix}`,
                    description: `${what} of Dakar 2026 ${core.environment}, read by the app servers at boot`,
                    secretType: "Generic",
                    secretDataType: "text",
                    secretData: data,
                    versionId: SECRET_VERSION,
                    encryptionKeyId: keys.keyIds.databases,
                    recoveryWindowInDays: profile.secretRecoveryWindowDays,
                    tags: tags("internal"),
                },
                keep,
            );
        const dbSecret = secret(
            "mysql-app",
            pulumi.jsonStringify({
                engine: "mysql",
                host: instance.connectionString,
                port: ports.database,
                database: DATABASE_NAME,
                username: DATABASE_USER,
                password: dbPassword.result,
            }),
            "Database credentials",
        );
        const cacheSecret = secret(
            "redis",
            pulumi.jsonStringify({ engine: "redis", host: redis.connectionDomain, port: ports.cache, tls: true, password: cachePassword.result }),
            "Cache credentials",
        );

        const names = {} as Record<BucketRole, pulumi.Output<string>>;
        const endpoints = {} as Record<BucketRole, BucketEndpoints>;
        for (const r of BUCKET_ROLES) {
            names[r] = buckets[r].bucket;
            endpoints[r] = { intranet: buckets[r].intranetEndpoint, extranet: buckets[r].extranetEndpoint };
        }
        this.bucketNames = names;
        this.bucketEndpoints = endpoints;
        this.database = {
            endpoint: instance.connectionString,
            port: ports.database,
            name: DATABASE_NAME,
            user: DATABASE_USER,
            password: pulumi.secret(dbPassword.result),
            instanceId: instance.id,
        };
        this.cache = { endpoint: redis.connectionDomain, port: ports.cache, password: pulumi.secret(cachePassword.result), instanceId: redis.id };
        this.credentialSecretNames = { database: dbSecret.secretName, cache: cacheSecret.secretName };
        this.credentialSecretArns = { database: dbSecret.arn, cache: cacheSecret.arn };
        this.keyIds = { buckets: keys.keyIds.storage, databases: keys.keyIds.databases };
        this.cdnOriginRoleArn = cdnRole.arn;
        this.registerOutputs({
            bucketNames: this.bucketNames,
            bucketEndpoints: this.bucketEndpoints,
            database: this.database,
            cache: this.cache,
            credentialSecretNames: this.credentialSecretNames,
            credentialSecretArns: this.credentialSecretArns,
            keyIds: this.keyIds,
            cdnOriginRoleArn: this.cdnOriginRoleArn,
        });
    }

    /**
     * Replicates new and overwritten objects of the backups bucket to a bucket of another region
     * (only one the residency map allows; the loader checks). Deletions are not replicated, so the
     * replica survives a deletion in the source. OSS replicates through a role it assumes, which may
     * read this bucket, write the replica, and use the keys on both sides.
     */
    private replicate(name: string, core: CoreSettings, keys: StorageArgs["keys"], backups: oss.Bucket, to: BackupsReplication): void {
        const parent = { parent: this };
        const role = new ram.Role(
            `${name}-backups-replication-role`,
            {
                roleName: cloudName(core, COMPONENT, "backups-replication"),
                description: `Assumed by OSS to replicate the backups bucket of Dakar 2026 ${core.environment} to ${to.region}`,
                assumeRolePolicyDocument: trustedBy("oss.aliyuncs.com"),
                maxSessionDuration: 3600,
                tags: resourceTags(core, COMPONENT, "internal"),
            },
            parent,
        );
        const policy = new ram.Policy(
            `${name}-backups-replication-policy`,
            {
                policyName: cloudName(core, COMPONENT, "backups-replication"),
                description: `Lets OSS copy the backups bucket to ${to.bucket} in ${to.region}, nothing else`,
                policyDocument: pulumi.all([backups.bucket, backups.owner, keys.keyArns.storage]).apply(([source, owner, sourceKey]) => {
                    const bucketAndObjects = (b: string): string[] => [`acs:oss:*:${owner}:${b}`, `acs:oss:*:${owner}:${b}/*`];
                    return json({
                        Version: "1",
                        Statement: [
                            { Effect: "Allow", Action: ["oss:ReplicateList", "oss:ReplicateGet"], Resource: bucketAndObjects(source) },
                            { Effect: "Allow", Action: ["oss:ReplicateList", "oss:ReplicatePut", "oss:ReplicateDelete"], Resource: bucketAndObjects(to.bucket) },
                            { Effect: "Allow", Action: ["kms:Decrypt"], Resource: [sourceKey] },
                            { Effect: "Allow", Action: ["kms:Encrypt", "kms:GenerateDataKey"], Resource: [`acs:kms:${to.region}:${owner}:key/${to.kmsKeyId}`] },
                        ],
                    });
                }),
                tags: resourceTags(core, COMPONENT, "internal"),
            },
            parent,
        );
        new ram.RolePolicyAttachment(
            `${name}-backups-replication-attach`,
            { roleName: role.roleName, policyName: policy.policyName, policyType: "Custom" },
            parent,
        );
        new oss.BucketReplication(
            `${name}-backups-replication`,
            {
                bucket: backups.bucket,
                action: "PUT",
                destination: { bucket: to.bucket, location: `oss-${to.region}`, transferType: "internal" },
                historicalObjectReplication: "enabled",
                syncRole: role.roleName,
                sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
                encryptionConfiguration: { replicaKmsKeyId: to.kmsKeyId },
            },
            parent,
        );
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { StorageOutputs } from "./outputs";
