import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minShards: number;
}

/**
 * The survey marks InfraGuard's `shard_number` ⚠: the Pulumi input is `shardCount` (cloud-disk cluster instances);
 * local-disk cluster instances show it in their instanceClass ("….cluster…" / "….sharding…").
 */
export const redisArchitecturetypeClusterCheck = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "redis-architecturetype-cluster-check",
        service: "kvstore",
        title: text("Redis / Tair instances use the cluster architecture", "Les instances Redis / Tair utilisent l'architecture cluster"),
        description: text(
            "Every kvstore.Instance must use the cluster architecture: an instanceClass of a cluster (sharding) family, or "
                + "shardCount of at least the configured number (2 by default).",
            "Chaque kvstore.Instance doit utiliser l'architecture cluster : une instanceClass d'une famille cluster (sharding), ou "
                + "un shardCount au moins égal au nombre configuré (2 par défaut).",
        ),
        remediation: text(
            "Set shardCount: 2 (or more) on the kvstore.Instance, or pick a cluster instanceClass such as \"redis.shard.small.2.ce\".",
            "Fixer shardCount: 2 (ou plus) sur la kvstore.Instance, ou choisir une instanceClass cluster comme \"redis.shard.small.2.ce\".",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.14", "A.8.6"], nist: ["CP-10", "SC-5"] },
    },
    configSchema: {
        properties: {
            minShards: { type: "integer", default: 2, description: "Minimum shardCount that counts as a cluster." },
        },
    },
    validate: (cache, { args, config, report }) => {
        if (/cluster|shard/i.test(cache.instanceClass ?? "") || (cache.shardCount ?? 0) >= config.minShards) return;
        const shards = cache.shardCount ?? "unset";
        const shardsFr = cache.shardCount ?? "non défini";
        report(
            text(
                `Redis / Tair instance "${args.name}" is not a cluster (instanceClass "${cache.instanceClass ?? ""}", shardCount `
                    + `${shards}); `
                    + `use a cluster class or shardCount ≥ ${config.minShards}.`,
                `L'instance Redis / Tair « ${args.name} » n'est pas un cluster (instanceClass "${cache.instanceClass ?? ""}", shardCount `
                    + `${shardsFr}) ; utiliser une classe cluster ou shardCount ≥ ${config.minShards}.`,
            ),
        );
    },
});
