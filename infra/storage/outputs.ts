/**
 * What the storage layer gives the layers above it (compute, edge) and operators: bucket names and
 * endpoints, where the database and the cache listen, the credentials (secret outputs, and the
 * KMS secrets the app servers read at boot), the keys that encrypt it all, and the role the CDN
 * assumes to read the private origins.
 */
import type * as pulumi from "@pulumi/pulumi";
import type { DataClassification } from "../core/names";

/** The buckets: media (images, clips), the static front end, access logs, backups and exports. */
export const BUCKET_ROLES = ["media", "static", "logs", "backups"] as const;
export type BucketRole = (typeof BUCKET_ROLES)[number];

/**
 * What each bucket holds. Access logs record client IP addresses (personal); backups and exports
 * hold athletes' accounts, minors among them (sensitive-personal).
 */
export const BUCKET_CLASSIFICATION: Readonly<Record<BucketRole, DataClassification>> = {
    media: "public",
    static: "public",
    logs: "personal",
    backups: "sensitive-personal",
};

/** Buckets the CDN reads back-to-origin (docs/decisions/0006-private-oss-origins-for-the-cdn.md). */
export const CDN_ORIGINS: readonly BucketRole[] = ["media", "static"];

export interface BucketEndpoints {
    /** From the VPC (app servers): no internet traffic, no egress charge. */
    readonly intranet: pulumi.Input<string>;
    /** From the internet (the CDN's back-to-origin requests, operators). */
    readonly extranet: pulumi.Input<string>;
}

export interface StorageOutputs {
    /** Globally unique bucket names by role. */
    readonly bucketNames: Readonly<Record<BucketRole, pulumi.Input<string>>>;
    readonly bucketEndpoints: Readonly<Record<BucketRole, BucketEndpoints>>;
    /** Intranet address and port of the MySQL database, and the application's database and user. */
    readonly database: {
        readonly endpoint: pulumi.Input<string>;
        readonly port: pulumi.Input<number>;
        readonly name: string;
        readonly user: string;
        /** Secret output. */
        readonly password: pulumi.Input<string>;
        /** The RDS instance's id (rm-…), what CloudMonitor's acs_rds_dashboard metrics are keyed by. */
        readonly instanceId: pulumi.Input<string>;
    };
    /** Intranet address and port of the Tair / Redis cache. */
    readonly cache: {
        readonly endpoint: pulumi.Input<string>;
        readonly port: pulumi.Input<number>;
        /** Secret output. */
        readonly password: pulumi.Input<string>;
        /** The Tair / Redis instance's id (r-…), what CloudMonitor's acs_kvstore metrics are keyed by. */
        readonly instanceId: pulumi.Input<string>;
    };
    /** KMS secrets (names) holding the database and cache credentials as JSON, read by the app servers at boot. */
    readonly credentialSecretNames: Readonly<Record<"database" | "cache", pulumi.Input<string>>>;
    readonly credentialSecretArns: Readonly<Record<"database" | "cache", pulumi.Input<string>>>;
    /** Ids of the keys this layer encrypts with: buckets (storage key), databases, caches and secrets (databases key). */
    readonly keyIds: Readonly<Record<"buckets" | "databases", pulumi.Input<string>>>;
    /** ARN of the role the CDN assumes to read the media and static buckets back-to-origin. */
    readonly cdnOriginRoleArn: pulumi.Input<string>;
}
