import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as fc from "fast-check";
import { catalog } from "../../policies/catalog";
import { TAGGABLE_TYPES } from "../../policies/rules/governance/taggable-types";
import { auditPlan, readPlanFile } from "../../tools/audit/run";
import { catalogResourceTypes, MIN_RESOURCES, seededRandom, syntheticPlan } from "../../tools/bench/synthetic";
import { planToJson } from "../../tools/plan/engine";
import type { Plan, PlanResource } from "../../tools/plan/types";

const VPC = "alicloud:vpc/network:Network";
const VSWITCH = "alicloud:vpc/switch:Switch";
const FLOW_LOG = "alicloud:vpc/flowLog:FlowLog";
const SG = "alicloud:ecs/securityGroup:SecurityGroup";
const SG_RULE = "alicloud:ecs/securityGroupRule:SecurityGroupRule";
const BUCKET = "alicloud:oss/bucket:Bucket";
const BUCKET_ACL = "alicloud:oss/bucketAcl:BucketAcl";
const SCALING_GROUP = "alicloud:ess/scalingGroup:ScalingGroup";
const EIP = "alicloud:ecs/eipAddress:EipAddress";
const EIP_ASSOCIATION = "alicloud:ecs/eipAssociation:EipAssociation";
const TAG_KEYS = ["component", "cost-centre", "data-classification", "environment", "managed-by", "owner", "project"];

const ofType = (plan: Plan, type: string): PlanResource[] => plan.resources.filter((r) => r.type === type);
const byUrn = (plan: Plan): Map<string, PlanResource> => new Map(plan.resources.map((r) => [r.urn, r]));

/** The single resource `r.propertyDependencies[prop]` names, which must exist and be of `type`. */
function dependency(plan: Plan, r: PlanResource, prop: string, type: string): PlanResource {
    const urns = r.propertyDependencies[prop] ?? [];
    expect(urns).toHaveLength(1);
    const target = byUrn(plan).get(urns[0]);
    expect(target?.type).toBe(type);
    return target as PlanResource;
}

/** Every URN a resource points at: parent, property dependencies, dependsOn and explicit provider. */
function referencedUrns(r: PlanResource): string[] {
    return [
        ...(r.parent !== undefined ? [r.parent] : []),
        ...Object.values(r.propertyDependencies).flat(),
        ...r.options.dependsOn,
        ...(r.options.provider !== undefined ? [r.options.provider] : []),
    ];
}

/** Seed 9 leaves some VPCs without a flow log and some EIPs unattached, so the join checks below see both cases. */
const plan3000 = syntheticPlan({ resources: 3000, seed: 9 });

describe("seededRandom", () => {
    it("is mulberry32: seed 1 starts 0.6270739405881613, 0.002735721180215478, 0.5274470399599522", () => {
        const next = seededRandom(1);
        expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    });

    it("stays in [0, 1) and repeats itself for the same seed", () => {
        fc.assert(
            fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
                const a = seededRandom(seed);
                const b = seededRandom(seed);
                for (let i = 0; i < 50; i++) {
                    const x = a();
                    expect(x).toBeGreaterThanOrEqual(0);
                    expect(x).toBeLessThan(1);
                    expect(b()).toBe(x);
                }
            }),
            { numRuns: 50 },
        );
    });
});

describe("syntheticPlan size and shape", () => {
    it("holds exactly the number of resources asked, with unique URNs, sorted by URN, every reference resolving", () => {
        fc.assert(
            fc.property(fc.integer({ min: MIN_RESOURCES, max: 2500 }), fc.integer({ min: 0, max: 1_000_000 }), (n, seed) => {
                const plan = syntheticPlan({ resources: n, seed });
                const urns = plan.resources.map((r) => r.urn);
                expect(urns).toHaveLength(n);
                expect(new Set(urns).size).toBe(n);
                expect(urns).toEqual([...urns].sort());
                const known = new Set(urns);
                const dangling = plan.resources.flatMap((r) => referencedUrns(r).filter((u) => !known.has(u) || u === r.urn));
                expect(dangling).toEqual([]);
            }),
            { numRuns: 20 },
        );
    });

    it("refuses fewer resources than the fixed part, or a fractional count", () => {
        expect(() => syntheticPlan({ resources: MIN_RESOURCES - 1 })).toThrow(
            new RangeError("a synthetic plan needs an integer number of resources ≥ 15 (got 14)"),
        );
        expect(() => syntheticPlan({ resources: 100.5 })).toThrow(
            new RangeError("a synthetic plan needs an integer number of resources ≥ 15 (got 100.5)"),
        );
    });

    it("at its minimum holds the stack, the providers, the random suffix and the platform singletons", () => {
        const plan = syntheticPlan({ resources: MIN_RESOURCES });
        expect(plan.resources.map((r) => [r.type, r.name])).toEqual([
            ["alicloud:actiontrail/trail:Trail", "dakar2026-prod-platform-trail"],
            ["alicloud:kms/instance:Instance", "dakar2026-prod-platform-kms-instance"],
            ["alicloud:log/audit:Audit", "dakar2026-prod-platform-rds-audit"],
            ["alicloud:log/project:Project", "dakar2026-prod-platform-audit-project"],
            ["alicloud:oss/bucket:Bucket", "dakar2026-prod-platform-audit-bucket"],
            ["alicloud:oss/bucketAcl:BucketAcl", "dakar2026-prod-platform-audit-bucket-acl"],
            ["alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy", "dakar2026-prod-platform-password-policy"],
            ["alicloud:ram/securityPreference:SecurityPreference", "dakar2026-prod-platform-security-preference"],
            ["alicloud:waf/instance:Instance", "dakar2026-prod-platform-waf"],
            ["pulumi:providers:alicloud", "dakar2026-prod-provider-dr"],
            ["pulumi:providers:alicloud", "default_3_108_0"],
            ["pulumi:providers:random", "default_4_21_2"],
            ["dakar2026:platform:Platform", "dakar2026-prod-platform-group"],
            ["random:index/randomString:RandomString", "dakar2026-prod-suffix"],
            ["pulumi:pulumi:Stack", "dakar2026-prod"],
        ]);
    });

    it("has the root stack and the default providers exactly as the plan engine writes them", () => {
        const stacks = ofType(plan3000, "pulumi:pulumi:Stack");
        expect(stacks).toEqual([
            {
                urn: "urn:pulumi:prod::dakar2026::pulumi:pulumi:Stack::dakar2026-prod",
                type: "pulumi:pulumi:Stack",
                name: "dakar2026-prod",
                custom: false,
                inputs: {},
                outputs: {},
                options: {
                    protect: false,
                    dependsOn: [],
                    ignoreChanges: [],
                    retainOnDelete: false,
                    deleteBeforeReplace: false,
                    aliases: [],
                    additionalSecretOutputs: [],
                },
                propertyDependencies: {},
            },
        ]);
        const providers = ofType(plan3000, "pulumi:providers:alicloud").concat(ofType(plan3000, "pulumi:providers:random"));
        expect(providers.map((p) => [p.urn, p.id, p.parent, p.inputs])).toEqual([
            [
                "urn:pulumi:prod::dakar2026::pulumi:providers:alicloud::dakar2026-prod-provider-dr",
                "dakar2026-prod-provider-dr-offline",
                stacks[0].urn,
                { region: "eu-west-1", version: "3.108.0" },
            ],
            [
                "urn:pulumi:prod::dakar2026::pulumi:providers:alicloud::default_3_108_0",
                "default_3_108_0-offline",
                stacks[0].urn,
                { region: "eu-central-1", version: "3.108.0" },
            ],
            [
                "urn:pulumi:prod::dakar2026::pulumi:providers:random::default_4_21_2",
                "default_4_21_2-offline",
                stacks[0].urn,
                { version: "4.21.2" },
            ],
        ]);
    });

    it("nests resources under component resources with the engine's URN form", () => {
        const vpc = ofType(plan3000, VPC)[0];
        expect(vpc.urn).toBe(
            "urn:pulumi:prod::dakar2026::dakar2026:network:Network$alicloud:vpc/network:Network::dakar2026-prod-net1-vpc",
        );
        expect(vpc.parent).toBe("urn:pulumi:prod::dakar2026::pulumi:pulumi:Stack$dakar2026:network:Network::dakar2026-prod-net1-group");
        const component = byUrn(plan3000).get(vpc.parent as string);
        expect(component).toMatchObject({ type: "dakar2026:network:Network", custom: false, inputs: {} });
        expect(component?.id).toBeUndefined();
    });

    it("names every stack, URN and environment tag after the stack it is asked for", () => {
        const plan = syntheticPlan({ resources: 400, stack: "staging" });
        expect([plan.project, plan.stack, plan.profile]).toEqual(["dakar2026", "staging", "staging"]);
        expect(plan.resources.filter((r) => !r.urn.startsWith("urn:pulumi:staging::dakar2026::"))).toEqual([]);
        const misnamed = plan.resources.filter((r) => !r.type.startsWith("pulumi:providers:") && !r.name.startsWith("dakar2026-staging"));
        expect(misnamed).toEqual([]);
        const environments = new Set(plan.resources.map((r) => (r.inputs.tags as Record<string, string> | undefined)?.environment));
        expect(environments.has("staging")).toBe(true);
        expect(environments.has("prod")).toBe(false);
    });

    it("is deterministic: the same seed gives byte-identical JSON, another seed another plan", () => {
        const a = planToJson(syntheticPlan({ resources: 2000, seed: 5 }));
        expect(planToJson(syntheticPlan({ resources: 2000, seed: 5 }))).toBe(a);
        expect(planToJson(syntheticPlan({ resources: 2000, seed: 6 }))).not.toBe(a);
    });
});

describe("syntheticPlan content", () => {
    it("declares every resource type the catalog reads once past its first pass", () => {
        const types = catalogResourceTypes();
        expect(types).toEqual([...new Set(catalog.flatMap((p) => p.meta.resourceTypes))].sort());
        for (const seed of [1, 2, 3]) {
            const present = new Set(syntheticPlan({ resources: 1000, seed }).resources.map((r) => r.type));
            expect(types.filter((t) => !present.has(t))).toEqual([]);
        }
    });

    it("joins vSwitches, security groups and flow logs to their VPC by dependency and by id", () => {
        for (const vsw of ofType(plan3000, VSWITCH)) {
            expect(vsw.inputs.vpcId).toBe(dependency(plan3000, vsw, "vpcId", VPC).id);
        }
        for (const sg of ofType(plan3000, SG)) {
            expect(sg.inputs.vpcId).toBe(dependency(plan3000, sg, "vpcId", VPC).id);
        }
        const flowLogs = ofType(plan3000, FLOW_LOG);
        expect(flowLogs.length).toBeGreaterThan(0);
        for (const fl of flowLogs) {
            expect(fl.inputs).toMatchObject({ resourceType: "VPC", resourceId: dependency(plan3000, fl, "resourceId", VPC).id });
        }
    });

    it("joins security group rules to their group, bucket ACLs to their bucket and scaling groups to their vSwitches", () => {
        for (const rule of ofType(plan3000, SG_RULE)) {
            expect(rule.inputs.securityGroupId).toBe(dependency(plan3000, rule, "securityGroupId", SG).id);
        }
        for (const acl of ofType(plan3000, BUCKET_ACL)) {
            expect(acl.inputs.bucket).toBe(dependency(plan3000, acl, "bucket", BUCKET).inputs.bucket);
        }
        const groups = ofType(plan3000, SCALING_GROUP);
        expect(groups.length).toBeGreaterThan(0);
        for (const g of groups) {
            const switches = g.propertyDependencies.vswitchIds.map((u) => byUrn(plan3000).get(u) as PlanResource);
            expect(switches.map((s) => s.type)).toEqual(switches.map(() => VSWITCH));
            expect([...(g.inputs.vswitchIds as string[])].sort()).toEqual(switches.map((s) => s.id).sort());
        }
    });

    it("passes generated secrets as redacted values that depend on a random.RandomPassword, and a few as plaintext", () => {
        const secretInputs: readonly [string, string][] = [
            ["alicloud:rds/rdsAccount:RdsAccount", "accountPassword"],
            ["alicloud:kvstore/instance:Instance", "password"],
            ["alicloud:kvstore/account:Account", "accountPassword"],
            ["alicloud:polardb/account:Account", "accountPassword"],
            ["alicloud:ecs/instance:Instance", "password"],
            ["alicloud:ess/scalingConfiguration:ScalingConfiguration", "password"],
            ["alicloud:ram/loginProfile:LoginProfile", "password"],
            ["alicloud:kms/secret:Secret", "secretData"],
        ];
        const set = secretInputs.flatMap(([type, prop]) =>
            ofType(plan3000, type)
                .filter((r) => r.inputs[prop] !== undefined)
                .map((r) => ({ r, prop })),
        );
        const generated = set.filter(({ r, prop }) => r.inputs[prop] === "[secret]");
        const plaintext = set.filter(({ r, prop }) => r.inputs[prop] !== "[secret]");
        expect(generated.length).toBeGreaterThan(plaintext.length);
        expect(plaintext.length).toBeGreaterThan(0);
        for (const { r, prop } of generated) dependency(plan3000, r, prop, "random:index/randomPassword:RandomPassword");
        expect(plaintext.filter(({ r, prop }) => r.propertyDependencies[prop] !== undefined)).toEqual([]);
        expect(plaintext.filter(({ r, prop }) => !/^Dakar-[0-9a-f]{6}!$/.test(r.inputs[prop] as string))).toEqual([]);
    });

    it("mixes compliant and non-compliant values", () => {
        const values = (type: string, prop: string): unknown[] =>
            [...new Set(ofType(plan3000, type).map((r) => r.inputs[prop]))].sort();
        expect(values(BUCKET_ACL, "acl")).toEqual(["private", "public-read"]);
        expect(values(SG, "securityGroupType")).toEqual(["enterprise", "normal"]);
        expect(values(BUCKET, "redundancyType")).toEqual(["LRS", "ZRS"]);
        expect(values("alicloud:kms/key:Key", "automaticRotation")).toEqual(["Disabled", "Enabled"]);
        expect(values("alicloud:oss/bucketVersioning:BucketVersioning", "status")).toEqual(["Enabled", "Suspended"]);
    });

    it("tags taggable resources with the seven mandatory keys, leaving a few out or wrong", () => {
        const tagged = plan3000.resources.filter((r) => TAGGABLE_TYPES.includes(r.type) && r.inputs.tags !== undefined);
        expect(tagged.length).toBeGreaterThan(500);
        const tags = tagged.map((r) => r.inputs.tags as Record<string, string>);
        expect(tags.filter((t) => Object.keys(t).some((k) => !TAG_KEYS.includes(k)))).toEqual([]);
        expect(tags.filter((t) => t.project !== "dakar2026" || t["managed-by"] !== "pulumi")).toEqual([]);
        const complete = tags.filter((t) => Object.keys(t).length === TAG_KEYS.length && t.environment === "prod");
        expect(complete.length / tags.length).toBeGreaterThan(0.85);
        expect(complete.length).toBeLessThan(tags.length);
    });
});

describe("syntheticPlan through the audit", () => {
    let dir: string;

    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "synthetic-test-"));
    });

    afterAll(() => {
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("is read back from its JSON file unchanged for every cloud resource", () => {
        const plan = syntheticPlan({ resources: 500, seed: 3 });
        const file = path.join(dir, "plan.json");
        fs.writeFileSync(file, planToJson(plan));
        const read = readPlanFile(file);
        expect(read.resources.map((r) => r.urn)).toEqual(plan.resources.map((r) => r.urn));
        expect(read.resources.filter((r) => r.custom)).toEqual(plan.resources.filter((r) => r.custom));
        expect([read.project, read.stack, read.profile]).toEqual(["dakar2026", "prod", "prod"]);
    });

    it("is audited by the whole catalog without a policy failing, and the reference joins find what the plan holds", async () => {
        const run = await auditPlan(plan3000, "prod", "en", "2026-03-01");
        const findings = run.result.findings;
        expect(findings.filter((f) => f.message.en.startsWith("can't run policy"))).toEqual([]);
        const known = byUrn(plan3000);
        expect(findings.filter((f) => !known.has(f.urn))).toEqual([]);
        const flagged = (policy: string): string[] => findings.filter((f) => f.policy === policy).map((f) => f.urn).sort();
        const withFlowLog = new Set(ofType(plan3000, FLOW_LOG).flatMap((fl) => fl.propertyDependencies.resourceId));
        const vpcsWithout = ofType(plan3000, VPC).filter((v) => !withFlowLog.has(v.urn));
        expect(vpcsWithout.length).toBeGreaterThan(0);
        expect(flagged("vpc-flow-logs-enabled")).toEqual(vpcsWithout.map((v) => v.urn).sort());
        const attached = new Set(ofType(plan3000, EIP_ASSOCIATION).flatMap((a) => a.propertyDependencies.allocationId));
        const eipsWithout = ofType(plan3000, EIP).filter((e) => !attached.has(e.urn));
        expect(eipsWithout.length).toBeGreaterThan(0);
        expect(flagged("eip-attached")).toEqual(eipsWithout.map((e) => e.urn).sort());
        expect(new Set(findings.map((f) => f.policy)).size).toBeGreaterThan(60);
    });
});
