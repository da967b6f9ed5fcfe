/**
 * The storage layer under Pulumi's mock runtime, for every profile with the project defaults, and
 * for a prod stack with other ports, a 16-character environment and the backups bucket replicated
 * (under a residency map that allows it). It receives the keys and network layers' outputs as plain
 * values, as any layer receives another's.
 *
 * What must hold whatever the settings: everything encrypted with the right key; no public path to
 * a bucket, the database or the cache; secrets generated, secret, and wired where they are used;
 * protection as the profile says; the data tier's rules exactly as the network layer declared them,
 * each aliasing its old URN. Exact values where they are the contract: the bucket policies, the
 * lifecycle rules and the retentions of each profile.
 */
import * as pulumi from "@pulumi/pulumi";
import { componentName, PROJECT } from "../../../infra/core/names";
import { PROFILE_NAMES, ProfileName } from "../../../infra/core/profile";
import { zoneLetter } from "../../../infra/core/regions";
import { RESIDENCY, ResidencyMap } from "../../../infra/core/residency";
import { parseCore } from "../../../infra/core/settings";
import { KEY_PURPOSES, KEY_SERVICES, KeyPurpose, KeyService } from "../../../infra/keys/outputs";
import { TIERS, Tier } from "../../../infra/network/outputs";
import { layerConfig, parseSettings, RawConfig, Settings } from "../../../infra/settings";
import type { Storage } from "../../../infra/storage";
import { parseStorageConfig, StorageConfig } from "../../../infra/storage/config";
import { BUCKET_CLASSIFICATION, BUCKET_ROLES, BucketRole } from "../../../infra/storage/outputs";
import { OFFLINE_ACCOUNT_ID } from "../../../tools/plan/fake-outputs";
import { Observed, observe, Scene, settle, valueOf } from "../../support/components";
import { internetOpenings, layerFaults, NO_LAYER_FAULTS } from "../../support/invariants";
import { rawFor } from "../../support/settings";

const TYPE = {
    bucket: "alicloud:oss/bucket:Bucket",
    acl: "alicloud:oss/bucketAcl:BucketAcl",
    block: "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock",
    sse: "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
    versioning: "alicloud:oss/bucketVersioning:BucketVersioning",
    logging: "alicloud:oss/bucketLogging:BucketLogging",
    https: "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig",
    policy: "alicloud:oss/bucketPolicy:BucketPolicy",
    replication: "alicloud:oss/bucketReplication:BucketReplication",
    rds: "alicloud:rds/instance:Instance",
    database: "alicloud:rds/database:Database",
    account: "alicloud:rds/rdsAccount:RdsAccount",
    privilege: "alicloud:rds/accountPrivilege:AccountPrivilege",
    backup: "alicloud:rds/backupPolicy:BackupPolicy",
    redis: "alicloud:kvstore/instance:Instance",
    secret: "alicloud:kms/secret:Secret",
    password: "random:index/randomPassword:RandomPassword",
    role: "alicloud:ram/role:Role",
    ramPolicy: "alicloud:ram/policy:Policy",
    attachment: "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    rule: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
} as const;

/** Building a layer under the mocks takes about a second, several on a busy machine: more than Jest's default 5 s allows. */
const BUILDING = 60_000;
const SUFFIX = "abc123";
const ACCOUNT = OFFLINE_ACCOUNT_ID;

/** What the keys layer would give: distinct values per purpose and service, so a mix-up shows. */
const KEYS = {
    keyIds: Object.fromEntries(KEY_PURPOSES.map((p) => [p, `key-${p}-0000`])) as Record<KeyPurpose, string>,
    keyArns: Object.fromEntries(KEY_PURPOSES.map((p) => [p, `acs:kms:eu-central-1:${ACCOUNT}:key/key-${p}-0000`])) as Record<KeyPurpose, string>,
    serviceRoleArns: Object.fromEntries((Object.keys(KEY_SERVICES) as KeyService[]).map((s) => [s, `acs:ram::${ACCOUNT}:role/test-${s}`])) as Record<KeyService, string>,
};

/** What the network layer would give, from the stack's own settings. */
function networkOf(stack: string, settings: Settings) {
    const { core } = settings;
    const network = layerConfig(settings, "network");
    const ids = (prefix: string) => Object.fromEntries(TIERS.map((t) => [t, Object.fromEntries(core.zones.map((z) => [z, `${prefix}-${t}-${zoneLetter(z)}`]))])) as Record<Tier, Record<string, string>>;
    return {
        urn: `urn:pulumi:${stack}::${PROJECT}::dakar2026:network:Network::${componentName(core, "network")}`,
        vpcId: "vpc-test",
        vswitchIds: ids("vsw"),
        vswitchCidrs: network.subnets,
        securityGroupIds: Object.fromEntries(TIERS.map((t) => [t, `sg-${t}`])) as Record<Tier, string>,
    };
}

interface Scenario {
    readonly title: string;
    readonly stack: string;
    readonly raw: RawConfig;
    /** The residency map the parser checks the replication region against. */
    readonly residency: ResidencyMap;
}

const SCENARIOS: readonly Scenario[] = [
    ...PROFILE_NAMES.map((profile) => ({ title: `${profile} with the project defaults`, stack: "alpha", raw: rawFor({ profile }), residency: RESIDENCY })),
    {
        title: "prod with ports 13306 and 16379, a 16-character environment, and the backups replicated to eu-west-1 under a map that allows it",
        stack: "beta",
        raw: rawFor({
            profile: "prod",
            extra: {
                "dakar2026:databasePort": "13306",
                "dakar2026:cachePort": "16379",
                "dakar2026:environment": "rehearsal2026abc",
                "dakar2026:backupsReplicationRegion": "eu-west-1",
                "dakar2026:backupsReplicationBucket": "dakar2026-replica-backups",
                "dakar2026:backupsReplicationKeyId": "key-replica-0001",
            },
        }),
        residency: { ...RESIDENCY, "sensitive-personal": { regions: ["eu-central-1", "eu-west-1"], legalBasis: "CDP authorisation (test)" } },
    },
];

interface PolicyDoc {
    readonly Version: string;
    readonly Statement: readonly { Effect: string; Principal?: unknown; Action: string | string[]; Resource: string | string[]; Condition?: unknown }[];
}

const doc = (text: unknown): PolicyDoc => JSON.parse(String(text)) as PolicyDoc;

/** How the SDK marks a secret value it sends to the engine (the mocks receive it so). */
const SECRET_SIG = { key: "4dabf18193072939515e22adb298388d", value: "1b47061264138c4ac30d75fd1eb44270" };

/** The value of an input that must be a secret; fails when it reached the provider in clear. */
function secretValue(input: unknown): unknown {
    const o = input as Record<string, unknown> | null;
    if (typeof o !== "object" || o === null || o[SECRET_SIG.key] !== SECRET_SIG.value) throw new Error(`expected a secret, got ${JSON.stringify(input)}`);
    return o.value;
}

afterAll(settle);

describe.each(SCENARIOS)("Storage: $title", ({ stack, raw, residency }) => {
    const base = parseSettings(withoutReplication(raw), stack);
    const { core } = base;
    const config: StorageConfig = parseStorageConfig(raw, parseCore(raw, stack), residency);
    const settings: Settings = { ...base, storage: config };
    const net = networkOf(stack, settings);
    const appCidrs = core.zones.map((z) => net.vswitchCidrs.app[z]);
    const ha = config.profile.database.category === "HighAvailability";
    let scene: Scene<Storage>;
    const ofType = (type: string): Observed[] => scene.resources.filter((r) => r.type === type);
    const only = (type: string): Observed => {
        const found = ofType(type);
        if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
        return found[0];
    };
    const named = (type: string, suffix: string): Observed => {
        const found = ofType(type).filter((r) => r.name === `${componentName(core, "storage")}-${suffix}`);
        if (found.length !== 1) throw new Error(`expected one ${type} named …-${suffix}, found ${found.length}`);
        return found[0];
    };
    const bucket = (role: BucketRole): Observed => named(TYPE.bucket, role);
    /** The one resource of `type` that configures the bucket of `role` (by its name, as OSS resources refer to buckets). */
    const of = (type: string, role: BucketRole): Observed => {
        const found = ofType(type).filter((r) => r.inputs.bucket === bucket(role).inputs.bucket);
        if (found.length !== 1) throw new Error(`expected one ${type} for the ${role} bucket, found ${found.length}`);
        return found[0];
    };

    beforeAll(async () => {
        scene = await observe(stack, core.region, async (opts) => {
            const { Storage } = await import("../../../infra/storage");
            return new Storage(componentName(core, "storage"), { core, config, keys: KEYS, network: net, uniqueSuffix: SUFFIX }, opts);
        });
    }, BUILDING);

    it("tags, names, identifies and classifies every resource, and protects exactly the stateful ones as the profile says", () => {
        expect(layerFaults(scene.resources, core)).toEqual(NO_LAYER_FAULTS);
        // The provider's own guards: release protection of the cache follows the profile; nothing empties a bucket or skips a secret's recovery.
        expect(only(TYPE.redis).inputs.instanceReleaseProtection).toBe(core.profile.protect);
        for (const b of ofType(TYPE.bucket)) expect(b.inputs.forceDestroy).toBeUndefined();
        for (const s of ofType(TYPE.secret)) expect(s.inputs.forceDeleteWithoutRecovery).toBeUndefined();
    });

    it("makes one bucket per role, named uniquely by the stack's suffix and classified by what it holds", () => {
        expect(ofType(TYPE.bucket).map((b) => b.inputs.bucket).sort()).toEqual(BUCKET_ROLES.map((r) => `${PROJECT}-${core.environment}-storage-${r}-${SUFFIX}`).sort());
        for (const role of BUCKET_ROLES) {
            expect((bucket(role).inputs.tags as Record<string, string>)["data-classification"]).toBe(BUCKET_CLASSIFICATION[role]);
            expect(bucket(role).inputs).toMatchObject({ storageClass: "Standard", redundancyType: config.profile.redundancy });
        }
        expect(only(TYPE.rds).inputs.tags).toMatchObject({ "data-classification": "sensitive-personal" });
        expect(only(TYPE.redis).inputs.tags).toMatchObject({ "data-classification": "personal" });
        for (const s of ofType(TYPE.secret)) expect(s.inputs.tags).toMatchObject({ "data-classification": "internal" });
    });

    it("encrypts everything at rest with the keys layer's keys: buckets with the storage key, database, cache and secrets with the databases key", () => {
        for (const role of BUCKET_ROLES) expect(of(TYPE.sse, role).inputs).toEqual({ bucket: bucket(role).inputs.bucket, sseAlgorithm: "KMS", kmsMasterKeyId: KEYS.keyIds.storage });
        expect(ofType(TYPE.sse)).toHaveLength(BUCKET_ROLES.length);
        const rds = only(TYPE.rds).inputs;
        expect(rds).toMatchObject({ encryptionKey: KEYS.keyIds.databases, roleArn: KEYS.serviceRoleArns.rds, dbInstanceStorageType: "cloud_essd" });
        // TDE exists from the High-availability edition up; where the profile has it, it uses the same key.
        if (ha) expect(rds).toMatchObject({ tdeStatus: "Enabled", tdeEncryptionKey: KEYS.keyIds.databases });
        else expect(rds.tdeStatus).toBeUndefined();
        expect(only(TYPE.redis).inputs).toMatchObject({ tdeStatus: "Enabled", encryptionKey: KEYS.keyIds.databases, roleArn: KEYS.serviceRoleArns.rds });
        expect(ofType(TYPE.secret).map((s) => s.inputs.encryptionKeyId)).toEqual([KEYS.keyIds.databases, KEYS.keyIds.databases]);
    });

    it("encrypts everything in transit: TLS 1.2+ and strong cipher suites only on every bucket, SSL forced on the database, TLS on the cache", () => {
        for (const role of BUCKET_ROLES) expect(of(TYPE.https, role).inputs).toEqual({ bucket: bucket(role).inputs.bucket, enable: true, tlsVersions: ["TLSv1.2", "TLSv1.3"], cipherSuit: { enable: true, strongCipherSuite: true } });
        expect(only(TYPE.rds).inputs).toMatchObject({ sslAction: "Open", forceEncryption: 1 });
        expect(only(TYPE.redis).inputs).toMatchObject({ sslEnable: "Enable", vpcAuthMode: "Open" });
    });

    it("leaves no public path to a bucket: private ACL, public access blocked, no inline ACL or policy, no anonymous Allow", () => {
        for (const role of BUCKET_ROLES) {
            expect(of(TYPE.acl, role).inputs.acl).toBe("private");
            expect(of(TYPE.block, role).inputs.blockPublicAccess).toBe(true);
            for (const inline of ["acl", "policy", "website", "refererConfig"]) expect(bucket(role).inputs[inline]).toBeUndefined();
            const allows = doc(of(TYPE.policy, role).inputs.policy).Statement.filter((s) => s.Effect === "Allow");
            for (const s of allows) expect(JSON.stringify(s.Principal)).not.toContain('"*"');
        }
    });

    it("has each bucket's policy say exactly: no plain HTTP; the role's restricted actions only from the app tier and the VPC; CDN reads of media and static", () => {
        const cdnRole = named(TYPE.role, "cdn-origin-role").inputs.roleName;
        const reads = ["oss:GetObject", "oss:GetObjectVersion"];
        const writes = ["oss:PutObject", "oss:DeleteObject", "oss:DeleteObjectVersion", "oss:AbortMultipartUpload"];
        const restricted: Record<BucketRole, string[]> = { media: writes, static: writes, logs: reads, backups: [...reads, ...writes] };
        for (const role of BUCKET_ROLES) {
            const arn = `acs:oss:*:${ACCOUNT}:${String(bucket(role).inputs.bucket)}`;
            const objects = `${arn}/*`;
            const cdn = role === "media" || role === "static";
            expect(doc(of(TYPE.policy, role).inputs.policy)).toEqual({
                Version: "1",
                Statement: [
                    { Effect: "Deny", Principal: ["*"], Action: ["oss:*"], Resource: [arn, objects], Condition: { Bool: { "acs:SecureTransport": ["false"] } } },
                    { Effect: "Deny", Principal: ["*"], Action: restricted[role], Resource: [objects], Condition: { NotIpAddress: { "acs:SourceIp": appCidrs } } },
                    { Effect: "Deny", Principal: ["*"], Action: restricted[role], Resource: [objects], Condition: { StringNotEquals: { "acs:SourceVpc": [net.vpcId] } } },
                    ...(cdn ? [{ Effect: "Allow", Principal: [`arn:sts::${ACCOUNT}:assumed-role/${String(cdnRole).toLowerCase()}/*`], Action: ["oss:GetObject"], Resource: [objects] }] : []),
                ],
            });
        }
    });

    it("lets only the CDN assume the origin role, which may read media and static objects and decrypt them with the storage key, nothing else", () => {
        const role = named(TYPE.role, "cdn-origin-role");
        expect(doc(role.inputs.assumeRolePolicyDocument)).toEqual({ Version: "1", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["cdn.aliyuncs.com"] } }] });
        const objects = (r: BucketRole): string => `acs:oss:*:${ACCOUNT}:${String(bucket(r).inputs.bucket)}/*`;
        const policy = named(TYPE.ramPolicy, "cdn-origin-policy");
        expect(doc(policy.inputs.policyDocument)).toEqual({
            Version: "1",
            Statement: [
                { Effect: "Allow", Action: ["oss:GetObject"], Resource: [objects("media"), objects("static")] },
                { Effect: "Allow", Action: ["kms:Decrypt"], Resource: [KEYS.keyArns.storage] },
            ],
        });
        expect(named(TYPE.attachment, "cdn-origin-attach").inputs).toEqual({ roleName: role.inputs.roleName, policyName: policy.inputs.policyName, policyType: "Custom" });
    });

    it("versions every bucket and logs its access into the logs bucket, under a prefix of its own", () => {
        for (const role of BUCKET_ROLES) {
            expect(of(TYPE.versioning, role).inputs.status).toBe("Enabled");
            expect(of(TYPE.logging, role).inputs).toEqual({ bucket: bucket(role).inputs.bucket, targetBucket: bucket("logs").inputs.bucket, targetPrefix: `access/${role}/` });
        }
    });

    it("reaches the database and the cache only from the app tier: VPC, data vSwitches, whitelists of the app CIDRs, the data tier's group", () => {
        const [primary, standby] = core.zones;
        const rds = only(TYPE.rds).inputs;
        expect(rds).toMatchObject({ vpcId: net.vpcId, zoneId: primary, securityIps: appCidrs, securityGroupIds: [net.securityGroupIds.data], port: String(config.ports.database) });
        expect(rds.vswitchId).toBe(ha ? `${net.vswitchIds.data[primary]},${net.vswitchIds.data[standby]}` : net.vswitchIds.data[primary]);
        expect(rds.zoneIdSlaveA).toBe(ha ? standby : undefined);
        const redis = only(TYPE.redis).inputs;
        expect(redis).toMatchObject({ vswitchId: net.vswitchIds.data[primary], zoneId: primary, securityIps: appCidrs, securityGroupId: net.securityGroupIds.data });
        expect(redis.privateConnectionPort).toBe(String(config.ports.cache));
        expect(redis.secondaryZoneId).toBe(config.profile.cache.secondaryZone ? standby : undefined);
        expect(redis.enablePublic).toBeUndefined();
        // No internet endpoint of either (rds.Connection, kvstore.Connection...), and no internet rule.
        expect(scene.resources.filter((r) => /Connection|EndpointAddress|DbProxyPublic/.test(r.type)).map((r) => r.type)).toEqual([]);
        expect(internetOpenings(scene.resources)).toEqual([]);
    });

    it("takes over the data tier's rules exactly as the network layer declared them, each aliasing its former URN", () => {
        const rules = ofType(TYPE.rule);
        expect(rules).toHaveLength(2 * core.zones.length);
        const network = componentName(core, "network");
        for (const [service, port] of [["database", config.ports.database], ["cache", config.ports.cache]] as const) {
            for (const zone of core.zones) {
                const z = zoneLetter(zone);
                const rule = named(TYPE.rule, `sgr-${service}-from-app-${z}`);
                expect(rule.inputs).toEqual({
                    securityGroupId: net.securityGroupIds.data,
                    type: "ingress",
                    ipProtocol: "tcp",
                    portRange: `${port}/${port}`,
                    cidrIp: net.vswitchCidrs.app[zone],
                    policy: "accept",
                    priority: 1,
                    nicType: "intranet",
                    description: `app ${zone} to ${service}`,
                });
                expect(rule.aliasUrns).toEqual([
                    `urn:pulumi:${stack}::${PROJECT}::dakar2026:network:Network$${TYPE.rule}::${network}-sgr-data-${port}-from-app-${z}`,
                ]);
            }
        }
    });

    it("runs MySQL 8.0 pay-as-you-go with SQL audit, a maintenance window, autoscaled storage and the profile's size and edition", () => {
        const db = config.profile.database;
        expect(only(TYPE.rds).inputs).toMatchObject({
            engine: "MySQL",
            engineVersion: "8.0",
            instanceChargeType: "Postpaid",
            deletionProtection: core.profile.protect,
            category: db.category,
            instanceType: db.instanceType,
            instanceStorage: db.storageGb,
            storageAutoScale: "Enable",
            storageUpperBound: db.storageUpperBoundGb,
            sqlCollectorStatus: "Enabled",
            sqlCollectorConfigValue: config.sqlAuditRetentionDays,
            maintainTime: db.maintenanceWindow,
            autoUpgradeMinorVersion: "Auto",
        });
    });

    it("gives the applications one database and a normal (not privileged) account with read-write on it only", () => {
        const rds = only(TYPE.rds);
        expect(only(TYPE.database).inputs).toMatchObject({ instanceId: rds.id, dataBaseName: "dakar2026", characterSet: "utf8mb4" });
        expect(only(TYPE.account).inputs).toMatchObject({ dbInstanceId: rds.id, accountName: "dakar2026_app", accountType: "Normal" });
        expect(only(TYPE.privilege).inputs).toEqual({ instanceId: rds.id, accountName: "dakar2026_app", dbNames: ["dakar2026"], privilege: "ReadWrite" });
    });

    it("generates both passwords, keeps them secret outputs, and wires each where it is used", async () => {
        const dbPassword = named(TYPE.password, "mysql-app-password");
        const cachePassword = named(TYPE.password, "redis-password");
        for (const p of [dbPassword, cachePassword]) {
            expect(p.inputs).toMatchObject({ length: 32, special: true, overrideSpecial: "!@#$%^&*()_+-=", minUpper: 2, minLower: 2, minNumeric: 2, minSpecial: 2 });
        }
        expect(secretValue(only(TYPE.account).inputs.accountPassword)).toBe(dbPassword.state.result);
        expect(secretValue(only(TYPE.redis).inputs.password)).toBe(cachePassword.state.result);
        expect(await pulumi.isSecret(pulumi.output(scene.value.database.password))).toBe(true);
        expect(await pulumi.isSecret(pulumi.output(scene.value.cache.password))).toBe(true);
        expect(await valueOf(scene.value.database.password)).toBe(dbPassword.state.result);
    });

    it("stores the credentials the app servers read at boot in generic KMS secrets, as JSON, recoverable for the profile's window", async () => {
        const rds = only(TYPE.rds);
        const redis = only(TYPE.redis);
        const secret = (purpose: string): Observed => named(TYPE.secret, `${purpose}-secret`);
        expect(JSON.parse(String(secretValue(secret("mysql-app").inputs.secretData)))).toEqual({
            engine: "mysql",
            host: rds.state.connectionString,
            port: config.ports.database,
            database: "dakar2026",
            username: "dakar2026_app",
            password: named(TYPE.password, "mysql-app-password").state.result,
        });
        expect(JSON.parse(String(secretValue(secret("redis").inputs.secretData)))).toEqual({
            engine: "redis",
            host: redis.state.connectionDomain,
            port: config.ports.cache,
            tls: true,
            password: named(TYPE.password, "redis-password").state.result,
        });
        for (const purpose of ["mysql-app", "redis"]) {
            expect(secret(purpose).inputs).toMatchObject({
                secretName: `${PROJECT}-${core.environment}-storage-${purpose}-${SUFFIX}`,
                secretType: "Generic",
                versionId: "v1",
                recoveryWindowInDays: config.profile.secretRecoveryWindowDays,
            });
        }
        expect(await valueOf(scene.value.credentialSecretNames.database)).toBe(secret("mysql-app").inputs.secretName);
        expect(await valueOf(scene.value.credentialSecretArns.cache)).toBe(secret("redis").state.arn);
    });

    it("gives the next layers bucket names and endpoints, where the database and the cache listen, the keys and the CDN's role", async () => {
        for (const role of BUCKET_ROLES) {
            expect(await valueOf(scene.value.bucketNames[role])).toBe(bucket(role).inputs.bucket);
            expect(await valueOf(scene.value.bucketEndpoints[role].intranet)).toBe(bucket(role).state.intranetEndpoint);
            expect(await valueOf(scene.value.bucketEndpoints[role].extranet)).toBe(bucket(role).state.extranetEndpoint);
        }
        expect(await valueOf(scene.value.database.endpoint)).toBe(only(TYPE.rds).state.connectionString);
        expect(scene.value.database.port).toBe(config.ports.database);
        expect(await valueOf(scene.value.cache.endpoint)).toBe(only(TYPE.redis).state.connectionDomain);
        expect(scene.value.cache.port).toBe(config.ports.cache);
        expect(scene.value.keyIds).toEqual({ buckets: KEYS.keyIds.storage, databases: KEYS.keyIds.databases });
        expect(await valueOf(scene.value.cdnOriginRoleArn)).toBe(named(TYPE.role, "cdn-origin-role").state.arn);
    });

    it("replicates the backups bucket only when the settings say where, new objects only, through a role only OSS assumes", () => {
        const to = config.backupsReplication;
        if (to === undefined) {
            expect(ofType(TYPE.replication)).toEqual([]);
            return;
        }
        expect(only(TYPE.replication).inputs).toEqual({
            bucket: bucket("backups").inputs.bucket,
            action: "PUT",
            destination: { bucket: to.bucket, location: `oss-${to.region}`, transferType: "internal" },
            historicalObjectReplication: "enabled",
            syncRole: named(TYPE.role, "backups-replication-role").inputs.roleName,
            sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: "Enabled" } },
            encryptionConfiguration: { replicaKmsKeyId: to.kmsKeyId },
        });
        const trust = doc(named(TYPE.role, "backups-replication-role").inputs.assumeRolePolicyDocument);
        expect(trust.Statement).toEqual([{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["oss.aliyuncs.com"] } }]);
        const source = `acs:oss:*:${ACCOUNT}:${String(bucket("backups").inputs.bucket)}`;
        const replica = `acs:oss:*:${ACCOUNT}:${to.bucket}`;
        expect(doc(named(TYPE.ramPolicy, "backups-replication-policy").inputs.policyDocument).Statement).toEqual([
            { Effect: "Allow", Action: ["oss:ReplicateList", "oss:ReplicateGet"], Resource: [source, `${source}/*`] },
            { Effect: "Allow", Action: ["oss:ReplicateList", "oss:ReplicatePut", "oss:ReplicateDelete"], Resource: [replica, `${replica}/*`] },
            { Effect: "Allow", Action: ["kms:Decrypt"], Resource: [KEYS.keyArns.storage] },
            { Effect: "Allow", Action: ["kms:Encrypt", "kms:GenerateDataKey"], Resource: [`acs:kms:${to.region}:${ACCOUNT}:key/${to.kmsKeyId}`] },
        ]);
    });
});

/**
 * The contract of each profile: lifecycle days per bucket, backup and audit retentions, secret
 * recovery and backup schedules. Written out, not derived from the profiles: a change here is a
 * change of what Senum is promised.
 */
describe("what each profile promises", () => {
    const lifecycle = (ia: number | undefined, archive: number | undefined, expiry: number | undefined, noncurrent: number, abort: number, role: BucketRole) => ({
        id: `${role}-lifecycle`,
        enabled: true,
        ...(ia !== undefined ? { transitions: [{ days: ia, storageClass: "IA" }, ...(archive !== undefined ? [{ days: archive, storageClass: "Archive" }] : [])] } : {}),
        ...(expiry !== undefined ? { expirations: [{ days: expiry }] } : {}),
        noncurrentVersionExpirations: [{ days: noncurrent }],
        abortMultipartUploads: [{ days: abort }],
    });
    const PROMISES: Readonly<Record<ProfileName, { lifecycle: Record<BucketRole, unknown>; backupDays: number; logBackupDays?: number; auditDays: number; recovery: number; cacheBackupsPerWeek: number }>> = {
        // Dev logs expire after 30 days: moving them to IA on the day they expire would only cost.
        dev: {
            lifecycle: {
                media: lifecycle(30, undefined, undefined, 7, 3, "media"),
                static: lifecycle(30, undefined, undefined, 7, 3, "static"),
                logs: lifecycle(undefined, undefined, 30, 7, 3, "logs"),
                backups: lifecycle(30, 90, undefined, 7, 3, "backups"),
            },
            backupDays: 7,
            auditDays: 30,
            recovery: 30,
            cacheBackupsPerWeek: 2,
        },
        staging: {
            lifecycle: {
                media: lifecycle(30, undefined, undefined, 30, 7, "media"),
                static: lifecycle(30, undefined, undefined, 30, 7, "static"),
                logs: lifecycle(30, undefined, 90, 30, 7, "logs"),
                backups: lifecycle(30, 90, undefined, 30, 7, "backups"),
            },
            backupDays: 14,
            logBackupDays: 14,
            auditDays: 180,
            recovery: 30,
            cacheBackupsPerWeek: 3,
        },
        prod: {
            lifecycle: {
                media: lifecycle(30, undefined, undefined, 90, 7, "media"),
                static: lifecycle(30, undefined, undefined, 90, 7, "static"),
                logs: lifecycle(30, 180, 365, 90, 7, "logs"),
                backups: lifecycle(30, 180, undefined, 90, 7, "backups"),
            },
            backupDays: 30,
            logBackupDays: 30,
            auditDays: 365,
            recovery: 30,
            cacheBackupsPerWeek: 7,
        },
    };

    describe.each(PROFILE_NAMES)("%s", (profile) => {
        const settings = parseSettings(rawFor({ profile }), "alpha");
        const { core } = settings;
        const promise = PROMISES[profile];
        let scene: Scene<Storage>;
        const only = (type: string): Observed => {
            const found = scene.resources.filter((r) => r.type === type);
            if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
            return found[0];
        };

        beforeAll(async () => {
            scene = await observe("alpha", core.region, async (opts) => {
                const { Storage } = await import("../../../infra/storage");
                return new Storage(componentName(core, "storage"), { core, config: layerConfig(settings, "storage"), keys: KEYS, network: networkOf("alpha", settings), uniqueSuffix: SUFFIX }, opts);
            });
        }, BUILDING);

        it("applies one lifecycle rule per bucket with the promised days", () => {
            for (const role of BUCKET_ROLES) {
                const b = scene.resources.find((r) => r.type === TYPE.bucket && r.name.endsWith(`-${role}`)) as Observed;
                expect(b.inputs.lifecycleRules).toEqual([promise.lifecycle[role]]);
            }
        });

        it("keeps backups, log backups, SQL audit logs and deleted secrets as long as promised, and backs the cache up as often", () => {
            const backup = only(TYPE.backup).inputs;
            expect(backup.backupRetentionPeriod).toBe(promise.backupDays);
            expect(backup.logBackupRetentionPeriod).toBe(promise.logBackupDays);
            expect(backup.enableBackupLog).toBe(promise.logBackupDays !== undefined ? true : undefined);
            expect(only(TYPE.rds).inputs.sqlCollectorConfigValue).toBe(promise.auditDays);
            for (const s of scene.resources.filter((r) => r.type === TYPE.secret)) expect(s.inputs.recoveryWindowInDays).toBe(promise.recovery);
            expect((only(TYPE.redis).inputs.backupPeriods as string[]).length).toBe(promise.cacheBackupsPerWeek);
            expect(only(TYPE.redis).inputs.enableBackupLog).toBe(1);
        });
    });
});

/** The stack settings without the replication keys: the project's residency map refuses them, a scenario's map may not. */
function withoutReplication(raw: RawConfig): RawConfig {
    return Object.fromEntries(Object.entries(raw).filter(([k]) => !k.startsWith("dakar2026:backupsReplication")));
}
