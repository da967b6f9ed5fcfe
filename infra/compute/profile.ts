/**
 * The compute layer's slice of the environment profiles: what each app server is, how many of them
 * run, and where target tracking holds their CPU. dev is the downsized legacy platform Senum runs
 * today; prod keeps the capacity of the Games (docs/capacity.md derives both from
 * infra/compute/capacity.ts, and a test keeps them in step).
 */
import type { GuardrailConfig } from "../core/guardrails";
import type { ProfileName } from "../core/profile";

export interface ComputeProfile {
    /** ECS instance type of every app server (the pack's allowed families for the profile must contain it). */
    readonly instanceType: string;
    /** Bounds of the scaling group. Scheduled events may raise the minimum up to `maxSize`, never beyond. */
    readonly minSize: number;
    readonly maxSize: number;
    /** Instances the group starts with; target tracking moves it afterwards. */
    readonly desiredCapacity: number;
    /** Average CPU utilisation (%) the target-tracking rule holds the group at. */
    readonly cpuTargetPercent: number;
    /** Seconds a new instance needs before its metrics count (boot, fetch secrets, warm caches). */
    readonly warmupSeconds: number;
    /** ESSD system disk and data disk (logs buffer, scratch), GiB. */
    readonly systemDiskGb: number;
    readonly dataDiskGb: number;
}

export const COMPUTE_PROFILES: Readonly<Record<ProfileName, ComputeProfile>> = {
    dev: {
        instanceType: "ecs.c7.large",
        minSize: 2,
        maxSize: 4,
        desiredCapacity: 2,
        cpuTargetPercent: 70,
        warmupSeconds: 300,
        systemDiskGb: 40,
        dataDiskGb: 40,
    },
    staging: {
        instanceType: "ecs.c7.large",
        minSize: 2,
        maxSize: 8,
        desiredCapacity: 2,
        cpuTargetPercent: 60,
        warmupSeconds: 300,
        systemDiskGb: 40,
        dataDiskGb: 40,
    },
    prod: {
        instanceType: "ecs.c7.xlarge",
        minSize: 3,
        maxSize: 24,
        desiredCapacity: 6,
        cpuTargetPercent: 50,
        warmupSeconds: 300,
        systemDiskGb: 40,
        dataDiskGb: 100,
    },
};

/** Pay-as-you-go: instances come and go with the scaling group; a subscription cannot be scaled in. */
export const INSTANCE_CHARGE_TYPE = "PostPaid";

/** The instance family of an instance type: "ecs.c7.xlarge" → "ecs.c7" (what cost-instance-family-allowed compares). */
export function instanceFamily(instanceType: string): string {
    return instanceType.split(".").slice(0, 2).join(".");
}

export function computeGuardrails(profile: ProfileName): GuardrailConfig {
    const p = COMPUTE_PROFILES[profile];
    return {
        // What the app servers are billed by is the only charge type the pack accepts for instances.
        "ecs-instance-chargetype-check": { allowedChargeTypes: [INSTANCE_CHARGE_TYPE] },
        // No instance gets a smaller system disk than the profile gives the app servers.
        "ecs-system-disk-size-check": { minSystemDiskSize: p.systemDiskGb },
    };
}
