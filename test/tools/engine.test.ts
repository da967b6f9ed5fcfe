/**
 * The real Pulumi engine (npm run engine: the CLI built from the Go module proxy, stand-in
 * providers, the policy pack) against the offline tools. Where they disagree the engine is right.
 *
 * The engine part runs only where .engine/bin holds the built CLI (`npm run engine -- build`, which
 * needs Go; .ci/run builds it before npm test); elsewhere it is skipped with one line on stderr. The
 * loader half of the broken-stack-file cases runs everywhere.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { StackValidationPolicy } from "@pulumi/policy";
import type { CatalogPolicy, RuleMeta } from "../../policies/lib/rule";
import { audit } from "../../tools/audit/engine";
import { auditPlan } from "../../tools/audit/run";
import { engineBuilt } from "../../tools/engine/build";
import { EngineFinding, EngineRun, ROOT, Workspace } from "../../tools/engine/run";
import { parseSettings } from "../../infra/settings";
import { STATEFUL_TYPES } from "../../tools/plan/baseline";
import { fakeState } from "../../tools/plan/fake-outputs";
import { listStacks, readStackConfig, StackConfigError } from "../../tools/plan/stack-config";
import { readEnvironments } from "../../tools/plan/layered";
import { Plan, REDACTED } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";

jest.setTimeout(120_000);

const ENGINE = engineBuilt();
if (!ENGINE) process.stderr.write("engine tests skipped: no Pulumi CLI in .engine/bin (npm run engine -- build, which needs Go)\n");
const describeEngine = ENGINE ? describe : describe.skip;

const STACKS = listStacks(ROOT);
const PROBE_DIR = path.join(__dirname, "..", "support", "engine-probe-pack");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JS shared with the pack the CLI runs
const { probe } = require(path.join(PROBE_DIR, "probe.js")) as { probe: StackValidationPolicy };
/** The probe as the audit runs a policy: its reports collected by an explicit `evaluate`. */
const PROBE_POLICY: CatalogPolicy = {
    ...probe,
    kind: "stack",
    enforcementLevel: "advisory",
    meta: { severity: "low", resourceTypes: [] } as unknown as RuleMeta,
    evaluate: async (args) => {
        const violations: { message: { en: string; fr: string }; urn?: string }[] = [];
        await probe.validateStack(args, (message, urn) => violations.push({ message: { en: message, fr: message }, urn }));
        return { violations };
    },
};

/**
 * Stack-policy props the offline audit adds and the engine does not give: the cloud id, so that a
 * plan file from elsewhere (without property dependencies) can still be joined by id
 * (tools/audit/engine.ts). Rules join through propertyDependencies first (policies/lib/util.ts).
 */
const OFFLINE_ONLY_PROPS = ["id"];

/** The day both sides judge waivers at: the pack under the engine reads DAKAR2026_POLICY_DATE. */
const TODAY = "2026-11-26";
process.env.DAKAR2026_POLICY_DATE = TODAY;
const today = (): string => TODAY;

/**
 * A policy that cannot run during preview: both sides say so, and name the first unknown value it
 * read. Which one that is depends on the order in which the engine hands a stack policy the
 * resources, which is not the offline plan's (sorted by URN): since the storage layer, the first
 * unknown differs on staging, rehearsal and prod. The comparison stops at "during preview".
 */
function withoutFirstUnknown(message: string): string {
    return message.replace(/^(can't run policy '[^']+' during preview): .*$/s, "$1");
}

/** "policy | urn | level | message": a finding as both sides can state it. */
function engineKey(f: EngineFinding): string {
    // The pack's server reports "<policy description>\n<violation>"; a preview it cannot run on
    // reports one line that names the pack.
    const lines = f.message.trimEnd().split("\n");
    const message = lines[0].startsWith("can't run policy") ? lines[0].replace(/ from policy pack '[^']*'/, "") : lines.slice(1).join("\n");
    return `${f.policy} | ${f.urn} | ${f.enforcement} | ${withoutFirstUnknown(message)}`;
}

async function offlineKeys(plan: Plan): Promise<string[]> {
    const { result } = await auditPlan(plan, plan.profile, "en", today());
    // Waived findings never reach the engine: the pack drops them (policies/lib/rule.ts).
    return result.findings.filter((f) => !f.waived).map((f) => `${f.policy} | ${f.urn} | ${f.enforcement} | ${withoutFirstUnknown(f.message.en)}`).sort();
}

interface ProbeView {
    readonly props: Record<string, unknown>;
    readonly [k: string]: unknown;
}

function engineViews(r: EngineRun): Map<string, ProbeView> {
    return new Map(r.findings.filter((f) => f.policy === probe.name).map((f) => [f.urn, JSON.parse(f.message.trimEnd().split("\n")[1]) as ProbeView]));
}

async function offlineViews(plan: Plan): Promise<Map<string, ProbeView>> {
    const { findings } = await audit(plan, { policies: [PROBE_POLICY], packConfig: {}, waivers: [], today: today() });
    return new Map(
        findings.map((f) => {
            const v = JSON.parse(f.message.en) as ProbeView;
            const props = Object.fromEntries(Object.entries(v.props).filter(([k]) => !OFFLINE_ONLY_PROPS.includes(k)));
            return [f.urn, { ...v, props }];
        }),
    );
}

/**
 * `engine` with "[secret]" wherever `offline` has it and `engine` has a value. The policy SDK hands
 * policies every secret unwrapped: under the engine a secret is unknown in the preview of a new stack
 * and its value after up. The offline plan never holds a secret's value and gives "[secret]" in both
 * (also inside objects, as in the root stack's outputs). Where the engine has no value at all, the
 * views still differ.
 */
function redactLike(engine: unknown, offline: unknown): unknown {
    if (offline === REDACTED) return engine === undefined ? engine : REDACTED;
    if (Array.isArray(offline) && Array.isArray(engine)) return engine.map((e, i) => redactLike(e, offline[i]));
    if (offline !== null && typeof offline === "object" && engine !== null && typeof engine === "object" && !Array.isArray(engine)) {
        const o = offline as Record<string, unknown>;
        return Object.fromEntries(Object.entries(engine as Record<string, unknown>).map(([k, v]) => [k, redactLike(v, o[k])]));
    }
    return engine;
}

/** The two sides' views of one resource, where they can agree (secrets: see redactLike). */
function comparable(engine: ProbeView, offline: ProbeView | undefined): { engine: ProbeView; offline: ProbeView | undefined } {
    if (!offline) return { engine, offline };
    return { engine: { ...engine, props: redactLike(engine.props, offline.props) as Record<string, unknown> }, offline };
}

function expectSameViews(engine: Map<string, ProbeView>, offline: Map<string, ProbeView>): void {
    expect([...engine.keys()].sort()).toEqual([...offline.keys()].sort());
    for (const [urn, view] of engine) {
        const both = comparable(view, offline.get(urn));
        expect({ urn, ...both.engine }).toEqual({ urn, ...both.offline });
    }
}

/** The secret marker of an engine state or event: the value beside it is ciphertext. */
const STATE_SECRET = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", ciphertext: expect.any(String) as unknown };

function failure(r: { stderr: string; errors?: readonly string[] }): string {
    return [...(r.errors ?? []), ...r.stderr.split("\n").filter((l) => l.startsWith("error: "))].join(" | ");
}

describeEngine("the real Pulumi engine and the offline tools", () => {
    let dir: string;
    let ws: Workspace;
    const previews = new Map<string, EngineRun>();
    const plans = new Map<string, Plan>();

    beforeAll(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-engine-test-"));
        ws = new Workspace(dir);
        // A layer stack previews after the stacks it reads have gone up: its StackReferences read their state.
        const layers = readEnvironments(ROOT);
        const reads = (stack: string): string[] => [...new Set(Object.values(layers.find((s) => s.stack === stack)?.layers.references ?? {}))];
        const upped = new Set<string>();
        for (const stack of [...STACKS].sort((a, b) => reads(a).length - reads(b).length)) {
            for (const fq of reads(stack)) {
                const read = fq.slice(fq.lastIndexOf("/") + 1);
                if (!upped.has(read)) await ws.operation("up", read);
                upped.add(read);
            }
            previews.set(stack, await ws.operation("preview", stack, { extraPacks: [path.join(PROBE_DIR, "launch")] }));
            plans.set(stack, await planIsolated(stack, { preview: true }));
        }
    }, 15 * 60_000);

    afterAll(() => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    describe.each(STACKS)("preview of a new %s stack with the pack", (stack) => {
        it("succeeds", () => {
            const r = previews.get(stack) as EngineRun;
            expect(failure(r)).toBe("");
            expect(r.code).toBe(0);
        });

        it("has the offline plan's URNs, as many resources, providers and the root stack included", () => {
            const engine = [...new Set((previews.get(stack) as EngineRun).steps.map((s) => s.urn))].sort();
            const offline = (plans.get(stack) as Plan).resources.map((r) => r.urn).sort();
            expect(engine).toEqual(offline);
            expect(engine.length).toBe((plans.get(stack) as Plan).resources.length);
        });

        it("reports the offline audit's findings: same policy, resource, level and message", async () => {
            const engine = (previews.get(stack) as EngineRun).findings.filter((f) => f.policy !== probe.name).map(engineKey).sort();
            expect(engine).toEqual(await offlineKeys(plans.get(stack) as Plan));
        });

        it("gives stack policies what the offline audit gives them: props, parents, dependencies, protect", async () => {
            expectSameViews(engineViews(previews.get(stack) as EngineRun), await offlineViews(plans.get(stack) as Plan));
        });

        it("protects every stateful resource (buckets, database, cache, keys, secrets, passwords...) as the profile says", () => {
            const { protect } = parseSettings(readStackConfig(ROOT, stack).values, stack).core.profile;
            const stateful = [...engineViews(previews.get(stack) as EngineRun).values()].filter((v) => STATEFUL_TYPES.includes(v.type as string));
            const offline = (plans.get(stack) as Plan).resources.filter((r) => STATEFUL_TYPES.includes(r.type));
            expect(stateful.length).toBe(offline.length);
            expect(stateful.filter((v) => v.protect !== protect).map((v) => v.name)).toEqual([]);
        });
    });

    describe("dev, up and previewed again", () => {
        let up: EngineRun;
        let again: EngineRun;
        let plan: Plan;

        beforeAll(async () => {
            up = await ws.operation("up", "dev", { extraPacks: [path.join(PROBE_DIR, "launch")] });
            again = await ws.operation("preview", "dev", { extraPacks: [path.join(PROBE_DIR, "launch")] });
            plan = await planIsolated("dev");
        }, 10 * 60_000);

        it("goes up, with the offline plan's resources", () => {
            expect(failure(up)).toBe("");
            // The engine's change counts leave out the default providers.
            expect(up.changes).toEqual({ create: plan.resources.filter((r) => !r.type.startsWith("pulumi:providers:")).length });
            expect([...new Set(up.steps.map((s) => s.urn))].sort()).toEqual(plan.resources.map((r) => r.urn).sort());
        });

        it("reports, with real outputs, the offline audit's findings", async () => {
            const expected = await offlineKeys(plan);
            expect(up.findings.filter((f) => f.policy !== probe.name).map(engineKey).sort()).toEqual(expected);
            expect(again.findings.filter((f) => f.policy !== probe.name).map(engineKey).sort()).toEqual(expected);
        });

        it("gives stack policies the offline plan's outputs", async () => {
            const offline = await offlineViews(plan);
            for (const r of [up, again]) expectSameViews(engineViews(r), offline);
        });

        it("keeps every secret of the plan secret in the state, and its value out of the state and the pack's findings", async () => {
            const exported = await ws.pulumi(["stack", "export", "--stack", "dev"], "dev");
            expect(failure(exported)).toBe("");
            const state = new Map(
                (JSON.parse(exported.stdout) as { deployment: { resources: { urn: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown> }[] } })
                    .deployment.resources.map((r) => [r.urn, r]),
            );
            const secrets = plan.resources.flatMap((r) =>
                (["inputs", "outputs"] as const).flatMap((side) => Object.keys(r[side]).filter((k) => r[side][k] === REDACTED).map((k) => ({ r, side, k }))),
            );
            expect(secrets.map(({ r, k }) => `${r.type} ${k}`)).toEqual(expect.arrayContaining(["random:index/randomPassword:RandomPassword result"]));
            for (const { r, side, k } of secrets) expect({ urn: r.urn, side, k, value: state.get(r.urn)?.[side]?.[k] }).toEqual({ urn: r.urn, side, k, value: STATE_SECRET });
            // The values the stand-in generated (the mocks' values): what a leak would show.
            const region = readStackConfig(ROOT, "dev").values["alicloud:region"];
            const findings = [up, again].flatMap((x) => x.findings.filter((f) => f.policy !== probe.name).map((f) => f.message)).join("\n");
            for (const r of plan.resources.filter((x) => x.type === "random:index/randomPassword:RandomPassword")) {
                const value = fakeState(r.type, r.name, r.inputs, r.id ?? "", region).result as string;
                expect(value.length).toBe(r.inputs.length);
                expect(exported.stdout).not.toContain(value);
                expect(findings).not.toContain(value);
            }
        });

        it("gives stack policies the root stack with every output known, in up and in the preview after it", () => {
            for (const r of [up, again]) {
                const view = engineViews(r).get("urn:pulumi:dev::dakar2026::pulumi:pulumi:Stack::dakar2026-dev") as ProbeView;
                expect(Object.keys(view.props).sort()).toEqual(Object.keys(plan.outputs).sort());
                expect(JSON.stringify(view.props)).not.toContain("<unknown>");
            }
        });

        it("has nothing to change on the next preview", () => {
            expect(failure(again)).toBe("");
            expect(again.changes).toEqual({ same: plan.resources.filter((r) => !r.type.startsWith("pulumi:providers:")).length });
        });
    });

    describe("the root stack resource reaches stack policies, with the stack outputs as its props", () => {
        const root = (r: EngineRun, stack: string): ProbeView | undefined =>
            engineViews(r).get(`urn:pulumi:${stack}::dakar2026::pulumi:pulumi:Stack::dakar2026-${stack}`);

        it.each(STACKS)("in the preview of a new %s stack: outputs known before deployment known, the others unknown", (stack) => {
            const view = root(previews.get(stack) as EngineRun, stack) as ProbeView;
            const outputs = (plans.get(stack) as Plan).outputs;
            expect(Object.keys(view.props).sort()).toEqual(Object.keys(outputs).sort());
            expect(view.props.environment).toBe(readStackConfig(ROOT, stack).values["dakar2026:environment"] || stack);
            const unknown = Object.keys(view.props).filter((k) => view.props[k] === "<unknown>");
            expect(unknown.length).toBeGreaterThan(0);
            expect(unknown.length).toBeLessThan(Object.keys(view.props).length);
        });
    });

    it("pulumi config accepts every stack file", async () => {
        for (const stack of STACKS) {
            const r = await ws.config(stack);
            expect({ stack, error: failure(r) }).toEqual({ stack, error: "" });
            const keys = Object.keys(JSON.parse(r.stdout) as Record<string, unknown>);
            expect(keys).toEqual(expect.arrayContaining(Object.keys(readStackConfig(ROOT, stack).values)));
        }
    }, 5 * 60_000);
});

/** Broken copies of the dev stack file: each must stop the CLI and our loader, for the same reason. */
const BROKEN: readonly { name: string; edit: (dev: string) => string; loader: RegExp | string }[] = [
    {
        name: "broken-yaml",
        edit: (dev) => dev.replace("dakar2026:zones:", "dakar2026:zones: [eu-central-1a\n  x:"),
        loader: /is not valid YAML/,
    },
    {
        name: "broken-zones",
        edit: (dev) => dev.replace(/dakar2026:zones:\n(\s+- .*\n)+/, "dakar2026:zones: eu-central-1a\n"),
        loader: "Stack 'broken-zones' with configuration key 'zones' must be of type 'array<string>'",
    },
    {
        name: "broken-port",
        edit: (dev) => `${dev.trimEnd()}\n  dakar2026:appPort: eighty\n`,
        loader: "Stack 'broken-port' with configuration key 'appPort' must be of type 'integer'",
    },
    {
        name: "broken-listeners",
        edit: (dev) => `${dev.trimEnd()}\n  dakar2026:edgeListenerPorts: [443, https]\n`,
        loader: "Stack 'broken-listeners' with configuration key 'edgeListenerPorts' must be of type 'array<integer>'",
    },
];

describe("a deliberately broken stack file", () => {
    const dev = fs.readFileSync(path.join(ROOT, "stacks", "Pulumi.dev.yaml"), "utf8");
    let dir: string;
    let ws: Workspace;

    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-engine-broken-"));
        ws = new Workspace(dir);
    });

    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it.each(BROKEN)("$name stops our loader", ({ name, edit, loader }) => {
        ws.writeStackFile(name, edit(dev));
        let error: unknown;
        try {
            readStackConfig(ws.project, name);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(StackConfigError);
        if (typeof loader === "string") expect((error as Error).message.startsWith(`${loader} (got `)).toBe(true);
        else expect((error as Error).message).toMatch(loader);
    });

    (ENGINE ? it.each(BROKEN) : it.skip.each(BROKEN))(
        "$name stops pulumi preview, for the reason the loader gives",
        async ({ name, edit, loader }) => {
            await ws.ensureStack(name, dev);
            ws.writeStackFile(name, edit(dev));
            const r = await ws.pulumi(["preview", "--stack", name, "--non-interactive"], name);
            expect(r.code).not.toBe(0);
            // YAML syntax errors are worded by each side's parser; typed values get the CLI's own words.
            if (typeof loader === "string") expect(failure(r)).toContain(loader);
            else expect(failure(r)).toMatch(/yaml/i);
        },
        5 * 60_000,
    );
});
