/**
 * The storage layer's settings: the ports of the data tier (the database and the cache listen on
 * them and the data tier's security group opens them to the app tier), the optional cross-region
 * replication of the backups bucket, and the layer's profile slice.
 */
import { deepFreeze, key, port, quote, RawConfig, SettingsError } from "../core/config";
import type { LayerConfig } from "../core/layer";
import { allowedRegions, RESIDENCY, ResidencyMap } from "../core/residency";
import { REGION_ZONES } from "../core/regions";
import type { CoreSettings } from "../core/settings";
import { BUCKET_CLASSIFICATION } from "./outputs";
import { sqlAuditRetentionDays, STORAGE_PROFILES, StorageProfile, storageGuardrails } from "./profile";

/** Where the backups bucket replicates to: a bucket that exists in another region, and its KMS key there. */
export interface BackupsReplication {
    readonly region: string;
    readonly bucket: string;
    /** Id of the KMS key of the destination region that encrypts the replicas. */
    readonly kmsKeyId: string;
}

export interface StorageConfig {
    readonly profile: StorageProfile;
    readonly ports: { readonly database: number; readonly cache: number };
    /** Days RDS SQL audit keeps its logs (from the core profile's log retention). */
    readonly sqlAuditRetentionDays: number;
    /** Unset: the backups bucket is not replicated (the default). */
    readonly backupsReplication?: BackupsReplication;
}

export const STORAGE_KEYS = ["databasePort", "cachePort", "backupsReplicationRegion", "backupsReplicationBucket", "backupsReplicationKeyId"] as const;

/** OSS bucket names: 3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/;
const KMS_KEY_ID = /^[A-Za-z0-9-]{1,128}$/;

/** An optional string key: Pulumi.yaml declares it with "" as default (a declared key without one would be required). */
function optional(raw: RawConfig, k: string): string | undefined {
    const v = raw[k];
    return v === undefined || v === "" ? undefined : v;
}

function readReplication(raw: RawConfig, core: CoreSettings, residency: ResidencyMap): BackupsReplication | undefined {
    const keys = { region: key("backupsReplicationRegion"), bucket: key("backupsReplicationBucket"), kmsKeyId: key("backupsReplicationKeyId") };
    const region = optional(raw, keys.region);
    const bucket = optional(raw, keys.bucket);
    const kmsKeyId = optional(raw, keys.kmsKeyId);
    if (region === undefined || bucket === undefined || kmsKeyId === undefined) {
        const given = Object.values(keys).filter((k) => optional(raw, k) !== undefined);
        if (given.length === 0) return undefined;
        const missing = Object.values(keys).filter((k) => optional(raw, k) === undefined);
        throw new SettingsError(
            `${given[0]} is set but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not; replicating the backups bucket needs all three`,
        );
    }
    const classification = BUCKET_CLASSIFICATION.backups;
    const allowed = allowedRegions(classification, residency).filter((r) => r !== core.region);
    if (!allowed.includes(region)) {
        throw new SettingsError(
            `${keys.region} ${quote(region)} is not allowed: the backups bucket holds ${classification} data, which the residency map ` +
                `(infra/core/residency.ts) allows in ${allowed.length > 0 ? allowed.join(", ") : "no region other than the stack's"}; ` +
                `the data protection officer decides which regions it names`,
        );
    }
    if (!(region in REGION_ZONES)) {
        throw new SettingsError(`${keys.region} ${quote(region)} is not a supported region; allowed: ${Object.keys(REGION_ZONES).join(", ")}`);
    }
    if (!BUCKET_NAME.test(bucket)) {
        throw new SettingsError(`${keys.bucket} ${quote(bucket)} is not an OSS bucket name (3 to 63 lowercase letters, digits and hyphens)`);
    }
    if (!KMS_KEY_ID.test(kmsKeyId)) throw new SettingsError(`${keys.kmsKeyId} ${quote(kmsKeyId)} is not a KMS key id (letters, digits and hyphens)`);
    return { region, bucket, kmsKeyId };
}

/**
 * Parses the layer's keys. `residency` is the map the replication region is checked against (the
 * project's own, unless a test gives another).
 */
export function parseStorageConfig(raw: RawConfig, core: CoreSettings, residency: ResidencyMap = RESIDENCY): StorageConfig {
    const ports = { database: port(raw, key("databasePort")), cache: port(raw, key("cachePort")) };
    // The data tier opens one rule per port and zone: two services on one port would be one rule
    // opened twice, and the app would reach the cache where it expects the database.
    if (ports.cache === ports.database) {
        throw new SettingsError(
            `${key("cachePort")} ${quote(raw[key("cachePort")])} is also ${key("databasePort")}; the database and the cache need ports of their own`,
        );
    }
    const backupsReplication = readReplication(raw, core, residency);
    return deepFreeze({
        profile: STORAGE_PROFILES[core.profile.name],
        ports,
        sqlAuditRetentionDays: sqlAuditRetentionDays(core.profile.logRetentionDays),
        ...(backupsReplication !== undefined ? { backupsReplication } : {}),
    });
}

export const storageConfig: LayerConfig<StorageConfig> = {
    keys: STORAGE_KEYS,
    parse: (raw, core) => parseStorageConfig(raw, core),
    guardrails: storageGuardrails,
};
