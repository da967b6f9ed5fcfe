/**
 * Environment profiles: what differs by KIND of environment. A stack names its profile, so a new
 * stack (a DR copy, a Senum rehearsal) reuses one without repeating its values. This file is the
 * only place these defaults live.
 */

export const PROFILE_NAMES = ["dev", "staging", "prod"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface Profile {
    readonly name: ProfileName;
    /** Availability zones the stack must span (the stack may list more). */
    readonly zoneCount: number;
    /** Redundant pairs for stateful services (multi-zone databases, caches, load balancers). */
    readonly highAvailability: boolean;
    /** `protect` plus the provider's deletion protection on every stateful resource. */
    readonly protect: boolean;
    /** Bandwidth of the NAT gateway's EIP, in Mbit/s (pay-by-traffic: a cap, not a reservation). */
    readonly natEipBandwidthMbps: number;
    /** Retention of network and audit logs in Log Service, in days. */
    readonly logRetentionDays: number;
    /** Initial shards of each logstore (auto-split raises it under load). */
    readonly logShardCount: number;
    /** Default enforcement of the guardrails for stacks of this profile (policies/config/<profile>.json). */
    readonly policyEnforcement: "advisory" | "mandatory";
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
    dev: {
        name: "dev",
        zoneCount: 2,
        highAvailability: false,
        protect: false,
        natEipBandwidthMbps: 10,
        logRetentionDays: 30,
        logShardCount: 1,
        policyEnforcement: "advisory",
    },
    staging: {
        name: "staging",
        zoneCount: 2,
        highAvailability: true,
        protect: false,
        natEipBandwidthMbps: 50,
        logRetentionDays: 90,
        logShardCount: 2,
        policyEnforcement: "mandatory",
    },
    prod: {
        name: "prod",
        zoneCount: 3,
        highAvailability: true,
        protect: true,
        natEipBandwidthMbps: 200,
        // CIS Alibaba 2.23 asks for a year; Senegal law 2008-12 asks that logs not be kept longer than needed.
        logRetentionDays: 365,
        logShardCount: 2,
        policyEnforcement: "mandatory",
    },
};

/**
 * Regions the project supports, with their zones. Only regions whose zones we verified are here:
 * regions open and close (Sydney and Mumbai did), so this is a list we maintain, not a guess.
 */
export const REGION_ZONES: Readonly<Record<string, readonly string[]>> = {
    "eu-central-1": ["eu-central-1a", "eu-central-1b", "eu-central-1c"],
    "eu-west-1": ["eu-west-1a", "eu-west-1b"],
    "me-east-1": ["me-east-1a", "me-east-1b"],
};
