/**
 * The assumptions the scaling bounds come from (docs/capacity.md explains and quotes them; a test
 * checks that the doc's figures are these, that prod's maximum covers the Games' peak and that
 * dev's minimum is what the downsized legacy platform needs).
 */
import type { ProfileName } from "../core/profile";

export interface LoadAssumption {
    /** What the figures describe, in a phrase. */
    readonly scenario: string;
    /** The profile sized for it. */
    readonly profile: ProfileName;
    /** Requests per second reaching the edge (CDN and ALB together) at the busiest minute. */
    readonly peakRequestsPerSecond: number;
    /** Share of those requests the CDN answers from its cache (0 to 1). */
    readonly cdnOffloadRatio: number;
    /** Requests per second one app server of the profile's instance type serves at the profile's CPU target. */
    readonly requestsPerSecondPerInstance: number;
    /** The instance type that figure was measured on (must be the profile's). */
    readonly measuredOn: string;
    /** Spare capacity on top of the peak, for a lost zone's share and a burst before target tracking reacts (0.25 = 25 %). */
    readonly headroom: number;
}

export const LOAD: Readonly<Record<"games" | "legacy", LoadAssumption>> = {
    games: {
        scenario: "the Games' busiest minute (opening ceremony, athletics finals)",
        profile: "prod",
        peakRequestsPerSecond: 24_000,
        cdnOffloadRatio: 0.9,
        requestsPerSecondPerInstance: 150,
        measuredOn: "ecs.c7.xlarge",
        headroom: 0.25,
    },
    legacy: {
        scenario: "Senum's legacy platform after the Games (results archive, federations' events)",
        profile: "dev",
        peakRequestsPerSecond: 600,
        cdnOffloadRatio: 0.85,
        requestsPerSecondPerInstance: 60,
        measuredOn: "ecs.c7.large",
        headroom: 0.25,
    },
};

/** Requests per second the origin (the ALB and the app servers) must answer at the peak. */
export function originRequestsPerSecond(a: LoadAssumption): number {
    return a.peakRequestsPerSecond * (1 - a.cdnOffloadRatio);
}

/**
 * App servers needed at the peak with the headroom, and never fewer than one per zone (a group that
 * leaves a zone empty loses everything when the other zone fails).
 */
export function instancesNeeded(a: LoadAssumption, zoneCount: number): number {
    // Rounded to whole requests first: 24 000 × 0.1 is 2 400.0000000000005 in floating point.
    const origin = Math.round(originRequestsPerSecond(a));
    return Math.max(zoneCount, Math.ceil((origin * (1 + a.headroom)) / a.requestsPerSecondPerInstance));
}
