/**
 * The project's logstores, one shape for all: they grow by splitting their shards as traffic needs
 * (up to Log Service's 64), record where each log came from, and are encrypted with the keys layer's
 * logs key through the role Log Service assumes for it. Each layer says only what differs: project,
 * name, retention and starting shards.
 */
import type * as alicloud from "@pulumi/alicloud";
import type * as pulumi from "@pulumi/pulumi";

/** Log Service's ceiling for automatic shard splitting. */
const MAX_SPLIT_SHARDS = 64;

export interface LogStoreShape {
    readonly projectName: pulumi.Input<string>;
    readonly logstoreName: pulumi.Input<string>;
    readonly retentionDays: number;
    readonly shardCount: number;
}

/** The logs key as Log Service needs it: the key, the role it uses it through, and the region. */
export interface LogsKey {
    readonly keyId: pulumi.Input<string>;
    readonly serviceRoleArn: pulumi.Input<string>;
    readonly region: string;
}

/** The inputs every logstore shares, without encryption (only a store made before the logs key lacks it). */
export function logStoreInputs(shape: LogStoreShape): alicloud.log.StoreArgs {
    return {
        projectName: shape.projectName,
        logstoreName: shape.logstoreName,
        retentionPeriod: shape.retentionDays,
        shardCount: shape.shardCount,
        autoSplit: true,
        maxSplitShardCount: MAX_SPLIT_SHARDS,
        appendMeta: true,
    };
}

/** A logstore encrypted with the logs key. */
export function encryptedLogStoreArgs(shape: LogStoreShape, key: LogsKey): alicloud.log.StoreArgs {
    return {
        ...logStoreInputs(shape),
        encryptConf: { enable: true, encryptType: "default", userCmkInfo: { cmkKeyId: key.keyId, arn: key.serviceRoleArn, regionId: key.region } },
    };
}
