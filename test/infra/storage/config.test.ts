/**
 * The storage layer's parser and profile slice: the data tier's ports, the optional replication of
 * the backups bucket (gated by the residency map), the SQL audit retention that follows the log
 * retention, and the guardrail numbers the slice gives the pack. Error texts are the contract.
 */
import { RawConfig } from "../../../infra/core/config";
import { CORE_PROFILES, coreGuardrails, PROFILE_NAMES } from "../../../infra/core/profile";
import { RESIDENCY, ResidencyMap } from "../../../infra/core/residency";
import { parseCore } from "../../../infra/core/settings";
import { parseStorageConfig, STORAGE_KEYS, StorageConfig } from "../../../infra/storage/config";
import { BUCKET_CLASSIFICATION } from "../../../infra/storage/outputs";
import { SQL_AUDIT_RETENTION_CHOICES, sqlAuditRetentionDays, STORAGE_PROFILES, storageGuardrails } from "../../../infra/storage/profile";
import { json, rawFor, settingsError, withKeys } from "../../support/settings";

const BASE = rawFor({ profile: "prod" });
const parse = (raw: RawConfig, residency?: ResidencyMap): StorageConfig => parseStorageConfig(raw, parseCore(raw, "prod"), residency);

const REPLICATION = {
    "dakar2026:backupsReplicationRegion": "eu-west-1",
    "dakar2026:backupsReplicationBucket": "dakar2026-prod-storage-backups-replica",
    "dakar2026:backupsReplicationKeyId": "key-0123456789abcdef",
};
/** A residency map in which a data protection officer has allowed sensitive-personal data in two regions. */
const ALLOWING: ResidencyMap = { ...RESIDENCY, "sensitive-personal": { regions: ["eu-central-1", "eu-west-1"], legalBasis: "CDP authorisation (test)" } };

describe("parseStorageConfig: ports", () => {
    it("reads the ports the project defaults to when the stack file sets none", () => {
        expect(parse(BASE).ports).toEqual({ database: Number(BASE["dakar2026:databasePort"]), cache: Number(BASE["dakar2026:cachePort"]) });
    });

    it("takes other ports, down to 1 and up to 65535", () => {
        expect(parse(withKeys(BASE, { "dakar2026:databasePort": "1", "dakar2026:cachePort": "65535" })).ports).toEqual({ database: 1, cache: 65535 });
    });

    it.each([
        ["databasePort", "-1"],
        ["databasePort", "3306.5"],
        ["cachePort", "0x18eb"],
        ["cachePort", "65536"],
    ])("rejects %s %s", (k, v) => {
        expect(settingsError(() => parse(withKeys(BASE, { [`dakar2026:${k}`]: v }))).message).toBe(`dakar2026:${k} ${json(v)} must be an integer port from 1 to 65535`);
    });

    it("rejects a cache port equal to the database port", () => {
        const raw = withKeys(BASE, { "dakar2026:cachePort": BASE["dakar2026:databasePort"] });
        expect(settingsError(() => parse(raw)).message).toBe(
            `dakar2026:cachePort ${json(BASE["dakar2026:databasePort"])} is also dakar2026:databasePort; the database and the cache need ports of their own`,
        );
    });
});

describe("parseStorageConfig: replication of the backups bucket", () => {
    it("is off by default, and an empty value is unset (Pulumi.yaml declares the keys with an empty default)", () => {
        expect(parse(BASE)).not.toHaveProperty("backupsReplication");
        expect(parse(withKeys(BASE, Object.fromEntries(Object.keys(REPLICATION).map((k) => [k, ""]))))).not.toHaveProperty("backupsReplication");
    });

    it("refuses every region while the residency map allows sensitive-personal data nowhere", () => {
        expect(BUCKET_CLASSIFICATION.backups).toBe("sensitive-personal");
        expect(settingsError(() => parse(withKeys(BASE, REPLICATION))).message).toBe(
            'dakar2026:backupsReplicationRegion "eu-west-1" is not allowed: the backups bucket holds sensitive-personal data, which the ' +
                "residency map (infra/core/residency.ts) allows in no region other than the stack's; the data protection officer decides " +
                "which regions it names",
        );
    });

    it("accepts a region the residency map allows, with the destination bucket and key", () => {
        expect(parse(withKeys(BASE, REPLICATION), ALLOWING).backupsReplication).toEqual({
            region: "eu-west-1",
            bucket: "dakar2026-prod-storage-backups-replica",
            kmsKeyId: "key-0123456789abcdef",
        });
    });

    it("refuses the stack's own region, even when the map allows it: replication is to another region", () => {
        const raw = withKeys(BASE, { ...REPLICATION, "dakar2026:backupsReplicationRegion": "eu-central-1" });
        expect(settingsError(() => parse(raw, ALLOWING)).message).toBe(
            'dakar2026:backupsReplicationRegion "eu-central-1" is not allowed: the backups bucket holds sensitive-personal data, which the ' +
                "residency map (infra/core/residency.ts) allows in eu-west-1; the data protection officer decides which regions it names",
        );
    });

    it("needs all three settings", () => {
        const raw = withKeys(BASE, { "dakar2026:backupsReplicationRegion": "eu-west-1" });
        expect(settingsError(() => parse(raw, ALLOWING)).message).toBe(
            "dakar2026:backupsReplicationRegion is set but dakar2026:backupsReplicationBucket and dakar2026:backupsReplicationKeyId are not; " +
                "replicating the backups bucket needs all three",
        );
        const noKey = withKeys(BASE, { ...REPLICATION, "dakar2026:backupsReplicationKeyId": "" });
        expect(settingsError(() => parse(noKey, ALLOWING)).message).toBe(
            "dakar2026:backupsReplicationRegion is set but dakar2026:backupsReplicationKeyId is not; replicating the backups bucket needs all three",
        );
    });

    it("rejects a destination that is not a bucket name, and a key id that is not one", () => {
        const bucket = withKeys(BASE, { ...REPLICATION, "dakar2026:backupsReplicationBucket": "Backups_Replica" });
        expect(settingsError(() => parse(bucket, ALLOWING)).message).toBe(
            'dakar2026:backupsReplicationBucket "Backups_Replica" is not an OSS bucket name (3 to 63 lowercase letters, digits and hyphens)',
        );
        const key = withKeys(BASE, { ...REPLICATION, "dakar2026:backupsReplicationKeyId": "key/1" });
        expect(settingsError(() => parse(key, ALLOWING)).message).toBe('dakar2026:backupsReplicationKeyId "key/1" is not a KMS key id (letters, digits and hyphens)');
    });
});

describe("parseStorageConfig: what it returns", () => {
    it.each(PROFILE_NAMES)("carries the storage slice of profile %s and the SQL audit retention of its log retention", (name) => {
        const c = parse(rawFor({ profile: name }));
        expect(c.profile).toBe(STORAGE_PROFILES[name]);
        expect(c.sqlAuditRetentionDays).toBe(sqlAuditRetentionDays(CORE_PROFILES[name].logRetentionDays));
    });

    it("returns a deeply frozen object", () => {
        const c = parse(withKeys(BASE, REPLICATION), ALLOWING);
        for (const part of [c, c.ports, c.backupsReplication, c.profile, c.profile.database, c.profile.lifecycle]) expect(Object.isFrozen(part)).toBe(true);
    });

    it.each(STORAGE_KEYS)("reads the key it declares, %s: a bad value there is reported under its name", (k) => {
        const err = settingsError(() => parse(withKeys(BASE, { [`dakar2026:${k}`]: "!" })));
        expect(err.message.startsWith(`dakar2026:${k} `)).toBe(true);
    });
});

describe("the storage profile slice", () => {
    it("keeps SQL audit logs as long as the profile's other logs: 30, 180 and 365 days for 30, 90 and 365 days of logs", () => {
        expect(PROFILE_NAMES.map((p) => [CORE_PROFILES[p].logRetentionDays, sqlAuditRetentionDays(CORE_PROFILES[p].logRetentionDays)])).toEqual([
            [30, 30],
            [90, 180],
            [365, 365],
        ]);
    });

    it("takes the smallest retention RDS accepts at or above any log retention, and says when none does", () => {
        const wrong: string[] = [];
        for (let days = 1; days <= 1825; days++) {
            const got = sqlAuditRetentionDays(days);
            const smaller = SQL_AUDIT_RETENTION_CHOICES.filter((c) => c >= days && c < got);
            if (!(SQL_AUDIT_RETENTION_CHOICES as readonly number[]).includes(got) || got < days || smaller.length > 0) wrong.push(`${days} → ${got}`);
        }
        expect(wrong).toEqual([]);
        expect(() => sqlAuditRetentionDays(1826)).toThrow("no SQL audit retention of RDS (30, 180, 365, 1095, 1825 days) covers a log retention of 1826 days");
    });

    it("keeps backups 7, 14 and 30 days, and in prod keeps objects in several zones, a standby database and cache replicas in a second zone", () => {
        expect(PROFILE_NAMES.map((p) => STORAGE_PROFILES[p].database.backupRetentionDays)).toEqual([7, 14, 30]);
        expect(STORAGE_PROFILES.prod).toMatchObject({ redundancy: "ZRS", database: { category: "HighAvailability" }, cache: { secondaryZone: true } });
        expect(STORAGE_PROFILES.staging.database.category).toBe("HighAvailability");
        expect(STORAGE_PROFILES.dev.database.category).toBe("Basic");
    });

    it.each(PROFILE_NAMES)("%s: lifecycle days in the order OSS demands, windows and schedules RDS and Tair accept", (name) => {
        const p = STORAGE_PROFILES[name];
        expect(p.lifecycle.toInfrequentAccess).toBeLessThan(p.lifecycle.toArchive);
        for (const d of Object.values(p.lifecycle)) expect(Number.isInteger(d) && d >= 1).toBe(true);
        const window = /^([01]\d|2[0-3]):00Z-([01]\d|2[0-3]):00Z$/;
        for (const w of [p.database.backupWindow, p.database.maintenanceWindow, p.cache.backupWindow]) expect(w).toMatch(window);
        expect(`${p.cache.maintenanceStart}-${p.cache.maintenanceEnd}`).toMatch(window);
        for (const days of [p.database.backupDays, p.cache.backupDays]) {
            expect(days.length).toBeGreaterThanOrEqual(2);
            expect(new Set(days).size).toBe(days.length);
        }
        expect(p.database.backupRetentionDays).toBeGreaterThanOrEqual(7);
        expect(p.database.storageGb).toBeLessThanOrEqual(p.database.storageUpperBoundGb);
        expect(p.secretRecoveryWindowDays).toBeGreaterThanOrEqual(7);
        expect(p.secretRecoveryWindowDays).toBeLessThanOrEqual(30);
    });

    it.each(PROFILE_NAMES)("%s: the pack demands what the profile sets, and only advises what the profile's edition cannot do", (name) => {
        const p = STORAGE_PROFILES[name];
        const g = storageGuardrails(name);
        expect(g["rds-backup-policy-required"]).toEqual({ minRetentionDays: p.database.backupRetentionDays });
        expect(g["rds-instance-enabled-log-backup"]).toEqual({ minLogRetentionDays: p.database.backupRetentionDays });
        expect(g["rds-instance-enabled-auditing"]).toEqual({ minRetentionDays: sqlAuditRetentionDays(CORE_PROFILES[name].logRetentionDays) });
        expect(g["redis-backup-policy-required"]).toEqual({ minBackupDaysPerWeek: p.cache.backupDays.length });
        expect(g["kms-secret-recovery-window-min-days"]).toEqual({ minDays: p.secretRecoveryWindowDays });
        const single = p.database.category === "Basic";
        expect(g["rds-instance-high-availability-category"]).toBe(single ? "advisory" : undefined);
        expect(g["rds-instance-enabled-tde-disk-encryption"]).toBe(single ? "advisory" : undefined);
    });

    it("gives both replication rules the residency map the loader enforces, so that they demand a replica only where it allows a second region", () => {
        for (const name of PROFILE_NAMES) {
            const core = coreGuardrails(CORE_PROFILES[name]);
            expect(core["oss-bucket-remote-replication"]).toEqual({ residency: RESIDENCY });
            expect(core["oss-bucket-replication-region-allowed"]).toEqual({ residency: RESIDENCY });
            // The storage slice must not weaken them while the map names no second region.
            expect(storageGuardrails(name)["oss-bucket-remote-replication"]).toBeUndefined();
        }
    });
});
