/**
 * Runs layer components under Pulumi's mock runtime and says what they registered: for every
 * resource its URN, type, logical name, parent, inputs as the provider would receive them, the
 * fake outputs of tools/plan/fake-outputs.ts, and its effective `protect`.
 *
 * Each call installs fresh mocks, so one test file can build many configurations one after the
 * other. The caller's `build` must import the component modules itself (`await import(...)`), so
 * that nothing is constructed before the mocks are in place.
 */
import * as pulumi from "@pulumi/pulumi";
import { PROJECT } from "../../infra/core/names";
import { PlanMocks } from "../../tools/plan/mocks";

export interface Observed {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** `false` for ComponentResources. */
    readonly custom: boolean;
    readonly id: string | undefined;
    /** What the provider would receive (outputs of other resources resolved to the mocks' values). */
    readonly inputs: Readonly<Record<string, unknown>>;
    /** Inputs merged with the mocks' fake provider outputs (ARNs, addresses, table ids). */
    readonly state: Readonly<Record<string, unknown>>;
    /** Effective `protect`: the resource's own option or, when it sets none, its parent's. */
    readonly protect: boolean;
    /** Number of aliases the resource declares. */
    readonly aliases: number;
    /** The aliases given as URNs (strings or outputs of strings), resolved. */
    readonly aliasUrns: readonly string[];
    /** URN of the parent; undefined for a resource built at the top of the stack. */
    readonly parent: string | undefined;
}

export interface Scene<T> {
    /** What `build` returned (the components, to read their outputs). */
    readonly value: T;
    readonly resources: readonly Observed[];
}

/** Fields the SDK keeps on every resource object; the engine reads the same ones (tools/plan/engine.ts). */
interface ResourceInternals {
    readonly __protect?: boolean;
}

/**
 * Waits until no registration is pending. Awaiting one output does not wait for the resources that
 * depend on it; `waitForRPCs` is internal to the SDK, hence the event-loop turns around it.
 */
export async function settle(): Promise<void> {
    const internals = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
    for (let round = 0; round < 3; round++) {
        if (internals.waitForRPCs) await internals.waitForRPCs();
        for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
    }
}

/** The value of an output, once the mocks have resolved it. */
export function valueOf<T>(o: pulumi.Input<T>): Promise<T> {
    if (!pulumi.Output.isInstance(o)) return Promise.resolve(o as T);
    return new Promise((resolve) => {
        o.apply((v) => {
            resolve(v);
            return v;
        });
    });
}

/**
 * Builds resources under fresh mocks for `stack` in `region` and observes them. `build` receives
 * the options to give each top-level component (they carry the transformation that sees every
 * resource below it).
 */
export async function observe<T>(
    stack: string,
    region: string,
    build: (opts: pulumi.ComponentResourceOptions) => T | Promise<T>,
): Promise<Scene<T>> {
    const mocks = new PlanMocks(false, region);
    await pulumi.runtime.setMocks(mocks, PROJECT, stack, false);
    const seen: { resource: pulumi.Resource; type: string; name: string; parent?: pulumi.Resource; aliases: readonly unknown[] }[] = [];
    const transformation: pulumi.ResourceTransformation = (args) => {
        seen.push({ resource: args.resource, type: args.type, name: args.name, parent: args.opts.parent, aliases: args.opts.aliases ?? [] });
        return undefined;
    };
    const value = await build({ transformations: [transformation] });
    await settle();

    const recorded = new Map<string, (typeof mocks.recorded)[number]>();
    for (const r of mocks.recorded) {
        const k = `${r.type}::${r.name}`;
        if (recorded.has(k)) throw new Error(`two resources are both ${k}`);
        recorded.set(k, r);
    }
    const resources: Observed[] = [];
    for (const s of seen) {
        const r = recorded.get(`${s.type}::${s.name}`);
        if (!r) throw new Error(`${s.type} ${s.name} was constructed but never registered`);
        resources.push({
            urn: await valueOf(s.resource.urn),
            type: s.type,
            name: s.name,
            custom: r.custom,
            id: r.id,
            inputs: r.inputs,
            state: r.state,
            protect: (s.resource as unknown as ResourceInternals).__protect === true,
            aliases: s.aliases.length,
            aliasUrns: (await Promise.all(s.aliases.map((a) => valueOf(a as pulumi.Input<unknown>)))).filter((a): a is string => typeof a === "string"),
            parent: s.parent ? await valueOf(s.parent.urn) : undefined,
        });
    }
    if (resources.length !== mocks.recorded.length) {
        throw new Error(`${mocks.recorded.length} resources registered but ${resources.length} seen: build must pass its options to every top-level component`);
    }
    return { value, resources };
}

