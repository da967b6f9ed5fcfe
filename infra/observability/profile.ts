/**
 * The observability layer's slice of the environment profiles: how fast each alarm looks, how many
 * consecutive breaches page, and where every threshold sits. This is the one place for those
 * numbers: the alarms, the README's table (test/infra/observability keeps it equal) and the
 * guardrail that bounds the evaluation period all read them here.
 */
import type { GuardrailConfig } from "../core/guardrails";
import type { ProfileName } from "../core/profile";

export interface AlarmThresholds {
    /** ALB: 5xx responses per second (acs_alb LoadBalancerHTTPCode5XX) above which the API is failing. */
    readonly alb5xxPerSecond: number;
    /** ALB: request latency in ms (acs_alb LoadBalancerRequestTime) above which users wait too long. */
    readonly albLatencyMs: number;
    /** Scaling group: share of maxSize (%) at or above which the group is near its ceiling. */
    readonly scalingNearMaxPercent: number;
    /** RDS: CPU, connection and disk usage (%) above which the database needs attention. */
    readonly rdsCpuPercent: number;
    readonly rdsConnectionPercent: number;
    readonly rdsStoragePercent: number;
    /** Redis / Tair: memory usage (%) above which keys start being evicted. */
    readonly redisMemoryPercent: number;
    /** CDN: share of 5xx answers at the edge (%) above which the front end or media fail. */
    readonly cdn5xxPercent: number;
    /** CDN: peak bandwidth per domain (Mbit/s) above which traffic is unusual (cost, or an attack). */
    readonly cdnBandwidthMbps: number;
}

export interface ObservabilityProfile {
    /** Statistical period of every alarm (s): CloudMonitor evaluates each metric over it. */
    readonly periodSeconds: number;
    /** Consecutive periods in breach before the alarm notifies (CloudMonitor's `times`). */
    readonly evaluationTimes: number;
    /** Seconds an alarm stays quiet after notifying, while the breach lasts (300..86400). */
    readonly silenceSeconds: number;
    readonly thresholds: AlarmThresholds;
}

export const OBSERVABILITY_PROFILES: Readonly<Record<ProfileName, ObservabilityProfile>> = {
    // dev pages nobody at night for a test load: slow evaluation, loose thresholds, a day of silence.
    dev: {
        periodSeconds: 300,
        evaluationTimes: 3,
        silenceSeconds: 86_400,
        thresholds: {
            alb5xxPerSecond: 5,
            albLatencyMs: 3000,
            scalingNearMaxPercent: 100,
            rdsCpuPercent: 90,
            rdsConnectionPercent: 90,
            rdsStoragePercent: 85,
            redisMemoryPercent: 90,
            cdn5xxPercent: 10,
            cdnBandwidthMbps: 200,
        },
    },
    // staging rehearses prod's alarms with prod's shape, a little slower and looser.
    staging: {
        periodSeconds: 300,
        evaluationTimes: 2,
        silenceSeconds: 3600,
        thresholds: {
            alb5xxPerSecond: 2,
            albLatencyMs: 2000,
            scalingNearMaxPercent: 90,
            rdsCpuPercent: 85,
            rdsConnectionPercent: 85,
            rdsStoragePercent: 80,
            redisMemoryPercent: 85,
            cdn5xxPercent: 5,
            cdnBandwidthMbps: 500,
        },
    },
    // prod: a minute's resolution, three minutes in breach before paging, an hour between reminders.
    prod: {
        periodSeconds: 60,
        evaluationTimes: 3,
        silenceSeconds: 3600,
        thresholds: {
            alb5xxPerSecond: 1,
            albLatencyMs: 1000,
            scalingNearMaxPercent: 80,
            rdsCpuPercent: 80,
            rdsConnectionPercent: 80,
            rdsStoragePercent: 80,
            redisMemoryPercent: 80,
            cdn5xxPercent: 2,
            cdnBandwidthMbps: 2000,
        },
    },
};

export function observabilityGuardrails(profile: ProfileName): GuardrailConfig {
    const p = OBSERVABILITY_PROFILES[profile];
    return {
        // An alarm may not look slower than the profile's period: a slower one would hide the breach.
        "cms-alarm-threshold-sane": { maxPeriodSeconds: p.periodSeconds },
    };
}
