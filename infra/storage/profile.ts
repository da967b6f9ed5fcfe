/** The storage layer's slice of the environment profiles, and the guardrail numbers it implies. */
import type { GuardrailConfig } from "../core/guardrails";
import { CORE_PROFILES, ProfileName } from "../core/profile";

/** Days after which OSS lifecycle rules act on a bucket's objects. */
export interface LifecycleDays {
    /** Current objects move to Infrequent Access (every bucket). */
    readonly toInfrequentAccess: number;
    /** Current objects move to Archive (logs and backups only: media and static are read through the CDN). */
    readonly toArchive: number;
    /** Overwritten or deleted versions are removed for good: the undo window of versioning. */
    readonly noncurrentExpiry: number;
    /** Parts of multipart uploads never completed are removed. */
    readonly abortMultipart: number;
}

export interface DatabaseProfile {
    /** RDS instance class (`rds.Instance.instanceType`), a cloud-disk class of the edition below. */
    readonly instanceType: string;
    /** `Basic` (one node) or `HighAvailability` (primary and standby in two zones). */
    readonly category: "Basic" | "HighAvailability";
    /** Initial storage in GB; it grows on its own up to `storageUpperBoundGb`. */
    readonly storageGb: number;
    readonly storageUpperBoundGb: number;
    /** Days data backups (and log backups, where the edition has them) are kept: 7 / 14 / 30. */
    readonly backupRetentionDays: number;
    /** Days of the week a full backup runs (RDS asks for at least two). */
    readonly backupDays: readonly string[];
    /** UTC window of the daily backup, HH:mmZ-HH:mmZ (Dakar is on UTC). */
    readonly backupWindow: string;
    /** UTC maintenance window, HH:mmZ-HH:mmZ. */
    readonly maintenanceWindow: string;
    /** Archived backups RDS keeps if the instance is released: "None", "Lastest" (sic, the API's spelling) or "All".
     *  Every profile keeps the last one: a released instance, even in dev, must not take its data with it. */
    readonly releasedKeepPolicy: "None" | "Lastest" | "All";
}

export interface CacheProfile {
    /** Tair / Redis cloud-disk cluster class (`kvstore.Instance.instanceClass`). */
    readonly instanceClass: string;
    /** Data shards of the cluster. */
    readonly shardCount: number;
    /** Replicas in a second zone of the stack (zoneId and secondaryZoneId differ). */
    readonly secondaryZone: boolean;
    /** Days of the week a backup runs; the service keeps each backup for its fixed period (7 days). */
    readonly backupDays: readonly string[];
    readonly backupWindow: string;
    /** UTC maintenance window start and end, HH:mmZ. */
    readonly maintenanceStart: string;
    readonly maintenanceEnd: string;
}

export interface StorageProfile {
    /** OSS redundancy of every bucket: ZRS keeps objects in several zones (chosen at creation only). */
    readonly redundancy: "LRS" | "ZRS";
    readonly lifecycle: LifecycleDays;
    readonly database: DatabaseProfile;
    readonly cache: CacheProfile;
    /** Days a deleted KMS secret (database and cache credentials) stays recoverable (7 to 30). */
    readonly secretRecoveryWindowDays: number;
}

const EVERY_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

export const STORAGE_PROFILES: Readonly<Record<ProfileName, StorageProfile>> = {
    dev: {
        redundancy: "LRS",
        lifecycle: { toInfrequentAccess: 30, toArchive: 90, noncurrentExpiry: 7, abortMultipart: 3 },
        database: {
            instanceType: "mysql.n2.medium.1",
            category: "Basic",
            storageGb: 20,
            storageUpperBoundGb: 100,
            backupRetentionDays: 7,
            backupDays: ["Monday", "Thursday"],
            backupWindow: "02:00Z-03:00Z",
            maintenanceWindow: "03:00Z-04:00Z",
            releasedKeepPolicy: "Lastest",
        },
        cache: {
            instanceClass: "redis.shard.small.2.ce",
            shardCount: 2,
            secondaryZone: false,
            backupDays: ["Monday", "Thursday"],
            backupWindow: "02:00Z-03:00Z",
            maintenanceStart: "03:00Z",
            maintenanceEnd: "04:00Z",
        },
        secretRecoveryWindowDays: 30,
    },
    staging: {
        redundancy: "LRS",
        lifecycle: { toInfrequentAccess: 30, toArchive: 90, noncurrentExpiry: 30, abortMultipart: 7 },
        database: {
            instanceType: "mysql.n2.medium.2c",
            category: "HighAvailability",
            storageGb: 50,
            storageUpperBoundGb: 200,
            backupRetentionDays: 14,
            backupDays: ["Monday", "Wednesday", "Friday"],
            backupWindow: "02:00Z-03:00Z",
            maintenanceWindow: "03:00Z-04:00Z",
            releasedKeepPolicy: "Lastest",
        },
        cache: {
            instanceClass: "redis.shard.small.2.ce",
            shardCount: 2,
            secondaryZone: false,
            backupDays: ["Monday", "Wednesday", "Friday"],
            backupWindow: "02:00Z-03:00Z",
            maintenanceStart: "03:00Z",
            maintenanceEnd: "04:00Z",
        },
        secretRecoveryWindowDays: 30,
    },
    prod: {
        redundancy: "ZRS",
        lifecycle: { toInfrequentAccess: 30, toArchive: 180, noncurrentExpiry: 90, abortMultipart: 7 },
        database: {
            instanceType: "mysql.n4.large.2c",
            category: "HighAvailability",
            storageGb: 200,
            storageUpperBoundGb: 1000,
            backupRetentionDays: 30,
            backupDays: EVERY_DAY,
            backupWindow: "02:00Z-03:00Z",
            maintenanceWindow: "03:00Z-04:00Z",
            releasedKeepPolicy: "Lastest",
        },
        cache: {
            instanceClass: "redis.shard.mid.2.ce",
            shardCount: 4,
            secondaryZone: true,
            backupDays: EVERY_DAY,
            backupWindow: "02:00Z-03:00Z",
            maintenanceStart: "03:00Z",
            maintenanceEnd: "04:00Z",
        },
        secretRecoveryWindowDays: 30,
    },
};

/** The only retentions RDS SQL audit (`sqlCollectorConfigValue`) accepts, in days. */
export const SQL_AUDIT_RETENTION_CHOICES = [30, 180, 365, 1095, 1825] as const;

/**
 * SQL audit keeps its logs at least as long as the profile keeps every other log: the smallest
 * retention RDS accepts at or above `logRetentionDays`.
 */
export function sqlAuditRetentionDays(logRetentionDays: number): number {
    const fit = SQL_AUDIT_RETENTION_CHOICES.find((d) => d >= logRetentionDays);
    if (fit === undefined) {
        throw new Error(`no SQL audit retention of RDS (${SQL_AUDIT_RETENTION_CHOICES.join(", ")} days) covers a log retention of ${logRetentionDays} days`);
    }
    return fit;
}

export function storageGuardrails(profile: ProfileName): GuardrailConfig {
    const p = STORAGE_PROFILES[profile];
    const single = p.database.category === "Basic";
    return {
        "rds-backup-policy-required": { minRetentionDays: p.database.backupRetentionDays },
        "rds-instance-enabled-log-backup": { minLogRetentionDays: p.database.backupRetentionDays },
        "rds-instance-enabled-auditing": { minRetentionDays: sqlAuditRetentionDays(CORE_PROFILES[profile].logRetentionDays) },
        "redis-backup-policy-required": { minBackupDaysPerWeek: p.cache.backupDays.length },
        "kms-secret-recovery-window-min-days": { minDays: p.secretRecoveryWindowDays },
        // A Basic (single-node) edition has no standby and cannot use TDE (RDS offers it from the
        // High-availability edition up): in a profile that chooses it, both only advise. Its disks
        // are still encrypted with the databases key, which rds-instance-enabled-disk-encryption demands.
        ...(single ? { "rds-instance-high-availability-category": "advisory", "rds-instance-enabled-tde-disk-encryption": "advisory" } : {}),
    };
}
