/**
 * The offline plan engine: evaluates a stack's real program (infra/index.ts) in this process under
 * Pulumi's mock runtime, with the stack's configuration as the CLI would pass it, and records every
 * resource (URN, type, name, parent, id, inputs, outputs, options, property dependencies) and the
 * stack outputs. Secret values are replaced by "[secret]" before anything leaves this module.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type { MockMonitor } from "@pulumi/pulumi/runtime/mocks";
import { REPO_ROOT } from "../root";
import { offlineAccount } from "./fake-outputs";
import { PlanMocks, Recorded } from "./mocks";
import { readStackConfig, StackConfig } from "./stack-config";
import { NO_OPTIONS, Plan, PlanResource, REDACTED, UNKNOWN } from "./types";

/** Versions of the default providers the engine would create (pinned in package.json). */
const PROVIDER_VERSIONS: Readonly<Record<string, string>> = { alicloud: "3.108.0", random: "4.21.2" };


const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

export interface PlanOptions {
    /** Repository root (holds Pulumi.yaml, stacks/, infra/); default this repository. */
    readonly root?: string;
    /** Evaluate as `pulumi preview` does: outputs the mocks do not give are unknown. */
    readonly preview?: boolean;
    /** Directory of the program (default `<root>/infra`, or this repository's compiled one; see programOf). */
    readonly program?: string;
    /**
     * The stack outputs of the stacks the program references, by fully qualified name
     * ("organization/dakar2026/prod-data"), as their plans give them ("[secret]" for secrets).
     */
    readonly references?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
}

/** Where this module's own copy of infra/ is: the sources beside tools/, or the build beside .build/tools/. */
const OWN_PROGRAM = path.resolve(__dirname, "..", "..", "infra");

/**
 * The program to evaluate. For this repository it is the infra/ built together with this engine: run
 * from .build/ (npm run plan), that is the compiled infra, checked against the sources by tools/run.js
 * at start, so the plan evaluates exactly the code of the checkout. Another checkout (--root) has
 * only sources: when this engine runs compiled, TypeScript files are then compiled as they load, with
 * the build's own options.
 */
function programOf(root: string, options: PlanOptions): string {
    if (options.program !== undefined) return fs.realpathSync(path.resolve(options.program));
    if (fs.realpathSync(root) === fs.realpathSync(REPO_ROOT)) return fs.realpathSync(OWN_PROGRAM);
    if (__filename.endsWith(".js")) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript of the repository (tools/build.js), loaded only for another checkout.
        (require(path.join(REPO_ROOT, "tools", "build.js")) as { registerTypeScript(root: string): void }).registerTypeScript(REPO_ROOT);
    }
    return fs.realpathSync(path.join(root, "infra"));
}

interface Captured {
    readonly resource: pulumi.Resource;
    readonly type: string;
    readonly name: string;
    readonly props: Record<string, unknown>;
    readonly opts: pulumi.CustomResourceOptions & pulumi.ComponentResourceOptions;
}

/** Output internals the SDK uses itself to compute dependencies; not in the public typings. */
interface OutputInternals {
    allResources?: () => Promise<Set<pulumi.Resource>>;
    resources: () => Set<pulumi.Resource>;
}

/**
 * The value of an input, with unknowns (preview) kept as Pulumi's `Unknown` marker. `apply` never
 * calls back for an unknown value, so this uses the SDK's own `promise(withUnknowns)`.
 */
function unwrap<T>(o: pulumi.Input<T>): Promise<T> {
    if (pulumi.Output.isInstance(o)) return (o as unknown as { promise(withUnknowns: boolean): Promise<T> }).promise(true);
    return Promise.resolve(o);
}

/**
 * Replaces every secret-wrapped value by the redaction marker and every unknown by the engine's
 * unknown marker, and drops undefined members.
 */
export function redact(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(redact);
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (o[SECRET_SIG_KEY] === SECRET_SIG) return REDACTED;
        if (o.__pulumiUnknown === true) return UNKNOWN;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(o)) if (o[k] !== undefined) out[k] = redact(o[k]);
        return out;
    }
    return value;
}

/**
 * A stack output as the state keeps it: a secret nested in a plain object stays where it is (the
 * engine serialises each member), so only that member reads "[secret]", not the whole output.
 */
async function outputValue(value: unknown): Promise<unknown> {
    if (pulumi.Output.isInstance(value)) {
        if (await pulumi.isSecret(value)) return REDACTED;
        // An output of a resource the preview cannot know resolves to undefined; lifting it (as the
        // SDK does for stack outputs) turns that into the unknown marker.
        if (!(await (value as unknown as { isKnown: Promise<boolean> }).isKnown)) return UNKNOWN;
        return outputValue(await unwrap(value));
    }
    if (value instanceof Promise) return outputValue(await value);
    if (Array.isArray(value)) return Promise.all(value.map(outputValue));
    if (value !== null && typeof value === "object" && !pulumi.Resource.isInstance(value)) {
        const o = value as Record<string, unknown>;
        if (o[SECRET_SIG_KEY] === SECRET_SIG) return REDACTED;
        if (o.__pulumiUnknown === true) return UNKNOWN;
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(o)) {
            if (o[k] === undefined) continue;
            out[k] = await outputValue(o[k]);
        }
        return out;
    }
    return value;
}

async function resourcesIn(value: unknown, acc: Set<pulumi.Resource>): Promise<void> {
    if (pulumi.Output.isInstance(value)) {
        const internals = value as unknown as OutputInternals;
        const found = internals.allResources ? await internals.allResources() : internals.resources();
        for (const r of found) acc.add(r);
        return;
    }
    if (pulumi.Resource.isInstance(value)) {
        acc.add(value);
        return;
    }
    if (Array.isArray(value)) {
        for (const v of value) await resourcesIn(v, acc);
    } else if (value !== null && typeof value === "object" && !(value instanceof Promise)) {
        for (const v of Object.values(value)) await resourcesIn(v, acc);
    }
}

/**
 * Waits until no registration is pending: every resource the program constructed has its URN (and,
 * for a custom resource, its id) and the SDK has no RPC in flight. Awaiting one output is not enough:
 * children that take a parent's output register later, so this repeats until a round finds no new
 * resource. `waitForRPCs` is internal to the SDK (pulumi/pulumi#6666 asks for a public API). Waiting
 * for exactly this replaced a fixed 60 event-loop turns, of which the last 40 only cost time.
 */
async function settle(captured: readonly Captured[]): Promise<void> {
    const internals = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
    for (let seen = -1; seen !== captured.length; ) {
        seen = captured.length;
        await Promise.all(
            captured.flatMap((c) => [unwrap(c.resource.urn), ...(pulumi.CustomResource.isInstance(c.resource) ? [unwrap(c.resource.id)] : [])]),
        );
        if (internals.waitForRPCs) await internals.waitForRPCs();
        // Continuations queued by what just resolved (a child constructed in an apply) run before the next count.
        await new Promise((r) => setImmediate(r));
    }
}

function aliasText(a: unknown): Promise<string> {
    return unwrap(a as pulumi.Input<string>).then((v) => (typeof v === "string" ? v : JSON.stringify(v)));
}

/** Forgets the program's modules so that the next plan evaluates it afresh with its own config. */
function forgetProgram(programDir: string): void {
    for (const id of Object.keys(require.cache)) {
        if (id.startsWith(programDir + path.sep)) delete require.cache[id];
    }
}

function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortKeys(o[k])]));
    }
    return value;
}

/** The plan as the JSON document `npm run plan -- --json` writes: sorted keys, newline at the end. */
export function planToJson(plan: Plan): string {
    return `${JSON.stringify(sortKeys(plan), null, 2)}\n`;
}

/**
 * Plans a stack of the checkout by name. A stack that reads layers from others gets their outputs
 * from their plans, made first (tools/plan/layered.ts); `planned` keeps the plans made on the way,
 * by stack name, for the next call.
 */
export async function planStack(stack: string, options: PlanOptions & { readonly planned?: Map<string, Plan> } = {}): Promise<Plan> {
    const root = path.resolve(options.root ?? REPO_ROOT);
    const { planLayered } = await import("./layered");
    return planLayered(readStackConfig(root, stack), { ...options, root });
}

/** Plans a stack whose configuration was read already (the command line reads it before loading the SDK). */
export async function planConfig(config: StackConfig, options: PlanOptions = {}): Promise<Plan> {
    // Some SDK continuations wait on nothing Node counts as pending work; without a live handle
    // the process exits mid-plan with code 0. An idle interval keeps the event loop open.
    const keepAlive = setInterval(() => undefined, 60_000);
    try {
        return await evaluate(config, options);
    } finally {
        clearInterval(keepAlive);
    }
}

async function evaluate(config: StackConfig, options: PlanOptions): Promise<Plan> {
    const { stack } = config;
    const programDir = programOf(path.resolve(options.root ?? REPO_ROOT), options);

    const mocks = new PlanMocks(options.preview ?? false, config.values["alicloud:region"], options.references ?? new Map(), offlineAccount(config.values["dakar2026:accountId"]));
    await pulumi.runtime.setMocks(mocks, config.project, stack, options.preview ?? false);
    pulumi.runtime.setAllConfig({ ...config.values }, [...config.secretKeys]);
    forgetProgram(programDir);

    const warnings: string[] = [];
    const captured: Captured[] = [];
    const originalWarn = console.warn;
    // Without an engine the SDK prints warnings (deprecations, undefined outputs) to the console;
    // the plan keeps them as data instead.
    console.warn = (...args: unknown[]) => {
        warnings.push(args.map(String).join(" ").replace(/^warning: \[runtime\] /, ""));
    };
    let exported: Record<string, unknown> = {};
    let programError: unknown;
    try {
        await pulumi.runtime.runInPulumiStack(async () => {
            pulumi.runtime.registerStackTransformation((args) => {
                // Under the engine, secret outputs are the engine's business; the mocks must do it.
                mocks.secretOutputs.set(`${args.type}::${args.name}`, (args.opts as pulumi.CustomResourceOptions).additionalSecretOutputs ?? []);
                captured.push({ resource: args.resource, type: args.type, name: args.name, props: args.props, opts: args.opts });
                return undefined;
            });
            try {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- the program must load after the mocks, at this point.
                const program = require(programDir) as Record<string, unknown> | (() => Promise<Record<string, unknown>>);
                // A program that exports a function (infra/index.ts does: it awaits other stacks'
                // outputs) is called, and what it returns are the stack outputs, as the SDK does.
                exported = typeof program === "function" ? { ...(await program()) } : { ...program };
            } catch (e) {
                // Rethrown below: thrown from here it would also surface as an unhandled rejection
                // of the stack resource's registration.
                programError = e;
            }
            return exported;
        });
        await settle(captured);
        if (programError !== undefined) throw programError;
    } finally {
        console.warn = originalWarn;
    }

    const stackUrn = `urn:pulumi:${stack}::${config.project}::pulumi:pulumi:Stack::${config.project}-${stack}`;
    const byKey = new Map<string, Recorded>();
    for (const r of mocks.recorded) {
        const k = `${r.type}::${r.name}`;
        // Pulumi keys resources by URN; type + name is unique here because every logical name
        // derives from its component's name. Two equal keys would make the join below ambiguous.
        if (byKey.has(k) && r.type !== "pulumi:pulumi:Stack") throw new Error(`offline plan: two resources are both ${k}`);
        byKey.set(k, r);
    }

    // The mock runtime builds a URN from the parent's own type only, and counts the root stack as a
    // parent ("pulumi:pulumi:Stack$dakar2026:keys:Keys"). The engine qualifies a type with the
    // parent's whole qualified type and leaves the root stack out ("dakar2026:keys:Keys"); seen under
    // `npm run engine`. The plan uses the engine's URNs.
    const mockParents = new Map<string, { type: string; name: string; parent: string | undefined }>();
    for (const c of captured) {
        mockParents.set(await unwrap(c.resource.urn), { type: c.type, name: c.name, parent: c.opts.parent ? await unwrap(c.opts.parent.urn) : undefined });
    }
    const qualifiedTypes = new Map<string, string>();
    const qualifiedType = (mockUrn: string): string => {
        const known = qualifiedTypes.get(mockUrn);
        if (known !== undefined) return known;
        const r = mockParents.get(mockUrn);
        if (!r) throw new Error(`offline plan: ${mockUrn} was never constructed`);
        const q = r.parent === undefined || !mockParents.has(r.parent) ? r.type : `${qualifiedType(r.parent)}$${r.type}`;
        qualifiedTypes.set(mockUrn, q);
        return q;
    };
    const engineUrn = (mockUrn: string): string => {
        const r = mockParents.get(mockUrn);
        return r ? `urn:pulumi:${stack}::${config.project}::${qualifiedType(mockUrn)}::${r.name}` : mockUrn;
    };

    // The mock monitor keeps what registerResourceOutputs sent (a protobuf Struct) as the state of
    // components and of the root stack.
    const monitor = pulumi.runtime.getMonitor() as unknown as MockMonitor;
    const registeredOutputs = (mockUrn: string): Record<string, unknown> | undefined => {
        const state = monitor.resources.get(mockUrn)?.state as { toJavaScript?: () => Record<string, unknown> } | undefined;
        return typeof state?.toJavaScript === "function" ? state.toJavaScript() : undefined;
    };

    const resources: PlanResource[] = [];
    for (const c of captured) {
        const rec = byKey.get(`${c.type}::${c.name}`);
        if (!rec) throw new Error(`offline plan: ${c.type} ${c.name} was constructed but never registered`);
        const urn = engineUrn(await unwrap(c.resource.urn));
        const parent = c.opts.parent ? engineUrn(await unwrap(c.opts.parent.urn)) : stackUrn;
        const dependsOnRaw = c.opts.dependsOn ? await unwrap(c.opts.dependsOn as pulumi.Input<pulumi.Input<pulumi.Resource>[] | pulumi.Resource>) : [];
        const dependsOn = await Promise.all(
            (Array.isArray(dependsOnRaw) ? dependsOnRaw : [dependsOnRaw]).map(async (d) => engineUrn(await unwrap((await unwrap(d)).urn))),
        );
        const provider = c.opts.provider ? engineUrn(await unwrap(c.opts.provider.urn)) : undefined;
        const propertyDependencies: Record<string, string[]> = {};
        for (const [prop, value] of Object.entries(c.props ?? {})) {
            const found = new Set<pulumi.Resource>();
            await resourcesIn(value, found);
            const urns = (await Promise.all([...found].map(async (r) => engineUrn(await unwrap(r.urn))))).filter((u) => u !== urn).sort();
            if (urns.length > 0) propertyDependencies[prop] = urns;
        }
        // protect is inherited from the parent when not given (Resource constructor does the same).
        const protect = Boolean((c.resource as unknown as { __protect?: boolean }).__protect);
        const secretOutputs = [...(c.opts.additionalSecretOutputs ?? [])];
        // A component's outputs are what it registered (registerOutputs), not its arguments: stack
        // policies see those under the engine (npm run engine, test/tools/engine.test.ts).
        const outputs = redact(rec.custom ? rec.state : (registeredOutputs(await unwrap(c.resource.urn)) ?? {})) as Record<string, unknown>;
        for (const k of secretOutputs) if (k in outputs) outputs[k] = REDACTED;
        resources.push({
            urn,
            type: c.type,
            name: c.name,
            parent,
            custom: rec.custom,
            ...(rec.id !== undefined ? { id: rec.id } : {}),
            inputs: redact(rec.inputs) as Record<string, unknown>,
            outputs,
            options: {
                protect,
                dependsOn: [...dependsOn].sort(),
                ignoreChanges: [...(c.opts.ignoreChanges ?? [])],
                retainOnDelete: c.opts.retainOnDelete ?? false,
                deleteBeforeReplace: c.opts.deleteBeforeReplace ?? false,
                aliases: await Promise.all((c.opts.aliases ?? []).map(aliasText)),
                additionalSecretOutputs: secretOutputs,
                ...(provider ? { provider } : {}),
            },
            propertyDependencies,
        });
    }

    // The engine creates one default provider per package used without an explicit provider; its
    // inputs are the package's config keys. Policies (region, residency) read them.
    // A StackReference is read through the engine's built-in provider, which the engine registers as
    // "pulumi:providers:pulumi::default" (unversioned, no inputs; seen under npm run engine).
    const references = resources.filter((r) => r.type === "pulumi:pulumi:StackReference");
    if (references.length > 0) {
        const urn = `urn:pulumi:${stack}::${config.project}::pulumi:providers:pulumi::default`;
        resources.push({ urn, type: "pulumi:providers:pulumi", name: "default", custom: true, id: "default-offline", inputs: {}, outputs: {}, options: { ...NO_OPTIONS }, propertyDependencies: {} });
        for (let i = 0; i < resources.length; i++) {
            if (resources[i].type === "pulumi:pulumi:StackReference") resources[i] = { ...resources[i], options: { ...resources[i].options, provider: urn } };
        }
    }
    const usedPackages = new Set(resources.filter((r) => r.custom && !r.options.provider && !r.type.startsWith("pulumi:")).map((r) => r.type.split(":")[0]));
    for (const pkg of [...usedPackages].sort()) {
        const version = PROVIDER_VERSIONS[pkg] ?? "0.0.0";
        const inputs: Record<string, unknown> = { version };
        for (const [k, v] of Object.entries(config.values)) {
            if (k.startsWith(`${pkg}:`)) inputs[k.slice(pkg.length + 1)] = config.secretKeys.includes(k) ? REDACTED : v;
        }
        const name = `default_${version.replace(/\./g, "_")}`;
        // No parent: the engine registers default providers outside the resource tree.
        resources.push({
            urn: `urn:pulumi:${stack}::${config.project}::pulumi:providers:${pkg}::${name}`,
            type: `pulumi:providers:${pkg}`,
            name,
            custom: true,
            id: `${name}-offline`,
            inputs,
            outputs: inputs,
            options: { ...NO_OPTIONS },
            propertyDependencies: {},
        });
    }
    // A stack output may carry a component's URN (a layer's outputs do, for aliases): the engine gives
    // the program its own URNs, so the plan shows those, not the mock runtime's.
    const engineUrns = (v: unknown): unknown => {
        if (typeof v === "string") return mockParents.has(v) ? engineUrn(v) : v;
        if (Array.isArray(v)) return v.map(engineUrns);
        if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, engineUrns(x)]));
        return v;
    };
    const outputs: Record<string, unknown> = {};
    for (const k of Object.keys(exported).sort()) {
        const value = exported[k];
        if (value === undefined) continue;
        outputs[k] = engineUrns(await outputValue(value));
    }
    // The root resource every top-level resource's `parent` points at. As in the engine's state, its
    // outputs are the stack outputs: stack policies read the stack's `environment` there.
    resources.push({
        urn: stackUrn,
        type: "pulumi:pulumi:Stack",
        name: `${config.project}-${stack}`,
        custom: false,
        inputs: {},
        outputs,
        options: { ...NO_OPTIONS },
        propertyDependencies: {},
    });
    resources.sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0));

    return {
        project: config.project,
        stack,
        profile: config.values[`${config.project}:profile`] ?? "",
        resources,
        outputs,
        warnings: [...new Set(warnings)].sort(),
    };
}
