/** What the network layer gives the layers above it: ids, names and the CIDRs of each tier. */
import type * as pulumi from "@pulumi/pulumi";

/** The three tiers of the network: load balancers and NAT, app servers, data stores. */
export const TIERS = ["edge", "app", "data"] as const;
export type Tier = (typeof TIERS)[number];

/** Ports between the edge and the app tier; the data tier's ports belong to the storage layer. */
export interface Ports {
    readonly app: number;
    /** Ports the edge (load balancers) listens on for the internet. */
    readonly edgeListeners: readonly number[];
}

export interface NetworkOutputs {
    /**
     * The network component's own URN. A layer that took over resources this layer used to declare
     * aliases their old URNs under it, so that the move replaces nothing in the cloud.
     */
    readonly urn: pulumi.Input<string>;
    readonly vpcId: pulumi.Input<string>;
    /** vSwitch ids by tier, then by zone id. */
    readonly vswitchIds: Readonly<Record<Tier, Readonly<Record<string, pulumi.Input<string>>>>>;
    /** vSwitch CIDRs by tier, then by zone id (for allow-lists such as database whitelists). */
    readonly vswitchCidrs: Readonly<Record<Tier, Readonly<Record<string, string>>>>;
    /** Security group ids by tier. */
    readonly securityGroupIds: Readonly<Record<Tier, pulumi.Input<string>>>;
    readonly natGatewayId: pulumi.Input<string>;
    /** The one public address the app tier's outbound traffic comes from (give it to partners' allow-lists). */
    readonly egressIp: pulumi.Input<string>;
    /** Log Service project that holds the stack's network logs (other layers may add logstores to it). */
    readonly flowLogProject: pulumi.Input<string>;
    /** The logstore the VPC flow log writes to. */
    readonly flowLogStore: pulumi.Input<string>;
    /**
     * Logstores kept read-only for the logs they still hold, by name, with the last day they are
     * kept (YYYY-MM-DD): the flow-log store made before the logs key (docs/decisions/0004). Empty
     * where there is none.
     */
    readonly retiredLogStores: Readonly<Record<string, string>>;
    /** The app port (the edge's server group sends to it) and the ports the edge tier opens to the internet. */
    readonly ports: Ports;
}

/**
 * The logical name the network layer gave the rule admitting an app vSwitch to a data-tier port
 * (`zoneLetter` "a", "b"...), before the storage layer took those rules over with the ports. Kept
 * so that the storage layer can alias the old URNs: never change it.
 */
export function formerDataRuleName(networkName: string, port: number, zoneLetter: string): string {
    return `${networkName}-sgr-data-${port}-from-app-${zoneLetter}`;
}
