import { actiontrailEnabled } from "../../policies/rules/log/actiontrail-enabled";
import { actiontrailTrailIntactEnabled } from "../../policies/rules/log/actiontrail-trail-intact-enabled";
import { actiontrailTrailOssBucketPrivate } from "../../policies/rules/log/actiontrail-trail-oss-bucket-private";
import { cmsAlarmNameRequired } from "../../policies/rules/log/cms-alarm-name-required";
import { slsLogstoreEnabledEncrypt } from "../../policies/rules/log/sls-logstore-enabled-encrypt";
import { slsLogstoreEncryptKeyOriginCheck } from "../../policies/rules/log/sls-logstore-encrypt-key-origin-check";
import { slsLogstoreRetentionMinDays } from "../../policies/rules/log/sls-logstore-retention-min-days";
import { slsLogstoreWebTrackingDisabled } from "../../policies/rules/log/sls-logstore-web-tracking-disabled";
import { slsProjectDescriptionRequired } from "../../policies/rules/log/sls-project-description-required";
import type { StackValidationArgs } from "@pulumi/policy";
import { baseline, stackRoot } from "../support/baselines";
import { messages, run, TEST_TODAY } from "../support/policy";

const STORE = "alicloud:log/store:Store";
const TRAIL = "alicloud:actiontrail/trail:Trail";
const BUCKET = "alicloud:oss/bucket:Bucket";
const BUCKET_ACL = "alicloud:oss/bucketAcl:BucketAcl";

/** The baseline logstore, named "access" in the cloud; `inputs` mutate it. */
const store = (inputs: Record<string, unknown>) => baseline(STORE, "access-logs", { logstoreName: "access", ...inputs });

/** The baseline trail, named "account-trail" and delivering to bucket "dakar2026-trail". */
const completeTrail = { trailName: "account-trail", ossBucketName: "dakar2026-trail" };

describe("sls-logstore-enabled-encrypt", () => {
    it("accepts an encrypted logstore", async () => {
        expect(await messages(slsLogstoreEnabledEncrypt, [store({})])).toEqual([]);
    });
    it("flags a logstore without encryptConf", async () => {
        expect(await messages(slsLogstoreEnabledEncrypt, [store({ encryptConf: undefined })])).toEqual([
            'Logstore "access" is not encrypted at rest (encryptConf.enable is not true); set encryptConf: { enable: true }.',
        ]);
    });
    it("flags encryption turned off, naming the deprecated name when that is what is set", async () => {
        const s = [store({ logstoreName: undefined, name: "legacy", encryptConf: { enable: false } })];
        expect(await messages(slsLogstoreEnabledEncrypt, s)).toEqual([
            'Logstore "legacy" is not encrypted at rest (encryptConf.enable is not true); set encryptConf: { enable: true }.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(slsLogstoreEnabledEncrypt, [store({ encryptConf: undefined })]);
        expect(f.message.fr).toBe(
            "Le logstore « access » n'est pas chiffré au repos (encryptConf.enable ne vaut pas true) ; définir encryptConf: { enable: "
                + "true }.",
        );
    });
});

describe("sls-logstore-encrypt-key-origin-check", () => {
    it("accepts a customer-managed key", async () => {
        expect(await messages(slsLogstoreEncryptKeyOriginCheck, [store({})])).toEqual([]);
    });
    it("flags service-managed encryption", async () => {
        const s = [store({ encryptConf: { enable: true, encryptType: "default" } })];
        expect(await messages(slsLogstoreEncryptKeyOriginCheck, s)).toEqual([
            'Logstore "access" is not encrypted with a customer-managed key (encryptConf.userCmkInfo.cmkKeyId is unset); set it to a KMS '
                + 'key id.',
        ]);
    });
    it("flags a logstore without encryption", async () => {
        expect(await messages(slsLogstoreEncryptKeyOriginCheck, [store({ encryptConf: undefined })])).toEqual([
            'Logstore "access" is not encrypted with a customer-managed key (encryptConf.userCmkInfo.cmkKeyId is unset); set it to a KMS '
                + 'key id.',
        ]);
    });

    describe("a store the stack declares retired (made before the key, kept for the logs it holds)", () => {
        const legacy = store({ logstoreName: "flowlogs", encryptConf: { enable: true, encryptType: "default" } });
        const root = (retired: Record<string, unknown>) => stackRoot({ environment: "test", retiredLogStores: retired });
        const flowLog = (logStoreName: string) => baseline("alicloud:vpc/flowLog:FlowLog", "flowlog", { logStoreName });

        it("accepts it up to its last day, while nothing writes to it", async () => {
            const world = [root({ flowlogs: TEST_TODAY }), legacy, store({}), flowLog("access")];
            expect(await messages(slsLogstoreEncryptKeyOriginCheck, world)).toEqual([]);
        });
        it("flags it the day after its last day, in French too", async () => {
            const [f, ...rest] = await run(slsLogstoreEncryptKeyOriginCheck, [root({ flowlogs: "2026-11-25" }), legacy]);
            expect(rest).toEqual([]);
            expect(f.message.en).toBe(
                'Logstore "flowlogs" on the service key was to be kept until 2026-11-25, which has passed; check its newest logs have '
                    + "expired, delete it and remove its retirement (docs/decisions/0004).",
            );
            expect(f.message.fr).toContain("devait être conservé jusqu'au 2026-11-25, date passée");
        });
        it("flags it while something writes to it, by name or by reference", async () => {
            expect(await messages(slsLogstoreEncryptKeyOriginCheck, [root({ flowlogs: "2027-12-01" }), legacy, flowLog("flowlogs")])).toEqual([
                'Logstore "flowlogs" is declared retired until 2027-12-01 but FlowLog "flowlog" writes to it; point it at a store on a '
                    + "customer-managed key.",
            ]);
            const alb = baseline("alicloud:alb/loadBalancer:LoadBalancer", "alb", { accessLogConfig: { logProject: "p", logStore: "flowlogs" } });
            expect(await messages(slsLogstoreEncryptKeyOriginCheck, [root({ flowlogs: "2027-12-01" }), legacy, alb])).toHaveLength(1);
            const byRef = baseline("alicloud:vpc/flowLog:FlowLog", "flowlog", { logStoreName: "unknown" }, { refs: { logStoreName: [legacy] } });
            expect(await messages(slsLogstoreEncryptKeyOriginCheck, [root({ flowlogs: "2027-12-01" }), legacy, byRef])).toHaveLength(1);
        });
        it("does not accept another store, nor a declaration without a valid date", async () => {
            const other = store({ logstoreName: "other", encryptConf: { enable: true, encryptType: "default" } });
            expect(await messages(slsLogstoreEncryptKeyOriginCheck, [root({ flowlogs: "2027-12-01" }), other])).toHaveLength(1);
            expect(await messages(slsLogstoreEncryptKeyOriginCheck, [root({ flowlogs: "next year" }), legacy])).toHaveLength(1);
        });
    });
});

describe("sls-logstore-retention-min-days", () => {
    it("accepts 365 days and permanent storage", async () => {
        expect(await messages(slsLogstoreRetentionMinDays, [store({}), store({ retentionPeriod: 3650 })])).toEqual([]);
    });
    it("flags the unset provider default (30 days)", async () => {
        expect(await messages(slsLogstoreRetentionMinDays, [store({ retentionPeriod: undefined })])).toEqual([
            'Logstore "access" keeps logs for 30 days; set retentionPeriod to at least 90.',
        ]);
    });
    it("flags a short retention", async () => {
        expect(await messages(slsLogstoreRetentionMinDays, [store({ retentionPeriod: 7 })])).toEqual([
            'Logstore "access" keeps logs for 7 days; set retentionPeriod to at least 90.',
        ]);
    });
    it("takes the CIS threshold from config", async () => {
        const s = [store({ retentionPeriod: 180 })];
        expect(await messages(slsLogstoreRetentionMinDays, s, { config: { minRetentionDays: 365 } })).toEqual([
            'Logstore "access" keeps logs for 180 days; set retentionPeriod to at least 365.',
        ]);
    });
});

describe("sls-project-description-required", () => {
    const project = (inputs: Record<string, unknown>) =>
        baseline("alicloud:log/project:Project", "logs", { projectName: "dakar2026-logs", ...inputs });

    it("accepts a described project", async () => {
        expect(await messages(slsProjectDescriptionRequired, [project({})])).toEqual([]);
    });
    it("flags a project without description", async () => {
        expect(await messages(slsProjectDescriptionRequired, [project({ description: undefined })])).toEqual([
            'Log Service project "dakar2026-logs" has no description; set description to the logs it collects.',
        ]);
    });
    it("flags a blank description", async () => {
        expect(await messages(slsProjectDescriptionRequired, [project({ description: "" })])).toEqual([
            'Log Service project "dakar2026-logs" has no description; set description to the logs it collects.',
        ]);
    });
});

class NotApplicable extends Error {}

describe("actiontrail-enabled", () => {
    const vpc = baseline("alicloud:vpc/network:Network", "vpc");
    const owner = stackRoot({ environment: "prod", accountOwner: true });

    it("accepts the account owner's stack with an enabled trail", async () => {
        expect(await messages(actiontrailEnabled, [owner, vpc, baseline(TRAIL, "trail", completeTrail)])).toEqual([]);
    });
    it("accepts the account owner's stack without Alibaba Cloud resources", async () => {
        expect(await messages(actiontrailEnabled, [owner])).toEqual([]);
    });
    it("flags the account owner's stack without a trail, on the stack resource", async () => {
        const findings = await run(actiontrailEnabled, [owner, vpc]);
        expect(findings.map((f) => f.message.en)).toEqual([
            'The stack declares 1 Alibaba Cloud resource(s) but no enabled alicloud.actiontrail.Trail; declare one with status "Enable".',
        ]);
        expect(findings[0].urn).toBe(owner.urn);
    });
    it("flags the account owner's stack whose only trail is disabled", async () => {
        expect(await messages(actiontrailEnabled, [owner, vpc, baseline(TRAIL, "trail", { ...completeTrail, status: "Disable" })])).toEqual([
            'The stack declares 2 Alibaba Cloud resource(s) but no enabled alicloud.actiontrail.Trail; declare one with status "Enable".',
        ]);
    });
    it.each([
        ["says accountOwner false", stackRoot({ environment: "dev", accountOwner: false })],
        ["exports no accountOwner", stackRoot({ environment: "dev" })],
    ])("is not applicable in a stack that %s: the stack the owner fails for passes", async (_what, root) => {
        const policyArgs = {
            resources: [root, vpc].map((r) => ({ ...r, props: r.outputs, propertyDependencies: {}, dependencies: [], isType: () => false, asType: () => undefined })),
            getConfig: () => ({}),
            notApplicable: (reason?: string): never => {
                throw new NotApplicable(reason ?? "");
            },
        } as unknown as StackValidationArgs;
        const evaluation = await actiontrailEnabled.evaluate(policyArgs, { today: TEST_TODAY, waivers: [] });
        expect(evaluation.violations).toEqual([]);
        expect(evaluation.stopped).toBeInstanceOf(NotApplicable);
        expect((evaluation.stopped as Error).message).toMatch(/^this stack does not own the account \(its accountOwner output is not true\)/);
        expect(await messages(actiontrailEnabled, [root, vpc])).toEqual([]);
    });
});

describe("actiontrail-trail-intact-enabled", () => {
    const trail = (inputs: Record<string, unknown>) => baseline(TRAIL, "trail", { ...completeTrail, ...inputs });

    it("accepts a complete trail", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({})])).toEqual([]);
    });
    it("accepts unset eventRw and status (provider defaults All and Enable)", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({ eventRw: undefined, status: undefined })])).toEqual([]);
    });
    it("flags an unset trailRegion", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({ trailRegion: undefined })])).toEqual([
            'Trail "account-trail" does not cover all regions (trailRegion is unset); set trailRegion: "All".',
        ]);
    });
    it("flags a single-region trail", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({ trailRegion: "eu-central-1" })])).toEqual([
            'Trail "account-trail" does not cover all regions (trailRegion is eu-central-1); set trailRegion: "All".',
        ]);
    });
    it("flags write-only recording", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({ eventRw: "Write" })])).toEqual([
            'Trail "account-trail" records only Write events; set eventRw: "All".',
        ]);
    });
    it("flags a disabled trail", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({ status: "Disable" })])).toEqual([
            'Trail "account-trail" is disabled (status is Disable); set status: "Enable".',
        ]);
    });
    it("flags missing OSS and SLS delivery", async () => {
        expect(await messages(actiontrailTrailIntactEnabled, [trail({ ossBucketName: undefined, slsProjectArn: undefined })])).toEqual([
            'Trail "account-trail" does not deliver to an OSS bucket; set ossBucketName.',
            'Trail "account-trail" does not deliver to a Log Service project; set slsProjectArn.',
        ]);
    });
    it("takes the required targets from config", async () => {
        const t = [trail({ ossBucketName: undefined })];
        expect(await messages(actiontrailTrailIntactEnabled, t, { config: { requiredTargets: ["sls"] } })).toEqual([]);
    });
});

describe("actiontrail-trail-oss-bucket-private", () => {
    const bucket = (inputs: Record<string, unknown>) =>
        baseline(BUCKET, "trail-bucket", { bucket: "dakar2026-trail", ...inputs }, { id: "dakar2026-trail" });
    const trail = (refs = {}) => baseline(TRAIL, "trail", completeTrail, { refs });
    const acl = (acl: string, bucketName = "dakar2026-trail", refs = {}) =>
        baseline(BUCKET_ACL, "trail-acl", { bucket: bucketName, acl }, { refs });

    it("accepts a private bucket joined by reference", async () => {
        const b = bucket({});
        const r = [b, trail({ ossBucketName: [b] }), acl("private", "dakar2026-trail", { bucket: [b] })];
        expect(await messages(actiontrailTrailOssBucketPrivate, r)).toEqual([]);
    });
    it("accepts a trail whose bucket is declared in another stack", async () => {
        expect(await messages(actiontrailTrailOssBucketPrivate, [trail()])).toEqual([]);
    });
    it("ignores public ACLs of other buckets", async () => {
        const other = baseline(BUCKET, "site", { bucket: "dakar2026-site", acl: "public-read" }, { id: "dakar2026-site" });
        const r = [bucket({}), other, trail(), acl("public-read", "dakar2026-site")];
        expect(await messages(actiontrailTrailOssBucketPrivate, r)).toEqual([]);
    });
    it("flags a public inline acl of the trail bucket", async () => {
        const b = bucket({ acl: "public-read" });
        expect(await messages(actiontrailTrailOssBucketPrivate, [b, trail({ ossBucketName: [b] })])).toEqual([
            'Trail "trail" delivers to OSS bucket "dakar2026-trail", which is public-read (acl of oss.Bucket "trail-bucket"); make the '
                + 'bucket private.',
        ]);
    });
    it("flags a public BucketAcl joined by reference", async () => {
        const b = bucket({});
        const r = [b, trail({ ossBucketName: [b] }), acl("public-read-write", "dakar2026-trail", { bucket: [b] })];
        expect(await messages(actiontrailTrailOssBucketPrivate, r)).toEqual([
            'Trail "trail" delivers to OSS bucket "dakar2026-trail", which is public-read-write (oss.BucketAcl "trail-acl"); make the '
                + 'bucket private.',
        ]);
    });
    it("flags a public BucketAcl of a bucket declared elsewhere, joined by name", async () => {
        expect(await messages(actiontrailTrailOssBucketPrivate, [trail(), acl("public-read")])).toEqual([
            'Trail "trail" delivers to OSS bucket "dakar2026-trail", which is public-read (oss.BucketAcl "trail-acl"); make the bucket '
                + 'private.',
        ]);
    });
    it("joins by reference when bucket names are unknown during preview", async () => {
        const unknown = { __pulumiUnknown: true };
        const b = baseline(BUCKET, "trail-bucket", { bucket: unknown, acl: "public-read" });
        const unrelated = baseline(BUCKET, "other", { bucket: unknown });
        const t = baseline(TRAIL, "trail", { ...completeTrail, ossBucketName: unknown }, { refs: { ossBucketName: [b] } });
        expect(await messages(actiontrailTrailOssBucketPrivate, [unrelated, b, t])).toEqual([
            'Trail "trail" delivers to OSS bucket "trail-bucket", which is public-read (acl of oss.Bucket "trail-bucket"); make the '
                + 'bucket private.',
        ]);
    });
    it("reports in French on the trail", async () => {
        const [f] = await run(actiontrailTrailOssBucketPrivate, [bucket({ acl: "public-read-write" }), trail()]);
        expect(f.message.fr).toBe(
            "La piste « trail » livre au bucket OSS « dakar2026-trail », "
                + "qui est public-read-write (acl de l'oss.Bucket « trail-bucket ») ; rendre le bucket privé.",
        );
        expect(f.name).toBe("trail");
    });
});

describe("cms-alarm-name-required", () => {
    const alarm = (inputs: Record<string, unknown>) => baseline("alicloud:cms/alarm:Alarm", "cpu-alarm", inputs);

    it("accepts a named alarm", async () => {
        expect(await messages(cmsAlarmNameRequired, [alarm({})])).toEqual([]);
    });
    it("flags an alarm without name", async () => {
        expect(await messages(cmsAlarmNameRequired, [alarm({ name: undefined })])).toEqual([
            'CloudMonitor alarm "cpu-alarm" (metric CpuUsage) has no name; set name.',
        ]);
    });
    it("flags a blank name", async () => {
        expect(await messages(cmsAlarmNameRequired, [alarm({ name: " " })])).toEqual([
            'CloudMonitor alarm "cpu-alarm" (metric CpuUsage) has no name; set name.',
        ]);
    });
});

describe("sls-logstore-web-tracking-disabled", () => {
    const store = (inputs: Record<string, unknown>) => baseline("alicloud:log/store:Store", "access", inputs);
    it("accepts web tracking unset or off", async () => {
        expect(await messages(slsLogstoreWebTrackingDisabled, [store({}), store({ enableWebTracking: false })])).toEqual([]);
    });
    it("flags web tracking on, in French too", async () => {
        const [f] = await run(slsLogstoreWebTrackingDisabled, [store({ enableWebTracking: true })]);
        expect(f.message.en).toBe('Logstore "access" accepts anonymous writes from the internet (enableWebTracking is true); set enableWebTracking: false.');
        expect(f.message.fr).toBe(
            "Le logstore « access » accepte des écritures anonymes depuis Internet (enableWebTracking vaut true) ; fixer enableWebTracking à false.",
        );
    });
});
