/**
 * Contract test: the real pack, started the way the Pulumi CLI starts it (run-policy-pack, ts-node
 * type-checking from policies/), answers the CLI's gRPC calls with exactly the findings the offline
 * audit computes for the same plan and configuration. This is what lets auditors trust `npm run audit`
 * for `pulumi preview --policy-pack policies`.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import {
    AnalyzeDiagnostic,
    AnalyzeRequest,
    AnalyzerInfo,
    AnalyzerPropertyDependencies,
    AnalyzerProviderResource,
    AnalyzerResource,
    AnalyzerResourceOptions,
    AnalyzeResponse,
    AnalyzeStackRequest,
    ConfigureAnalyzerRequest,
    EnforcementLevel,
    PolicyConfig,
} from "@pulumi/pulumi/proto/analyzer_pb";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import { catalog, PACK_NAME } from "../../policies/catalog";
import { readWaiverFile } from "../../policies/lib/waivers";
import { audit, resolvePolicyConfig } from "../../tools/audit/engine";
import { readPackConfig } from "../../tools/audit/run";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";

const ROOT = path.resolve(__dirname, "..", "..");
/** Both sides judge waivers at this day: the pack through DAKAR2026_POLICY_DATE, the audit directly. */
const TODAY = "2026-11-26";

let pack: ChildProcess;
let client: AnalyzerClient;

function call<Req, Res>(method: (req: Req, cb: (e: grpc.ServiceError | null, r: Res) => void) => unknown, req: Req): Promise<Res> {
    return new Promise((resolve, reject) => method.call(client, req, (e, r) => (e ? reject(e) : resolve(r))));
}

beforeAll(async () => {
    pack = spawn(process.execPath, [path.join(ROOT, "node_modules/@pulumi/pulumi/cmd/run-policy-pack"), "127.0.0.1:1", "."], {
        cwd: path.join(ROOT, "policies"),
        env: { ...process.env, DAKAR2026_POLICY_DATE: TODAY },
        stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    pack.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    const port = await new Promise<string>((resolve, reject) => {
        pack.stdout?.once("data", (d: Buffer) => resolve(d.toString().trim()));
        pack.once("exit", (code) => reject(new Error(`the pack exited with ${code}: ${stderr}`)));
    });
    client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
}, 180_000);

afterAll(() => {
    client?.close();
    pack?.kill();
});

function options(r: PlanResource): AnalyzerResourceOptions {
    return new AnalyzerResourceOptions()
        .setProtect(r.options.protect)
        .setIgnorechangesList([...r.options.ignoreChanges])
        .setDeletebeforereplace(r.options.deleteBeforeReplace)
        .setAdditionalsecretoutputsList([...r.options.additionalSecretOutputs])
        .setAliasesList([...r.options.aliases])
        .setParent(r.parent ?? "");
}

function providerOf(plan: Plan, r: PlanResource): AnalyzerProviderResource | undefined {
    const p = plan.resources.find((x) => x.type === `pulumi:providers:${r.type.split(":")[0]}` && x.name.startsWith("default_"));
    if (!p || p === r) return undefined;
    return new AnalyzerProviderResource()
        .setType(p.type)
        .setName(p.name)
        .setUrn(p.urn)
        .setProperties(Struct.fromJavaScript(p.inputs as never));
}

/** What the CLI sends: every policy's resolved level and properties, schema defaults applied. */
async function configure(env: string): Promise<void> {
    const packConfig = readPackConfig(env);
    const req = new ConfigureAnalyzerRequest();
    const levels: Record<string, EnforcementLevel> = {
        advisory: EnforcementLevel.ADVISORY,
        mandatory: EnforcementLevel.MANDATORY,
        disabled: EnforcementLevel.DISABLED,
        remediate: EnforcementLevel.REMEDIATE,
    };
    for (const p of catalog) {
        const { level, config } = resolvePolicyConfig(p, packConfig, "advisory");
        const entry = new PolicyConfig().setEnforcementlevel(levels[level]).setProperties(Struct.fromJavaScript(config as never));
        req.getPolicyconfigMap().set(p.name, entry);
    }
    await call(client.configure, req);
}

const key = (policy: string, urn: string, level: string, message: string): string => `${policy} | ${urn} | ${level} | ${message}`;

function fromServer(d: AnalyzeDiagnostic): string {
    const prefix = `${d.getDescription()}\n`;
    const message = d.getMessage().startsWith(prefix) ? d.getMessage().slice(prefix.length) : d.getMessage();
    return key(d.getPolicyname(), d.getUrn(), d.getEnforcementlevel() === EnforcementLevel.MANDATORY ? "mandatory" : "advisory", message);
}

async function serverFindings(plan: Plan): Promise<string[]> {
    const out: string[] = [];
    for (const r of plan.resources) {
        const req = new AnalyzeRequest()
            .setType(r.type)
            .setName(r.name)
            .setUrn(r.urn)
            .setProperties(Struct.fromJavaScript(r.inputs as never))
            .setOptions(options(r));
        const provider = providerOf(plan, r);
        if (provider) req.setProvider(provider);
        const res = await call<AnalyzeRequest, AnalyzeResponse>(client.analyze, req);
        // The engine fills in the URN of a resource-level diagnostic when the policy gives none.
        out.push(...res.getDiagnosticsList().map((d) => fromServer(d.getUrn() ? d : d.setUrn(r.urn))));
    }
    const stack = new AnalyzeStackRequest().setResourcesList(
        plan.resources.map((r) => {
            const a = new AnalyzerResource()
                .setType(r.type)
                .setName(r.name)
                .setUrn(r.urn)
                .setProperties(Struct.fromJavaScript(r.outputs as never))
                .setOptions(options(r))
                .setParent(r.parent ?? "")
                .setDependenciesList([...new Set([...r.options.dependsOn, ...Object.values(r.propertyDependencies).flat()])]);
            for (const [prop, urns] of Object.entries(r.propertyDependencies)) {
                a.getPropertydependenciesMap().set(prop, new AnalyzerPropertyDependencies().setUrnsList([...urns]));
            }
            const provider = providerOf(plan, r);
            if (provider) a.setProvider(provider);
            return a;
        }),
    );
    const res = await call<AnalyzeStackRequest, AnalyzeResponse>(client.analyzeStack, stack);
    out.push(...res.getDiagnosticsList().map(fromServer));
    lastStackNotApplicable = res.getNotApplicableList().map((n) => `${n.getPolicyName()}: ${n.getReason()}`).sort();
    return out.sort();
}

/** What the last AnalyzeStack call said was not applicable, as "policy: reason". */
let lastStackNotApplicable: string[] = [];

async function offlineFindings(plan: Plan, env: string): Promise<string[]> {
    const result = await audit(plan, {
        policies: catalog,
        packConfig: readPackConfig(env),
        waivers: readWaiverFile(path.join(ROOT, "policies", "waivers.json")),
        today: TODAY,
    });
    // The engine never sees waived violations; the audit lists them marked waived.
    return result.findings.filter((f) => !f.waived).map((f) => key(f.policy, f.urn, f.enforcement, f.message.en)).sort();
}

describe("the real policy pack over the CLI's protocol", () => {
    it("announces the catalog under the pack's name", async () => {
        const info = await call<Empty, AnalyzerInfo>(client.getAnalyzerInfo, new Empty());
        expect(info.getName()).toBe(PACK_NAME);
        expect(info.getVersion()).toBe("1.0.0");
        expect(info.getPoliciesList().map((p) => p.getName())).toEqual(catalog.map((p) => p.name));
    });

    // Advisories only. dev: NAT, EIP and ALB deletion protection (3), the ALB's Standard edition
    // without WAF and so its internet exposure (alb-instance-waf-enabled, alb-address-type-intranet: 2),
    // the single-zone database and cache (ha-multi-zone, 2), the Basic database edition's missing
    // standby and TDE (2), and for each of the 4 buckets single-zone storage and no referer whitelist
    // (8); prod: the referers of the 4 buckets (4). No bucket is asked for a replica while the
    // residency map names no second region for its class (oss-bucket-remote-replication). Everything
    // else passes or is waived.
    const cases = [["dev", 17], ["prod", 4]] as const;
    it.each(cases)("finds in the %s plan exactly what the offline audit finds (%i not waiver-related)", async (env, count) => {
        await configure(env);
        const plan = await planIsolated(env);
        const offline = await offlineFindings(plan, env);
        expect(await serverFindings(plan)).toEqual(offline);
        // Once a waiver expires both sides report it (and what it covered); the rest never depends on the date.
        const waivers = readWaiverFile(path.join(ROOT, "policies", "waivers.json"));
        const waiverRelated = new Set(["waiver-not-expired", ...waivers.map((w) => w.policy)]);
        expect(offline.filter((f) => !waiverRelated.has(f.split(" | ")[0]))).toHaveLength(count);
    }, 120_000);

    it("answers for a layer stack as the offline audit does: the scaling group's zones are not applicable where its vSwitches are not", async () => {
        await configure("prod");
        const plan = await planIsolated("prod-app");
        const offline = await offlineFindings(plan, "prod");
        expect(await serverFindings(plan)).toEqual(offline);
        expect(offline.filter((f) => f.startsWith("ha-multi-zone"))).toEqual([]);
        // The app tier's vSwitches, which the scaling group spans, are prod-data's.
        const appSwitches = Object.values(((await planIsolated("prod-data")).outputs.vswitchIds as Record<string, Record<string, string>>).app);
        expect(lastStackNotApplicable).toEqual([
            // prod-app does not own the account: the account's trail is prod-data's business.
            "actiontrail-enabled: this stack does not own the account (its accountOwner output is not true): the account-wide resources are checked in the stack that owns them",
            `ha-multi-zone: needs the zones of vSwitches ${appSwitches.join(", ")} of scaling group "dakar2026-prod-compute-group", deployed ` +
                "by another stack of the environment (this stack reads organization/dakar2026/prod-data); npm run audit -- --env checks it " +
                "with every stack of the environment",
        ]);
    }, 120_000);

    it("finds the same violations in a plan broken on purpose", async () => {
        await configure("prod");
        const plan = await planIsolated("prod");
        const rule = plan.resources.find((r) => r.type === "alicloud:ecs/securityGroupRule:SecurityGroupRule") as PlanResource;
        const ssh: PlanResource = {
            ...rule,
            urn: rule.urn.replace(/::[^:]+$/, "::ssh-from-anywhere"),
            name: "ssh-from-anywhere",
            inputs: { ...rule.inputs, portRange: "22/22", cidrIp: "0.0.0.0/0" },
            outputs: { ...rule.outputs, portRange: "22/22", cidrIp: "0.0.0.0/0" },
        };
        const broken: Plan = {
            ...plan,
            resources: [
                ...plan.resources.map((r) =>
                    r.type === "alicloud:log/project:Project" && r.name.endsWith("-network-flowlog-project") ? { ...r, options: { ...r.options, protect: false } } : r,
                ),
                ssh,
            ],
        };
        const mandatory = (findings: string[]): string[] => findings.filter((f) => f.includes("| mandatory |")).map((f) => f.split(" | ")[0]);
        // Exactly what the breakage adds to what the intact plan already finds.
        const before = mandatory(await offlineFindings(plan, "prod"));
        const offline = await offlineFindings(broken, "prod");
        expect(mandatory(offline).sort()).toEqual(
            [
                ...before,
                "ecs-security-group-not-internet-cidr-access",
                "ecs-security-group-white-list-port-check",
                "sg-no-risky-ports-from-internet",
                "stateful-resources-protected",
            ].sort(),
        );
        expect(await serverFindings(broken)).toEqual(offline);
    }, 120_000);
});
