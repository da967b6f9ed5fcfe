/**
 * What every layer shares of an environment profile: the kind of environment (dev, staging, prod)
 * and the few values that are not one layer's business. Each layer keeps its own slice in its
 * folder (`infra/<layer>/profile.ts`), keyed by the same names, so that a new profile is a type
 * error until every layer says what it means for it.
 */
import type { GuardrailConfig } from "./guardrails";
import { NEVER_INTERNET_FACING_PORTS } from "./ports";
import { RESIDENCY } from "./residency";

export const PROFILE_NAMES = ["dev", "staging", "prod"] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

export interface CoreProfile {
    readonly name: ProfileName;
    /** Availability zones every stack of the profile must span (it may list more). */
    readonly zoneCount: number;
    /** `protect` plus the provider's deletion protection on every stateful resource. */
    readonly protect: boolean;
    /**
     * Days every Log Service logstore keeps its data (flow logs, later the audit trail and app logs).
     * One number per profile because it is a compliance promise, not a layer's choice.
     */
    readonly logRetentionDays: number;
    /** Pack configuration for the cross-cutting guardrails (levels and thresholds). */
    readonly guardrails: GuardrailConfig;
}

export const CORE_PROFILES: Readonly<Record<ProfileName, CoreProfile>> = {
    dev: {
        name: "dev",
        zoneCount: 2,
        protect: false,
        logRetentionDays: 30,
        guardrails: {
            // Dev is disposable: nothing is protected, names and availability only advise.
            "naming-convention": "advisory",
            "stateful-resources-protected": "disabled",
            "ha-multi-zone": "advisory",
            "oss-zone-redundant": "advisory",
            "cost-instance-family-allowed": {
                enforcementLevel: "mandatory",
                allowedFamilies: ["ecs.t6", "ecs.e", "ecs.u1", "ecs.g7", "ecs.c7"],
            },
            "ecs-internetmaxbandwidth-check": { maxBandwidthOut: 10 },
            "waiver-not-expired": "mandatory",
        },
    },
    staging: {
        name: "staging",
        zoneCount: 2,
        protect: false,
        logRetentionDays: 90,
        guardrails: {
            // Staging mirrors prod's shape; rehearsals tear it down and rebuild it, so protection advises.
            "naming-convention": "mandatory",
            "stateful-resources-protected": "advisory",
            "ha-multi-zone": "advisory",
            "oss-zone-redundant": "advisory",
            "cost-instance-family-allowed": {
                enforcementLevel: "mandatory",
                allowedFamilies: ["ecs.u1", "ecs.g7", "ecs.c7", "ecs.r7", "ecs.g8i", "ecs.c8i", "ecs.r8i"],
            },
            "ecs-internetmaxbandwidth-check": { maxBandwidthOut: 50 },
            "waiver-not-expired": "mandatory",
        },
    },
    prod: {
        name: "prod",
        zoneCount: 3,
        protect: true,
        // CIS Alibaba 2.23 asks for a year; Senegal law 2008-12 asks that logs not be kept longer than needed.
        logRetentionDays: 365,
        guardrails: {
            // Everything that protects data and availability during the Games is mandatory.
            "naming-convention": "mandatory",
            "region-allowed": "mandatory",
            "data-residency": "mandatory",
            "stateful-resources-protected": "mandatory",
            "ha-multi-zone": "mandatory",
            "oss-zone-redundant": "mandatory",
            "secrets-not-plaintext": "mandatory",
            "cost-instance-family-allowed": {
                enforcementLevel: "mandatory",
                allowedFamilies: [
                    "ecs.g7", "ecs.c7", "ecs.r7",
                    "ecs.g8i", "ecs.c8i", "ecs.r8i",
                    "ecs.g8a", "ecs.c8a", "ecs.r8a",
                    "ecs.g8y", "ecs.c8y", "ecs.r8y",
                ],
            },
            "waiver-not-expired": "mandatory",
        },
    },
};

/** Thresholds of cross-cutting guardrails that follow from the core profile's own numbers. */
export function coreGuardrails(p: CoreProfile): GuardrailConfig {
    return {
        // Whatever can span any number of zones (load balancers, scaling groups) spans all the profile's.
        "ha-multi-zone": { minZones: p.zoneCount },
        "sls-logstore-retention-min-days": { minRetentionDays: p.logRetentionDays },
        // The ports the network parser refuses to open to the internet are the ones these flag.
        "sg-no-risky-ports-from-internet": { ports: [...NEVER_INTERNET_FACING_PORTS] },
        "slb-listener-risk-ports-check": { ports: [...NEVER_INTERNET_FACING_PORTS] },
        "vpc-network-acl-risky-ports-check": { riskyPorts: [...NEVER_INTERNET_FACING_PORTS] },
        // The residency map the settings loader enforces is the one the pack checks: where data may
        // be kept, where a bucket may replicate to, and whether a second region exists at all.
        "data-residency": { residency: RESIDENCY },
        "oss-bucket-replication-region-allowed": { residency: RESIDENCY },
        "oss-bucket-remote-replication": { residency: RESIDENCY },
    };
}
