/**
 * The compute layer: the app servers. A hardened launch template (private, encrypted disks,
 * metadata tokens required, Cloud Assistant security hardening, a least-privilege RAM role, user
 * data without secrets), one Auto Scaling group over the app vSwitches of every zone attached to
 * the edge's ALB server group, a target-tracking rule on CPU, scheduled tasks from the event
 * calendar, and the logstore the app writes to.
 */
import * as ecs from "@pulumi/alicloud/ecs";
import * as ess from "@pulumi/alicloud/ess";
import * as log from "@pulumi/alicloud/log";
import * as ram from "@pulumi/alicloud/ram";
import * as pulumi from "@pulumi/pulumi";
import { encryptedLogStoreArgs } from "../core/logstore";
import { cloudName, resourceTags } from "../core/names";
import type { CoreSettings } from "../core/settings";
import { statefulOptions } from "../core/stateful";
import type { EdgeOutputs } from "../edge/outputs";
import type { KeysOutputs } from "../keys/outputs";
import type { NetworkOutputs } from "../network/outputs";
import type { BucketRole, StorageOutputs } from "../storage/outputs";
import { scheduleCalendar } from "./calendar";
import type { ComputeConfig } from "./config";
import type { ComputeOutputs } from "./outputs";
import { INSTANCE_CHARGE_TYPE } from "./profile";
import { encodeUserData, Placeholder, renderUserData } from "./userdata";

const COMPONENT = "compute";

/** The CloudMonitor metric target tracking follows: the group's average CPU utilisation. */
export const CPU_METRIC = "CpuUtilization";

/** Where the app writes data exports in the backups bucket (the only place it writes there). */
export const EXPORTS_PREFIX = "exports/";

export interface ComputeArgs {
    readonly core: CoreSettings;
    readonly config: ComputeConfig;
    /** The disks key (system and data disks), the storage key (bucket objects), the databases key (secrets), the logs key (logstore). */
    readonly keys: Pick<KeysOutputs, "keyIds" | "keyArns" | "serviceRoleArns">;
    /** The app vSwitches and security group, and the log project the app's logstore goes into. */
    readonly network: Pick<NetworkOutputs, "vswitchIds" | "securityGroupIds" | "flowLogProject">;
    /** The buckets the app reads and writes, and the KMS secrets holding its credentials. */
    readonly storage: Pick<StorageOutputs, "bucketNames" | "credentialSecretNames" | "credentialSecretArns">;
    /** The ALB server group the app servers join, and the port they serve on. */
    readonly edge: Pick<EdgeOutputs, "albServerGroupId" | "appPort">;
    /**
     * The time the plan is made at (ms since the epoch): which calendar events become tasks depends
     * on it. The composition passes the time of the run, or the offline plan's pinned date.
     */
    readonly planTime: number;
}

/** A RAM policy statement as this layer writes them (resource-level, never `*` on `*`). */
export interface RamStatement {
    readonly Effect: "Allow";
    readonly Action: readonly string[];
    readonly Resource: readonly string[];
}

/** What the instance role's policy names. */
export interface InstancePolicyContext {
    readonly account: string;
    readonly region: string;
    readonly buckets: Readonly<Record<BucketRole, string>>;
    readonly secretArns: Readonly<Record<"database" | "cache", string>>;
    /** The storage key (bucket objects are encrypted with it) and the databases key (the secrets). */
    readonly storageKeyArn: string;
    readonly databasesKeyArn: string;
    readonly logProject: string;
    readonly logStore: string;
}

/**
 * The app servers' permissions, and nothing else:
 * - read the media and static objects (the site and the API serve them);
 * - write media objects (the newsroom back office publishes photos and clips) and data exports under
 *   `exports/` of the backups bucket; never delete (versioning keeps every object, operators delete);
 * - nothing on the access-logs bucket (OSS writes it) and no read of backups or exports;
 * - use the storage key for those objects (OSS encrypts them with it on the requester's behalf);
 * - read its two credential secrets and decrypt them with the databases key;
 * - write logs to its own logstore.
 */
export function instancePolicyDocument(c: InstancePolicyContext): { Version: "1"; Statement: RamStatement[] } {
    const bucket = (r: BucketRole): string => `acs:oss:*:${c.account}:${c.buckets[r]}`;
    return {
        Version: "1",
        Statement: [
            { Effect: "Allow", Action: ["oss:ListObjects"], Resource: [bucket("media"), bucket("static")] },
            { Effect: "Allow", Action: ["oss:GetObject"], Resource: [`${bucket("media")}/*`, `${bucket("static")}/*`] },
            { Effect: "Allow", Action: ["oss:PutObject"], Resource: [`${bucket("media")}/*`, `${bucket("backups")}/${EXPORTS_PREFIX}*`] },
            { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: [c.storageKeyArn] },
            { Effect: "Allow", Action: ["kms:GetSecretValue"], Resource: [c.secretArns.database, c.secretArns.cache] },
            { Effect: "Allow", Action: ["kms:Decrypt"], Resource: [c.databasesKeyArn] },
            { Effect: "Allow", Action: ["log:PostLogStoreLogs"], Resource: [`acs:log:${c.region}:${c.account}:project/${c.logProject}/logstore/${c.logStore}`] },
        ],
    };
}

/** The account of an ARN (`acs:<service>:<region>:<account>:<resource>`). */
export function accountOf(arn: string): string {
    const account = arn.split(":")[3];
    if (!/^\d+$/.test(account ?? "")) throw new Error(`${arn} is not an ARN with an account id`);
    return account;
}

const json = (doc: unknown): string => JSON.stringify(doc);

export class Compute extends pulumi.ComponentResource implements ComputeOutputs {
    public readonly scalingGroupId: pulumi.Output<string>;
    public readonly scalingGroupMaxSize: number;
    public readonly launchTemplateId: pulumi.Output<string>;
    public readonly instanceRoleName: pulumi.Output<string>;
    public readonly appLogStore: pulumi.Output<string>;
    public readonly scheduledTasks: Readonly<Record<string, string>>;

    constructor(name: string, args: ComputeArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:compute:Compute", name, {}, opts);
        const { core, config, keys, network, storage, edge } = args;
        const { profile } = config;
        const parent = { parent: this };
        const tags = resourceTags.bind(undefined, core, COMPONENT);

        // The app's logs carry client addresses: personal data, kept as long as the profile keeps logs.
        const logStore = new log.Store(
            `${name}-app-logs`,
            encryptedLogStoreArgs(
                { projectName: network.flowLogProject, logstoreName: cloudName(core, COMPONENT, "app"), retentionDays: config.logRetentionDays, shardCount: 2 },
                { keyId: keys.keyIds.logs, serviceRoleArn: keys.serviceRoleArns.log, region: core.region },
            ),
            statefulOptions(this, core.profile),
        );

        const role = new ram.Role(
            `${name}-instance-role`,
            {
                roleName: cloudName(core, COMPONENT, "app-instance"),
                description: `Assumed by the app servers of Dakar 2026 ${core.environment}: read their content and secrets, write media, exports and logs`,
                assumeRolePolicyDocument: json({ Version: "1", Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["ecs.aliyuncs.com"] } }] }),
                maxSessionDuration: 3600,
                tags: tags("internal"),
            },
            parent,
        );
        const policy = new ram.Policy(
            `${name}-instance-policy`,
            {
                policyName: cloudName(core, COMPONENT, "app-instance"),
                description: "What the app servers may do, and nothing else (infra/compute/README.md)",
                policyDocument: pulumi
                    .all([
                        storage.bucketNames.media,
                        storage.bucketNames.static,
                        storage.bucketNames.logs,
                        storage.bucketNames.backups,
                        storage.credentialSecretArns.database,
                        storage.credentialSecretArns.cache,
                        keys.keyArns.storage,
                        keys.keyArns.databases,
                        network.flowLogProject,
                        logStore.logstoreName,
                    ])
                    .apply(([media, statics, logs, backups, databaseSecret, cacheSecret, storageKeyArn, databasesKeyArn, logProject, store]) =>
                        json(
                            instancePolicyDocument({
                                account: accountOf(databasesKeyArn),
                                region: core.region,
                                buckets: { media, static: statics, logs, backups },
                                secretArns: { database: databaseSecret, cache: cacheSecret },
                                storageKeyArn,
                                databasesKeyArn,
                                logProject,
                                logStore: store,
                            }),
                        ),
                    ),
                tags: tags("internal"),
            },
            parent,
        );
        const attachment = new ram.RolePolicyAttachment(
            `${name}-instance-attach`,
            { roleName: role.roleName, policyName: policy.policyName, policyType: "Custom" },
            parent,
        );

        const fill: Record<Placeholder, pulumi.Input<string>> = {
            environment: core.environment,
            region: core.region,
            appPort: String(edge.appPort),
            databaseSecretName: storage.credentialSecretNames.database,
            cacheSecretName: storage.credentialSecretNames.cache,
            mediaBucket: storage.bucketNames.media,
            staticBucket: storage.bucketNames.static,
            backupsBucket: storage.bucketNames.backups,
            logProject: network.flowLogProject,
            logStore: logStore.logstoreName,
        };
        const userData = pulumi
            .all(fill)
            .apply((values) => encodeUserData(renderUserData(config.userDataTemplate, values as Record<Placeholder, string>)));

        const disk = { category: "cloud_essd", performanceLevel: "PL0", encrypted: true, kmsKeyId: keys.keyIds.disks, deleteWithInstance: true };
        const template = new ecs.EcsLaunchTemplate(
            `${name}-template`,
            {
                launchTemplateName: cloudName(core, COMPONENT, "app"),
                description: `App servers of Dakar 2026 ${core.environment}`,
                versionDescription: `${config.imageId} on ${profile.instanceType}`,
                imageId: config.imageId,
                instanceType: profile.instanceType,
                instanceChargeType: INSTANCE_CHARGE_TYPE,
                instanceName: cloudName(core, COMPONENT, "app"),
                networkType: "vpc",
                securityGroupIds: [network.securityGroupIds.app],
                // Private: no public address, no public bandwidth; outbound goes through the NAT gateway.
                internetMaxBandwidthOut: 0,
                systemDisk: { ...disk, size: profile.systemDiskGb, name: cloudName(core, COMPONENT, "app-system") },
                dataDisks: [{ ...disk, size: profile.dataDiskGb, name: cloudName(core, COMPONENT, "app-data") }],
                // Metadata only with a session token (the IMDSv2 model): an SSRF in the app cannot read the role's credentials.
                httpEndpoint: "enabled",
                httpTokens: "required",
                httpPutResponseHopLimit: 1,
                securityEnhancementStrategy: "Active",
                ramRoleName: role.roleName,
                userData,
                // No key pair and no password: operators reach the servers through Cloud Assistant.
                updateDefaultVersionNumber: true,
                tags: tags("personal"),
                templateTags: tags("internal"),
            },
            // The role must carry its policy before the first server boots and reads its secrets.
            { parent: this, dependsOn: [attachment] },
        );

        const group = new ess.ScalingGroup(
            `${name}-group`,
            {
                scalingGroupName: cloudName(core, COMPONENT, "app"),
                groupType: "ECS",
                minSize: profile.minSize,
                maxSize: profile.maxSize,
                desiredCapacity: profile.desiredCapacity,
                vswitchIds: core.zones.map((z) => network.vswitchIds.app[z]),
                multiAzPolicy: "BALANCE",
                launchTemplateId: template.id,
                launchTemplateVersion: "Default",
                healthCheckTypes: ["LOAD_BALANCER"],
                defaultCooldown: profile.warmupSeconds,
                removalPolicies: ["OldestInstance", "NewestInstance"],
                groupDeletionProtection: core.profile.protect,
                tags: tags("internal"),
            },
            // Target tracking and the calendar move the desired capacity; the program only sets it at creation.
            { parent: this, ignoreChanges: ["desiredCapacity"] },
        );
        new ess.AlbServerGroupAttachment(
            `${name}-alb-attach`,
            { scalingGroupId: group.id, albServerGroupId: edge.albServerGroupId, port: edge.appPort, weight: 100, forceAttach: true },
            parent,
        );
        new ess.ScalingRule(
            `${name}-cpu-target`,
            {
                scalingGroupId: group.id,
                scalingRuleName: cloudName(core, COMPONENT, "cpu-target"),
                scalingRuleType: "TargetTrackingScalingRule",
                metricName: CPU_METRIC,
                targetValue: profile.cpuTargetPercent,
                estimatedInstanceWarmup: profile.warmupSeconds,
                disableScaleIn: false,
            },
            parent,
        );

        const schedule = scheduleCalendar(config.calendar, profile, args.planTime);
        for (const notice of schedule.notices) pulumi.log.warn(notice, this);
        const scheduled: Record<string, string> = {};
        for (const t of schedule.tasks) {
            const taskName = cloudName(core, COMPONENT, t.purpose);
            new ess.ScheduledTask(
                `${name}-task-${t.purpose}`,
                {
                    scheduledTaskName: taskName,
                    description: t.description,
                    scalingGroupId: group.id,
                    launchTime: t.launchTime,
                    // Half an hour of retries: a pre-warm that failed once must still happen.
                    launchExpirationTime: 1800,
                    minValue: t.minValue,
                    maxValue: t.maxValue,
                    ...(t.desiredCapacity !== undefined ? { desiredCapacity: t.desiredCapacity } : {}),
                    taskEnabled: true,
                },
                parent,
            );
            scheduled[taskName] = t.launchTime;
        }

        this.scalingGroupId = group.id;
        this.scalingGroupMaxSize = profile.maxSize;
        this.launchTemplateId = template.id;
        this.instanceRoleName = role.roleName;
        this.appLogStore = logStore.logstoreName;
        this.scheduledTasks = scheduled;
        this.registerOutputs({
            scalingGroupId: this.scalingGroupId,
            launchTemplateId: this.launchTemplateId,
            instanceRoleName: this.instanceRoleName,
            appLogStore: this.appLogStore,
            scheduledTasks: this.scheduledTasks,
        });
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { ComputeOutputs } from "./outputs";
