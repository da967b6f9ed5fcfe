import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { overlaps, parseCidr } from "../../infra/cidr";
import { PROFILES, ProfileName } from "../../infra/profiles";
import { TAGGABLE_TYPES } from "../../policies/rules/governance/taggable-types";
import { readWaiverFile } from "../../policies/lib/waivers";
import { auditPlan } from "../../tools/audit/run";
import { planToJson } from "../../tools/plan/engine";
import { OFFLINE_SECRET_PLACEHOLDER, readStackConfig } from "../../tools/plan/stack-config";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";

const ROOT = path.resolve(__dirname, "..", "..");
const STACKS = ["dev", "staging", "prod"] as const;
const TAG_KEYS = ["component", "cost-centre", "data-classification", "environment", "managed-by", "owner", "project"];

const plans = new Map<string, Plan>();

// Three full plans: on a loaded two-core machine they take longer than Jest's default 5 s hook limit.
beforeAll(async () => {
    for (const s of STACKS) plans.set(s, await planIsolated(s));
}, 120_000);

const plan = (s: string): Plan => plans.get(s) as Plan;
const ofType = (p: Plan, type: string): PlanResource[] => p.resources.filter((r) => r.type === type);

describe.each(STACKS)("offline plan of %s", (stack) => {
    const profile = PROFILES[stack as ProfileName];

    it("spans exactly the profile's zones with one vSwitch per tier and zone", () => {
        const switches = ofType(plan(stack), "alicloud:vpc/switch:Switch");
        const zones = [...new Set(switches.map((s) => s.inputs.zoneId))].sort();
        expect(zones).toEqual(["eu-central-1a", "eu-central-1b", "eu-central-1c"].slice(0, profile.zoneCount));
        expect(switches).toHaveLength(3 * profile.zoneCount);
        expect(plan(stack).outputs.zones).toEqual(zones);
    });

    it("keeps every vSwitch inside the VPC and apart from the others", () => {
        const vpc = parseCidr(ofType(plan(stack), "alicloud:vpc/network:Network")[0].inputs.cidrBlock as string);
        const cidrs = ofType(plan(stack), "alicloud:vpc/switch:Switch").map((s) => parseCidr(s.inputs.cidrBlock as string));
        for (const c of cidrs) {
            expect(c && vpc && overlaps({ base: vpc.address, prefix: vpc.prefix }, { base: c.address, prefix: c.prefix })).toBe(true);
        }
        for (let i = 0; i < cidrs.length; i++) {
            for (let j = i + 1; j < cidrs.length; j++) {
                const [a, b] = [cidrs[i], cidrs[j]];
                expect(a && b && overlaps({ base: a.address, prefix: a.prefix }, { base: b.address, prefix: b.prefix })).toBe(false);
            }
        }
    });

    it("tags every taggable resource with the seven mandatory tags", () => {
        const taggable = plan(stack).resources.filter((r) => TAGGABLE_TYPES.includes(r.type));
        expect(taggable.length).toBeGreaterThan(10);
        const missing = taggable.filter((r) => {
            const tags = (r.inputs.tags ?? {}) as Record<string, string>;
            return JSON.stringify(Object.keys(tags).sort()) !== JSON.stringify(TAG_KEYS) || tags.environment !== stack;
        });
        expect(missing.map((r) => r.name)).toEqual([]);
    });

    it("opens nothing to the internet but the edge listener ports", () => {
        const open = ofType(plan(stack), "alicloud:ecs/securityGroupRule:SecurityGroupRule")
            .filter((r) => r.inputs.cidrIp === "0.0.0.0/0" || r.inputs.ipv6CidrIp === "::/0")
            .map((r) => `${r.inputs.ipProtocol} ${r.inputs.portRange}`)
            .sort();
        expect(open).toEqual(["tcp 443/443", "tcp 80/80"]);
    });

    it("protects the stateful resources exactly when the profile says so", () => {
        const protectedNames = plan(stack)
            .resources.filter((r) => r.options.protect)
            .map((r) => r.name)
            .sort();
        const expected = profile.protect
            ? [
                  `dakar2026-${stack}-network-eip-nat`,
                  `dakar2026-${stack}-network-flowlog-project`,
                  `dakar2026-${stack}-network-flowlog-store`,
                  `dakar2026-${stack}-network-nat`,
                  `dakar2026-${stack}-suffix`,
              ]
            : [];
        expect(protectedNames).toEqual(expected);
        const nat = ofType(plan(stack), "alicloud:vpc/natGateway:NatGateway")[0];
        expect(nat.inputs.deletionProtection).toBe(profile.protect);
    });

    it("records parents, dependencies and property dependencies", () => {
        const p = plan(stack);
        const flowLog = ofType(p, "alicloud:vpc/flowLog:FlowLog")[0];
        const vpc = ofType(p, "alicloud:vpc/network:Network")[0];
        const component = ofType(p, "dakar2026:network:Network")[0];
        expect(flowLog.parent).toBe(component.urn);
        expect(component.parent).toBe(`urn:pulumi:${stack}::dakar2026::pulumi:pulumi:Stack::dakar2026-${stack}`);
        expect(flowLog.propertyDependencies.resourceId).toEqual([vpc.urn]);
        expect(flowLog.inputs.resourceId).toBe(vpc.id);
        const snat = ofType(p, "alicloud:vpc/snatEntry:SnatEntry")[0];
        expect(snat.options.dependsOn).toEqual([ofType(p, "alicloud:ecs/eipAssociation:EipAssociation")[0].urn]);
    });

    it("includes the default providers with the stack's provider config", () => {
        const provider = ofType(plan(stack), "pulumi:providers:alicloud")[0];
        expect(provider.name).toBe("default_3_108_0");
        expect(provider.inputs).toEqual({ region: "eu-central-1", version: "3.108.0" });
    });

    it("passes every mandatory guardrail of its environment (waived findings stay visible)", async () => {
        const run = await auditPlan(plan(stack), stack, "en", "2026-11-26");
        const blocking = run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived);
        expect(blocking.map((f) => `${f.policy} ${f.name}`)).toEqual([]);
        const waived = run.result.findings.filter((f) => f.waived).map((f) => f.policy);
        expect(new Set(waived)).toEqual(
            new Set(stack === "prod" ? ["data-residency", "actiontrail-enabled", "sls-logstore-encrypt-key-origin-check"] : ["data-residency", "actiontrail-enabled"]),
        );
    });
});

describe("across stacks", () => {
    it("uses VPC CIDRs that do not overlap, ready to be peered with Senum's network", () => {
        const cidrs = STACKS.map((s) => parseCidr(readStackConfig(ROOT, s).values["dakar2026:vpcCidr"]));
        for (let i = 0; i < cidrs.length; i++) {
            for (let j = i + 1; j < cidrs.length; j++) {
                const [a, b] = [cidrs[i], cidrs[j]];
                expect(a && b && overlaps({ base: a.address, prefix: a.prefix }, { base: b.address, prefix: b.prefix })).toBe(false);
            }
        }
    });

    it("counts resources per stack", () => {
        expect(STACKS.map((s) => plan(s).resources.length)).toEqual([31, 31, 38]);
    });

    it("is deterministic: planning the same stack twice gives byte-identical JSON", async () => {
        const again = await planIsolated("prod");
        expect(planToJson(again)).toBe(planToJson(plan("prod")));
    });

    it("fails the audit when a plan is broken on purpose", async () => {
        const p = plan("prod");
        const sg = ofType(p, "alicloud:ecs/securityGroup:SecurityGroup").find((r) => r.name.endsWith("sg-data")) as PlanResource;
        const ssh: PlanResource = {
            ...ofType(p, "alicloud:ecs/securityGroupRule:SecurityGroupRule")[0],
            urn: "urn:pulumi:prod::dakar2026::alicloud:ecs/securityGroupRule:SecurityGroupRule::ssh-from-anywhere",
            name: "ssh-from-anywhere",
            inputs: { securityGroupId: sg.id, type: "ingress", ipProtocol: "tcp", portRange: "22/22", cidrIp: "0.0.0.0/0", policy: "accept" },
        };
        const unprotected = p.resources.map((r) =>
            r.type === "alicloud:log/project:Project" ? { ...r, options: { ...r.options, protect: false } } : r,
        );
        const run = await auditPlan({ ...p, resources: [...unprotected, ssh] }, "prod", "en", "2026-11-26");
        const blocking = run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived);
        expect(blocking.map((f) => `${f.policy} ${f.name}`).sort()).toEqual([
            "ecs-security-group-not-internet-cidr-access ssh-from-anywhere",
            "ecs-security-group-white-list-port-check ssh-from-anywhere",
            "sg-no-risky-ports-from-internet ssh-from-anywhere",
            "stateful-resources-protected dakar2026-prod-network-flowlog-project",
        ]);
        expect(blocking.find((f) => f.policy === "sg-no-risky-ports-from-internet")?.message.en).toBe(
            "Ingress tcp 22/22 from 0.0.0.0/0 exposes port(s) 22 to the internet.",
        );
    });

    it("keeps the waivers file valid", () => {
        expect(readWaiverFile(path.join(ROOT, "policies", "waivers.json")).length).toBe(3);
    });
});

describe("preview mode", () => {
    it("leaves ids and provider outputs unknown, and the audit turns checks that read them into advisories", async () => {
        const p = await planIsolated("dev", { preview: true });
        const snat = ofType(p, "alicloud:vpc/snatEntry:SnatEntry")[0];
        expect(snat.inputs.snatTableId).toBe("04da6b54-80e4-46f7-96ec-b56ff0331ba9");
        expect(snat.id).toBeUndefined();
        expect(p.outputs.vpcId).toBe("04da6b54-80e4-46f7-96ec-b56ff0331ba9");
        const run = await auditPlan(p, "dev", "en", "2026-11-26");
        expect(run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived)).toEqual([]);
        const sgVpc = run.result.findings.filter((f) => f.policy === "security-group-vpc-required").map((f) => f.message.en);
        expect(sgVpc).toEqual(
            ["app", "data", "edge"].map(
                () => "can't run policy 'security-group-vpc-required' during preview: string value at .vpcId can't be known during preview",
            ),
        );
    });
});

describe("secret redaction", () => {
    const fixture = path.join(__dirname, "..", "fixtures", "secrets");
    let p: Plan;
    let json: string;
    beforeAll(async () => {
        p = await planIsolated("secrets", { root: fixture });
        json = planToJson(p);
    }, 60_000);

    it("writes config secrets, generated passwords and secret outputs as [secret]", () => {
        const cache = p.resources.find((r) => r.type === "alicloud:kvstore/instance:Instance") as PlanResource;
        const account = p.resources.find((r) => r.type === "alicloud:kvstore/account:Account") as PlanResource;
        const password = p.resources.find((r) => r.type === "random:index/randomPassword:RandomPassword") as PlanResource;
        expect(cache.inputs.password).toBe("[secret]");
        expect(cache.outputs.password).toBe("[secret]");
        expect(account.inputs.accountPassword).toBe("[secret]");
        expect(password.outputs.result).toBe("[secret]");
        expect(p.outputs).toEqual({ cacheId: cache.id, configPassword: "[secret]", generatedPassword: "[secret]" });
    });

    it("gives the root stack resource the stack outputs, secrets redacted, as the engine's state does", () => {
        const root = p.resources.find((r) => r.type === "pulumi:pulumi:Stack") as PlanResource;
        expect(root.outputs).toEqual(p.outputs);
        expect(root.outputs.configPassword).toBe("[secret]");
    });

    it("never lets a secret value into the JSON", () => {
        expect(json).not.toContain(OFFLINE_SECRET_PLACEHOLDER);
        expect(json).not.toMatch(/"result": "(?!\[secret\])/);
    });
});

describe("command line", () => {
    let stderr: string[];
    let stdout: string[];
    beforeEach(() => {
        stderr = [];
        stdout = [];
        jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (stderr.push(String(s)), true));
        jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (stdout.push(String(s)), true));
    });
    afterEach(() => jest.restoreAllMocks());

    const cli = async (...argv: string[]): Promise<number> => {
        let code = -1;
        await jest.isolateModulesAsync(async () => {
            const { main } = (await import("../../tools/cli")) as typeof import("../../tools/cli");
            code = await main(argv);
        });
        return code;
    };

    it("lists the stacks and exits 2 on an unknown stack", async () => {
        expect(await cli("plan", "--stack", "qa")).toBe(2);
        expect(stderr.join("")).toBe('error: unknown stack "qa"; stacks: dev, prod, staging\n');
    });

    it("prints the settings error without a stack trace and exits 2", async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-"));
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(tmp, "Pulumi.yaml"));
        fs.mkdirSync(path.join(tmp, "stacks"));
        fs.writeFileSync(
            path.join(tmp, "stacks", "Pulumi.broken.yaml"),
            "config:\n  alicloud:region: eu-central-1\n  dakar2026:profile: prod\n  dakar2026:vpcCidr: 10.130.0.0/16\n" +
                "  dakar2026:zones: [eu-central-1a, eu-central-1a, eu-central-1b]\n",
        );
        fs.symlinkSync(path.join(ROOT, "infra"), path.join(tmp, "infra"));
        expect(await cli("plan", "--stack", "broken", "--root", tmp)).toBe(2);
        expect(stderr.join("")).toBe('error: dakar2026:zones lists "eu-central-1a" twice; each zone may appear once\n');
    });

    it("writes the plan JSON and prints the summary", async () => {
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-")), "plan-prod.json");
        expect(await cli("plan", "--stack", "prod", "--json", out)).toBe(0);
        const written = JSON.parse(fs.readFileSync(out, "utf8")) as Plan;
        expect(written.resources).toHaveLength(38);
        expect(Object.keys(written.resources[0])).toEqual(["custom", "id", "inputs", "name", "options", "outputs", "parent", "propertyDependencies", "type", "urn"]);
        expect(stdout.join("")).toContain('Offline plan of stack "prod" (profile prod, project dakar2026): 37 resources');
    });

    it("rejects an unknown format, a plan without --env and malformed JSON with exit 2", async () => {
        expect(await cli("audit", "--stack", "dev", "--format", "pdf")).toBe(2);
        expect(stderr[0]).toBe('error: --format "pdf" is not one of table, json, markdown, html, sarif, junit\n');
        stderr.length = 0;
        expect(await cli("audit", "--plan", "x.json")).toBe(2);
        expect(stderr[0]).toBe("error: --plan needs --env <environment> to pick the pack configuration\n");
        const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-")), "bad.json");
        fs.writeFileSync(bad, "{ not json");
        stderr.length = 0;
        expect(await cli("audit", "--plan", bad, "--env", "prod")).toBe(2);
        expect(stderr[0]).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not valid JSON: `));
        stderr.length = 0;
        expect(await cli("audit", "--plan", bad, "--env", "qa")).toBe(2);
    });

    it("audits an exported plan file and exits 0 when nothing blocks", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-"));
        fs.writeFileSync(path.join(dir, "plan.json"), planToJson(plan("prod")));
        expect(await cli("audit", "--plan", path.join(dir, "plan.json"), "--env", "prod", "--format", "json", "--out", path.join(dir, "a.json"), "--today", "2026-11-26")).toBe(0);
        const report = JSON.parse(fs.readFileSync(path.join(dir, "a.json"), "utf8")) as { findings: { waived: boolean }[] };
        expect(report.findings.filter((f) => !f.waived)).toEqual([]);
    });
});
