/**
 * The compute layer under Pulumi's mock runtime, for every committed stack, built on the real keys,
 * network and storage layers of that stack and an edge given as plain values (the edge layer is
 * composed on another branch), at a pinned plan time.
 *
 * What must hold whatever the stack: no public address on any compute path; every disk encrypted
 * with the disks key; metadata tokens required; the instance role's policy without any action on
 * every resource; calendar tasks inside the profile's bounds, each scale-out raising the minimum and
 * planned with the scale-back that undoes it; user data without a secret. Exact values where they
 * are the contract: the role's policy document and its trust.
 */
import { parseTime, scheduleCalendar } from "../../../infra/compute/calendar";
import type { Compute } from "../../../infra/compute";
import { componentName } from "../../../infra/core/names";
import type { Keys } from "../../../infra/keys";
import type { Network } from "../../../infra/network";
import { layerConfig, parseSettings, Settings } from "../../../infra/settings";
import type { Storage } from "../../../infra/storage";
import { OFFLINE_ACCOUNT_ID } from "../../../tools/plan/fake-outputs";
import { Observed, observe, Scene, settle, valueOf } from "../../support/components";
import { diskEncryptionFaults, layerFaults, NO_LAYER_FAULTS, publicIpFaults, wildcardFaults } from "../../support/invariants";
import { TEST_PLAN_DATE } from "../../support/plan-date";
import { stackRaw, stacksDeploying } from "../../support/settings";

const TYPE = {
    template: "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
    group: "alicloud:ess/scalingGroup:ScalingGroup",
    attachment: "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
    rule: "alicloud:ess/scalingRule:ScalingRule",
    task: "alicloud:ess/scheduledTask:ScheduledTask",
    role: "alicloud:ram/role:Role",
    policy: "alicloud:ram/policy:Policy",
    rolePolicy: "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    store: "alicloud:log/store:Store",
} as const;

const BUILDING = 120_000;
/** The plan time of every test here: the day every plan of the test suite is made on. */
const PLAN_TIME = Date.parse(`${TEST_PLAN_DATE}T00:00:00Z`);
const SUFFIX = "abc123";
/** What the edge layer would give. */
const EDGE = { albServerGroupId: "sgp-test-app", appPort: 8080 };

interface Layers {
    readonly keys: Keys;
    readonly network: Network;
    readonly storage: Storage;
    readonly compute: Compute;
}

afterAll(settle);

describe.each(stacksDeploying("keys", "network", "storage", "compute"))("Compute on stack %s", (stack) => {
    const settings: Settings = parseSettings(stackRaw(stack), stack);
    const { core } = settings;
    const config = layerConfig(settings, "compute");
    const profile = config.profile;
    const name = componentName(core, "compute");
    let scene: Scene<Layers>;
    let warnings: string[];
    const mine = (): Observed[] => scene.resources.filter((r) => r.parent !== undefined && r.name.startsWith(`${name}-`));
    const ofType = (type: string): Observed[] => mine().filter((r) => r.type === type);
    const only = (type: string): Observed => {
        const found = ofType(type);
        if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
        return found[0];
    };

    beforeAll(async () => {
        const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
        try {
            scene = await observe(stack, core.region, async (opts) => {
                const { Keys } = await import("../../../infra/keys");
                const { Network } = await import("../../../infra/network");
                const { Storage } = await import("../../../infra/storage");
                const { Compute } = await import("../../../infra/compute");
                const keys = new Keys(componentName(core, "keys"), { core, config: layerConfig(settings, "keys") }, opts);
                const network = new Network(componentName(core, "network"), { core, config: layerConfig(settings, "network"), keys, uniqueSuffix: SUFFIX }, opts);
                const storage = new Storage(componentName(core, "storage"), { core, config: layerConfig(settings, "storage"), keys, network, uniqueSuffix: SUFFIX }, opts);
                const compute = new Compute(name, { core, config, keys, network, storage, edge: EDGE, planTime: PLAN_TIME }, opts);
                return { keys, network, storage, compute };
            });
            warnings = warn.mock.calls.map((c) => c.map(String).join(" "));
        } finally {
            warn.mockRestore();
        }
    }, BUILDING);

    const disksKey = async (): Promise<string> => valueOf(scene.value.keys.keyIds.disks);

    it("tags, names, identifies and classifies every resource, and protects exactly the stateful ones as the profile says", () => {
        expect(layerFaults(scene.resources, core)).toEqual(NO_LAYER_FAULTS);
        // The group is not data, but deleting it stops the site: the provider's own guard follows the profile.
        expect(only(TYPE.group).inputs.groupDeletionProtection).toBe(core.profile.protect);
    });

    it("gives no server a public address, on any compute path", () => {
        expect(publicIpFaults(scene.resources)).toEqual([]);
        expect(only(TYPE.template).inputs).toMatchObject({ internetMaxBandwidthOut: 0, networkType: "vpc" });
    });

    it("encrypts every disk with the disks key", async () => {
        const key = await disksKey();
        expect(diskEncryptionFaults(scene.resources, key)).toEqual([]);
        const t = only(TYPE.template).inputs;
        expect(t.systemDisk).toMatchObject({ encrypted: true, kmsKeyId: key, size: profile.systemDiskGb, deleteWithInstance: true });
        expect(t.dataDisks).toEqual([expect.objectContaining({ encrypted: true, kmsKeyId: key, size: profile.dataDiskGb, deleteWithInstance: true })]);
    });

    it("launches hardened servers: metadata tokens required, Cloud Assistant hardening, the app security group, the profile's type and the stack's image, no login key", async () => {
        const t = only(TYPE.template).inputs;
        expect(t).toMatchObject({
            httpEndpoint: "enabled",
            httpTokens: "required",
            securityEnhancementStrategy: "Active",
            imageId: config.imageId,
            instanceType: profile.instanceType,
            instanceChargeType: "PostPaid",
            securityGroupIds: [await valueOf(scene.value.network.securityGroupIds.app)],
            ramRoleName: only(TYPE.role).inputs.roleName,
        });
        expect(t.keyPairName).toBeUndefined();
        expect(t.password).toBeUndefined();
    });

    it("fills the user data from the other layers' outputs, as Base64, with no secret in it", async () => {
        const text = Buffer.from(String(only(TYPE.template).inputs.userData), "base64").toString("utf8");
        const storage = scene.value.storage;
        expect(text.startsWith("#!")).toBe(true);
        expect(text).not.toMatch(/\{\{/);
        expect(text).toContain(`DAKAR2026_DATABASE_SECRET_NAME=${await valueOf(storage.credentialSecretNames.database)}\n`);
        expect(text).toContain(`DAKAR2026_CACHE_SECRET_NAME=${await valueOf(storage.credentialSecretNames.cache)}\n`);
        expect(text).toContain(`DAKAR2026_MEDIA_BUCKET=${await valueOf(storage.bucketNames.media)}\n`);
        expect(text).toContain(`DAKAR2026_REGION=${core.region}\n`);
        expect(text).toContain(`DAKAR2026_APP_PORT=${EDGE.appPort}\n`);
        for (const secret of [storage.database.password, storage.cache.password]) {
            expect(text).not.toContain(String(await valueOf(secret)));
        }
    });

    it("gives the servers a role only ECS may assume, whose policy is exactly what the app needs", async () => {
        expect(JSON.parse(String(only(TYPE.role).inputs.assumeRolePolicyDocument))).toEqual({
            Version: "1",
            Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: ["ecs.aliyuncs.com"] } }],
        });
        const { storage, keys, network } = scene.value;
        const b = async (r: "media" | "static" | "backups"): Promise<string> => `acs:oss:*:${OFFLINE_ACCOUNT_ID}:${await valueOf(storage.bucketNames[r])}`;
        expect(JSON.parse(String(only(TYPE.policy).inputs.policyDocument))).toEqual({
            Version: "1",
            Statement: [
                { Effect: "Allow", Action: ["oss:ListObjects"], Resource: [await b("media"), await b("static")] },
                { Effect: "Allow", Action: ["oss:GetObject"], Resource: [`${await b("media")}/*`, `${await b("static")}/*`] },
                { Effect: "Allow", Action: ["oss:PutObject"], Resource: [`${await b("media")}/*`, `${await b("backups")}/exports/*`] },
                { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: [await valueOf(keys.keyArns.storage)] },
                {
                    Effect: "Allow",
                    Action: ["kms:GetSecretValue"],
                    Resource: [await valueOf(storage.credentialSecretArns.database), await valueOf(storage.credentialSecretArns.cache)],
                },
                { Effect: "Allow", Action: ["kms:Decrypt"], Resource: [await valueOf(keys.keyArns.databases)] },
                {
                    Effect: "Allow",
                    Action: ["log:PostLogStoreLogs"],
                    Resource: [`acs:log:${core.region}:${OFFLINE_ACCOUNT_ID}:project/${await valueOf(network.flowLogProject)}/logstore/${await valueOf(scene.value.compute.appLogStore)}`],
                },
            ],
        });
        expect(wildcardFaults(scene.resources)).toEqual([]);
        expect(only(TYPE.rolePolicy).inputs).toEqual({ roleName: only(TYPE.role).inputs.roleName, policyName: only(TYPE.policy).inputs.policyName, policyType: "Custom" });
    });

    it("writes the app's logs to a logstore of its own, encrypted with the logs key, kept as long as the profile keeps logs", async () => {
        const { keys, network } = scene.value;
        expect(only(TYPE.store).inputs).toMatchObject({
            projectName: await valueOf(network.flowLogProject),
            retentionPeriod: core.profile.logRetentionDays,
            encryptConf: { enable: true, userCmkInfo: { cmkKeyId: await valueOf(keys.keyIds.logs), arn: await valueOf(keys.serviceRoleArns.log), regionId: core.region } },
        });
    });

    it("spreads one scaling group over the app vSwitch of every zone, health-checked by the load balancer and attached to its server group", async () => {
        const g = only(TYPE.group).inputs;
        const appSwitches = await Promise.all(core.zones.map((z) => valueOf(scene.value.network.vswitchIds.app[z])));
        expect(g).toMatchObject({
            minSize: profile.minSize,
            maxSize: profile.maxSize,
            desiredCapacity: profile.desiredCapacity,
            vswitchIds: appSwitches,
            multiAzPolicy: "BALANCE",
            launchTemplateVersion: "Default",
            healthCheckTypes: ["LOAD_BALANCER"],
        });
        expect(appSwitches).toHaveLength(core.zones.length);
        expect(ofType("alicloud:ess/scalingConfiguration:ScalingConfiguration")).toEqual([]);
        const groupId = only(TYPE.group).id;
        expect(g.launchTemplateId).toBe(only(TYPE.template).id);
        expect(only(TYPE.attachment).inputs).toMatchObject({ scalingGroupId: groupId, albServerGroupId: EDGE.albServerGroupId, port: EDGE.appPort });
        expect(only(TYPE.rule).inputs).toMatchObject({
            scalingGroupId: groupId,
            scalingRuleType: "TargetTrackingScalingRule",
            metricName: "CpuUtilization",
            targetValue: profile.cpuTargetPercent,
        });
    });

    it("plans the calendar's tasks inside the profile's bounds; every scale-out raises the minimum and comes with its scale-back", () => {
        const tasks = ofType(TYPE.task).map((t) => t.inputs);
        const expected = scheduleCalendar(config.calendar, profile, PLAN_TIME);
        expect(tasks).toHaveLength(expected.tasks.length);
        for (const t of tasks) {
            const min = t.minValue as number;
            const max = t.maxValue as number;
            expect(t.scalingGroupId).toBe(only(TYPE.group).id);
            expect(min).toBeGreaterThanOrEqual(profile.minSize);
            expect(max).toBeLessThanOrEqual(profile.maxSize);
            expect(min).toBeLessThanOrEqual(max);
            const launch = parseTime(t.launchTime) as number;
            expect(launch).toBeGreaterThan(PLAN_TIME);
            expect(launch - PLAN_TIME).toBeLessThanOrEqual(90 * 86_400_000);
            const name = String(t.scheduledTaskName);
            if (name.endsWith("-out")) {
                expect(min).toBeGreaterThan(profile.minSize);
                expect(t.desiredCapacity as number).toBeGreaterThanOrEqual(min);
                expect(t.desiredCapacity as number).toBeLessThanOrEqual(max);
                expect(tasks.map((x) => x.scheduledTaskName)).toContain(name.replace(/-out$/, "-back"));
            } else {
                expect(name).toMatch(/-back$/);
                expect({ min, max, desired: t.desiredCapacity }).toEqual({ min: profile.minSize, max: profile.maxSize, desired: undefined });
            }
        }
        // What was left out is said, once per event, through Pulumi's warnings.
        for (const notice of expected.notices) expect(warnings.some((w) => w.includes(notice))).toBe(true);
        expect(Object.keys(scene.value.compute.scheduledTasks).sort()).toEqual(tasks.map((t) => String(t.scheduledTaskName)).sort());
    });
});

describe("the committed calendars at the pinned plan time", () => {
    it("pre-warm prod for two events and wait with the anniversary (in both of its forms); staging rehearses one; dev and rehearsal have none", () => {
        const planned = Object.fromEntries(
            stacksDeploying("compute").map((stack) => {
                const s = parseSettings(stackRaw(stack), stack);
                const sch = scheduleCalendar(layerConfig(s, "compute").calendar, layerConfig(s, "compute").profile, PLAN_TIME);
                return [stack, { tasks: sch.tasks.map((t) => t.purpose), notices: sch.notices.length }];
            }),
        );
        expect(planned).toEqual({
            dev: { tasks: [], notices: 0 },
            prod: { tasks: ["lutte-final-2027-out", "lutte-final-2027-back", "marathon-2027-out", "marathon-2027-back"], notices: 1 },
            "prod-app": { tasks: ["lutte-final-2027-out", "lutte-final-2027-back", "marathon-2027-out", "marathon-2027-back"], notices: 1 },
            rehearsal: { tasks: [], notices: 0 },
            staging: { tasks: ["lutte-rehearsal-out", "lutte-rehearsal-back"], notices: 0 },
        });
    });
});
