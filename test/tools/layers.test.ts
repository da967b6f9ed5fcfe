/**
 * Layer stacks offline. The equivalence: prod in layer stacks (stacks/Pulumi.prod-*.yaml) plans the
 * same resources, with the same logical names, parents, inputs and options, as prod in one stack
 * (stacks/Pulumi.prod.yaml); only the URNs' stack part differs, and the layer stacks add their
 * StackReferences. The same holds for a finer split made here (keys and network apart from
 * storage), so that it does not depend on where today's prod split falls. Then: the references in
 * the plan JSON with their secrets redacted, `--ref` with a saved plan, the audit of the whole
 * environment, the deploy order, and the baseline seeing a state move as no deletion.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { environmentStacks } from "../../infra/core/stacks";
import { auditPlan, exitCode } from "../../tools/audit/run";
import { main } from "../../tools/cli";
import { baselineOf, compareWithBaseline } from "../../tools/plan/baseline";
import { combinePlans, environmentOrder, readEnvironments } from "../../tools/plan/layered";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { REDACTED } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";
import { TEST_TODAY } from "../support/policy";
import { ROOT } from "../support/settings";

const PLANNING = 300_000;
/** The root stack, and what a reference brings: the StackReference and the built-in provider it is read through. */
const ENGINE_ONLY = new Set(["pulumi:pulumi:Stack", "pulumi:pulumi:StackReference", "pulumi:providers:pulumi"]);
const LAYERED = environmentStacks(readEnvironments(ROOT), "prod").map((s) => s.stack);

/** A URN, or any text holding URNs, with the stack part replaced: what may differ between the forms. */
const unstack = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replace(/urn:pulumi:[^:"]+::/g, "urn:pulumi:STACK::")) as unknown;

/** The layer a URN belongs to (its outermost component), or the URN's type for what is outside any. */
const layerOf = (urn: string): string => /::((?:pulumi:pulumi:Stack\$)?[^:$]+:[^:$]+:[^:$]+)/.exec(urn)?.[1]?.replace(/^pulumi:pulumi:Stack\$/, "") ?? urn;

/**
 * What must be equal between the forms, by URN without the stack; default providers once per
 * environment. Dependencies on another layer differ by nature: in one stack they are resources, in
 * layer stacks values read from a reference; only those within the resource's own layer are compared.
 */
function comparable(plans: readonly Plan[]): Map<string, unknown> {
    const out = new Map<string, unknown>();
    const roots = new Set(plans.flatMap((p) => p.resources.filter((r) => r.type === "pulumi:pulumi:Stack").map((r) => r.urn)));
    for (const r of plans.flatMap((p) => p.resources)) {
        if (ENGINE_ONLY.has(r.type)) continue;
        const key = unstack(r.urn) as string;
        const deps = Object.fromEntries(
            Object.entries(r.propertyDependencies)
                .map(([prop, urns]) => [prop, urns.filter((u) => layerOf(u) === layerOf(r.urn))] as const)
                .filter(([, urns]) => urns.length > 0),
        );
        const parent = r.parent !== undefined && roots.has(r.parent) ? "the stack" : r.parent;
        const value = unstack({ type: r.type, name: r.name, parent, custom: r.custom, id: r.id, inputs: r.inputs, options: r.options, deps });
        if (out.has(key) && !r.type.startsWith("pulumi:providers:")) throw new Error(`${key} is planned twice in ${plans.map((p) => p.stack).join(", ")}`);
        out.set(key, value);
    }
    return out;
}

function expectEquivalent(single: Plan, layered: readonly Plan[]): void {
    const a = comparable([single]);
    const b = comparable(layered);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const differing = [...a.keys()].filter((k) => JSON.stringify(a.get(k)) !== JSON.stringify(b.get(k)));
    expect(differing).toEqual([]);
}

/**
 * A checkout of its own: this project and program, prod split another way (keys and network in
 * p-net, everything else in p-store), from prod's single-stack file.
 */
function finerSplit(): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-layers-"));
    fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(root, "Pulumi.yaml"));
    fs.copyFileSync(path.join(ROOT, "package.json"), path.join(root, "package.json"));
    fs.symlinkSync(path.join(ROOT, "infra"), path.join(root, "infra"));
    fs.mkdirSync(path.join(root, "stacks"));
    const prod = fs.readFileSync(path.join(ROOT, "stacks", "Pulumi.prod.yaml"), "utf8");
    const write = (stack: string, text: string): void => fs.writeFileSync(path.join(root, "stacks", `Pulumi.${stack}.yaml`), text);
    write("prod", prod.replace(/^ {2}dakar2026:supersededBy:.*\n/m, "  dakar2026:supersededBy: [p-net, p-store]\n"));
    // The network's own keys (one line each) go to p-net; p-store keeps the rest of prod's file.
    const networkKeys = /^ {2}dakar2026:(vpcCidr|legacyFlowLogStoreUntil):.*\n/gm;
    const layered = (layers: string, refs: string): string => `config:\n  dakar2026:environment: prod\n  dakar2026:layers: [${layers}]\n${refs}`;
    const zones = prod.match(/^ {2}dakar2026:zones:\n(?: {4}- .*\n)+/m)?.[0] ?? "";
    const head = prod.match(/^ {2}(alicloud:region|dakar2026:profile):.*\n/gm)?.join("") ?? "";
    write("p-net", `${layered("keys, network", "")}${head}${zones}${(prod.match(networkKeys) ?? []).join("")}`);
    const rest = readEnvironments(ROOT).find((s) => s.stack === "prod")?.layers.deployed.filter((l) => l !== "keys" && l !== "network") ?? [];
    const refs = "  dakar2026:layerStacks:\n    keys: organization/dakar2026/p-net\n    network: organization/dakar2026/p-net\n";
    write("p-store", prod.replace(networkKeys, "").replace(/^ {2}dakar2026:supersededBy:.*\n/m, "").replace(/^config:\n/m, layered(rest.join(", "), refs)));
    return root;
}

describe("prod in layer stacks and prod in one stack", () => {
    let single: Plan;
    const layered: Plan[] = [];
    beforeAll(async () => {
        single = await planIsolated("prod");
        for (const s of LAYERED) layered.push(await planIsolated(s));
    }, PLANNING);

    it("plans the same resources, names, parents, inputs and options; only the URNs' stack part differs", () => {
        expectEquivalent(single, layered);
    });

    it("gives every layer stack its own share, and each stateful resource to exactly one stack", () => {
        const counts = layered.map((p) => p.resources.filter((r) => !ENGINE_ONLY.has(r.type) && !r.type.startsWith("pulumi:providers:")).length);
        for (const c of counts) expect(c).toBeGreaterThan(0);
        const own = (p: Plan): number => p.resources.filter((r) => !ENGINE_ONLY.has(r.type) && !r.type.startsWith("pulumi:providers:")).length;
        expect(counts.reduce((a, b) => a + b, 0)).toBe(own(single));
    });

    it("keeps each flat output, with the same value, in the stack that deploys its layer", () => {
        const merged: Record<string, unknown> = Object.assign({}, ...layered.map((p) => p.outputs)) as Record<string, unknown>;
        for (const [k, v] of Object.entries(single.outputs)) expect({ k, v: unstack(merged[k]) }).toEqual({ k, v: unstack(v) });
        const owners = (k: string): string[] => layered.filter((p) => k in p.outputs).map((p) => p.stack);
        expect(owners("egressIp")).toHaveLength(1);
        expect(owners("vpcId")).toEqual(owners("egressIp"));
        expect(owners("uniqueSuffix")).toEqual(owners("kmsKeyIds"));
    });

    it("audits clean as a whole environment, every stack's resources in one audit", async () => {
        const env = combinePlans("prod", layered);
        expect(env.resources).toHaveLength(layered.reduce((n, p) => n + p.resources.length, 0));
        const run = await auditPlan(env, "prod", "en", TEST_TODAY);
        expect(run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived).map((f) => `${f.policy} ${f.name}`)).toEqual([]);
        expect(exitCode(run.result)).toBe(0);
        expect(run.report.stack).toBe(LAYERED.join("+"));
    });

    it("moves state between the stacks of prod without the baseline seeing a deletion", () => {
        const baseline = baselineOf([single]);
        const moved = compareWithBaseline(layered, baseline);
        expect(moved.deleted).toEqual([]);
        expect(moved.unlisted).toEqual([]);
        expect(moved.environments).toEqual(["prod"]);
    });
});

describe("npm run audit -- --env prod", () => {
    it("plans every stack of prod's layered form and audits them as one, exit 0", async () => {
        const out: string[] = [];
        const write = jest.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
        const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
        let code: number;
        try {
            code = await main(["audit", "--env", "prod", "--format", "json", "--today", TEST_TODAY]);
        } finally {
            write.mockRestore();
            err.mockRestore();
        }
        expect(code).toBe(0);
        const report = JSON.parse(out.join("")) as { stack: string; summary: { resources?: number } };
        expect(report.stack).toBe(environmentOrder(ROOT, "prod").join("+"));
    }, PLANNING);
});

describe("plan --against for a layer stack", () => {
    it("compares the baseline with every stack of the environment, so the other stacks' resources are not read as deleted", async () => {
        const out: string[] = [];
        const write = jest.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
        const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
        let code: number;
        try {
            code = await main(["plan", "--stack", LAYERED[LAYERED.length - 1], "--against", path.join(ROOT, "baseline", "stateful-resources.json")]);
        } finally {
            write.mockRestore();
            err.mockRestore();
        }
        expect(code).toBe(0);
        const text = out.join("");
        expect(text).toContain("Stateful resources against the baseline (environments prod):\n  would be deleted: none\n");
        expect(text).not.toContain("not planned");
    }, PLANNING);
});

describe("a finer split: keys and network in one stack, the rest in another", () => {
    let root: string;
    let single: Plan;
    let net: Plan;
    let store: Plan;
    beforeAll(async () => {
        root = finerSplit();
        single = await planIsolated("prod", { root });
        net = await planIsolated("p-net", { root });
        store = await planIsolated("p-store", { root });
    }, PLANNING);

    it("is equivalent to the single stack too", () => {
        expectEquivalent(single, [net, store]);
    });

    it("shows each reference in the plan JSON with the referenced stack's outputs, secrets as [secret]", () => {
        const refs = store.resources.filter((r) => r.type === "pulumi:pulumi:StackReference");
        expect(refs.map((r) => r.name)).toEqual(["organization/dakar2026/p-net"]);
        const outputs = (refs[0].outputs as { outputs: Record<string, unknown> }).outputs;
        expect(outputs).toEqual(net.outputs);
        expect(Object.keys(outputs)).toEqual(expect.arrayContaining(["keysLayer", "networkLayer", "uniqueSuffix", "egressIp"]));
        // Nothing of the network layer is secret; the storage layer's passwords are, in its own stack.
        expect((store.outputs.storageLayer as { secrets: string[] }).secrets).toEqual(["cache.password", "database.password"]);
        expect((store.outputs.storageLayer as { value: { database: { password: unknown } } }).value.database.password).toBe(REDACTED);
        expect(store.outputs.databasePassword).toBe(REDACTED);
    });

    it("reads each reference through the engine's built-in provider, as the engine registers it", () => {
        const builtin = store.resources.filter((r: PlanResource) => r.type === "pulumi:providers:pulumi");
        expect(builtin.map((r) => ({ urn: r.urn, inputs: r.inputs }))).toEqual([{ urn: "urn:pulumi:p-store::dakar2026::pulumi:providers:pulumi::default", inputs: {} }]);
        const refs = store.resources.filter((r) => r.type === "pulumi:pulumi:StackReference");
        expect(refs.map((r) => r.options.provider)).toEqual([builtin[0].urn]);
        expect(net.resources.filter((r) => r.type === "pulumi:providers:pulumi")).toEqual([]);
    });

    it("plans from a saved plan of the referenced stack (--ref) exactly as after planning it", async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-ref-"));
        const write = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
        const err = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
        try {
            expect(await main(["plan", "--root", root, "--stack", "p-net", "--json", path.join(dir, "net.json")])).toBe(0);
            expect(await main(["plan", "--root", root, "--stack", "p-store", "--ref", `p-net=${path.join(dir, "net.json")}`, "--json", path.join(dir, "store.json")])).toBe(0);
            expect(err.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("planning referenced"))).toEqual([]);
            expect(await main(["plan", "--root", root, "--stack", "p-store", "--json", path.join(dir, "store2.json")])).toBe(0);
            expect(err.mock.calls.map((c) => String(c[0])).filter((l) => l.startsWith("planning referenced"))).toEqual(["planning referenced stack p-net first\n"]);
        } finally {
            write.mockRestore();
            err.mockRestore();
        }
        expect(fs.readFileSync(path.join(dir, "store.json"), "utf8")).toBe(fs.readFileSync(path.join(dir, "store2.json"), "utf8"));
    }, PLANNING);

    it("orders p-net before p-store for pulumi up, and the other way for pulumi destroy", async () => {
        expect(environmentOrder(root, "prod")).toEqual(["p-net", "p-store"]);
        const out: string[] = [];
        const write = jest.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
        try {
            expect(await main(["plan", "--root", root, "--env", "prod", "--order"])).toBe(0);
        } finally {
            write.mockRestore();
        }
        expect(out.join("")).toBe(
            [
                "Deploy order of environment prod (pulumi up, first to last):",
                "  1. p-net    keys, network",
                `  2. p-store  ${readEnvironments(root).find((s) => s.stack === "p-store")?.layers.deployed.join(", ")}; reads organization/dakar2026/p-net`,
                "Destroy order (pulumi destroy, first to last; docs/runbooks/deploy.md for the protected resources):",
                `  1. p-store  ${readEnvironments(root).find((s) => s.stack === "p-store")?.layers.deployed.join(", ")}; reads organization/dakar2026/p-net`,
                "  2. p-net    keys, network",
                "",
            ].join("\n"),
        );
    });

    it("sees a layer stack planned without the other as deleting what the other holds", () => {
        const partial = compareWithBaseline([net], baselineOf([single]));
        expect(partial.deleted.length).toBeGreaterThan(0);
        const layerOfKey = (key: string): string => /^dakar2026:([a-z]+):/.exec(key)?.[1] ?? "the stack";
        expect([...new Set(partial.deleted.map((d) => layerOfKey(d.key)))].sort()).toEqual(["compute", "edge", "identity", "storage"]);
    });
});
