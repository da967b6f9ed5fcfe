import { redisArchitecturetypeClusterCheck } from "../../policies/rules/kvstore/redis-architecturetype-cluster-check";
import { redisBackupPolicyRequired } from "../../policies/rules/kvstore/redis-backup-policy-required";
import { redisInstanceBackupLogEnabled } from "../../policies/rules/kvstore/redis-instance-backup-log-enabled";
import { redisInstanceDoubleNodeType } from "../../policies/rules/kvstore/redis-instance-double-node-type";
import { redisInstanceEnabledByokTde } from "../../policies/rules/kvstore/redis-instance-enabled-byok-tde";
import { redisInstanceEnabledSsl } from "../../policies/rules/kvstore/redis-instance-enabled-ssl";
import { redisInstanceExpiredCheck } from "../../policies/rules/kvstore/redis-instance-expired-check";
import { redisInstanceInVpc } from "../../policies/rules/kvstore/redis-instance-in-vpc";
import { redisInstanceNoPublicIp } from "../../policies/rules/kvstore/redis-instance-no-public-ip";
import { redisInstanceOpenAuthMode } from "../../policies/rules/kvstore/redis-instance-open-auth-mode";
import { redisPublicAndAnyIpAccessCheck } from "../../policies/rules/kvstore/redis-public-and-any-ip-access-check";
import { redisWhiteListInternetIpAccessCheck } from "../../policies/rules/kvstore/redis-white-list-internet-ip-access-check";
import type { PlanResource } from "../../tools/plan/types";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const T = {
    instance: "alicloud:kvstore/instance:Instance",
    connection: "alicloud:kvstore/connection:Connection",
    backup: "alicloud:kvstore/backupPolicy:BackupPolicy",
};

/** The baseline Tair cache "sessions" (id r-sessions); `inputs` override or remove (undefined) settings. */
const cache = (inputs: Record<string, unknown> = {}) => baseline(T.instance, "sessions", inputs, { id: "r-sessions" });
const connection = (target?: PlanResource) =>
    baseline(
        T.connection,
        "public",
        { instanceId: target ? "r-sessions" : "r-other" },
        target ? { refs: { instanceId: [target] } } : {},
    );

describe("redis-instance-no-public-ip", () => {
    it("accepts a private instance", async () => {
        expect(await messages(redisInstanceNoPublicIp, [cache(), cache({ enablePublic: false })])).toEqual([]);
    });
    it("flags enablePublic: true", async () => {
        expect(await messages(redisInstanceNoPublicIp, [cache({ enablePublic: true })])).toEqual([
            'Redis / Tair instance "sessions" has enablePublic: true; remove it and use the private endpoint.',
        ]);
    });
    it("flags a kvstore.Connection", async () => {
        expect(await messages(redisInstanceNoPublicIp, [connection()])).toEqual([
            'kvstore.Connection "public" gives a Redis / Tair instance a public endpoint; remove it.',
        ]);
    });
});

describe("redis-white-list-internet-ip-access-check", () => {
    it("accepts private ranges", async () => {
        expect(await messages(redisWhiteListInternetIpAccessCheck, [cache()])).toEqual([]);
    });
    it("flags 0.0.0.0/0 and ::/0", async () => {
        expect(await messages(redisWhiteListInternetIpAccessCheck, [cache({ securityIps: ["0.0.0.0/0", "::/0"] })])).toEqual([
            'Redis / Tair instance "sessions" whitelists 0.0.0.0/0, ::/0; allow only the private ranges that need the cache.',
        ]);
    });
    it("flags a public range, in French too", async () => {
        const [f, ...more] = await run(redisWhiteListInternetIpAccessCheck, [cache({ securityIps: ["10.0.16.0/20", "203.0.113.0/24"] })]);
        expect(more).toEqual([]);
        expect(f.message.en).toBe('Redis / Tair instance "sessions" whitelists 203.0.113.0/24; allow only the private ranges that need the cache.');
        expect(f.message.fr).toBe(
            "L'instance Redis / Tair « sessions » admet 203.0.113.0/24 en liste blanche ; n'autoriser que les plages privées qui ont "
                + "besoin du cache.",
        );
    });
});

describe("redis-public-and-any-ip-access-check", () => {
    const open = cache({ securityIps: ["0.0.0.0/0"] });
    it("accepts a public instance with a private whitelist, and an open whitelist without public endpoint", async () => {
        const c = cache();
        expect(await messages(redisPublicAndAnyIpAccessCheck, [c, connection(c)])).toEqual([]);
        expect(await messages(redisPublicAndAnyIpAccessCheck, [open, connection()])).toEqual([]);
    });
    it("flags an open whitelist with a kvstore.Connection referring to the instance", async () => {
        expect(await messages(redisPublicAndAnyIpAccessCheck, [open, connection(open)])).toEqual([
            'Redis / Tair instance "sessions" is reachable from the whole internet: public through kvstore.Connection "public" and '
                + 'whitelisted '
                + "for 0.0.0.0/0.",
        ]);
    });
    it("flags an open whitelist with enablePublic, in French too", async () => {
        const r = [cache({ securityIps: ["0.0.0.0"], enablePublic: true })];
        expect(await messages(redisPublicAndAnyIpAccessCheck, r)).toEqual([
            'Redis / Tair instance "sessions" is reachable from the whole internet: public through enablePublic and whitelisted for '
                + '0.0.0.0.',
        ]);
        const [f] = await run(redisPublicAndAnyIpAccessCheck, r);
        expect(f.message.fr).toBe(
            "L'instance Redis / Tair « sessions » est joignable depuis tout Internet : publique via enablePublic et ouverte en liste "
                + "blanche à 0.0.0.0.",
        );
    });
});

describe("redis-instance-open-auth-mode", () => {
    it("accepts Open and unset", async () => {
        expect(await messages(redisInstanceOpenAuthMode, [cache(), cache({ vpcAuthMode: "Open" })])).toEqual([]);
    });
    it("flags Close", async () => {
        expect(await messages(redisInstanceOpenAuthMode, [cache({ vpcAuthMode: "Close" })])).toEqual([
            'Redis / Tair instance "sessions" accepts clients without password (vpcAuthMode is "Close"); set vpcAuthMode: "Open".',
        ]);
    });
});

describe("redis-instance-enabled-ssl", () => {
    it("accepts Enable", async () => {
        expect(await messages(redisInstanceEnabledSsl, [cache()])).toEqual([]);
    });
    it("flags an unset sslEnable", async () => {
        expect(await messages(redisInstanceEnabledSsl, [cache({ sslEnable: undefined })])).toEqual([
            'Redis / Tair instance "sessions" does not encrypt connections (sslEnable is unset); set sslEnable: "Enable".',
        ]);
    });
    it("flags Disable, and Update when config only allows Enable", async () => {
        expect(await messages(redisInstanceEnabledSsl, [cache({ sslEnable: "Disable" })])).toEqual([
            'Redis / Tair instance "sessions" does not encrypt connections (sslEnable is "Disable"); set sslEnable: "Enable".',
        ]);
        const r = [cache({ sslEnable: "Update" })];
        expect(await messages(redisInstanceEnabledSsl, r, { config: { allowedSslValues: ["Enable"] } })).toEqual([
            'Redis / Tair instance "sessions" does not encrypt connections (sslEnable is "Update"); set sslEnable: "Enable".',
        ]);
    });
});

describe("redis-instance-enabled-byok-tde", () => {
    it("accepts TDE with a customer key, and TDE alone when config allows", async () => {
        expect(await messages(redisInstanceEnabledByokTde, [cache()])).toEqual([]);
        const r = [cache({ encryptionKey: undefined })];
        expect(await messages(redisInstanceEnabledByokTde, r, { config: { requireCustomerKey: false } })).toEqual([]);
    });
    it("flags TDE off", async () => {
        expect(await messages(redisInstanceEnabledByokTde, [cache({ tdeStatus: undefined })])).toEqual([
            'Redis / Tair instance "sessions" does not use TDE (tdeStatus is unset); set tdeStatus: "Enabled".',
        ]);
    });
    it("flags TDE without a customer key", async () => {
        expect(await messages(redisInstanceEnabledByokTde, [cache({ encryptionKey: undefined })])).toEqual([
            'Redis / Tair instance "sessions" uses TDE without a customer key (encryptionKey is unset); set encryptionKey to a kms.Key id.',
        ]);
    });
});

describe("redis-instance-in-vpc", () => {
    it("accepts an instance in a vSwitch", async () => {
        expect(await messages(redisInstanceInVpc, [cache()])).toEqual([]);
    });
    it("flags an instance without vswitchId", async () => {
        expect(await messages(redisInstanceInVpc, [cache({ vswitchId: undefined })])).toEqual([
            'Redis / Tair instance "sessions" has no vswitchId; place it in a VPC vSwitch.',
        ]);
    });
});

describe("redis-instance-double-node-type", () => {
    it("accepts MASTER_SLAVE and unset", async () => {
        expect(await messages(redisInstanceDoubleNodeType, [cache(), cache({ nodeType: "MASTER_SLAVE" })])).toEqual([]);
    });
    it("flags STAND_ALONE and the legacy single", async () => {
        expect(await messages(redisInstanceDoubleNodeType, [cache({ nodeType: "STAND_ALONE" }), cache({ nodeType: "single" })])).toEqual([
            'Redis / Tair instance "sessions" is a single node (nodeType is "STAND_ALONE"); set nodeType: "MASTER_SLAVE".',
            'Redis / Tair instance "sessions" is a single node (nodeType is "single"); set nodeType: "MASTER_SLAVE".',
        ]);
    });
});

describe("redis-architecturetype-cluster-check", () => {
    it("accepts a cluster class, and a standard class with 2 shards", async () => {
        const r = [cache({ shardCount: undefined }), cache({ instanceClass: "redis.master.small.default", shardCount: 2 })];
        expect(await messages(redisArchitecturetypeClusterCheck, r)).toEqual([]);
    });
    it("flags a standard class without shards", async () => {
        const r = [cache({ instanceClass: "redis.master.small.default", shardCount: undefined })];
        expect(await messages(redisArchitecturetypeClusterCheck, r)).toEqual([
            'Redis / Tair instance "sessions" is not a cluster (instanceClass "redis.master.small.default", shardCount unset); '
                + "use a cluster class or shardCount ≥ 2.",
        ]);
    });
    it("takes the minimum shard count from config", async () => {
        const r = [cache({ instanceClass: "tair.rdb.1g", shardCount: 2 })];
        expect(await messages(redisArchitecturetypeClusterCheck, r, { config: { minShards: 4 } })).toEqual([
            'Redis / Tair instance "sessions" is not a cluster (instanceClass "tair.rdb.1g", shardCount 2); use a cluster class or '
                + 'shardCount ≥ 4.',
        ]);
    });
});

describe("redis-instance-backup-log-enabled", () => {
    it("accepts enableBackupLog 1", async () => {
        expect(await messages(redisInstanceBackupLogEnabled, [cache()])).toEqual([]);
    });
    it("flags the default (unset) and 0", async () => {
        const r = [cache({ enableBackupLog: undefined }), cache({ enableBackupLog: 0 })];
        expect(await messages(redisInstanceBackupLogEnabled, r)).toEqual([
            'Redis / Tair instance "sessions" has log backup off (enableBackupLog is unset); set enableBackupLog: 1.',
            'Redis / Tair instance "sessions" has log backup off (enableBackupLog is 0); set enableBackupLog: 1.',
        ]);
    });
});

describe("redis-backup-policy-required", () => {
    const bare = () => cache({ backupPeriods: undefined, backupTime: undefined });
    const policy = (target: PlanResource, inputs: Record<string, unknown>) =>
        baseline(T.backup, "sessions-backup", { instanceId: "r-sessions", ...inputs }, { refs: { instanceId: [target] } });
    it("accepts an inline schedule and a kvstore.BackupPolicy referring to the instance", async () => {
        expect(await messages(redisBackupPolicyRequired, [cache()])).toEqual([]);
        const c = bare();
        expect(await messages(redisBackupPolicyRequired, [c, policy(c, {})])).toEqual([]);
    });
    it("flags an instance without any schedule", async () => {
        expect(await messages(redisBackupPolicyRequired, [bare()])).toEqual([
            'Redis / Tair instance "sessions" is backed up 0 day(s) a week (backupPeriods on the instance); list at least 2 days.',
            'Redis / Tair instance "sessions" has no backupTime (on the instance); set a window such as "02:00Z-03:00Z".',
        ]);
    });
    it("flags a BackupPolicy with too few days, against the configured minimum", async () => {
        const c = bare();
        const r = [c, policy(c, { backupPeriods: ["Monday", "Thursday"] })];
        expect(await messages(redisBackupPolicyRequired, r, { config: { minBackupDaysPerWeek: 7 } })).toEqual([
            'Redis / Tair instance "sessions" is backed up 2 day(s) a week (backupPeriods on kvstore.BackupPolicy "sessions-backup"); '
                + "list at least 7 days.",
        ]);
    });
    it("flags a BackupPolicy without backupTime", async () => {
        const c = bare();
        expect(await messages(redisBackupPolicyRequired, [c, policy(c, { backupTime: undefined })])).toEqual([
            'Redis / Tair instance "sessions" has no backupTime (on kvstore.BackupPolicy "sessions-backup"); set a window such as '
                + '"02:00Z-03:00Z".',
        ]);
    });
});

describe("redis-instance-expired-check", () => {
    it("accepts pay-as-you-go and prepaid with autoRenew", async () => {
        expect(await messages(redisInstanceExpiredCheck, [cache(), cache({ paymentType: "PrePaid", autoRenew: true })])).toEqual([]);
    });
    it("flags PrePaid (and the deprecated instanceChargeType) without autoRenew", async () => {
        const msg = 'Redis / Tair instance "sessions" is prepaid without autoRenew; set autoRenew: true so that it is not released '
            + "at expiry.";
        const r = [cache({ paymentType: "PrePaid" }), cache({ paymentType: undefined, instanceChargeType: "PrePaid" })];
        expect(await messages(redisInstanceExpiredCheck, r)).toEqual([msg, msg]);
    });
});
