/** What the observability layer gives operators: who is paged, and which alarms exist. */
import type * as pulumi from "@pulumi/pulumi";

/** The alarms of the layer, one per signal (README: what each means, runbook: what to do). */
export const ALARM_KINDS = [
    "alb-5xx",
    "alb-latency",
    "scaling-near-max",
    "rds-cpu",
    "rds-connections",
    "rds-storage",
    "redis-memory",
    "cdn-5xx",
    "cdn-bandwidth",
] as const;
export type AlarmKind = (typeof ALARM_KINDS)[number];

export interface ObservabilityOutputs {
    /** The CloudMonitor contact group every alarm notifies. */
    readonly contactGroupName: pulumi.Input<string>;
    /** Cloud-side names of the alarms, by alarm (CDN alarms once per accelerated domain: `cdn-5xx-static`, ...). */
    readonly alarmNames: Readonly<Record<string, string>>;
}
