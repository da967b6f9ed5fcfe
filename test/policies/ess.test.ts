import { essGroupHealthCheck } from "../../policies/rules/ess/ess-group-health-check";
import { essScalingConfigurationAttachSecurityGroup } from "../../policies/rules/ess/ess-scaling-configuration-attach-security-group";
import { essScalingConfigurationDataDiskEncrypted } from "../../policies/rules/ess/ess-scaling-configuration-data-disk-encrypted";
import { essScalingConfigurationEnabledInternetCheck } from "../../policies/rules/ess/ess-scaling-configuration-enabled-internet-check";
import { essScalingConfigurationImageCheck } from "../../policies/rules/ess/ess-scaling-configuration-image-check";
import { essScalingConfigurationSgPublicAccess } from "../../policies/rules/ess/ess-scaling-configuration-sg-public-access";
import { essScalingConfigurationSystemDiskEncrypted } from "../../policies/rules/ess/ess-scaling-configuration-system-disk-encrypted";
import { essScalingGroupAttachSlb } from "../../policies/rules/ess/ess-scaling-group-attach-slb";
import { essScalingRuleActionConfigured } from "../../policies/rules/ess/ess-scaling-rule-action-configured";
import { essScheduledTaskBounds } from "../../policies/rules/ess/ess-scheduled-task-bounds";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const CONFIGURATION = "alicloud:ess/scalingConfiguration:ScalingConfiguration";
const GROUP = "alicloud:ess/scalingGroup:ScalingGroup";
const RULE = "alicloud:ess/scalingRule:ScalingRule";
const SG = "alicloud:ecs/securityGroup:SecurityGroup";
const SG_RULE = "alicloud:ecs/securityGroupRule:SecurityGroupRule";

/** Baselines: scaling configuration "web", scaling group "web" (id asg-web) and scaling rule "out"; inputs mutate them. */
const conf = (inputs: Record<string, unknown> = {}, o: Parameters<typeof baseline>[3] = {}) => baseline(CONFIGURATION, "web", inputs, o);
const group = (inputs: Record<string, unknown> = {}) => baseline(GROUP, "web", inputs, { id: "asg-web" });
const scalingRule = (inputs: Record<string, unknown>) => baseline(RULE, "out", { scalingGroupId: "asg-web", ...inputs });

describe("ess-scaling-configuration-data-disk-encrypted", () => {
    it("accepts encrypted data disks and no data disk at all", async () => {
        const r = [conf(), baseline(CONFIGURATION, "bare", { dataDisks: undefined })];
        expect(await messages(essScalingConfigurationDataDiskEncrypted, r)).toEqual([]);
    });
    it("flags each unencrypted data disk", async () => {
        const r = [conf({ dataDisks: [{ name: "data", encrypted: false }, { size: 100 }] })];
        expect(await messages(essScalingConfigurationDataDiskEncrypted, r)).toEqual([
            'Scaling configuration "web" declares unencrypted data disk data (encrypted is false); set encrypted: true.',
            'Scaling configuration "web" declares unencrypted data disk #1 (encrypted is unset); set encrypted: true.',
        ]);
    });
    it("says it in French", async () => {
        const [f] = await run(essScalingConfigurationDataDiskEncrypted, [conf({ dataDisks: [{ name: "data" }] })]);
        expect(f.message.fr).toBe(
            "La configuration de mise à l'échelle « web » déclare le disque de données non chiffré data (encrypted vaut non renseigné) ; "
                + "fixer encrypted à true.",
        );
    });
});

describe("ess-scaling-configuration-system-disk-encrypted", () => {
    it("accepts systemDiskEncrypted, or a KMS key / algorithm alone", async () => {
        const r = [
            conf(),
            baseline(CONFIGURATION, "kms", { systemDiskEncrypted: undefined, systemDiskKmsKeyId: "key-1" }),
            baseline(CONFIGURATION, "algo", { systemDiskEncrypted: undefined, systemDiskEncryptAlgorithm: "AES-256" }),
        ];
        expect(await messages(essScalingConfigurationSystemDiskEncrypted, r)).toEqual([]);
    });
    it("flags a configuration with no system-disk encryption field", async () => {
        expect(await messages(essScalingConfigurationSystemDiskEncrypted, [conf({ systemDiskEncrypted: undefined })])).toEqual([
            'Scaling configuration "web" does not encrypt the system disk (systemDiskEncrypted is unset); set systemDiskEncrypted: true.',
        ]);
    });
    it("flags an explicit false even with a KMS key", async () => {
        const r = [conf({ systemDiskEncrypted: false, systemDiskKmsKeyId: "key-1" })];
        expect(await messages(essScalingConfigurationSystemDiskEncrypted, r)).toEqual([
            'Scaling configuration "web" does not encrypt the system disk (systemDiskEncrypted is false); set systemDiskEncrypted: true.',
        ]);
    });
});

describe("ess-scaling-configuration-attach-security-group", () => {
    it("accepts securityGroupIds, securityGroupId or ENI security groups", async () => {
        const r = [
            conf(),
            baseline(CONFIGURATION, "one", { securityGroupIds: undefined, securityGroupId: "sg-1" }),
            baseline(CONFIGURATION, "eni", { securityGroupIds: undefined, networkInterfaces: [{ securityGroupIds: ["sg-1"] }] }),
        ];
        expect(await messages(essScalingConfigurationAttachSecurityGroup, r)).toEqual([]);
    });
    it("flags a configuration without security group", async () => {
        expect(await messages(essScalingConfigurationAttachSecurityGroup, [conf({ securityGroupIds: [] })])).toEqual([
            'Scaling configuration "web" sets no security group (securityGroupId and securityGroupIds are empty); set securityGroupIds.',
        ]);
    });
});

describe("ess-scaling-configuration-sg-public-access", () => {
    const sg = baseline(SG, "app", {}, { id: "sg-app" });
    const other = baseline(SG, "bastion", {}, { id: "sg-bastion" });
    /** The baseline rule of group sg-app, with the source `inputs` give. */
    const sgRule = (name: string, inputs: Record<string, unknown>, refs = {}) =>
        baseline(SG_RULE, name, { securityGroupId: "sg-app", cidrIp: undefined, ...inputs }, { refs });

    it("accepts a configuration whose security group only admits private sources", async () => {
        const r = [sg, conf({ securityGroupIds: ["sg-app"] }), sgRule("lb", { cidrIp: "10.0.0.0/16" })];
        expect(await messages(essScalingConfigurationSgPublicAccess, r)).toEqual([]);
    });
    it("ignores open rules of security groups the configuration does not use, and drop rules", async () => {
        const r = [
            sg,
            other,
            conf({ securityGroupIds: ["sg-app"] }),
            sgRule("ssh", { cidrIp: "0.0.0.0/0", securityGroupId: "sg-bastion" }),
            sgRule("deny", { cidrIp: "0.0.0.0/0", policy: "drop" }),
            sgRule("out", { cidrIp: "0.0.0.0/0", type: "egress" }),
        ];
        expect(await messages(essScalingConfigurationSgPublicAccess, r)).toEqual([]);
    });
    it("flags an open IPv4 rule joined by references", async () => {
        const c = conf({ securityGroupIds: undefined, securityGroupId: "unknown" }, { refs: { securityGroupId: [sg] } });
        const open = sgRule("http", { cidrIp: "0.0.0.0/0", securityGroupId: "unknown" }, { securityGroupId: [sg] });
        expect(await messages(essScalingConfigurationSgPublicAccess, [sg, c, open])).toEqual([
            'Scaling configuration "web" uses security group "app" whose rule "http" accepts ingress from 0.0.0.0/0; '
                + "restrict the rule's source.",
        ]);
    });
    it("flags an open IPv6 rule joined by ids", async () => {
        const r = [sg, conf({ securityGroupIds: ["sg-app"] }), sgRule("v6", { ipv6CidrIp: "::/0" })];
        expect(await messages(essScalingConfigurationSgPublicAccess, r)).toEqual([
            'Scaling configuration "web" uses security group "app" whose rule "v6" accepts ingress from ::/0; restrict the rule\'s source.',
        ]);
    });
});

describe("ess-scaling-configuration-enabled-internet-check", () => {
    it("accepts 0 and unset", async () => {
        const r = [conf(), baseline(CONFIGURATION, "unset", { internetMaxBandwidthOut: undefined })];
        expect(await messages(essScalingConfigurationEnabledInternetCheck, r)).toEqual([]);
    });
    it("flags public bandwidth", async () => {
        expect(await messages(essScalingConfigurationEnabledInternetCheck, [conf({ internetMaxBandwidthOut: 5 })])).toEqual([
            'Scaling configuration "web" gives instances a public IP (internetMaxBandwidthOut is 5); set internetMaxBandwidthOut: 0.',
        ]);
    });
});

describe("ess-scaling-configuration-image-check", () => {
    it("accepts imageId or imageName", async () => {
        const r = [conf(), baseline(CONFIGURATION, "named", { imageId: undefined, imageName: "aliyun_3_x64" })];
        expect(await messages(essScalingConfigurationImageCheck, r)).toEqual([]);
    });
    it("flags a configuration without image", async () => {
        expect(await messages(essScalingConfigurationImageCheck, [conf({ imageId: undefined })])).toEqual([
            'Scaling configuration "web" sets neither imageId nor imageName; name the image.',
        ]);
    });
});

describe("ess-scaling-group-attach-slb", () => {
    const MSG =
        'Scaling group "web" is not attached to any load balancer (no loadbalancerIds, no albServerGroups and no server-group '
        + "attachment refers to it); attach it to the SLB or ALB.";

    it("accepts loadbalancerIds or albServerGroups on the group", async () => {
        expect(await messages(essScalingGroupAttachSlb, [group()])).toEqual([]);
        const alb = group({ loadbalancerIds: undefined, albServerGroups: [{ albServerGroupId: "sgp-1", port: 80, weight: 100 }] });
        expect(await messages(essScalingGroupAttachSlb, [alb])).toEqual([]);
    });
    it("accepts a vServer-group attachment that refers to the group", async () => {
        const g = group({ loadbalancerIds: undefined });
        const VSG = "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups";
        const att = baseline(VSG, "vsg", { scalingGroupId: "x", vserverGroups: [] }, { refs: { scalingGroupId: [g] } });
        expect(await messages(essScalingGroupAttachSlb, [g, att])).toEqual([]);
    });
    it("accepts ALB and server-group attachments joined by id", async () => {
        const alb = baseline("alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment", "alb", {
            scalingGroupId: "asg-web",
            albServerGroupId: "sgp-1",
            port: 80,
            weight: 100,
        });
        const nlb = baseline("alicloud:ess/serverGroupAttachment:ServerGroupAttachment", "nlb", {
            scalingGroupId: "asg-web",
            serverGroupId: "sgp-2",
            type: "NLB",
        });
        const unattached = group({ loadbalancerIds: undefined });
        expect(await messages(essScalingGroupAttachSlb, [unattached, alb])).toEqual([]);
        expect(await messages(essScalingGroupAttachSlb, [unattached, nlb])).toEqual([]);
    });
    it("flags a group with empty load-balancer inputs", async () => {
        expect(await messages(essScalingGroupAttachSlb, [group({ loadbalancerIds: [], albServerGroups: [] })])).toEqual([MSG]);
    });
    it("flags a group when the attachment belongs to another group", async () => {
        const alb = baseline("alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment", "alb", {
            scalingGroupId: "asg-other",
            albServerGroupId: "sgp-1",
            port: 80,
            weight: 100,
        });
        expect(await messages(essScalingGroupAttachSlb, [group({ loadbalancerIds: undefined }), alb])).toEqual([MSG]);
    });
});

describe("ess-group-health-check", () => {
    it("accepts ECS or LOAD_BALANCER", async () => {
        const r = [group(), baseline(GROUP, "old", { healthCheckTypes: undefined, healthCheckType: "ECS" })];
        expect(await messages(essGroupHealthCheck, r)).toEqual([]);
    });
    it("flags an unset health check", async () => {
        expect(await messages(essGroupHealthCheck, [group({ healthCheckTypes: undefined })])).toEqual([
            'Scaling group "web" does not set healthCheckTypes; set it to ["ECS"] or ["LOAD_BALANCER"].',
        ]);
    });
    it("flags NONE", async () => {
        expect(await messages(essGroupHealthCheck, [group({ healthCheckTypes: ["NONE"] })])).toEqual([
            'Scaling group "web" turns health checks off (health check type "NONE"); use "ECS" or "LOAD_BALANCER".',
        ]);
    });
});

describe("ess-scaling-rule-action-configured", () => {
    it("accepts complete rules of every type", async () => {
        const r = [
            scalingRule({}),
            baseline(RULE, "step", {
                scalingRuleType: "StepScalingRule",
                adjustmentType: "TotalCapacity",
                stepAdjustments: [{ metricIntervalLowerBound: "0", scalingAdjustment: 1 }],
            }),
            baseline(RULE, "cpu", {
                adjustmentType: undefined,
                adjustmentValue: undefined,
                scalingRuleType: "TargetTrackingScalingRule",
                metricName: "CpuUtilization",
                targetValue: 60,
            }),
        ];
        expect(await messages(essScalingRuleActionConfigured, r)).toEqual([]);
    });
    it("flags a simple rule without adjustment", async () => {
        expect(await messages(essScalingRuleActionConfigured, [scalingRule({ adjustmentType: undefined, adjustmentValue: undefined })])).toEqual([
            'Scaling rule "out" (SimpleScalingRule) does not set adjustmentType, adjustmentValue; set adjustmentType and adjustmentValue.',
        ]);
    });
    it("flags a step rule without steps", async () => {
        const r = [scalingRule({ scalingRuleType: "StepScalingRule", adjustmentType: "TotalCapacity", adjustmentValue: undefined })];
        expect(await messages(essScalingRuleActionConfigured, r)).toEqual([
            'Scaling rule "out" (StepScalingRule) does not set stepAdjustments; set stepAdjustments.',
        ]);
    });
    it("flags a target-tracking rule without target", async () => {
        const r = [scalingRule({ scalingRuleType: "TargetTrackingScalingRule", metricName: "CpuUtilization", adjustmentType: undefined, adjustmentValue: undefined })];
        expect(await messages(essScalingRuleActionConfigured, r)).toEqual([
            'Scaling rule "out" (TargetTrackingScalingRule) does not set targetValue; set targetValue.',
        ]);
    });
});

describe("ess-scheduled-task-bounds", () => {
    const task = (inputs: Record<string, unknown> = {}) => baseline("alicloud:ess/scheduledTask:ScheduledTask", "opening", inputs);

    it("accepts a pre-warm that raises the minimum, a scale-back, and a task that runs a scaling rule", async () => {
        const back = baseline("alicloud:ess/scheduledTask:ScheduledTask", "back", { minValue: 2, desiredCapacity: 2, maxValue: 10 });
        const ruleTask = baseline("alicloud:ess/scheduledTask:ScheduledTask", "rule", {
            scalingGroupId: undefined, minValue: undefined, desiredCapacity: undefined, maxValue: undefined, scheduledAction: "ari:acs:ess:rule",
        });
        expect(await messages(essScheduledTaskBounds, [task(), back, ruleTask])).toEqual([]);
    });
    it("flags a desired capacity without minimum", async () => {
        expect(await messages(essScheduledTaskBounds, [task({ minValue: undefined })])).toEqual([
            'Scheduled task "opening" sets desiredCapacity 6 without minValue, so target tracking can scale it back down; set minValue.',
        ]);
    });
    it("flags values out of order, in French too", async () => {
        const findings = await run(essScheduledTaskBounds, [task({ minValue: 8, desiredCapacity: 6, maxValue: undefined })]);
        expect(findings.map((f) => f.message.en)).toEqual([
            'Scheduled task "opening" has its values out of order (minValue 8, desiredCapacity 6, maxValue unset); keep minValue ≤ desiredCapacity ≤ maxValue.',
        ]);
        expect(findings[0].message.fr).toBe(
            "La tâche planifiée « opening » a des valeurs dans le désordre (minValue 8, desiredCapacity 6, maxValue non renseigné) ; "
                + "garder minValue ≤ desiredCapacity ≤ maxValue.",
        );
        expect(await messages(essScheduledTaskBounds, [task({ desiredCapacity: 12 })])).toEqual([
            'Scheduled task "opening" has its values out of order (minValue 6, desiredCapacity 12, maxValue 10); keep minValue ≤ desiredCapacity ≤ maxValue.',
        ]);
    });
});
