import { rdsAccountNotPrivileged } from "../../policies/rules/rds/rds-account-not-privileged";
import { rdsBackupPolicyRequired } from "../../policies/rules/rds/rds-backup-policy-required";
import { rdsBackupRetainedAfterRelease } from "../../policies/rules/rds/rds-backup-retained-after-release";
import { rdsInstanceAutoUpgradeMinorVersion } from "../../policies/rules/rds/rds-instance-auto-upgrade-minor-version";
import { rdsInstanceEnabledAuditing } from "../../policies/rules/rds/rds-instance-enabled-auditing";
import { rdsInstanceEnabledDiskEncryption } from "../../policies/rules/rds/rds-instance-enabled-disk-encryption";
import { rdsInstanceEnabledLogBackup } from "../../policies/rules/rds/rds-instance-enabled-log-backup";
import { rdsInstanceEnabledSsl } from "../../policies/rules/rds/rds-instance-enabled-ssl";
import { rdsInstanceEnabledTdeDiskEncryption } from "../../policies/rules/rds/rds-instance-enabled-tde-disk-encryption";
import { rdsInstanceEventsLogged } from "../../policies/rules/rds/rds-instance-events-logged";
import { rdsInstanceExpiredCheck } from "../../policies/rules/rds/rds-instance-expired-check";
import { rdsInstanceHaAutoSwitchover } from "../../policies/rules/rds/rds-instance-ha-auto-switchover";
import { rdsInstanceHighAvailabilityCategory } from "../../policies/rules/rds/rds-instance-high-availability-category";
import { rdsInstanceSslEnforced } from "../../policies/rules/rds/rds-instance-ssl-enforced";
import { rdsInstanceMaintainTimeCheck } from "../../policies/rules/rds/rds-instance-maintain-time-check";
import { rdsInstanceStorageAutoscaleEnable } from "../../policies/rules/rds/rds-instance-storage-autoscale-enable";
import { rdsInstancesInVpc } from "../../policies/rules/rds/rds-instances-in-vpc";
import { rdsPostgresqlLogParametersEnabled } from "../../policies/rules/rds/rds-postgresql-log-parameters-enabled";
import { rdsPublicAccessCheck } from "../../policies/rules/rds/rds-public-access-check";
import { rdsPublicConnectionAndAnyIpAccessCheck } from "../../policies/rules/rds/rds-public-connection-and-any-ip-access-check";
import { isPrivateEntry, rdsWhiteListInternetIpAccessCheck } from "../../policies/rules/rds/rds-white-list-internet-ip-access-check";
import type { PlanResource } from "../../tools/plan/types";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const T = {
    instance: "alicloud:rds/instance:Instance",
    template: "alicloud:rds/whitelistTemplate:WhitelistTemplate",
    connection: "alicloud:rds/connection:Connection",
    endpointAddress: "alicloud:rds/dbInstanceEndpointAddress:DbInstanceEndpointAddress",
    proxyPublic: "alicloud:rds/dbProxyPublic:DbProxyPublic",
    backup: "alicloud:rds/backupPolicy:BackupPolicy",
    rdsAccount: "alicloud:rds/rdsAccount:RdsAccount",
    account: "alicloud:rds/account:Account",
};

/** The baseline MySQL instance "athletes" (id rm-athletes); `inputs` override or remove (undefined) settings. */
const db = (inputs: Record<string, unknown> = {}) => baseline(T.instance, "athletes", inputs, { id: "rm-athletes" });
/** Its baseline backup policy, referring to `target`. */
const backup = (target: PlanResource, inputs: Record<string, unknown> = {}) =>
    baseline(T.backup, "athletes-backup", { instanceId: "rm-athletes", ...inputs }, { refs: { instanceId: [target] } });

describe("rds-white-list-internet-ip-access-check", () => {
    it("accepts private ranges on instances and templates", async () => {
        const tpl = baseline(T.template, "tpl", { templateName: "app", ipWhiteList: "10.0.0.0/8,192.168.1.0/24" });
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [db(), tpl])).toEqual([]);
    });
    it("flags 0.0.0.0/0 in securityIps", async () => {
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [db({ securityIps: ["10.0.0.0/8", "0.0.0.0/0"] })])).toEqual([
            'RDS instance "athletes" whitelists 0.0.0.0/0; allow only the private ranges that need the database.',
        ]);
    });
    it("flags 0.0.0.0 in a whitelist template", async () => {
        const tpl = baseline(T.template, "tpl", { templateName: "app", ipWhiteList: "10.0.0.0/8, 0.0.0.0" });
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [tpl])).toEqual([
            'Whitelist template "tpl" whitelists 0.0.0.0; allow only the private ranges that need the database.',
        ]);
    });
    it("flags public ranges and unreadable entries, not only the whole internet", async () => {
        const ips = ["10.0.16.0/20", "203.0.113.0/24", "8.8.8.8", "10.0.0.%"];
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [db({ securityIps: ips })])).toEqual([
            'RDS instance "athletes" whitelists 203.0.113.0/24, 8.8.8.8, 10.0.0.%; allow only the private ranges that need the database.',
        ]);
    });
    it("accepts the explicit Cover mode and flags Append and Delete", async () => {
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [db({ modifyMode: "Cover" })])).toEqual([]);
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [db({ modifyMode: "Append" })])).toEqual([
            'RDS instance "athletes" has modifyMode "Append": its securityIps change the whitelist instead of replacing it, so the plan '
                + "does not show what the database admits; leave modifyMode unset (Cover).",
        ]);
        expect(await messages(rdsWhiteListInternetIpAccessCheck, [db({ modifyMode: "Delete" })])).toHaveLength(1);
    });
    it("reports in French", async () => {
        const [f] = await run(rdsWhiteListInternetIpAccessCheck, [db({ securityIps: ["198.51.100.7"] })]);
        expect(f.message.fr).toBe(
            "L'instance RDS « athletes » admet 198.51.100.7 en liste blanche ; n'autoriser que les plages privées qui ont besoin de la base.",
        );
    });
});

describe("isPrivateEntry", () => {
    it.each(["10.0.16.0/20", "10.1.2.3", "172.16.0.0/12", "172.31.255.0/24", "192.168.1.0/24", "100.64.0.0/10", "127.0.0.1", "fd00::/8", "::1"])(
        "counts %s as private",
        (entry) => expect(isPrivateEntry(entry)).toBe(true),
    );
    it.each(["0.0.0.0/0", "0.0.0.0", "::/0", "10.0.0.0/7", "172.32.0.0/16", "192.169.0.0/16", "100.128.0.0/10", "8.8.8.8", "2001:db8::/32",
        "10.0.0.0/33", "10.0.0.256", "10.0.0.%", "10.0.0.0/8/8", ""])(
        "does not count %s as private",
        (entry) => expect(isPrivateEntry(entry)).toBe(false),
    );
});

describe("rds-public-access-check", () => {
    it("accepts a private database proxy endpoint", async () => {
        const proxy = baseline(T.proxyPublic, "proxy", { dbProxyConnectionStringNetType: "VPC" });
        expect(await messages(rdsPublicAccessCheck, [db(), proxy])).toEqual([]);
    });
    it("flags an rds.Connection", async () => {
        const r = [baseline(T.connection, "pub")];
        expect(await messages(rdsPublicAccessCheck, r)).toEqual([
            'rds.Connection "pub" gives an RDS instance an internet endpoint; remove it and use the intranet address.',
        ]);
    });
    it("flags an rds.DbInstanceEndpointAddress", async () => {
        const ep = baseline(T.endpointAddress, "addr");
        expect(await messages(rdsPublicAccessCheck, [ep])).toEqual([
            'rds.DbInstanceEndpointAddress "addr" gives an RDS instance an internet endpoint; remove it and use the intranet address.',
        ]);
    });
    it("flags a public rds.DbProxyPublic", async () => {
        const proxy = baseline(T.proxyPublic, "proxy", { dbProxyConnectionStringNetType: "Public" });
        expect(await messages(rdsPublicAccessCheck, [proxy])).toEqual([
            'rds.DbProxyPublic "proxy" gives an RDS instance an internet endpoint; remove it and use the intranet address.',
        ]);
    });
});

describe("rds-public-connection-and-any-ip-access-check", () => {
    const open = db({ securityIps: ["0.0.0.0/0"] });
    const connection = (target: PlanResource) =>
        baseline(T.connection, "pub", { instanceId: "rm-athletes" }, { refs: { instanceId: [target] } });
    it("accepts a public endpoint on an instance with a private whitelist", async () => {
        const d = db();
        expect(await messages(rdsPublicConnectionAndAnyIpAccessCheck, [d, connection(d)])).toEqual([]);
    });
    it("accepts an open whitelist when the endpoint belongs to another instance", async () => {
        const r = [open, baseline(T.connection, "pub", { instanceId: "rm-other" })];
        expect(await messages(rdsPublicConnectionAndAnyIpAccessCheck, r)).toEqual([]);
    });
    it("flags an instance with an open whitelist and a connection referring to it", async () => {
        expect(await messages(rdsPublicConnectionAndAnyIpAccessCheck, [open, connection(open)])).toEqual([
            'RDS instance "athletes" is reachable from the whole internet: "pub" gives it a public endpoint and its whitelist contains '
                + '0.0.0.0/0.',
        ]);
    });
    it("reports in French on the instance's URN", async () => {
        const [f] = await run(rdsPublicConnectionAndAnyIpAccessCheck, [open, connection(open)]);
        expect(f.message.fr).toBe(
            "L'instance RDS « athletes » est joignable depuis tout Internet : « pub » lui donne un point d'accès public et sa liste "
                + "blanche contient 0.0.0.0/0.",
        );
        expect(f.urn).toBe(open.urn);
    });
});

describe("rds-instance-enabled-ssl", () => {
    it("accepts Open and Update", async () => {
        expect(await messages(rdsInstanceEnabledSsl, [db(), db({ sslAction: "Update" })])).toEqual([]);
    });
    it("flags an unset sslAction", async () => {
        expect(await messages(rdsInstanceEnabledSsl, [db({ sslAction: undefined })])).toEqual([
            'RDS instance "athletes" does not enforce SSL (sslAction is unset); set sslAction: "Open".',
        ]);
    });
    it("flags Close, and Update when config only allows Open", async () => {
        expect(await messages(rdsInstanceEnabledSsl, [db({ sslAction: "Close" })])).toEqual([
            'RDS instance "athletes" does not enforce SSL (sslAction is "Close"); set sslAction: "Open".',
        ]);
        expect(await messages(rdsInstanceEnabledSsl, [db({ sslAction: "Update" })], { config: { allowedSslActions: ["Open"] } })).toEqual([
            'RDS instance "athletes" does not enforce SSL (sslAction is "Update"); set sslAction: "Open".',
        ]);
    });
});

describe("rds-instance-enabled-tde-disk-encryption", () => {
    it("accepts TDE, and TDE with a customer key when required", async () => {
        expect(await messages(rdsInstanceEnabledTdeDiskEncryption, [db()])).toEqual([]);
        const r = [db({ tdeEncryptionKey: "key-tde" })];
        expect(await messages(rdsInstanceEnabledTdeDiskEncryption, r, { config: { requireCustomerKey: true } })).toEqual([]);
    });
    it("flags TDE off", async () => {
        expect(await messages(rdsInstanceEnabledTdeDiskEncryption, [db({ tdeStatus: undefined })])).toEqual([
            'RDS instance "athletes" does not use TDE (tdeStatus is unset); set tdeStatus: "Enabled".',
        ]);
    });
    it("flags TDE without a customer key when config requires one", async () => {
        expect(await messages(rdsInstanceEnabledTdeDiskEncryption, [db()], { config: { requireCustomerKey: true } })).toEqual([
            'RDS instance "athletes" uses TDE without a customer key (tdeEncryptionKey is unset); set tdeEncryptionKey to a kms.Key id.',
        ]);
    });
});

describe("rds-instance-enabled-disk-encryption", () => {
    it("accepts a KMS key id", async () => {
        expect(await messages(rdsInstanceEnabledDiskEncryption, [db()])).toEqual([]);
    });
    it("flags an unset encryptionKey", async () => {
        expect(await messages(rdsInstanceEnabledDiskEncryption, [db({ encryptionKey: undefined })])).toEqual([
            'RDS instance "athletes" does not encrypt its disks (encryptionKey is unset); set encryptionKey to a kms.Key id.',
        ]);
    });
    it("flags encryptionKey \"disabled\"", async () => {
        expect(await messages(rdsInstanceEnabledDiskEncryption, [db({ encryptionKey: "disabled" })])).toEqual([
            'RDS instance "athletes" does not encrypt its disks (encryptionKey is "disabled"); set encryptionKey to a kms.Key id.',
        ]);
    });
});

describe("rds-instance-enabled-auditing", () => {
    it("accepts SQL audit kept 180 days or more", async () => {
        expect(await messages(rdsInstanceEnabledAuditing, [db(), db({ sqlCollectorConfigValue: 180 })])).toEqual([]);
    });
    it("flags SQL audit off", async () => {
        expect(await messages(rdsInstanceEnabledAuditing, [db({ sqlCollectorStatus: "Disabled" })])).toEqual([
            'RDS instance "athletes" has SQL audit off (sqlCollectorStatus is "Disabled"); set sqlCollectorStatus: "Enabled".',
        ]);
    });
    it("flags the 30-day default retention", async () => {
        expect(await messages(rdsInstanceEnabledAuditing, [db({ sqlCollectorConfigValue: undefined })])).toEqual([
            'RDS instance "athletes" keeps SQL audit logs 30 days; set sqlCollectorConfigValue to at least 180.',
        ]);
    });
    it("takes the minimum retention from config", async () => {
        const r = [db({ sqlCollectorConfigValue: 180 })];
        expect(await messages(rdsInstanceEnabledAuditing, r, { config: { minRetentionDays: 365 } })).toEqual([
            'RDS instance "athletes" keeps SQL audit logs 180 days; set sqlCollectorConfigValue to at least 365.',
        ]);
    });
});

describe("rds-postgresql-log-parameters-enabled", () => {
    const on = [
        { name: "log_connections", value: "on" },
        { name: "log_disconnections", value: "on" },
        { name: "log_duration", value: "on" },
    ];
    it("accepts PostgreSQL with the three parameters on, and ignores MySQL", async () => {
        const r = [db({ engine: "PostgreSQL", engineVersion: "16.0", parameters: on }), db()];
        expect(await messages(rdsPostgresqlLogParametersEnabled, r)).toEqual([]);
    });
    it("flags a parameter set to off and the missing ones", async () => {
        const pg = db({ engine: "PostgreSQL", engineVersion: "16.0", parameters: [{ name: "log_connections", value: "off" }] });
        expect(await messages(rdsPostgresqlLogParametersEnabled, [pg])).toEqual([
            'RDS PostgreSQL instance "athletes": parameter log_connections is "off"; set it to "on".',
            'RDS PostgreSQL instance "athletes": parameter log_disconnections is not set; set it to "on".',
            'RDS PostgreSQL instance "athletes": parameter log_duration is not set; set it to "on".',
        ]);
    });
    it("takes the parameter list from config", async () => {
        const pg = db({ engine: "PostgreSQL", engineVersion: "16.0", parameters: on });
        expect(await messages(rdsPostgresqlLogParametersEnabled, [pg], { config: { requiredParameters: ["log_checkpoints"] } })).toEqual([
            'RDS PostgreSQL instance "athletes": parameter log_checkpoints is not set; set it to "on".',
        ]);
    });
});

describe("rds-instances-in-vpc", () => {
    it("accepts an instance with a vSwitch", async () => {
        expect(await messages(rdsInstancesInVpc, [db()])).toEqual([]);
    });
    it("flags an instance without vswitchId", async () => {
        expect(await messages(rdsInstancesInVpc, [db({ vswitchId: undefined })])).toEqual([
            'RDS instance "athletes" has no vswitchId; place it in a VPC vSwitch.',
        ]);
    });
});

describe("rds-instance-high-availability-category", () => {
    const allowed = (rdsInstanceHighAvailabilityCategory.configSchema?.properties.allowedCategories as { default: string[] }).default.join(", ");
    it("accepts HighAvailability", async () => {
        expect(await messages(rdsInstanceHighAvailabilityCategory, [db()])).toEqual([]);
    });
    it("flags Basic", async () => {
        expect(await messages(rdsInstanceHighAvailabilityCategory, [db({ category: "Basic" })])).toEqual([
            `RDS instance "athletes" has no standby node (category is "Basic"); use one of ${allowed}.`,
        ]);
    });
    it("flags an unset category", async () => {
        expect(await messages(rdsInstanceHighAvailabilityCategory, [db({ category: undefined })])).toEqual([
            `RDS instance "athletes" has no standby node (category is unset); use one of ${allowed}.`,
        ]);
    });
    it("takes the allowed editions from config", async () => {
        expect(await messages(rdsInstanceHighAvailabilityCategory, [db()], { config: { allowedCategories: ["cluster"] } })).toEqual([
            'RDS instance "athletes" has no standby node (category is "HighAvailability"); use one of cluster.',
        ]);
    });
});

describe("rds-backup-policy-required", () => {
    it("accepts an instance with a backup policy referring to it, also with the default retention (7 days)", async () => {
        const d = db();
        expect(await messages(rdsBackupPolicyRequired, [d, backup(d)])).toEqual([]);
        expect(await messages(rdsBackupPolicyRequired, [d, backup(d, { backupRetentionPeriod: undefined })])).toEqual([]);
    });
    it("flags an instance without backup policy", async () => {
        expect(await messages(rdsBackupPolicyRequired, [db(), baseline(T.backup, "other-backup", { instanceId: "rm-other" })])).toEqual([
            'RDS instance "athletes" has no rds.BackupPolicy; declare one with instanceId set to its id.',
        ]);
    });
    it("flags a retention under the configured minimum, reading the deprecated retentionPeriod too", async () => {
        const d = db();
        const r = [d, backup(d, { backupRetentionPeriod: 14 })];
        expect(await messages(rdsBackupPolicyRequired, r, { config: { minRetentionDays: 30 } })).toEqual([
            'rds.BackupPolicy "athletes-backup" keeps backups of "athletes" 14 days; set backupRetentionPeriod to at least 30.',
        ]);
        const r2 = [d, backup(d, { backupRetentionPeriod: undefined, retentionPeriod: 10 })];
        expect(await messages(rdsBackupPolicyRequired, r2, { config: { minRetentionDays: 30 } })).toEqual([
            'rds.BackupPolicy "athletes-backup" keeps backups of "athletes" 10 days; set backupRetentionPeriod to at least 30.',
        ]);
    });
    it("accepts a schedule given through the deprecated backupPeriods", async () => {
        const d = db();
        const r = [d, backup(d, { preferredBackupPeriods: undefined, backupPeriods: ["Tuesday", "Saturday"] })];
        expect(await messages(rdsBackupPolicyRequired, r)).toEqual([]);
    });
    it("flags an unset schedule", async () => {
        const d = db();
        expect(await messages(rdsBackupPolicyRequired, [d, backup(d, { preferredBackupPeriods: undefined })])).toEqual([
            'rds.BackupPolicy "athletes-backup" backs "athletes" up 0 day(s) a week (preferredBackupPeriods); list at least 2 days.',
        ]);
    });
    it("flags a schedule with too few distinct days, following config, in French too", async () => {
        const d = db();
        const r = [d, backup(d, { preferredBackupPeriods: ["Monday", "Monday"] })];
        const [f, ...more] = await run(rdsBackupPolicyRequired, r);
        expect(more).toEqual([]);
        expect(f.message.en).toBe('rds.BackupPolicy "athletes-backup" backs "athletes" up 1 day(s) a week (preferredBackupPeriods); list at least 2 days.');
        expect(f.message.fr).toBe(
            "Le rds.BackupPolicy « athletes-backup » sauvegarde « athletes » 1 jour(s) par semaine (preferredBackupPeriods) ; lister au "
                + "moins 2 jours.",
        );
        expect(await messages(rdsBackupPolicyRequired, r, { config: { minBackupDaysPerWeek: 1 } })).toEqual([]);
    });
});

describe("rds-instance-enabled-log-backup", () => {
    it("accepts log backup on, also by default (on, 7 days)", async () => {
        const d = db();
        expect(await messages(rdsInstanceEnabledLogBackup, [d, backup(d)])).toEqual([]);
        const defaults = backup(d, { enableBackupLog: undefined, logBackupRetentionPeriod: undefined });
        expect(await messages(rdsInstanceEnabledLogBackup, [d, defaults])).toEqual([]);
    });
    it("flags enableBackupLog false", async () => {
        const d = db();
        expect(await messages(rdsInstanceEnabledLogBackup, [d, backup(d, { enableBackupLog: false })])).toEqual([
            'rds.BackupPolicy "athletes-backup" of "athletes" turns log backup off; set enableBackupLog: true.',
        ]);
    });
    it("flags the deprecated logBackup false when enableBackupLog is unset", async () => {
        const d = db();
        expect(await messages(rdsInstanceEnabledLogBackup, [d, backup(d, { enableBackupLog: undefined, logBackup: false })])).toEqual([
            'rds.BackupPolicy "athletes-backup" of "athletes" turns log backup off; set enableBackupLog: true.',
        ]);
    });
    it("flags a log retention under the configured minimum", async () => {
        const d = db();
        const r = [d, backup(d, { logBackupRetentionPeriod: 7 })];
        expect(await messages(rdsInstanceEnabledLogBackup, r, { config: { minLogRetentionDays: 14 } })).toEqual([
            'rds.BackupPolicy "athletes-backup" of "athletes" keeps log backups 7 days; set logBackupRetentionPeriod to at least 14.',
        ]);
    });
    it("does not ask Basic Edition instances for log backup (the provider refuses it)", async () => {
        const d = db({ category: "Basic" });
        expect(await messages(rdsInstanceEnabledLogBackup, [d, backup(d, { enableBackupLog: false })])).toEqual([]);
    });
});

describe("rds-instance-maintain-time-check", () => {
    it("accepts a maintenance window", async () => {
        expect(await messages(rdsInstanceMaintainTimeCheck, [db()])).toEqual([]);
    });
    it("flags a missing maintainTime", async () => {
        expect(await messages(rdsInstanceMaintainTimeCheck, [db({ maintainTime: undefined })])).toEqual([
            'RDS instance "athletes" has no maintainTime; set a maintenance window such as "02:00Z-03:00Z".',
        ]);
    });
});

describe("rds-instance-storage-autoscale-enable", () => {
    it("accepts Enable", async () => {
        expect(await messages(rdsInstanceStorageAutoscaleEnable, [db()])).toEqual([]);
    });
    it("flags Disable", async () => {
        expect(await messages(rdsInstanceStorageAutoscaleEnable, [db({ storageAutoScale: "Disable" })])).toEqual([
            'RDS instance "athletes" does not grow its storage automatically (storageAutoScale is "Disable"); set storageAutoScale: '
                + '"Enable".',
        ]);
    });
});

describe("rds-instance-expired-check", () => {
    it("accepts pay-as-you-go and prepaid with autoRenew", async () => {
        expect(await messages(rdsInstanceExpiredCheck, [db(), db({ instanceChargeType: "Prepaid", autoRenew: true })])).toEqual([]);
    });
    it("flags prepaid without autoRenew", async () => {
        expect(await messages(rdsInstanceExpiredCheck, [db({ instanceChargeType: "Prepaid" })])).toEqual([
            'RDS instance "athletes" is prepaid without autoRenew; set autoRenew: true so that it is not released at expiry.',
        ]);
    });
});

describe("rds-instance-auto-upgrade-minor-version", () => {
    it("accepts Auto and unset (the API default)", async () => {
        expect(await messages(rdsInstanceAutoUpgradeMinorVersion, [db(), db({ autoUpgradeMinorVersion: undefined })])).toEqual([]);
    });
    it("flags Manual", async () => {
        expect(await messages(rdsInstanceAutoUpgradeMinorVersion, [db({ autoUpgradeMinorVersion: "Manual" })])).toEqual([
            'RDS instance "athletes" has autoUpgradeMinorVersion "Manual"; set it to "Auto" to receive security fixes.',
        ]);
    });
});

describe("rds-instance-events-logged", () => {
    const audit = (variableMap: Record<string, string>) =>
        baseline("alicloud:log/audit:Audit", "log-audit", { variableMap });
    it("accepts RDS collection kept 180 days, and an unset rds_ttl", async () => {
        const r = [audit({ rds_enabled: "true", rds_ttl: "180" }), audit({ rds_enabled: "true" })];
        expect(await messages(rdsInstanceEventsLogged, r)).toEqual([]);
    });
    it("flags RDS collection off", async () => {
        expect(await messages(rdsInstanceEventsLogged, [audit({ rds_enabled: "false" })])).toEqual([
            'Log audit "log-audit" does not collect RDS logs (rds_enabled is "false"); set rds_enabled: "true".',
        ]);
    });
    it("flags a short rds_ttl against the configured minimum", async () => {
        const r = [audit({ rds_enabled: "true", rds_ttl: "180" })];
        expect(await messages(rdsInstanceEventsLogged, r, { config: { minTtlDays: 365 } })).toEqual([
            'Log audit "log-audit" keeps RDS logs 180 days; set rds_ttl to at least 365.',
        ]);
    });
});

describe("rds-instance-ssl-enforced", () => {
    it("accepts forceEncryption 1, and MySQL's require_secure_transport instead", async () => {
        expect(await messages(rdsInstanceSslEnforced, [db()])).toEqual([]);
        const param = db({ forceEncryption: undefined, parameters: [{ name: "require_secure_transport", value: "ON" }] });
        expect(await messages(rdsInstanceSslEnforced, [param])).toEqual([]);
    });
    it("leaves PostgreSQL to pg_hba, and an instance whose SSL is off to rds-instance-enabled-ssl", async () => {
        const pg = db({ engine: "PostgreSQL", engineVersion: "16.0", forceEncryption: undefined });
        expect(await messages(rdsInstanceSslEnforced, [pg, db({ sslAction: "Close", forceEncryption: 0 })])).toEqual([]);
    });
    it("flags an instance that does not force SSL", async () => {
        expect(await messages(rdsInstanceSslEnforced, [db({ forceEncryption: undefined })])).toEqual([
            'RDS instance "athletes" accepts connections without SSL (forceEncryption is unset); set forceEncryption: 1.',
        ]);
    });
    it("flags forceEncryption 0 on SQL Server, where the MySQL parameter does not count", async () => {
        const sql = db({ engine: "SQLServer", forceEncryption: 0, parameters: [{ name: "require_secure_transport", value: "ON" }] });
        expect(await messages(rdsInstanceSslEnforced, [sql])).toEqual([
            'RDS instance "athletes" accepts connections without SSL (forceEncryption is 0); set forceEncryption: 1.',
        ]);
    });
    it("flags require_secure_transport OFF, in French too", async () => {
        const off = db({ forceEncryption: undefined, parameters: [{ name: "require_secure_transport", value: "OFF" }] });
        const [f] = await run(rdsInstanceSslEnforced, [off]);
        expect(f.message.fr).toBe(
            "L'instance RDS « athletes » accepte des connexions sans SSL (forceEncryption est non défini) ; fixer forceEncryption: 1.",
        );
    });
});

describe("rds-instance-ha-auto-switchover", () => {
    it("accepts the default and an explicit Auto", async () => {
        expect(await messages(rdsInstanceHaAutoSwitchover, [db(), db({ haConfig: "Auto" })])).toEqual([]);
    });
    it("flags manual switchover, in both languages", async () => {
        const [f, ...more] = await run(rdsInstanceHaAutoSwitchover, [db({ haConfig: "Manual", manualHaTime: "2026-11-01T00:00:00Z" })]);
        expect(more).toEqual([]);
        expect(f.message.en).toBe('RDS instance "athletes" has haConfig "Manual": a failed primary waits for an operator; set haConfig: "Auto".');
        expect(f.message.fr).toBe(
            "L'instance RDS « athletes » a haConfig \"Manual\" : une instance principale en panne attend un opérateur ; fixer haConfig: "
                + '"Auto".',
        );
    });
});

describe("rds-account-not-privileged", () => {
    const account = (inputs: Record<string, unknown>) => baseline(T.rdsAccount, "app", inputs);
    it("accepts an unset type (Normal) and an explicit Normal, on both account classes", async () => {
        const r = [account({}), account({ accountType: "Normal" }), baseline(T.account, "legacy", { type: "Normal" })];
        expect(await messages(rdsAccountNotPrivileged, r)).toEqual([]);
    });
    it("flags a Super account", async () => {
        expect(await messages(rdsAccountNotPrivileged, [account({ accountType: "Super" })])).toEqual([
            'RDS account "app" is of type "Super"; use a Normal account for applications.',
        ]);
    });
    it("flags a privileged type given only through the deprecated type input", async () => {
        expect(await messages(rdsAccountNotPrivileged, [baseline(T.account, "legacy", { type: "Super" })])).toEqual([
            'RDS account "legacy" is of type "Super"; use a Normal account for applications.',
        ]);
    });
    it("takes the allowed types from config, and reports in French", async () => {
        const sysadmin = [account({ accountType: "Sysadmin" })];
        expect(await messages(rdsAccountNotPrivileged, sysadmin, { config: { allowedTypes: ["Normal", "Sysadmin"] } })).toEqual([]);
        const [f] = await run(rdsAccountNotPrivileged, sysadmin);
        expect(f.message.fr).toBe('Le compte RDS « app » est de type "Sysadmin" ; utiliser un compte Normal pour les applications.');
    });
});

describe("rds-backup-retained-after-release", () => {
    it("accepts a backup policy that keeps the latest backup, or the instance's own setting", async () => {
        const a = db();
        expect(await messages(rdsBackupRetainedAfterRelease, [a, backup(a)])).toEqual([]);
        const b = db({ releasedKeepPolicy: "All" });
        expect(await messages(rdsBackupRetainedAfterRelease, [b, backup(b, { releasedKeepPolicy: undefined })])).toEqual([]);
    });
    it("leaves alone engines the typings do not support it for", async () => {
        const pg = db({ engine: "PostgreSQL", engineVersion: "16.0" });
        expect(await messages(rdsBackupRetainedAfterRelease, [pg, backup(pg, { releasedKeepPolicy: undefined })])).toEqual([]);
    });
    it("flags the provider default (unset everywhere)", async () => {
        const a = db();
        expect(await messages(rdsBackupRetainedAfterRelease, [a, backup(a, { releasedKeepPolicy: undefined })])).toEqual([
            'RDS instance "athletes" loses its backups when released (releasedKeepPolicy is unset); set releasedKeepPolicy to one of '
                + "Lastest, All.",
        ]);
    });
    it("flags None on the backup policy, which wins over the instance", async () => {
        const a = db({ releasedKeepPolicy: "All" });
        expect(await messages(rdsBackupRetainedAfterRelease, [a, backup(a, { releasedKeepPolicy: "None" })])).toEqual([
            'RDS instance "athletes" loses its backups when released (releasedKeepPolicy is "None"); set releasedKeepPolicy to one of '
                + "Lastest, All.",
        ]);
    });
    it("takes the allowed values from config, and reports in French", async () => {
        const a = db();
        const r = [a, backup(a)];
        expect(await messages(rdsBackupRetainedAfterRelease, r, { config: { allowedPolicies: ["All"] } })).toHaveLength(1);
        const [f] = await run(rdsBackupRetainedAfterRelease, [db()]);
        expect(f.message.fr).toBe(
            "L'instance RDS « athletes » perd ses sauvegardes à sa libération (releasedKeepPolicy est non défini) ; fixer "
                + "releasedKeepPolicy à l'une des valeurs Lastest, All.",
        );
    });
});
