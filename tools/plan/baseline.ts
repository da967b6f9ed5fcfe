/**
 * The guard against losing data by refactoring. A rename or a new parent changes a resource's URN;
 * without an alias from the old URN the engine deletes the old resource and creates a new one, and
 * for a bucket, a database or a key that means the data is gone. The committed baseline lists the
 * stateful resources of every environment; `compareWithBaseline` says which of them a plan would
 * delete (no resource and no alias answers to them), which it renames under an alias, and which
 * stateful resources the baseline does not list yet.
 *
 * Entries are keyed by environment, then by the URN without its stack and project: the type chain
 * of the parents, the type and the logical name ("dakar2026:storage:Storage$alicloud:oss/bucket:Bucket::
 * dakar2026-prod-storage-media"). Not by stack: moving resources between stacks of one environment
 * (`pulumi state move`) keeps their keys, so it is not a deletion as long as every stack of the
 * environment is planned.
 *
 * What it cannot see offline: a change of an input that the provider can only apply by replacing
 * the resource (a bucket's redundancy type, a database's zone...). Only `pulumi preview` against the
 * real state shows those; `formatComparison` says so in every report.
 */
import type { Plan, PlanResource } from "./types";

/** Types whose loss cannot be undone by creating them again: data, keys, addresses, generated secrets. */
export const STATEFUL_TYPES: readonly string[] = [
    "alicloud:oss/bucket:Bucket",
    "alicloud:rds/instance:Instance",
    "alicloud:rds/database:Database",
    "alicloud:kvstore/instance:Instance",
    "alicloud:kms/key:Key",
    "alicloud:kms/secret:Secret",
    "alicloud:log/project:Project",
    "alicloud:log/store:Store",
    "alicloud:vpc/natGateway:NatGateway",
    "alicloud:ecs/eipAddress:EipAddress",
    // The ALB's DNS name is what the API's CNAME points at (a new ALB is a new name to publish); the
    // WAF instance carries the protection rules tuned during the Games.
    "alicloud:alb/loadBalancer:LoadBalancer",
    "alicloud:wafv3/instance:Instance",
    "random:index/randomString:RandomString",
    "random:index/randomPassword:RandomPassword",
];

/** The one command that rewrites the baseline from today's plans, on purpose. */
export const UPDATE_COMMAND = "npm run baseline -- --update";

/** Offline the plan cannot tell which input changes force a replacement: every report says so. */
export const OFFLINE_LIMIT =
    "Offline, the plan cannot know every property change that forces a replacement (a bucket's redundancy type, a database's " +
    "zone or storage type, a key's spec...): those delete and recreate a resource under the same URN. Run `pulumi preview` " +
    "against the stack's real state and read its replacements before `pulumi up`.";

export interface BaselineEnvironment {
    /** Stacks seen in the environment when the baseline was written: information, not part of any key. */
    readonly stacks: readonly string[];
    /** Keys of its stateful resources, sorted. */
    readonly resources: readonly string[];
}

export interface Baseline {
    readonly project: string;
    readonly environments: Readonly<Record<string, BaselineEnvironment>>;
}

export interface Lost {
    readonly environment: string;
    readonly key: string;
    readonly type: string;
    readonly name: string;
    /** Types of the parents, outermost first (empty for a resource at the top of the stack). */
    readonly parents: readonly string[];
    /** What to do: add an alias, or update the baseline on purpose. */
    readonly message: string;
}

export interface Renamed {
    readonly environment: string;
    /** The baseline's key, which an alias of `urn` maps. */
    readonly key: string;
    readonly urn: string;
}

export interface Unlisted {
    readonly environment: string;
    readonly key: string;
    readonly urn: string;
}

export interface BaselineComparison {
    /** Environments the plans belong to. */
    readonly environments: readonly string[];
    /** Stateful resources of the baseline that no planned resource and no alias answers to: the engine would delete them. */
    readonly deleted: readonly Lost[];
    /** Stateful resources planned under a new URN, whose alias keeps their identity. */
    readonly renamed: readonly Renamed[];
    /** Stateful resources planned that the baseline does not list (new ones): until it does, nothing guards them. */
    readonly unlisted: readonly Unlisted[];
    /** Stacks the baseline lists for a planned environment that were not planned: their resources may show as deleted. */
    readonly unplannedStacks: Readonly<Record<string, readonly string[]>>;
}

/** A URN's parts; undefined for anything that is not a URN. */
export function parseUrn(urn: string): { stack: string; project: string; key: string; chain: readonly string[]; name: string } | undefined {
    const m = /^urn:pulumi:([^:]+)::([^:]+)::(.+?)::(.+)$/.exec(urn);
    if (!m) return undefined;
    // The root stack's type is never part of a chain (Pulumi's mock runtime writes it in top-level URNs).
    const chain = m[3].replace(/^pulumi:pulumi:Stack\$/, "");
    return { stack: m[1], project: m[2], key: `${chain}::${m[4]}`, chain: chain.split("$"), name: m[4] };
}

/** The environment a plan belongs to: its stack output `environment`, else its stack name. */
export function environmentOf(plan: Plan): string {
    const env = plan.outputs.environment;
    return typeof env === "string" && env !== "" ? env : plan.stack;
}

function stateful(plan: Plan): PlanResource[] {
    return plan.resources.filter((r) => STATEFUL_TYPES.includes(r.type));
}

function keyOf(urn: string): string {
    const p = parseUrn(urn);
    if (!p) throw new Error(`${urn} is not a URN`);
    return p.key;
}

/** The baseline that today's plans give: every stateful resource of every environment. */
export function baselineOf(plans: readonly Plan[]): Baseline {
    if (plans.length === 0) throw new Error("a baseline needs at least one plan");
    const project = plans[0].project;
    const environments: Record<string, { stacks: Set<string>; resources: Set<string> }> = {};
    for (const plan of plans) {
        if (plan.project !== project) throw new Error(`plans of two projects (${project}, ${plan.project}) cannot share a baseline`);
        const env = (environments[environmentOf(plan)] ??= { stacks: new Set(), resources: new Set() });
        env.stacks.add(plan.stack);
        for (const r of stateful(plan)) env.resources.add(keyOf(r.urn));
    }
    const sorted: Record<string, BaselineEnvironment> = {};
    for (const name of Object.keys(environments).sort()) {
        sorted[name] = { stacks: [...environments[name].stacks].sort(), resources: [...environments[name].resources].sort() };
    }
    return { project, environments: sorted };
}

function lost(environment: string, key: string, stack: string, project: string): Lost {
    const [chainText, ...rest] = key.split("::");
    const chain = chainText.split("$");
    const type = chain[chain.length - 1];
    const name = rest.join("::");
    const parents = chain.slice(0, -1);
    const where = parents.length > 0 ? `under ${parents.join(" > ")}` : "at the top of the stack";
    return {
        environment,
        key,
        type,
        name,
        parents,
        message:
            `${type} "${name}" (environment ${environment}, ${where}) is stateful and no planned resource or alias answers to it: ` +
            `the engine would delete it, and its data with it. If it was renamed or moved to another parent, give its new ` +
            `declaration the option aliases: ["urn:pulumi:${stack}::${project}::${key}"] (statefulOptions(parent, profile, aliases) ` +
            `takes them; core/stateful.ts childUrn builds one under another parent). If it is meant to go, run ${UPDATE_COMMAND} ` +
            `and commit the baseline with the change.`,
    };
}

/**
 * Compares the plans of one or more stacks with the baseline. Give every stack of an environment
 * (a resource moved between them keeps its key); a single plan is enough where the environment is
 * one stack. Aliases count when they are URNs (as `pulumi.createUrn` or `childUrn` give them).
 */
export function compareWithBaseline(plans: Plan | readonly Plan[], baseline: Baseline): BaselineComparison {
    const list: readonly Plan[] = Array.isArray(plans) ? plans : [plans as Plan];
    const byEnv = new Map<string, Plan[]>();
    for (const plan of list) {
        if (plan.project !== baseline.project) throw new Error(`plan of project ${plan.project} compared with a baseline of project ${baseline.project}`);
        const env = environmentOf(plan);
        byEnv.set(env, [...(byEnv.get(env) ?? []), plan]);
    }
    const deleted: Lost[] = [];
    const renamed: Renamed[] = [];
    const unlisted: Unlisted[] = [];
    const unplannedStacks: Record<string, string[]> = {};
    for (const [env, envPlans] of [...byEnv.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const listed = baseline.environments[env] ?? { stacks: [], resources: [] };
        const planned = new Map<string, string>();
        const aliased = new Map<string, string>();
        for (const plan of envPlans) {
            for (const r of plan.resources) {
                planned.set(keyOf(r.urn), r.urn);
                for (const alias of r.options.aliases) {
                    const p = parseUrn(alias);
                    if (p) aliased.set(p.key, r.urn);
                }
            }
        }
        const stack = envPlans[0].stack;
        for (const key of listed.resources) {
            if (planned.has(key)) continue;
            const by = aliased.get(key);
            if (by !== undefined) renamed.push({ environment: env, key, urn: by });
            else deleted.push(lost(env, key, stack, baseline.project));
        }
        const known = new Set(listed.resources);
        for (const plan of envPlans) {
            for (const r of stateful(plan)) {
                const key = keyOf(r.urn);
                const viaAlias = r.options.aliases.some((a) => known.has(parseUrn(a)?.key ?? ""));
                if (!known.has(key) && !viaAlias) unlisted.push({ environment: env, key, urn: r.urn });
            }
        }
        const missing = listed.stacks.filter((s) => !envPlans.some((p) => p.stack === s));
        if (missing.length > 0) unplannedStacks[env] = missing;
    }
    return { environments: [...byEnv.keys()].sort(), deleted, renamed, unlisted, unplannedStacks };
}

/** The comparison for a person: what would be lost, renamed or is unguarded, and what offline cannot see. */
export function formatComparison(c: BaselineComparison): string {
    const lines: string[] = [`Stateful resources against the baseline (environments ${c.environments.join(", ")}):`];
    if (c.deleted.length === 0) lines.push("  would be deleted: none");
    else {
        lines.push(`  would be DELETED (${c.deleted.length}):`);
        for (const d of c.deleted) lines.push(`  - ${d.message}`);
    }
    if (c.renamed.length > 0) {
        lines.push(`  renamed under an alias, identity kept (${c.renamed.length}); run ${UPDATE_COMMAND} once deployed:`);
        for (const r of c.renamed) lines.push(`  - ${r.environment}: ${r.key} -> ${r.urn}`);
    }
    if (c.unlisted.length > 0) {
        lines.push(`  not in the baseline yet, so not guarded (${c.unlisted.length}); run ${UPDATE_COMMAND} and commit it:`);
        for (const u of c.unlisted) lines.push(`  - ${u.environment}: ${u.key}`);
    }
    for (const [env, stacks] of Object.entries(c.unplannedStacks)) {
        lines.push(`  not planned, though the baseline lists them for ${env}: ${stacks.join(", ")} (their resources show as deleted)`);
    }
    lines.push("", OFFLINE_LIMIT);
    return `${lines.join("\n")}\n`;
}
