/** What the keys layer gives the layers above it: key ids and ARNs by purpose, and service role ARNs. */
import type * as pulumi from "@pulumi/pulumi";

/** One customer-managed key per kind of data, so that revoking or rotating one touches nothing else. */
export const KEY_PURPOSES = ["logs", "storage", "disks", "databases"] as const;
export type KeyPurpose = (typeof KEY_PURPOSES)[number];

/**
 * Cloud services that encrypt with our keys on our behalf, and the key each may use. They act
 * through a RAM role they assume (Log Service's `userCmkInfo.arn`, the `roleArn` of RDS and of Tair / Redis,
 * which use the role RDS assumes).
 */
export const KEY_SERVICES = {
    log: { principal: "log.aliyuncs.com", key: "logs" },
    rds: { principal: "rds.aliyuncs.com", key: "databases" },
    ecs: { principal: "ecs.aliyuncs.com", key: "disks" },
} as const satisfies Readonly<Record<string, { readonly principal: string; readonly key: KeyPurpose }>>;
export type KeyService = keyof typeof KEY_SERVICES;

export interface KeysOutputs {
    readonly keyIds: Readonly<Record<KeyPurpose, pulumi.Input<string>>>;
    readonly keyArns: Readonly<Record<KeyPurpose, pulumi.Input<string>>>;
    /** ARN of the role each service assumes to use its key. */
    readonly serviceRoleArns: Readonly<Record<KeyService, pulumi.Input<string>>>;
}
