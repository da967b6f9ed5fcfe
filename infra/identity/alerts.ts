/**
 * The trail's alerts: the events that must page someone, as Log Service searches over the fields
 * ActionTrail writes (`event.eventName`, `event.serviceName`, `event.userIdentity.type`). An alert
 * fires when one such event appeared since the last run.
 */

export interface TrailAlert {
    /** Stable id: part of the alert's name. */
    readonly id: string;
    readonly title: string;
    readonly description: string;
    /** Log Service search (before the `|` analytic part). */
    readonly search: string;
    /** Log Service severity: 10 critical, 8 high, 6 medium. */
    readonly severity: 6 | 8 | 10;
}

/** RAM calls that change what a policy grants or whom it is granted to. */
export const RAM_POLICY_CHANGES = [
    "CreatePolicy",
    "DeletePolicy",
    "CreatePolicyVersion",
    "DeletePolicyVersion",
    "SetDefaultPolicyVersion",
    "AttachPolicyToRole",
    "DetachPolicyFromRole",
    "AttachPolicyToUser",
    "DetachPolicyFromUser",
    "AttachPolicyToGroup",
    "DetachPolicyFromGroup",
    "UpdateRole",
] as const;

/**
 * Deletions of the resource kinds the project protects (databases, caches, buckets, log projects
 * and stores, secrets, the NAT's address, the load balancer) and the lifting of their protection.
 */
export const PROTECTED_DELETIONS = [
    "DeleteDBInstance",
    "ModifyDBInstanceDeletionProtection",
    "DeleteInstance",
    "DeleteBucket",
    "DeleteProject",
    "DeleteLogStore",
    "DeleteSecret",
    "ReleaseEipAddress",
    "DeleteNatGateway",
    "DeleteLoadBalancer",
    "DeleteTrail",
    "StopLogging",
] as const;

const anyOf = (names: readonly string[]): string => `(${names.map((n) => `event.eventName: ${n}`).join(" or ")})`;

export const TRAIL_ALERTS: readonly TrailAlert[] = [
    {
        id: "root-login",
        title: "Root account signed in",
        description: "The account's root identity, its only administrator (no role or user holds AdministratorAccess), signed in to the console: nobody should, roles are the way in",
        search: "event.eventName: ConsoleSignin and event.userIdentity.type: root-account",
        severity: 10,
    },
    {
        id: "ram-policy-change",
        title: "RAM policy changed",
        description: "A RAM policy or what it is attached to changed outside a reviewed deployment",
        search: `event.serviceName: Ram and ${anyOf(RAM_POLICY_CHANGES)}`,
        severity: 8,
    },
    {
        id: "protected-deletion",
        title: "Protected resource deleted",
        description: "A database, cache, bucket, log store, secret or the NAT's address was deleted, or a trail stopped",
        search: anyOf(PROTECTED_DELETIONS),
        severity: 10,
    },
    {
        id: "kms-key-deletion",
        title: "KMS key scheduled for deletion",
        description: "A KMS key was scheduled for deletion: everything encrypted with it is lost when the window ends",
        search: "event.serviceName: Kms and event.eventName: ScheduleKeyDeletion",
        severity: 10,
    },
];
