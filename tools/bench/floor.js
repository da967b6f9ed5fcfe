#!/usr/bin/env node
/*
 * The floor of an offline Pulumi evaluation, for `npm run bench`: the least a Node process must do to
 * evaluate the resources of a plan with Pulumi. Nothing that plans the same resources with the same
 * SDKs can be faster, so the bench quotes `npm run audit` as a ratio to this.
 *
 *   node tools/bench/floor.js <plan.json>      (a plan written by `npm run plan -- --json <file>`)
 *
 * Plain JavaScript on purpose: no ts-node, no transpiling, no project code. It
 * - loads @pulumi/pulumi and, for every resource type of the plan, the provider module and class a
 *   program needs for it (`alicloud:vpc/network:Network` → require("@pulumi/alicloud/vpc").Network), and
 *   nothing more;
 * - installs a mock monitor that answers each registration with an id and the inputs as state;
 * - inside runInPulumiStack (which registers the stack resource itself), registers each resource of the
 *   plan once, parents before children: components as ComponentResource (with their outputs
 *   registered, as a correct component does), explicit providers as ProviderResource, the rest as
 *   CustomResource with the plan's inputs and its parent and provider;
 * - leaves out the stack resource and the default providers: under the mock runtime nobody registers
 *   them (the offline plan adds them to its document afterwards);
 * - waits until every URN and id has resolved and the SDK has no registration in flight, checks that the
 *   mock saw exactly one registration per resource plus the stack, and prints one line on stdout.
 *
 * Exit codes: 0 done, 2 bad input (one line on stderr), 3 anything else.
 */
"use strict";

const started = process.hrtime.bigint();
const fs = require("node:fs");

const STACK = "pulumi:pulumi:Stack";
const PROVIDER = /^pulumi:providers:(.+)$/;
/** How the engine names a package's default provider ("default" or "default_<version>"). */
const DEFAULT_PROVIDER = /^default(_\d+_\d+_\d+.*)?$/;

class InputError extends Error {}

function readPlan(file) {
    if (!file) throw new InputError("usage: node tools/bench/floor.js <plan.json>");
    let text;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new InputError(`cannot read plan ${file}: ${e.code || e.message}`);
    }
    let plan;
    try {
        plan = JSON.parse(text);
    } catch (e) {
        throw new InputError(`${file} is not valid JSON: ${e.message}`);
    }
    if (!plan || !Array.isArray(plan.resources)) throw new InputError(`${file}: expected a plan with a "resources" array`);
    for (const [i, r] of plan.resources.entries()) {
        if (!r || typeof r.urn !== "string" || typeof r.type !== "string" || typeof r.name !== "string") {
            throw new InputError(`${file}: resources[${i}] needs "urn", "type" and "name" strings (write the plan with npm run plan -- --json)`);
        }
    }
    return plan;
}

/** The provider class a program constructs for a type token, loaded the way a deep import loads it. */
function loadClass(type) {
    const [pkg, modulePath = "", className] = type.split(":");
    const module = modulePath.split("/")[0];
    const spec = module === "" || module === "index" ? `@pulumi/${pkg}` : `@pulumi/${pkg}/${module}`;
    let exports;
    try {
        exports = require(spec);
    } catch {
        return; // not an installed SDK (a component's own type): nothing for a program to load either
    }
    void exports[className];
}

async function main() {
    const file = process.argv[2];
    const plan = readPlan(file);
    const pulumi = require("@pulumi/pulumi");
    const isDefaultProvider = (r) => PROVIDER.test(r.type) && DEFAULT_PROVIDER.test(r.name);
    const wanted = plan.resources.filter((r) => r.type !== STACK && !isDefaultProvider(r));
    for (const type of new Set(wanted.filter((r) => r.custom !== false && !PROVIDER.test(r.type)).map((r) => r.type))) loadClass(type);
    const loaded = process.hrtime.bigint();

    let registrations = 0;
    const mocks = {
        newResource: (args) => {
            registrations++;
            return { id: args.custom === false ? undefined : `${args.name}-id`, state: args.inputs };
        },
        call: (args) => {
            throw new Error(`the floor registers resources only, yet ${args.token} was invoked`);
        },
    };
    await pulumi.runtime.setMocks(mocks, plan.project || "floor", plan.stack || "floor", false);

    const byUrn = new Map(wanted.map((r) => [r.urn, r]));
    const made = new Map();
    const construct = (r) => {
        const existing = made.get(r.urn);
        if (existing) return existing;
        const opts = {};
        const parent = r.parent && byUrn.get(r.parent);
        if (parent) opts.parent = construct(parent);
        const provider = r.options && r.options.provider && byUrn.get(r.options.provider);
        if (provider) opts.provider = construct(provider);
        let resource;
        const pkg = PROVIDER.exec(r.type);
        if (pkg) {
            resource = new pulumi.ProviderResource(pkg[1], r.name, r.inputs || {}, opts);
        } else if (r.custom === false) {
            resource = new pulumi.ComponentResource(r.type, r.name, {}, opts);
            resource.registerOutputs({});
        } else {
            resource = new pulumi.CustomResource(r.type, r.name, r.inputs || {}, opts);
        }
        made.set(r.urn, resource);
        return resource;
    };

    // Some SDK continuations wait on nothing Node counts as pending work; an idle timer keeps the process
    // alive until they are done (the offline plan engine does the same).
    const keepAlive = setInterval(() => undefined, 60_000);
    try {
        await pulumi.runtime.runInPulumiStack(async () => {
            for (const r of wanted) construct(r);
            return {};
        });
        const all = [...made.values()];
        const outputs = all.flatMap((r) => (pulumi.CustomResource.isInstance(r) ? [r.urn, r.id] : [r.urn]));
        await new Promise((resolve) => pulumi.all(outputs).apply(resolve));
        // Internal to the SDK (pulumi/pulumi#6666 asks for a public way): waits for registrations in flight.
        if (typeof pulumi.runtime.waitForRPCs === "function") await pulumi.runtime.waitForRPCs();
    } finally {
        clearInterval(keepAlive);
    }
    if (registrations !== wanted.length + 1) {
        throw new Error(`the mock saw ${registrations} registrations, expected ${wanted.length} resources + the stack`);
    }
    const ms = (from, to) => Math.round(Number(to - from) / 1e6);
    const components = wanted.filter((r) => r.custom === false).length;
    process.stdout.write(
        `floor: ${wanted.length} resources (components: ${components}) + stack registered; ` +
            `load ${ms(started, loaded)} ms, register and settle ${ms(loaded, process.hrtime.bigint())} ms\n`,
    );
}

main().then(
    () => {
        process.exitCode = 0;
    },
    (e) => {
        process.stderr.write(`floor: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = e instanceof InputError ? 2 : 3;
    },
);
