/**
 * What the identity layer gives operators, the CI and the layers above it: the ARNs and names of the
 * environment's roles and, in the stack that owns the account, where the audit trail goes.
 */
import type * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../core/names";

/**
 * The roles of every environment: the CI deploys (deployer) and previews pull requests (previewer)
 * through OIDC; people operate and restore (operator) or audit (auditor) by assuming them.
 */
export const ROLE_KINDS = ["deployer", "previewer", "operator", "auditor"] as const;
export type RoleKind = (typeof ROLE_KINDS)[number];

/**
 * The account's OIDC provider for the CI. One per account, named without an environment, so that
 * every environment's CI roles trust it by its ARN without reading the stack that creates it.
 */
export const OIDC_PROVIDER_NAME = `${PROJECT}-ci`;

/** `acs:ram::<account>:oidc-provider/<name>`: deterministic, so trust policies need no reference. */
export const oidcProviderArn = (accountId: string, name: string = OIDC_PROVIDER_NAME): string => `acs:ram::${accountId}:oidc-provider/${name}`;

/** ActionTrail's service-linked role, through which the trail writes to OSS and Log Service. */
export const TRAIL_DELIVERY_ROLE = "AliyunServiceRoleForActionTrail";

/** RAM writes role names in lower case in ARNs. */
export const trailDeliveryRoleArn = (accountId: string): string => `acs:ram::${accountId}:role/${TRAIL_DELIVERY_ROLE.toLowerCase()}`;

export interface AuditTrail {
    readonly trailName: pulumi.Input<string>;
    /** Log Service project and logstore receiving the trail's events (encrypted with the logs key). */
    readonly project: pulumi.Input<string>;
    readonly logstore: pulumi.Input<string>;
    /** OSS bucket (the storage layer's logs bucket) and the prefix the trail writes under. */
    readonly bucket: pulumi.Input<string>;
    readonly bucketPrefix: string;
}

export interface IdentityOutputs {
    readonly roleArns: Readonly<Record<RoleKind, pulumi.Input<string>>>;
    readonly roleNames: Readonly<Record<RoleKind, pulumi.Input<string>>>;
    /** ARN of the account's CI OIDC provider (created by the account owner's stack, trusted by every environment). */
    readonly oidcProviderArn: string;
    /** Whether this stack owns the account-wide resources. */
    readonly accountOwner: boolean;
    /** Set only in the stack that owns the account. */
    readonly auditTrail?: AuditTrail;
}
