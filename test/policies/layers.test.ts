/**
 * Stack rules in layer stacks (policies/lib/layers.ts). Under the engine each stack is checked on
 * its own; a stack that reads layers from others says so in its `layerStacks` output, and a rule whose join
 * target is not in the stack must be "not applicable" there, not a violation and not a pass. The
 * same join in a single stack keeps its verdict, a violation the rule can decide is still reported
 * in a layer stack, and with every stack's resources together (the environment audit) the join
 * resolves and the rule decides.
 */
import { haMultiZone } from "../../policies/rules/governance/ha-multi-zone";
import { albAllListenerHasServer } from "../../policies/rules/alb/alb-all-listener-has-server";
import { essScalingConfigurationSgPublicAccess } from "../../policies/rules/ess/ess-scaling-configuration-sg-public-access";
import { actiontrailTrailOssBucketPrivate } from "../../policies/rules/log/actiontrail-trail-oss-bucket-private";
import type { CatalogPolicy } from "../../policies/lib/rule";
import { audit } from "../../tools/audit/engine";
import type { PlanResource } from "../../tools/plan/types";
import { baseline, stackRoot } from "../support/baselines";
import { messages, TEST_TODAY } from "../support/policy";

const DATA = "organization/dakar2026/prod-data";
/**
 * The root stack of a layer stack as stack policies see it: its outputs, among them `layerStacks`,
 * the stacks it reads (the engine does not pass the StackReferences themselves to stack policies).
 */
const reference = stackRoot({ environment: "prod", layerStacks: { network: DATA, storage: DATA } });

/** The resources the policy marked not applicable, and its findings' messages. */
async function outcome(policy: CatalogPolicy, resources: readonly PlanResource[]): Promise<{ notApplicable: number; messages: string[] }> {
    const result = await audit(
        { project: "dakar2026", stack: "test", profile: "prod", resources, outputs: {}, warnings: [] },
        { policies: [policy], packConfig: { [policy.name]: { enforcementLevel: "mandatory" } }, waivers: [], today: TEST_TODAY },
    );
    return { notApplicable: result.checks[0].notApplicable.length, messages: result.findings.map((f) => f.message.en) };
}

describe("ha-multi-zone: a scaling group's vSwitches in the network stack", () => {
    const VSW = "alicloud:vpc/switch:Switch";
    const ASG = "alicloud:ess/scalingGroup:ScalingGroup";
    const vswA = baseline(VSW, "vsw-a", { zoneId: "eu-central-1a" }, { id: "vsw-a-id" });
    const vswB = baseline(VSW, "vsw-b", { zoneId: "eu-central-1b" }, { id: "vsw-b-id" });
    const group = baseline(ASG, "asg", { vswitchIds: ["vsw-a-id", "vsw-b-id"] });

    it("is not applicable in a layer stack that does not hold them", async () => {
        expect(await outcome(haMultiZone, [reference, group])).toEqual({ notApplicable: 1, messages: [] });
    });
    it("still flags them missing in a single stack", async () => {
        expect(await messages(haMultiZone, [group])).toEqual(['Scaling group "asg" uses vSwitches in 0 distinct zone(s) (none); at least 2 are required.']);
    });
    it("decides with every stack's resources together", async () => {
        expect(await outcome(haMultiZone, [reference, vswA, vswB, group])).toEqual({ notApplicable: 0, messages: [] });
        const oneZone = baseline(ASG, "asg", { vswitchIds: ["vsw-a-id"] });
        expect((await outcome(haMultiZone, [reference, vswA, oneZone])).messages).toEqual([
            'Scaling group "asg" uses vSwitches in 1 distinct zone(s) (eu-central-1a); at least 2 are required.',
        ]);
    });
    it("still reports what it can decide in a layer stack", async () => {
        const alb = baseline("alicloud:alb/loadBalancer:LoadBalancer", "alb", { zoneMappings: [{ zoneId: "eu-central-1a", vswitchId: "vsw-a-id" }] });
        expect(await outcome(haMultiZone, [reference, alb, group])).toEqual({
            notApplicable: 0,
            messages: ['ALB load balancer "alb" maps 1 distinct zone(s) (eu-central-1a); at least 2 are required.'],
        });
    });
});

describe("ess-scaling-configuration-sg-public-access: the security group in the network stack", () => {
    const CONF = "alicloud:ess/scalingConfiguration:ScalingConfiguration";
    const sg = baseline("alicloud:ecs/securityGroup:SecurityGroup", "app", {}, { id: "sg-app" });
    const open = baseline("alicloud:ecs/securityGroupRule:SecurityGroupRule", "http", { securityGroupId: "sg-app", cidrIp: "0.0.0.0/0" });
    const conf = baseline(CONF, "web", { securityGroupIds: ["sg-app"] });

    it("is not applicable in a layer stack that does not hold the group, instead of passing", async () => {
        expect(await outcome(essScalingConfigurationSgPublicAccess, [reference, conf])).toEqual({ notApplicable: 1, messages: [] });
        expect(await outcome(essScalingConfigurationSgPublicAccess, [conf])).toEqual({ notApplicable: 0, messages: [] });
    });
    it("flags the open rule once the group and its rules are there", async () => {
        expect((await outcome(essScalingConfigurationSgPublicAccess, [reference, sg, open, conf])).messages).toEqual([
            'Scaling configuration "web" uses security group "app" whose rule "http" accepts ingress from 0.0.0.0/0; restrict the rule\'s source.',
        ]);
    });
});

describe("actiontrail-trail-oss-bucket-private: the trail's bucket in the storage stack", () => {
    const trail = baseline("alicloud:actiontrail/trail:Trail", "trail", { trailName: "account-trail", ossBucketName: "dakar2026-trail" });
    const bucket = baseline("alicloud:oss/bucket:Bucket", "trail-bucket", { bucket: "dakar2026-trail", acl: "public-read" }, { id: "dakar2026-trail" });

    it("is not applicable in a layer stack that does not hold the bucket, instead of passing", async () => {
        expect(await outcome(actiontrailTrailOssBucketPrivate, [reference, trail])).toEqual({ notApplicable: 1, messages: [] });
        expect(await outcome(actiontrailTrailOssBucketPrivate, [trail])).toEqual({ notApplicable: 0, messages: [] });
    });
    it("flags the public bucket once it is there", async () => {
        expect((await outcome(actiontrailTrailOssBucketPrivate, [reference, bucket, trail])).messages).toEqual([
            'Trail "trail" delivers to OSS bucket "dakar2026-trail", which is public-read (acl of oss.Bucket "trail-bucket"); make the bucket private.',
        ]);
    });
});

describe("alb-all-listener-has-server: the server group in another stack", () => {
    const forward = (id: string) => [{ type: "ForwardGroup", forwardGroupConfig: { serverGroupTuples: [{ serverGroupId: id }] } }];
    const listener = baseline("alicloud:alb/listener:Listener", "https", { loadBalancerId: "alb-1", defaultActions: forward("sgp-elsewhere") });
    const empty = baseline("alicloud:alb/serverGroup:ServerGroup", "app", { servers: [] }, { id: "sgp-elsewhere" });

    it("is not applicable in a layer stack that does not hold the group, and passes in a single stack as before", async () => {
        expect(await outcome(albAllListenerHasServer, [reference, listener])).toEqual({ notApplicable: 1, messages: [] });
        expect(await outcome(albAllListenerHasServer, [listener])).toEqual({ notApplicable: 0, messages: [] });
    });
    it("flags the empty group once it is there", async () => {
        expect((await outcome(albAllListenerHasServer, [reference, empty, listener])).messages).toEqual([
            'ALB listener "https" forwards to server group(s) "app", which hold no server.',
        ]);
    });
});
