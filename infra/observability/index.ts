/**
 * The observability layer: who is paged and when. A CloudMonitor contact group made of the stack's
 * on-call contacts (dakar2026:alarmContacts), and one alarm per signal that means users suffer or
 * soon will: the API failing or slow at the ALB, the app servers' scaling group near its ceiling,
 * the database short of CPU, connections or disk, the cache short of memory, the CDN failing or
 * carrying unusual traffic. Thresholds and evaluation come from the profile (./profile.ts); each
 * alarm names the resource it watches through the other layers' typed outputs, never a copied id.
 *
 * The app's logstore stays in the compute layer and the trail's in the identity layer: see README.
 */
import * as cms from "@pulumi/alicloud/cms";
import * as pulumi from "@pulumi/pulumi";
import { cloudName, resourceTags } from "../core/names";
import type { CoreSettings } from "../core/settings";
import type { ComputeOutputs } from "../compute/outputs";
import type { EdgeOutputs } from "../edge/outputs";
import type { StorageOutputs } from "../storage/outputs";
import { contactCloudName, ObservabilityConfig } from "./config";
import type { AlarmKind, ObservabilityOutputs } from "./outputs";
import type { ObservabilityProfile } from "./profile";

const COMPONENT = "observability";

/** CloudMonitor namespaces of the services watched (its "project" of an alarm). */
export const NAMESPACES = {
    alb: "acs_alb",
    ess: "acs_ess_dashboard",
    rds: "acs_rds_dashboard",
    kvstore: "acs_kvstore",
    cdn: "acs_cdn",
} as const;

/** Critical pages at once; warn means "look today", the trend will become critical if left alone. */
export type AlarmLevel = "critical" | "warn";

/** One alarm as this layer declares it: what it reads, how it compares, and the resource it watches. */
export interface AlarmSpec {
    readonly kind: AlarmKind;
    /** Suffix of the logical and cloud names: the kind, or the kind and the CDN host role. */
    readonly purpose: string;
    readonly level: AlarmLevel;
    readonly namespace: string;
    readonly metric: string;
    readonly statistics: "Average" | "Maximum" | "Value";
    readonly operator: ">" | ">=";
    readonly threshold: number;
    /** CloudMonitor dimensions: the watched resource's id (or domain) under the metric's key. */
    readonly dimensions: Readonly<Record<string, pulumi.Input<string>>>;
}

export interface Watched {
    readonly edge: Pick<EdgeOutputs, "albId" | "cdnDomains">;
    readonly compute: Pick<ComputeOutputs, "scalingGroupId" | "scalingGroupMaxSize">;
    readonly storage: { readonly database: Pick<StorageOutputs["database"], "instanceId">; readonly cache: Pick<StorageOutputs["cache"], "instanceId"> };
}

/** Bits per second in a Mbit/s (CloudMonitor's CDN bandwidth is in bit/s). */
const BITS_PER_MEGABIT = 1_000_000;

/**
 * The alarms of a profile over the watched resources. Metric names and units are CloudMonitor's
 * (docs/runbooks/respond-to-an-alarm.md quotes them with the command that lists them).
 */
export function alarmSpecs(p: ObservabilityProfile, w: Watched): AlarmSpec[] {
    const t = p.thresholds;
    const alb = { loadBalancerId: w.edge.albId };
    const rds = { instanceId: w.storage.database.instanceId };
    const specs: AlarmSpec[] = [
        { kind: "alb-5xx", purpose: "alb-5xx", level: "critical", namespace: NAMESPACES.alb, metric: "LoadBalancerHTTPCode5XX", statistics: "Value", operator: ">", threshold: t.alb5xxPerSecond, dimensions: alb },
        { kind: "alb-latency", purpose: "alb-latency", level: "warn", namespace: NAMESPACES.alb, metric: "LoadBalancerRequestTime", statistics: "Value", operator: ">", threshold: t.albLatencyMs, dimensions: alb },
        {
            kind: "scaling-near-max",
            purpose: "scaling-near-max",
            level: "warn",
            namespace: NAMESPACES.ess,
            metric: "GroupTotalInstance",
            statistics: "Average",
            operator: ">=",
            // Whole instances: 80 % of 24 is 19.2, so the alarm fires from the 20th.
            threshold: Math.ceil((w.compute.scalingGroupMaxSize * t.scalingNearMaxPercent) / 100),
            dimensions: { scaling_group: w.compute.scalingGroupId },
        },
        { kind: "rds-cpu", purpose: "rds-cpu", level: "warn", namespace: NAMESPACES.rds, metric: "CpuUsage", statistics: "Average", operator: ">", threshold: t.rdsCpuPercent, dimensions: rds },
        { kind: "rds-connections", purpose: "rds-connections", level: "critical", namespace: NAMESPACES.rds, metric: "ConnectionUsage", statistics: "Average", operator: ">", threshold: t.rdsConnectionPercent, dimensions: rds },
        { kind: "rds-storage", purpose: "rds-storage", level: "critical", namespace: NAMESPACES.rds, metric: "DiskUsage", statistics: "Average", operator: ">", threshold: t.rdsStoragePercent, dimensions: rds },
        // The cache is a cluster (redis.shard.*): its instance-level memory metric is the Sharding one.
        { kind: "redis-memory", purpose: "redis-memory", level: "critical", namespace: NAMESPACES.kvstore, metric: "ShardingMemoryUsage", statistics: "Average", operator: ">", threshold: t.redisMemoryPercent, dimensions: { instanceId: w.storage.cache.instanceId } },
    ];
    for (const [role, domain] of Object.entries(w.edge.cdnDomains).sort(([a], [b]) => a.localeCompare(b))) {
        const dimensions = { instanceId: domain };
        specs.push(
            { kind: "cdn-5xx", purpose: `cdn-5xx-${role}`, level: "critical", namespace: NAMESPACES.cdn, metric: "code5xx", statistics: "Average", operator: ">", threshold: t.cdn5xxPercent, dimensions },
            { kind: "cdn-bandwidth", purpose: `cdn-bandwidth-${role}`, level: "warn", namespace: NAMESPACES.cdn, metric: "BPS", statistics: "Maximum", operator: ">", threshold: t.cdnBandwidthMbps * BITS_PER_MEGABIT, dimensions },
        );
    }
    return specs;
}

export interface ObservabilityArgs extends Watched {
    readonly core: CoreSettings;
    readonly config: ObservabilityConfig;
}

export class Observability extends pulumi.ComponentResource implements ObservabilityOutputs {
    public readonly contactGroupName: pulumi.Output<string>;
    public readonly alarmNames: Readonly<Record<string, string>>;

    constructor(name: string, args: ObservabilityArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:observability:Observability", name, {}, opts);
        const { core: s, config: c } = args;
        const parent = { parent: this };

        // Contacts are account-wide in CloudMonitor: the environment in their names keeps stacks apart.
        const contacts = c.contacts.map(
            (contact) =>
                new cms.AlarmContact(
                    `${name}-contact-${contact.name}`,
                    {
                        alarmContactName: contactCloudName(s, contact.name),
                        describe: `On-call contact of Dakar 2026 ${s.environment}`,
                        channelsMail: contact.email,
                        lang: "en",
                    },
                    parent,
                ),
        );
        const group = new cms.AlarmContactGroup(
            `${name}-oncall`,
            {
                alarmContactGroupName: cloudName(s, COMPONENT, "oncall"),
                describe: `Paged by every alarm of Dakar 2026 ${s.environment}`,
                contacts: contacts.map((k) => k.alarmContactName),
            },
            parent,
        );

        const p = c.profile;
        const tags = resourceTags(s, COMPONENT, "internal");
        const names: Record<string, string> = {};
        for (const spec of alarmSpecs(p, args)) {
            const alarmName = cloudName(s, COMPONENT, spec.purpose);
            const escalation = { statistics: spec.statistics, comparisonOperator: spec.operator, threshold: String(spec.threshold), times: p.evaluationTimes };
            new cms.Alarm(
                `${name}-${spec.purpose}`,
                {
                    name: alarmName,
                    project: spec.namespace,
                    metric: spec.metric,
                    metricDimensions: pulumi.output(spec.dimensions).apply((d) => JSON.stringify([d])),
                    period: p.periodSeconds,
                    silenceTime: p.silenceSeconds,
                    enabled: true,
                    contactGroups: [group.alarmContactGroupName],
                    ...(spec.level === "critical" ? { escalationsCritical: escalation } : { escalationsWarn: escalation }),
                    tags,
                },
                parent,
            );
            names[spec.purpose] = alarmName;
        }

        this.contactGroupName = group.alarmContactGroupName;
        this.alarmNames = names;
        this.registerOutputs({ contactGroupName: this.contactGroupName, alarmNames: this.alarmNames });
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { ObservabilityOutputs } from "./outputs";
