/** What the compute layer gives operators and any layer above it: the scaling group, its template and its role. */
import type * as pulumi from "@pulumi/pulumi";

export interface ComputeOutputs {
    readonly scalingGroupId: pulumi.Input<string>;
    /** The most instances the scaling group may run (its maxSize): what "near its maximum" is measured against. */
    readonly scalingGroupMaxSize: number;
    readonly launchTemplateId: pulumi.Input<string>;
    /** The RAM role the app servers act as (what it may do: infra/compute/README.md). */
    readonly instanceRoleName: pulumi.Input<string>;
    /** Log Service logstore the app writes its logs to (in the network layer's log project). */
    readonly appLogStore: pulumi.Input<string>;
    /** Scheduled tasks planned from the event calendar at the plan time, by name, with their launch time (UTC). */
    readonly scheduledTasks: Readonly<Record<string, string>>;
}
