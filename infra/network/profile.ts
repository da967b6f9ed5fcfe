/** The network layer's slice of the environment profiles. */
import type { GuardrailConfig } from "../core/guardrails";
import { CORE_PROFILES, ProfileName } from "../core/profile";

export interface NetworkProfile {
    /** Bandwidth cap of the NAT gateway's EIP, in Mbit/s (pay-by-traffic: a cap, not a reservation). */
    readonly natEipBandwidthMbps: number;
    /** Initial shards of the flow-log logstore (auto-split raises it under load). */
    readonly flowLogShardCount: number;
}

export const NETWORK_PROFILES: Readonly<Record<ProfileName, NetworkProfile>> = {
    dev: { natEipBandwidthMbps: 10, flowLogShardCount: 1 },
    staging: { natEipBandwidthMbps: 50, flowLogShardCount: 2 },
    prod: { natEipBandwidthMbps: 200, flowLogShardCount: 2 },
};

export function networkGuardrails(profile: ProfileName): GuardrailConfig {
    const p = NETWORK_PROFILES[profile];
    // Deletion protection of NAT and EIP follows the profile: where it is off (so that the
    // environment can be torn down), the guardrail only advises.
    const protection = CORE_PROFILES[profile].protect ? "mandatory" : "advisory";
    return {
        "eip-bandwidth-limit": { enforcementLevel: "mandatory", maxBandwidth: p.natEipBandwidthMbps },
        "natgateway-delete-protection-enabled": protection,
        "eip-delete-protection-enabled": protection,
    };
}
