/**
 * The offline plan of every stack of the repository: the real program (infra/index.ts) under the
 * mock runtime. What must hold of each plan whatever the stack's settings (layout, tags, names,
 * protection, exposure, the wiring between layers, guardrails), that planning is deterministic and
 * keeps secrets out, that preview leaves unknowns unknown, and the command line around it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { contains, networkOf, overlaps, parseCidr } from "../../infra/core/cidr";
import { componentName } from "../../infra/core/names";
import { KEY_SERVICES } from "../../infra/keys/outputs";
import { TIERS } from "../../infra/network/outputs";
import { LAYER_NEEDS, layerConfig, parseSettings, Settings } from "../../infra/settings";
import { findWaiver, readWaiverFile } from "../../policies/lib/waivers";
import { auditPlan } from "../../tools/audit/run";
import { networkDiagram } from "../../tools/diagram";
import { planToJson } from "../../tools/plan/engine";
import { summarisePlan } from "../../tools/plan/summary";
import { OFFLINE_SECRET_PLACEHOLDER, readStackConfig } from "../../tools/plan/stack-config";
import { Plan, PlanResource, REDACTED, UNKNOWN } from "../../tools/plan/types";
import { fromPlan, identityFaults, internetOpenings, nameFaults, protectionFaults, tagFaults, unclassified } from "../support/invariants";
import { planIsolated } from "../support/plan";
import { TEST_TODAY } from "../support/policy";
import { ROOT, STACKS, stacksDeploying } from "../support/settings";

/** Planning runs the whole program per stack; on a busy machine that takes longer than Jest's default 5 s. */
const PLANNING = 120_000;

const plans = new Map<string, Plan>();
const settingsOf = (stack: string): Settings => parseSettings(readStackConfig(ROOT, stack).values, stack);

// Three full plans: on a loaded two-core machine they take longer than Jest's default 5 s hook limit.
beforeAll(async () => {
    for (const s of STACKS) plans.set(s, await planIsolated(s));
}, PLANNING * STACKS.length);

const plan = (s: string): Plan => plans.get(s) as Plan;
const ofType = (p: Plan, type: string): PlanResource[] => p.resources.filter((r) => r.type === type);
const cidr = (text: unknown): ReturnType<typeof networkOf> => {
    const p = typeof text === "string" ? parseCidr(text) : undefined;
    if (!p) throw new Error(`${String(text)} is not a CIDR`);
    return networkOf(p.address, p.prefix);
};

describe.each(STACKS)("offline plan of %s", (stack) => {
    const settings = settingsOf(stack);
    const { core } = settings;

    it("plans the stack's profile and zones, and builds exactly the layers it deploys", () => {
        expect(plan(stack).outputs.zones).toEqual(core.zones);
        expect(plan(stack).profile).toBe(core.profile.name);
        const components = plan(stack).resources.filter((r) => /^dakar2026:[a-z]+:[A-Z]/.test(r.type)).map((r) => r.type.split(":")[1]);
        expect(components.sort()).toEqual([...settings.layers.deployed].sort());
    });

    it("tags, names and identifies every resource, and protects every stateful one (the random suffix too) as the profile says", () => {
        const resources = plan(stack).resources.map(fromPlan);
        expect(tagFaults(resources, core)).toEqual([]);
        expect(nameFaults(resources, core.environment)).toEqual([]);
        expect(protectionFaults(resources, core.profile.protect)).toEqual([]);
        expect(identityFaults(resources)).toEqual([]);
        expect(unclassified(resources)).toEqual([]);
        // The environment's suffix lives in the stack that deploys the keys; the others read it.
        const owner = settings.layers.deployed.includes("keys");
        expect(ofType(plan(stack), "random:index/randomString:RandomString").map((r) => r.name)).toEqual(owner ? [componentName(core, "suffix")] : []);
        expect("uniqueSuffix" in plan(stack).outputs).toBe(owner);
    });

    it("includes a default provider for each package its resources use, at the installed versions, with the stack's provider config", () => {
        const used = [...new Set(plan(stack).resources.filter((r) => r.custom && !r.type.startsWith("pulumi:")).map((r) => r.type.split(":")[0]))].sort();
        // A stack that reads others also gets the engine's built-in provider, through which it reads them.
        const builtin = settings.layers.deployed.length < Object.keys(LAYER_NEEDS).length && Object.keys(settings.layers.references).length > 0 ? ["pulumi:providers:pulumi"] : [];
        expect(plan(stack).resources.filter((r) => r.type.startsWith("pulumi:providers:")).map((r) => r.type).sort()).toEqual([...used.map((pkg) => `pulumi:providers:${pkg}`), ...builtin].sort());
        for (const pkg of used) {
            const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "@pulumi", pkg, "package.json"), "utf8")) as { version: string };
            const [provider, ...more] = ofType(plan(stack), `pulumi:providers:${pkg}`);
            expect(more).toEqual([]);
            expect(provider.name).toBe(`default_${version.replace(/\./g, "_")}`);
            expect(provider.inputs.version).toBe(version);
        }
        expect(ofType(plan(stack), "pulumi:providers:alicloud")[0].inputs.region).toBe(core.region);
    });

    it("passes every mandatory guardrail of its profile, on a pinned date", async () => {
        const run = await auditPlan(plan(stack), plan(stack).profile, "en", TEST_TODAY);
        const blocking = run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived);
        expect(blocking.map((f) => `${f.policy} ${f.name}`)).toEqual([]);
    });

describe.each(stacksDeploying("network"))("the network in the offline plan of %s", (stack) => {
    const settings = settingsOf(stack);
    const { core } = settings;

    it("spans the stack's zones with one vSwitch per tier and zone, and says so in its outputs", () => {
        const switches = ofType(plan(stack), "alicloud:vpc/switch:Switch");
        expect([...new Set(switches.map((s) => s.inputs.zoneId))].sort()).toEqual([...core.zones].sort());
        expect(switches).toHaveLength(TIERS.length * core.zones.length);
        expect(plan(stack).outputs.zones).toEqual(core.zones);
        expect(plan(stack).profile).toBe(core.profile.name);
    });

    it("keeps every vSwitch inside the VPC and apart from the others", () => {
        const vpc = cidr(ofType(plan(stack), "alicloud:vpc/network:Network")[0].inputs.cidrBlock);
        const switches = ofType(plan(stack), "alicloud:vpc/switch:Switch").map((s) => cidr(s.inputs.cidrBlock));
        for (const c of switches) expect(contains(vpc, c)).toBe(true);
        for (let i = 0; i < switches.length; i++) {
            for (let j = i + 1; j < switches.length; j++) expect(overlaps(switches[i], switches[j])).toBe(false);
        }
    });

    it("opens nothing to the internet but the edge listener ports, on the edge group", () => {
        const edge = (plan(stack).outputs.securityGroupIds as Record<string, string>).edge;
        const { edgeListeners } = layerConfig(settings, "network").ports;
        expect(internetOpenings(plan(stack).resources.map(fromPlan))).toEqual(edgeListeners.map((p) => `${edge} tcp ${p}/${p}`).sort());
    });

    it("encrypts the flow logs with the keys layer's logs key, through the role only Log Service assumes", () => {
        const p = plan(stack);
        const flowLog = ofType(p, "alicloud:vpc/flowLog:FlowLog")[0];
        const store = ofType(p, "alicloud:log/store:Store").find((s) => s.inputs.logstoreName === flowLog.inputs.logStoreName) as PlanResource;
        const info = (store.inputs.encryptConf as { userCmkInfo: Record<string, unknown> }).userCmkInfo;
        expect(info.cmkKeyId).toBe((p.outputs.kmsKeyIds as Record<string, string>).logs);
        const role = ofType(p, "alicloud:ram/role:Role").find((r) => r.outputs.arn === info.arn) as PlanResource;
        expect(role).toBeDefined();
        const trust = JSON.parse(role.inputs.assumeRolePolicyDocument as string) as { Statement: { Principal: { Service: string[] } }[] };
        expect(trust.Statement.flatMap((s) => s.Principal.Service)).toEqual([KEY_SERVICES.log.principal]);
        expect(store.propertyDependencies.encryptConf).toEqual(
            expect.arrayContaining([ofType(p, "alicloud:kms/key:Key").find((k) => k.id === info.cmkKeyId)?.urn, role.urn]),
        );
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

});
});

describe("across stacks", () => {
    it("uses VPC CIDRs that do not overlap, ready to be peered with Senum's network", () => {
        // One VPC per stack that deploys the network, except a single stack being moved into layer
        // stacks: its VPC is the one its successor deploys (the same resource, moved).
        const vpcStacks = STACKS.filter((s) => settingsOf(s).layers.deployed.includes("network") && settingsOf(s).layers.supersededBy.length === 0);
        expect(vpcStacks.length).toBeGreaterThan(1);
        const cidrs = vpcStacks.map((s) => cidr(layerConfig(settingsOf(s), "network").vpcCidr));
        for (let i = 0; i < cidrs.length; i++) {
            for (let j = i + 1; j < cidrs.length; j++) expect(overlaps(cidrs[i], cidrs[j])).toBe(false);
        }
    });

    it.each(STACKS.filter((s) => fs.existsSync(path.join(__dirname, "..", "fixtures", "urns-before-reshape", `${s}.txt`))))(
        "plans for %s every URN planned before the reshape into rooms, or an alias of it; only the pre-keys flow-log store may go, where the stack does not keep it",
        (stack) => {
            const before = fs.readFileSync(path.join(__dirname, "..", "fixtures", "urns-before-reshape", `${stack}.txt`), "utf8").split("\n").filter((l) => l !== "");
            const now = new Set(plan(stack).resources.flatMap((r) => [r.urn, ...r.options.aliases]));
            const { core } = settingsOf(stack);
            const network = layerConfig(settingsOf(stack), "network");
            const oldStore = `urn:pulumi:${stack}::dakar2026::dakar2026:network:Network$alicloud:log/store:Store::${componentName(core, "network")}-flowlog-store`;
            const mayGo = network.legacyFlowLogStoreUntil === undefined ? [oldStore] : [];
            expect(before.filter((u) => !now.has(u) && !mayGo.includes(u))).toEqual([]);
        },
    );

    it("keeps every waiver pointed at something a stack plans, so none is left behind by a change", () => {
        const waivers = readWaiverFile(path.join(ROOT, "policies", "waivers.json"));
        const urns = STACKS.flatMap((s) => plan(s).resources.map((r) => r.urn));
        const stale = waivers.filter((w) => !urns.some((u) => findWaiver([w], w.policy, u, w.expires) !== undefined)).map((w) => `${w.policy} ${w.resource}`);
        expect(stale).toEqual([]);
    });

    it("is deterministic: planning the same stack twice gives byte-identical JSON", async () => {
        const stack = STACKS[STACKS.length - 1];
        const again = await planIsolated(stack);
        expect(planToJson(again)).toBe(planToJson(plan(stack)));
    }, PLANNING);

    it("fails the audit when a plan is broken on purpose", async () => {
        const stack = STACKS.find((s) => settingsOf(s).core.profile.protect) as string;
        const p = plan(stack);
        const sg = ofType(p, "alicloud:ecs/securityGroup:SecurityGroup").find((r) => r.name.endsWith("sg-data")) as PlanResource;
        const ssh: PlanResource = {
            ...ofType(p, "alicloud:ecs/securityGroupRule:SecurityGroupRule")[0],
            urn: `urn:pulumi:${stack}::dakar2026::alicloud:ecs/securityGroupRule:SecurityGroupRule::ssh-from-anywhere`,
            name: "ssh-from-anywhere",
            inputs: { securityGroupId: sg.id, type: "ingress", ipProtocol: "tcp", portRange: "22/22", cidrIp: "0.0.0.0/0", policy: "accept" },
        };
        const project = ofType(p, "alicloud:log/project:Project")[0];
        const unprotected = p.resources.map((r) => (r === project ? { ...r, options: { ...r.options, protect: false } } : r));
        const blockingOf = async (q: Plan): Promise<string[]> =>
            (await auditPlan(q, q.profile, "en", TEST_TODAY)).result.findings
                .filter((f) => f.enforcement === "mandatory" && !f.waived)
                .map((f) => `${f.policy} ${f.name}`);
        // Exactly what the breakage adds to what the intact plan already finds.
        const before = await blockingOf(p);
        const run = await auditPlan({ ...p, resources: [...unprotected, ssh] }, p.profile, "en", TEST_TODAY);
        const blocking = run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived);
        expect(blocking.map((f) => `${f.policy} ${f.name}`).sort()).toEqual(
            [
                ...before,
                "ecs-security-group-not-internet-cidr-access ssh-from-anywhere",
                "ecs-security-group-white-list-port-check ssh-from-anywhere",
                "sg-no-risky-ports-from-internet ssh-from-anywhere",
                `stateful-resources-protected ${project.name}`,
            ].sort(),
        );
        expect(blocking.find((f) => f.policy === "sg-no-risky-ports-from-internet")?.message.en).toBe(
            "Ingress tcp 22/22 from 0.0.0.0/0 exposes port(s) 22 to the internet.",
        );
    });
});

describe("network diagram", () => {
    const mermaidId = (r: PlanResource): string => r.name.replace(/[^A-Za-z0-9]/g, "_");

    it.each(stacksDeploying("network"))("of %s draws the NAT gateway inside the VPC, in its vSwitch's tier, and the stack's egress IP", (stack) => {
        const p = plan(stack);
        const lines = networkDiagram(p).split("\n");
        /** The line opening the innermost subgraph around line i. */
        const enclosing = (i: number): number => {
            for (let j = i - 1, depth = 0; j >= 0; j--) {
                const t = lines[j].trim();
                if (t === "end") depth++;
                else if (t.startsWith("subgraph ") && depth-- === 0) return j;
            }
            return -1;
        };
        const declaration = (r: PlanResource): number => lines.findIndex((l) => l.trim().startsWith(`${mermaidId(r)}[`));
        const nat = ofType(p, "alicloud:vpc/natGateway:NatGateway")[0];
        const natSwitch = ofType(p, "alicloud:vpc/switch:Switch").find((s) => s.id === nat.inputs.vswitchId) as PlanResource;
        const tier = enclosing(declaration(nat));
        expect(lines[tier]).toMatch(/^ {8}subgraph tier_edge\[/);
        expect(enclosing(declaration(natSwitch))).toBe(tier);
        expect(lines[enclosing(tier)]).toContain(`["VPC ${String(ofType(p, "alicloud:vpc/network:Network")[0].inputs.vpcName)} `);
        expect(lines).toContain(`    ${mermaidId(nat)} --> ${mermaidId(ofType(p, "alicloud:ecs/eipAddress:EipAddress")[0])}(["egress IP ${String(p.outputs.egressIp)}, ${layerConfig(settingsOf(stack), "network").profile.natEipBandwidthMbps} Mbit/s"]) --> internet`);
    });
});

describe("preview mode", () => {
    it("shows values only a deployment knows as (known after deploy) in the summary and the diagram, never the engine's marker", async () => {
        const p = await planIsolated(STACKS[0], { preview: true });
        expect(planToJson(p)).toContain(UNKNOWN);
        for (const text of [summarisePlan(p), networkDiagram(p)]) {
            expect(text).not.toContain(UNKNOWN);
            expect(text).toContain("(known after deploy)");
        }
        expect(summarisePlan(p)).toContain("  vpcId: (known after deploy)\n");
        expect(networkDiagram(p)).toContain('(["egress IP (known after deploy),');
    }, PLANNING);

    it("leaves ids and provider outputs unknown, and the audit turns checks that read them into advisories", async () => {
        const stack = STACKS[0];
        const p = await planIsolated(stack, { preview: true });
        const snat = ofType(p, "alicloud:vpc/snatEntry:SnatEntry")[0];
        expect(snat.inputs.snatTableId).toBe(UNKNOWN);
        expect(snat.id).toBeUndefined();
        expect(p.outputs.vpcId).toBe(UNKNOWN);
        const run = await auditPlan(p, p.profile, "en", TEST_TODAY);
        expect(run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived)).toEqual([]);
        const sgVpc = run.result.findings.filter((f) => f.policy === "security-group-vpc-required").map((f) => f.message.en);
        expect(sgVpc).toEqual(
            TIERS.map(() => "can't run policy 'security-group-vpc-required' during preview: string value at .vpcId can't be known during preview"),
        );
    }, PLANNING);
});

describe("secret redaction", () => {
    const fixture = path.join(__dirname, "..", "fixtures", "secrets");
    let p: Plan;
    let json: string;
    beforeAll(async () => {
        p = await planIsolated("secrets", { root: fixture });
        json = planToJson(p);
    }, PLANNING);

    it("writes config secrets, generated passwords and secret outputs as [secret]", () => {
        const cache = p.resources.find((r) => r.type === "alicloud:kvstore/instance:Instance") as PlanResource;
        const account = p.resources.find((r) => r.type === "alicloud:kvstore/account:Account") as PlanResource;
        const password = p.resources.find((r) => r.type === "random:index/randomPassword:RandomPassword") as PlanResource;
        expect(cache.inputs.password).toBe(REDACTED);
        expect(cache.outputs.password).toBe(REDACTED);
        expect(account.inputs.accountPassword).toBe(REDACTED);
        expect(password.outputs.result).toBe(REDACTED);
        expect(p.outputs).toEqual({ cacheId: cache.id, configPassword: REDACTED, generatedPassword: REDACTED });
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
        expect(stderr.join("")).toBe(`error: unknown stack "qa"; stacks: ${STACKS.join(", ")}\n`);
    });

    it("prints a settings error in one line, without a stack trace, and exits 2", async () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-"));
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(tmp, "Pulumi.yaml"));
        fs.mkdirSync(path.join(tmp, "stacks"));
        fs.writeFileSync(
            path.join(tmp, "stacks", "Pulumi.broken.yaml"),
            "config:\n  alicloud:region: eu-central-1\n  dakar2026:profile: prod\n  dakar2026:vpcCidr: 10.130.0.0/16\n" +
                "  dakar2026:zones: [eu-central-1a, eu-central-1a, eu-central-1b]\n  dakar2026:appImageId: m-gw8test0app0image0001\n" +
                "  dakar2026:certificateId: \"14276310\"\n  dakar2026:domain: dakar2026.senum.sn\n",
        );
        fs.symlinkSync(path.join(ROOT, "infra"), path.join(tmp, "infra"));
        expect(await cli("plan", "--stack", "broken", "--root", tmp)).toBe(2);
        expect(stderr.join("")).toBe('error: dakar2026:zones lists "eu-central-1a" twice; each zone may appear once\n');
    }, PLANNING);

    it("writes the plan JSON and prints the summary", async () => {
        const stack = STACKS[STACKS.length - 1];
        const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-")), `plan-${stack}.json`);
        expect(await cli("plan", "--stack", stack, "--json", out)).toBe(0);
        const written = JSON.parse(fs.readFileSync(out, "utf8")) as Plan;
        expect(written).toEqual(JSON.parse(planToJson(plan(stack))));
        expect(Object.keys(written.resources[0])).toEqual(["custom", "id", "inputs", "name", "options", "outputs", "parent", "propertyDependencies", "type", "urn"]);
        const count = written.resources.filter((r) => r.type !== "pulumi:pulumi:Stack").length;
        expect(stdout.join("")).toContain(`Offline plan of stack "${stack}" (profile ${written.profile}, project dakar2026): ${count} resources`);
    }, PLANNING);

    it("rejects a plan date that is not a date, with exit 2", async () => {
        expect(await cli("plan", "--stack", STACKS[0], "--today", "29/11/2026")).toBe(2);
        expect(stderr.join("").split("\n")[0]).toBe('error: --today "29/11/2026" is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)');
    });

    it("rejects an unknown format, a plan without --profile and malformed JSON with exit 2", async () => {
        expect(await cli("audit", "--stack", STACKS[0], "--format", "pdf")).toBe(2);
        expect(stderr[0]).toBe('error: --format "pdf" is not one of table, json, markdown, html, sarif, junit\n');
        stderr.length = 0;
        expect(await cli("audit", "--plan", "x.json")).toBe(2);
        expect(stderr[0]).toBe("error: --plan needs --profile <profile> to pick the pack configuration\n");
        const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-")), "bad.json");
        fs.writeFileSync(bad, "{ not json");
        stderr.length = 0;
        expect(await cli("audit", "--plan", bad, "--profile", plan(STACKS[0]).profile)).toBe(2);
        expect(stderr[0]).toMatch(new RegExp(`^error: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not valid JSON: `));
        stderr.length = 0;
        expect(await cli("audit", "--plan", bad, "--profile", "qa")).toBe(2);
    });

    it("audits an exported plan file and exits 0 when nothing blocks, writing every finding to the report", async () => {
        const stack = STACKS.find((s) => settingsOf(s).core.profile.protect) as string;
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-"));
        fs.writeFileSync(path.join(dir, "plan.json"), planToJson(plan(stack)));
        const args = ["audit", "--plan", path.join(dir, "plan.json"), "--profile", plan(stack).profile, "--format", "json", "--out", path.join(dir, "a.json")];
        expect(await cli(...args, "--today", TEST_TODAY)).toBe(0);
        const report = JSON.parse(fs.readFileSync(path.join(dir, "a.json"), "utf8")) as { findings: { policy: string; urn: string; waived?: unknown }[] };
        const direct = await auditPlan(plan(stack), plan(stack).profile, "en", TEST_TODAY);
        const key = (f: { policy: string; urn: string; waived?: unknown }): string => `${f.policy} ${f.urn} ${f.waived ? "waived" : "open"}`;
        expect(report.findings.map(key).sort()).toEqual(direct.result.findings.map(key).sort());
    });
});
