/**
 * The type-to-actions map: for every Alibaba Cloud resource type the project's stacks plan, the RAM
 * actions `pulumi up` needs to create, update and delete it (`write`) and to read it back (`read`),
 * and the resources those actions may touch. The deployer role is granted exactly the union of
 * this map, the previewer and the auditor only its reads, so a type the program starts to use must
 * get an entry here: test/infra/identity/actions.test.ts plans every stack and fails, naming the
 * type and this file, when one is missing, and fails when the map grants a type no stack plans.
 *
 * Resources are scoped to the stack's region and account, and to the environment's names
 * (`dakar2026-<env>-*`) where the service's ARN carries the name (OSS buckets, Log Service
 * projects, KMS secrets, RAM roles and policies). Action names follow each service's RAM
 * authorisation reference; the first `pulumi up` with the deployer role is the check of the ones no
 * offline tool can verify (docs/runbooks/bootstrap-ci-identity.md says what to do on a denial).
 */
import type { PermissionStatement } from "./documents";

/** Where a role's statements point: the account, the region and the environment's name prefix. */
export interface ActionScope {
    readonly accountId: string;
    readonly region: string;
    /** `dakar2026-<env>-`: every cloud-side name of the environment starts with it. */
    readonly namePrefix: string;
    /** Name of the account's CI OIDC provider. */
    readonly oidcProviderName: string;
    /** Name of the service-linked role ActionTrail delivers with. */
    readonly trailDeliveryRole: string;
}

export interface TypeActions {
    /** Create, update, delete (and what those calls need besides, such as passing a role). */
    readonly write: readonly string[];
    /** Reading the resource's configuration back; never its data. */
    readonly read: readonly string[];
    /** ARNs the actions apply to. */
    readonly resources: (s: ActionScope) => readonly string[];
    /** The type exists once per account: only the account owner's deployer manages it. */
    readonly accountWide?: true;
}

const regional = (service: string) => (s: ActionScope): string[] => [`acs:${service}:${s.region}:${s.accountId}:*`];
/** OSS ARNs carry no region (bucket names are global): the environment's names scope them. */
const buckets = (s: ActionScope): string[] => [`acs:oss:*:${s.accountId}:${s.namePrefix}*`];
const logProjects = (s: ActionScope): string[] => [`acs:log:${s.region}:${s.accountId}:project/${s.namePrefix}*`];
const ramRoles = (s: ActionScope): string => `acs:ram::${s.accountId}:role/${s.namePrefix}*`;
const ramPolicies = (s: ActionScope): string => `acs:ram::${s.accountId}:policy/${s.namePrefix}*`;
const account = (s: ActionScope): string[] => [`acs:ram::${s.accountId}:*`];
const cloudMonitor = (s: ActionScope): string[] => [`acs:cms:*:${s.accountId}:*`];

const VPC_TAGS = ["vpc:TagResources", "vpc:UnTagResources"];
const ECS_TAGS = ["ecs:TagResources", "ecs:UntagResources"];
const ALB_TAGS = ["alb:TagResources", "alb:UnTagResources"];

export const TYPE_ACTIONS: Readonly<Record<string, TypeActions>> = {
    // Network layer.
    "alicloud:vpc/network:Network": {
        write: ["vpc:CreateVpc", "vpc:DeleteVpc", "vpc:ModifyVpcAttribute", ...VPC_TAGS],
        read: ["vpc:DescribeVpcs", "vpc:DescribeVpcAttribute", "vpc:ListTagResources"],
        resources: regional("vpc"),
    },
    "alicloud:vpc/switch:Switch": {
        write: ["vpc:CreateVSwitch", "vpc:DeleteVSwitch", "vpc:ModifyVSwitchAttribute", ...VPC_TAGS],
        read: ["vpc:DescribeVSwitches", "vpc:DescribeVSwitchAttributes", "vpc:ListTagResources"],
        resources: regional("vpc"),
    },
    "alicloud:vpc/natGateway:NatGateway": {
        write: ["vpc:CreateNatGateway", "vpc:DeleteNatGateway", "vpc:ModifyNatGatewayAttribute", "vpc:DeletionProtection", ...VPC_TAGS],
        read: ["vpc:DescribeNatGateways", "vpc:ListTagResources"],
        resources: regional("vpc"),
    },
    "alicloud:vpc/snatEntry:SnatEntry": {
        write: ["vpc:CreateSnatEntry", "vpc:DeleteSnatEntry", "vpc:ModifySnatEntry"],
        read: ["vpc:DescribeSnatTableEntries"],
        resources: regional("vpc"),
    },
    "alicloud:vpc/flowLog:FlowLog": {
        write: ["vpc:CreateFlowLog", "vpc:DeleteFlowLog", "vpc:ModifyFlowLogAttribute", "vpc:ActiveFlowLog", "vpc:DeactiveFlowLog", ...VPC_TAGS],
        read: ["vpc:DescribeFlowLogs", "vpc:ListTagResources"],
        resources: regional("vpc"),
    },
    "alicloud:ecs/eipAddress:EipAddress": {
        write: ["vpc:AllocateEipAddress", "vpc:ReleaseEipAddress", "vpc:ModifyEipAddressAttribute", "vpc:DeletionProtection", ...VPC_TAGS],
        read: ["vpc:DescribeEipAddresses", "vpc:ListTagResources"],
        resources: regional("vpc"),
    },
    "alicloud:ecs/eipAssociation:EipAssociation": {
        write: ["vpc:AssociateEipAddress", "vpc:UnassociateEipAddress"],
        read: ["vpc:DescribeEipAddresses"],
        resources: regional("vpc"),
    },
    "alicloud:ecs/securityGroup:SecurityGroup": {
        write: ["ecs:CreateSecurityGroup", "ecs:DeleteSecurityGroup", "ecs:ModifySecurityGroupAttribute", "ecs:ModifySecurityGroupPolicy", ...ECS_TAGS],
        read: ["ecs:DescribeSecurityGroups", "ecs:DescribeSecurityGroupAttribute", "ecs:ListTagResources"],
        resources: regional("ecs"),
    },
    "alicloud:ecs/securityGroupRule:SecurityGroupRule": {
        write: ["ecs:AuthorizeSecurityGroup", "ecs:RevokeSecurityGroup", "ecs:AuthorizeSecurityGroupEgress", "ecs:RevokeSecurityGroupEgress", "ecs:ModifySecurityGroupRule"],
        read: ["ecs:DescribeSecurityGroupAttribute"],
        resources: regional("ecs"),
    },
    // Compute layer.
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate": {
        write: [
            "ecs:CreateLaunchTemplate",
            "ecs:DeleteLaunchTemplate",
            "ecs:CreateLaunchTemplateVersion",
            "ecs:DeleteLaunchTemplateVersion",
            "ecs:ModifyLaunchTemplateDefaultVersion",
            ...ECS_TAGS,
        ],
        read: ["ecs:DescribeLaunchTemplates", "ecs:DescribeLaunchTemplateVersions", "ecs:ListTagResources"],
        resources: regional("ecs"),
    },
    "alicloud:ess/scalingGroup:ScalingGroup": {
        write: ["ess:CreateScalingGroup", "ess:DeleteScalingGroup", "ess:ModifyScalingGroup", "ess:EnableScalingGroup", "ess:DisableScalingGroup", "ess:TagResources", "ess:UntagResources"],
        read: ["ess:DescribeScalingGroups", "ess:ListTagResources"],
        resources: regional("ess"),
    },
    "alicloud:ess/scalingRule:ScalingRule": {
        write: ["ess:CreateScalingRule", "ess:DeleteScalingRule", "ess:ModifyScalingRule"],
        read: ["ess:DescribeScalingRules"],
        resources: regional("ess"),
    },
    "alicloud:ess/scheduledTask:ScheduledTask": {
        write: ["ess:CreateScheduledTask", "ess:DeleteScheduledTask", "ess:ModifyScheduledTask"],
        read: ["ess:DescribeScheduledTasks"],
        resources: regional("ess"),
    },
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment": {
        write: ["ess:AttachAlbServerGroups", "ess:DetachAlbServerGroups"],
        read: ["ess:DescribeScalingGroups"],
        resources: regional("ess"),
    },
    // Edge layer.
    "alicloud:alb/loadBalancer:LoadBalancer": {
        write: [
            "alb:CreateLoadBalancer",
            "alb:DeleteLoadBalancer",
            "alb:UpdateLoadBalancerAttribute",
            "alb:UpdateLoadBalancerEdition",
            "alb:EnableDeletionProtection",
            "alb:DisableDeletionProtection",
            "alb:EnableLoadBalancerAccessLog",
            "alb:DisableLoadBalancerAccessLog",
            ...ALB_TAGS,
        ],
        read: ["alb:GetLoadBalancerAttribute", "alb:ListLoadBalancers", "alb:ListTagResources"],
        resources: regional("alb"),
    },
    "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment": {
        write: ["alb:LoadBalancerJoinSecurityGroup", "alb:LoadBalancerLeaveSecurityGroup"],
        read: ["alb:GetLoadBalancerAttribute"],
        resources: regional("alb"),
    },
    "alicloud:alb/listener:Listener": {
        write: ["alb:CreateListener", "alb:DeleteListener", "alb:UpdateListenerAttribute", "alb:StartListener", "alb:StopListener", ...ALB_TAGS],
        read: ["alb:GetListenerAttribute", "alb:ListListeners"],
        resources: regional("alb"),
    },
    "alicloud:alb/rule:Rule": {
        write: ["alb:CreateRule", "alb:DeleteRule", "alb:UpdateRuleAttribute"],
        read: ["alb:ListRules"],
        resources: regional("alb"),
    },
    "alicloud:alb/serverGroup:ServerGroup": {
        write: ["alb:CreateServerGroup", "alb:DeleteServerGroup", "alb:UpdateServerGroupAttribute", ...ALB_TAGS],
        read: ["alb:ListServerGroups", "alb:ListServerGroupServers"],
        resources: regional("alb"),
    },
    // CDN domains are global: their ARNs carry no region.
    "alicloud:cdn/domainNew:DomainNew": {
        write: ["cdn:AddCdnDomain", "cdn:DeleteCdnDomain", "cdn:ModifyCdnDomain", "cdn:SetCdnDomainSSLCertificate", "cdn:StartCdnDomain", "cdn:StopCdnDomain", "cdn:TagResources", "cdn:UntagResources"],
        read: ["cdn:DescribeCdnDomainDetail", "cdn:DescribeUserDomains", "cdn:DescribeTagResources"],
        resources: (s) => [`acs:cdn:*:${s.accountId}:domain/*`],
    },
    "alicloud:cdn/domainConfig:DomainConfig": {
        write: ["cdn:BatchSetCdnDomainConfig", "cdn:DeleteSpecificConfig"],
        read: ["cdn:DescribeCdnDomainConfigs"],
        resources: (s) => [`acs:cdn:*:${s.accountId}:domain/*`],
    },
    // WAF 3.0 instances are bought (subscription) through the billing API, then described by WAF.
    "alicloud:wafv3/instance:Instance": {
        write: ["bssapi:CreateInstance", "bssapi:ModifyInstance", "bssapi:RenewInstance"],
        read: ["bssapi:QueryAvailableInstances", "yundun-waf:DescribeInstance"],
        resources: (s) => [`acs:bssapi:*:${s.accountId}:*`, `acs:yundun-waf:${s.region}:${s.accountId}:*`],
    },
    // Keys layer: key ids are random, so keys are scoped by region; secrets carry the environment's names.
    "alicloud:kms/key:Key": {
        write: [
            "kms:CreateKey",
            "kms:ScheduleKeyDeletion",
            "kms:CancelKeyDeletion",
            "kms:UpdateKeyDescription",
            "kms:UpdateRotationPolicy",
            "kms:EnableKey",
            "kms:DisableKey",
            "kms:SetDeletionProtection",
            "kms:TagResources",
            "kms:UntagResources",
        ],
        read: ["kms:DescribeKey", "kms:ListKeys", "kms:ListTagResources"],
        resources: regional("kms"),
    },
    "alicloud:kms/secret:Secret": {
        // The provider reads a secret's value back; only the deployer, which writes it, may.
        write: ["kms:CreateSecret", "kms:DeleteSecret", "kms:PutSecretValue", "kms:UpdateSecret", "kms:GetSecretValue", "kms:TagResources", "kms:UntagResources"],
        read: ["kms:DescribeSecret", "kms:ListSecrets", "kms:ListTagResources"],
        resources: (s) => [`acs:kms:${s.region}:${s.accountId}:secret/${s.namePrefix}*`],
    },
    // Storage layer.
    "alicloud:kvstore/instance:Instance": {
        write: [
            "kvstore:CreateInstance",
            "kvstore:DeleteInstance",
            "kvstore:ModifyInstanceAttribute",
            "kvstore:ModifyInstanceSpec",
            "kvstore:ModifySecurityIps",
            "kvstore:ModifySecurityGroupConfiguration",
            "kvstore:ModifyInstanceMaintainTime",
            "kvstore:ModifyBackupPolicy",
            "kvstore:ModifyInstanceSSL",
            "kvstore:ModifyInstanceTDE",
            "kvstore:ModifyInstanceVpcAuthMode",
            "kvstore:ModifyInstanceConfig",
            "kvstore:ResetAccountPassword",
            "kvstore:TagResources",
            "kvstore:UntagResources",
        ],
        read: [
            "kvstore:DescribeInstances",
            "kvstore:DescribeInstanceAttribute",
            "kvstore:DescribeSecurityIps",
            "kvstore:DescribeBackupPolicy",
            "kvstore:DescribeInstanceSSL",
            "kvstore:DescribeInstanceTDEStatus",
            "kvstore:ListTagResources",
        ],
        resources: regional("kvstore"),
    },
    "alicloud:rds/instance:Instance": {
        write: [
            "rds:CreateDBInstance",
            "rds:DeleteDBInstance",
            "rds:ModifyDBInstanceSpec",
            "rds:ModifyDBInstanceDescription",
            "rds:ModifySecurityIps",
            "rds:ModifySecurityGroupConfiguration",
            "rds:ModifyDBInstanceMaintainTime",
            "rds:ModifyDBInstanceSSL",
            "rds:ModifyDBInstanceTDE",
            "rds:ModifySQLCollectorPolicy",
            "rds:ModifySQLCollectorRetention",
            "rds:ModifyDBInstanceAutoUpgradeMinorVersion",
            "rds:ModifyDBInstanceDeletionProtection",
            "rds:TagResources",
            "rds:UntagResources",
        ],
        read: [
            "rds:DescribeDBInstances",
            "rds:DescribeDBInstanceAttribute",
            "rds:DescribeDBInstanceNetInfo",
            "rds:DescribeDBInstanceIPArrayList",
            "rds:DescribeDBInstanceSSL",
            "rds:DescribeDBInstanceTDE",
            "rds:DescribeSQLCollectorPolicy",
            "rds:DescribeSQLCollectorRetention",
            "rds:ListTagResources",
        ],
        resources: regional("rds"),
    },
    "alicloud:rds/database:Database": {
        write: ["rds:CreateDatabase", "rds:DeleteDatabase", "rds:ModifyDBDescription"],
        read: ["rds:DescribeDatabases"],
        resources: regional("rds"),
    },
    "alicloud:rds/rdsAccount:RdsAccount": {
        write: ["rds:CreateAccount", "rds:DeleteAccount", "rds:ResetAccountPassword", "rds:ModifyAccountDescription"],
        read: ["rds:DescribeAccounts"],
        resources: regional("rds"),
    },
    "alicloud:rds/accountPrivilege:AccountPrivilege": {
        write: ["rds:GrantAccountPrivilege", "rds:RevokeAccountPrivilege"],
        read: ["rds:DescribeAccounts"],
        resources: regional("rds"),
    },
    "alicloud:rds/backupPolicy:BackupPolicy": {
        write: ["rds:ModifyBackupPolicy"],
        read: ["rds:DescribeBackupPolicy"],
        resources: regional("rds"),
    },
    "alicloud:oss/bucket:Bucket": {
        write: ["oss:PutBucket", "oss:DeleteBucket", "oss:PutBucketLifecycle", "oss:DeleteBucketLifecycle", "oss:PutBucketTagging", "oss:DeleteBucketTagging"],
        read: ["oss:GetBucketInfo", "oss:GetBucketLifecycle", "oss:GetBucketTagging"],
        resources: buckets,
    },
    "alicloud:oss/bucketAcl:BucketAcl": { write: ["oss:PutBucketAcl"], read: ["oss:GetBucketAcl"], resources: buckets },
    "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock": {
        write: ["oss:PutBucketPublicAccessBlock", "oss:DeleteBucketPublicAccessBlock"],
        read: ["oss:GetBucketPublicAccessBlock"],
        resources: buckets,
    },
    "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption": {
        write: ["oss:PutBucketEncryption", "oss:DeleteBucketEncryption"],
        read: ["oss:GetBucketEncryption"],
        resources: buckets,
    },
    "alicloud:oss/bucketVersioning:BucketVersioning": { write: ["oss:PutBucketVersioning"], read: ["oss:GetBucketVersioning"], resources: buckets },
    "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig": { write: ["oss:PutBucketHttpsConfig"], read: ["oss:GetBucketHttpsConfig"], resources: buckets },
    "alicloud:oss/bucketLogging:BucketLogging": { write: ["oss:PutBucketLogging", "oss:DeleteBucketLogging"], read: ["oss:GetBucketLogging"], resources: buckets },
    "alicloud:oss/bucketPolicy:BucketPolicy": { write: ["oss:PutBucketPolicy", "oss:DeleteBucketPolicy"], read: ["oss:GetBucketPolicy"], resources: buckets },
    // Log Service: flow logs, the ALB's access logs, the app's logs, the trail and its alerts.
    "alicloud:log/project:Project": {
        write: ["log:CreateProject", "log:DeleteProject", "log:UpdateProject", "log:TagResources", "log:UntagResources"],
        read: ["log:GetProject", "log:ListTagResources"],
        resources: logProjects,
    },
    "alicloud:log/store:Store": {
        write: ["log:CreateLogStore", "log:DeleteLogStore", "log:UpdateLogStore"],
        read: ["log:GetLogStore", "log:ListLogStores"],
        resources: logProjects,
    },
    "alicloud:log/alert:Alert": {
        // Log Service authorises alerts as jobs of the project.
        write: ["log:CreateJob", "log:UpdateJob", "log:DeleteJob"],
        read: ["log:GetJob", "log:ListJobs"],
        resources: logProjects,
        accountWide: true,
    },
    // Observability layer: CloudMonitor authorises by action; its contacts and groups belong to the
    // account, not a region.
    "alicloud:cms/alarm:Alarm": {
        write: ["cms:PutResourceMetricRule", "cms:DeleteMetricRules", "cms:EnableMetricRules", "cms:DisableMetricRules"],
        read: ["cms:DescribeMetricRuleList", "cms:DescribeMetricRuleTargets"],
        resources: cloudMonitor,
    },
    "alicloud:cms/alarmContact:AlarmContact": {
        write: ["cms:PutContact", "cms:DeleteContact"],
        read: ["cms:DescribeContactList"],
        resources: cloudMonitor,
    },
    "alicloud:cms/alarmContactGroup:AlarmContactGroup": {
        write: ["cms:PutContactGroup", "cms:DeleteContactGroup"],
        read: ["cms:DescribeContactGroupList"],
        resources: cloudMonitor,
    },
    // RAM: the environment's own roles and policies; PassRole lets services (ECS, RDS, Log
    // Service) be given the environment's roles, and no other.
    "alicloud:ram/role:Role": {
        write: ["ram:CreateRole", "ram:DeleteRole", "ram:UpdateRole", "ram:PassRole", "ram:TagResources", "ram:UntagResources"],
        read: ["ram:GetRole", "ram:ListPoliciesForRole", "ram:ListTagResources"],
        resources: (s) => [ramRoles(s)],
    },
    "alicloud:ram/policy:Policy": {
        write: ["ram:CreatePolicy", "ram:DeletePolicy", "ram:CreatePolicyVersion", "ram:DeletePolicyVersion", "ram:SetDefaultPolicyVersion", "ram:TagResources", "ram:UntagResources"],
        read: ["ram:GetPolicy", "ram:GetPolicyVersion", "ram:ListPolicyVersions", "ram:ListEntitiesForPolicy", "ram:ListTagResources"],
        resources: (s) => [ramPolicies(s)],
    },
    "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment": {
        write: ["ram:AttachPolicyToRole", "ram:DetachPolicyFromRole"],
        read: ["ram:ListPoliciesForRole"],
        resources: (s) => [ramRoles(s), ramPolicies(s)],
    },
    // Account-wide: only in the stack that owns the account.
    "alicloud:ram/passwordPolicy:PasswordPolicy": {
        write: ["ram:SetPasswordPolicy"],
        read: ["ram:GetPasswordPolicy"],
        resources: account,
        accountWide: true,
    },
    "alicloud:ram/securityPreference:SecurityPreference": {
        write: ["ram:SetSecurityPreference"],
        read: ["ram:GetSecurityPreference"],
        resources: account,
        accountWide: true,
    },
    "alicloud:ims/oidcProvider:OidcProvider": {
        write: [
            "ram:CreateOIDCProvider",
            "ram:UpdateOIDCProvider",
            "ram:DeleteOIDCProvider",
            "ram:AddClientIdToOIDCProvider",
            "ram:RemoveClientIdFromOIDCProvider",
            "ram:AddFingerprintToOIDCProvider",
            "ram:RemoveFingerprintFromOIDCProvider",
        ],
        read: ["ram:GetOIDCProvider", "ram:ListOIDCProviders"],
        resources: (s) => [`acs:ram::${s.accountId}:oidc-provider/${s.oidcProviderName}`],
        accountWide: true,
    },
    "alicloud:actiontrail/trail:Trail": {
        // The trail delivers as ActionTrail's service-linked role, which the deployer passes to it.
        write: ["actiontrail:CreateTrail", "actiontrail:UpdateTrail", "actiontrail:DeleteTrail", "actiontrail:StartLogging", "actiontrail:StopLogging", "ram:PassRole"],
        read: ["actiontrail:DescribeTrails", "actiontrail:GetTrailStatus"],
        resources: (s) => [`acs:actiontrail:*:${s.accountId}:trail/${s.namePrefix}*`, `acs:ram::${s.accountId}:role/${s.trailDeliveryRole.toLowerCase()}`],
        accountWide: true,
    },
};

/** The types whose actions a stack's deployer gets: every type, the account-wide ones only where the stack owns the account. */
export function grantedTypes(accountOwner: boolean, map: Readonly<Record<string, TypeActions>> = TYPE_ACTIONS): string[] {
    return Object.keys(map)
        .filter((t) => accountOwner || map[t].accountWide !== true)
        .sort();
}

/** One statement per type: its actions of `kind` on its resources. */
export function typeStatements(types: readonly string[], kind: "write+read" | "read", scope: ActionScope, map = TYPE_ACTIONS): PermissionStatement[] {
    return types.map((t) => {
        const e = map[t];
        if (e === undefined) throw new Error(`${t} has no entry in infra/identity/actions.ts`);
        return { Effect: "Allow", Action: kind === "read" ? [...e.read] : [...e.write, ...e.read], Resource: [...e.resources(scope)] };
    });
}
