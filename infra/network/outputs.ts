/** What the network layer gives the layers above it: ids, names and the CIDRs of each tier. */
import type * as pulumi from "@pulumi/pulumi";

/** The three tiers of the network: load balancers and NAT, app servers, data stores. */
export const TIERS = ["edge", "app", "data"] as const;
export type Tier = (typeof TIERS)[number];

export interface NetworkOutputs {
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
}
