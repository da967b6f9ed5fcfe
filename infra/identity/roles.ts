/**
 * The four roles of an environment, as data: who may assume each (trust) and what each may do
 * (permission statements). Pure functions of the settings and the storage layer's bucket names, so
 * that tests read the exact documents RAM will receive.
 */
import type { DataClassification } from "../core/names";
import { ActionScope, grantedTypes, typeStatements } from "./actions";
import { mergeStatements, PermissionStatement, PolicyDocument, TrustStatement } from "./documents";
import type { RoleKind } from "./outputs";

/** The OIDC claims a CI trust compares, as RAM names them. */
export const OIDC_CLAIMS = { issuer: "oidc:iss", audience: "oidc:aud", subject: "oidc:sub" } as const;

/** What an OIDC-trusted role demands of the CI's token. */
export interface OidcTrust {
    readonly providerArn: string;
    readonly issuer: string;
    readonly audience: string;
    readonly subject: string;
}

/**
 * Trust of a CI role: only tokens of the account's OIDC provider, from the configured issuer, for
 * the configured audience, and for exactly one subject (a repository's environment or its pull
 * requests). Without the subject any workflow of any repository the issuer serves could assume it.
 */
export function oidcTrust(t: OidcTrust): PolicyDocument<TrustStatement> {
    return {
        Version: "1",
        Statement: [
            {
                Effect: "Allow",
                Action: "sts:AssumeRole",
                Principal: { Federated: [t.providerArn] },
                Condition: { StringEquals: { [OIDC_CLAIMS.issuer]: t.issuer, [OIDC_CLAIMS.audience]: t.audience, [OIDC_CLAIMS.subject]: t.subject } },
            },
        ],
    };
}

/**
 * Trust of a role people assume: the RAM identities of the listed accounts (`acs:ram::<id>:root`
 * stands for the account, whose administrators then grant sts:AssumeRole to their own users or
 * SSO roles); never "*".
 */
export function accountTrust(accountIds: readonly string[]): PolicyDocument<TrustStatement> {
    return {
        Version: "1",
        Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { RAM: [...new Set(accountIds)].sort().map((id) => `acs:ram::${id}:root`) } }],
    };
}

/**
 * What operating and restoring takes beyond reading the configuration: restart and fail over the
 * database and the cache, restore them (point-in-time clone, backup restore), change the scaling
 * group's size, restart app servers, restore an OSS object version, read logs and metrics. Nothing
 * of RAM beyond reading: an operator cannot widen anyone's access, their own included.
 */
export function operateStatements(s: ActionScope): PermissionStatement[] {
    const at = (service: string): string => `acs:${service}:${s.region}:${s.accountId}:*`;
    return [
        {
            Effect: "Allow",
            Action: ["ecs:DescribeInstances", "ecs:DescribeInstanceStatus", "ecs:StartInstance", "ecs:StopInstance", "ecs:RebootInstance"],
            Resource: [at("ecs")],
        },
        {
            Effect: "Allow",
            Action: ["ess:ModifyScalingGroup", "ess:ExecuteScalingRule", "ess:EnableScalingGroup", "ess:DisableScalingGroup", "ess:DescribeScalingInstances", "ess:DescribeScalingActivities"],
            Resource: [at("ess")],
        },
        {
            Effect: "Allow",
            Action: [
                "rds:RestartDBInstance",
                "rds:SwitchDBInstanceHA",
                "rds:CreateBackup",
                "rds:DescribeBackups",
                "rds:DescribeAvailableRecoveryTime",
                "rds:CloneDBInstance",
                "rds:RestoreTable",
            ],
            Resource: [at("rds")],
        },
        {
            Effect: "Allow",
            Action: ["kvstore:RestartInstance", "kvstore:SwitchInstanceHA", "kvstore:CreateBackup", "kvstore:DescribeBackups", "kvstore:RestoreInstance"],
            Resource: [at("kvstore")],
        },
        // Recovering a deleted or overwritten object copies an older version back over it.
        {
            Effect: "Allow",
            Action: ["oss:ListObjectVersions", "oss:GetObjectVersion", "oss:PutObject"],
            Resource: [`acs:oss:*:${s.accountId}:${s.namePrefix}*`, `acs:oss:*:${s.accountId}:${s.namePrefix}*/*`],
        },
        {
            Effect: "Allow",
            Action: ["log:GetLogStoreLogs", "log:GetLogStoreHistogram", "log:GetLogStoreContextLogs"],
            Resource: [`acs:log:${s.region}:${s.accountId}:project/${s.namePrefix}*`],
        },
        { Effect: "Allow", Action: ["cms:DescribeMetricList", "cms:DescribeMetricLast", "cms:DescribeAlertHistoryList"], Resource: [`acs:cms:${s.region}:${s.accountId}:*`] },
    ];
}

/** What the auditor reads beyond the configuration: the trail (ActionTrail and its logstore) and the logs. */
export function auditStatements(s: ActionScope): PermissionStatement[] {
    return [
        {
            Effect: "Allow",
            Action: ["actiontrail:LookupEvents", "actiontrail:DescribeTrails", "actiontrail:GetTrailStatus"],
            Resource: [`acs:actiontrail:*:${s.accountId}:*`],
        },
        {
            Effect: "Allow",
            Action: ["log:GetLogStoreLogs", "log:GetLogStoreHistogram", "log:GetProject", "log:ListLogStores", "log:GetLogStore"],
            Resource: [`acs:log:${s.region}:${s.accountId}:project/${s.namePrefix}*`],
        },
    ];
}

/** Object reads an auditor must never make on a bucket of personal data. */
export const PERSONAL_OBJECT_READS = ["oss:GetObject", "oss:GetObjectVersion"] as const;

/** Classifications whose objects the auditor may not read (law 2008-12: least access to personal data). */
export const PERSONAL: readonly DataClassification[] = ["personal", "sensitive-personal"];

/**
 * An explicit Deny (it wins over any Allow, including one a later policy adds) of object reads on
 * the buckets classified personal or sensitive-personal.
 */
export function personalObjectsDeny(accountId: string, personalBuckets: readonly string[]): PermissionStatement[] {
    if (personalBuckets.length === 0) return [];
    return [
        {
            Effect: "Deny",
            Action: [...PERSONAL_OBJECT_READS],
            Resource: [...personalBuckets].sort().map((b) => `acs:oss:*:${accountId}:${b}/*`),
        },
    ];
}

/** The permission statements of each role, merged. */
export function roleStatements(kind: RoleKind, scope: ActionScope, accountOwner: boolean, personalBuckets: readonly string[]): PermissionStatement[] {
    const types = grantedTypes(accountOwner);
    switch (kind) {
        case "deployer":
            return mergeStatements(typeStatements(types, "write+read", scope));
        case "previewer":
            return mergeStatements(typeStatements(types, "read", scope));
        case "operator":
            return mergeStatements([...typeStatements(types, "read", scope), ...operateStatements(scope)]);
        case "auditor":
            return mergeStatements([
                ...personalObjectsDeny(scope.accountId, personalBuckets),
                ...typeStatements(types, "read", scope),
                ...auditStatements(scope),
            ]);
    }
}
