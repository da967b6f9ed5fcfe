/**
 * Large plans for `npm run bench`, made from the real ones: the offline plans of the stacks (and any
 * extra resources mixed in) are copied N times into one plan, each copy renamed so that it stands
 * beside the others as another instance of the same components would.
 *
 * A copy must not merely have new URNs: the stack rules join resources by URN (property
 * dependencies, parents), by id (a vSwitch's `vpcId`) and by cloud-side name (a flow log's
 * `logStoreName`). If copies kept the original ids or names, every copy's flow log would find every
 * copy's logstore, the joins would grow with the number of copies, and the benchmark would measure a
 * plan nobody writes. So, within one copy, every identifying string is renamed by one function:
 *
 * - a *name root* (the logical name of each top-level resource, usually a component, and of any
 *   resource whose name does not start with one; the host name of an accelerated domain; and a
 *   CloudMonitor contact's name, which is too short to carry its component's)
 *   becomes `<root>-<marker>`, wherever it occurs at a
 *   word boundary: in logical names, cloud-side names (`dakar2026-prod-network-app-a` starts with the
 *   component's name), bucket names inside policy documents. Because children and cloud-side names
 *   derive from their component's name, this is what instantiating the component under another
 *   name would give;
 * - an *id* (every resource's id, and every id the provider generates besides it: an output named
 *   `...Id` or `...Ids` that the inputs do not set, such as a NAT gateway's SNAT table id) keeps its
 *   prefix and gets new hex digits of the same length, derived from the marker and the old id (an id
 *   without trailing hex digits gets `-<marker>`);
 * - URNs get the plan's stack and the renamed name; references to the sources' stack and default
 *   providers go to the one stack and the default providers the large plan shares, as in any stack.
 *
 * Each (source, copy) pair has its own marker `c<n>`, so two sources with the same names (two stacks
 * of one environment) still give distinct copies. A source whose default provider differs from the
 * shared one (another region) keeps it, as an explicit provider per copy named by its resources.
 * Every other value (zones, CIDR blocks, tags, the EIP's TEST-NET address) stays as it is: it is the
 * same in another instance of a component, or no rule joins on it. The one stack resource the copies
 * share keeps, of the sources' stack outputs, what rules read about the copied resources: the
 * logstores declared retired (`retiredLogStores`), under each copy's names.
 *
 * The same inputs always give the same plan.
 */
import { createHash } from "node:crypto";
import { NO_OPTIONS, Plan, PlanResource, PlanResourceOptions, REDACTED, UNKNOWN } from "../plan/types";

const STACK_TYPE = "pulumi:pulumi:Stack";
const PROVIDER_TYPE = /^pulumi:providers:(.+)$/;
/** How the engine names the default provider of a package (as tools/audit/engine.ts recognises it). */
const DEFAULT_PROVIDER_NAME = /^default(_\d+_\d+_\d+.*)?$/;
/**
 * Types whose cloud-side identity is a name no component name covers, and the input holding it:
 * accelerated domains (a DNS name) and CloudMonitor contacts (`<project>-<env>-<contact>`).
 */
const SELF_NAMED: Readonly<Record<string, string>> = {
    "alicloud:cdn/domainNew:DomainNew": "domainName",
    "alicloud:dcdn/domain:Domain": "domainName",
    "alicloud:cms/alarmContact:AlarmContact": "alarmContactName",
};
/** The stack output naming logstores kept only for the logs they hold (policies/lib/retired.ts). */
const RETIRED_LOG_STORES = "retiredLogStores";
/** Outputs that hold ids: `id`, `vpcId`, `snatTableIds`... */
const ID_KEY = /(^id|Id|Ids)$/;

/**
 * A resource to mix into every copy, for example a compliant baseline of a type the stacks do not
 * declare yet. Only `type`, `name` and `inputs` are required; the rest is derived as the audit derives
 * it for a plan file: URN from type and name, a top-level parent, `custom` true, id = name, outputs =
 * inputs, no options and no property dependencies.
 */
export interface ResourceSeed {
    readonly type: string;
    readonly name: string;
    readonly inputs: Readonly<Record<string, unknown>>;
    readonly urn?: string;
    readonly parent?: string;
    readonly custom?: boolean;
    readonly id?: string;
    readonly outputs?: Readonly<Record<string, unknown>>;
    readonly options?: Partial<PlanResourceOptions>;
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

export interface ReplicateOptions {
    /** Plans to copy, usually every stack's offline plan. */
    readonly sources: readonly Plan[];
    /** Resources mixed into every copy besides the sources' (see ResourceSeed). */
    readonly extras?: readonly ResourceSeed[];
    /** Stack of the large plan (default: the first source's). */
    readonly stack?: string;
    /** Profile of the large plan, which picks the pack configuration (default: the first source's). */
    readonly profile?: string;
}

/** Where one copy came from: the source's label and, for each of its resources, source URN → copy URN. */
export interface CopyOrigin {
    readonly source: string;
    readonly marker: string;
    readonly urns: ReadonlyMap<string, string>;
}

export interface Replica {
    readonly plan: Plan;
    /** The resources every copy shares: the stack and the default providers. */
    readonly shared: readonly string[];
    /** One entry per (copy, source) pair, in plan order. */
    readonly copies: readonly CopyOrigin[];
}

/** A part of a string that a copy renames. */
interface Token {
    readonly text: string;
    readonly kind: "root" | "id";
}

/** What one source contributes to every copy, with its renaming prepared once. */
interface Unit {
    readonly label: string;
    readonly members: readonly PlanResource[];
    /** Source URN → URN in the large plan, for what copies share (the source's stack and default providers). */
    readonly toShared: ReadonlyMap<string, string>;
    readonly pattern: RegExp;
    readonly roots: ReadonlySet<string>;
    /** String → its parts, or null when nothing in it is renamed. */
    readonly templates: Map<string, readonly (string | Token)[] | null>;
    /** The source's `retiredLogStores` stack output: logstore name → last day kept. */
    readonly retired: Readonly<Record<string, unknown>>;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern matching any of `literals` as a whole word: not inside a longer name or id (no letter,
 * digit, `_` or `-` before it; no letter, digit or `_` after it, so `<root>-suffix` matches). The
 * longest literal wins where several start at the same place.
 */
function tokens(literals: readonly string[], flags: "" | "g"): RegExp {
    const sorted = [...new Set(literals)].filter((t) => t !== "").sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    if (sorted.length === 0) return new RegExp("(?!)", flags);
    // "_" may precede a name: a service's prefix (ActionTrail's logstore `actiontrail_<trail name>`).
    return new RegExp(`(?<![A-Za-z0-9-])(?:${sorted.map(escape).join("|")})(?![A-Za-z0-9_])`, flags);
}

/** Stable text of a value (object keys sorted), to compare providers' inputs. */
function canonical(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(",")}}`;
    }
    return JSON.stringify(value) ?? "undefined";
}

function stackUrn(stack: string, project: string): string {
    return `urn:pulumi:${stack}::${project}::${STACK_TYPE}::${project}-${stack}`;
}

/** The seeds as a plan of their own, so that they go through the same renaming as a stack's plan. */
function seedPlan(seeds: readonly ResourceSeed[], project: string): Plan {
    const stack = "extras";
    const resources: PlanResource[] = seeds.map((s) => {
        const custom = s.custom !== false;
        return {
            urn: s.urn ?? `urn:pulumi:${stack}::${project}::${s.type}::${s.name}`,
            type: s.type,
            name: s.name,
            parent: s.parent ?? stackUrn(stack, project),
            custom,
            ...(custom || s.id !== undefined ? { id: s.id ?? s.name } : {}),
            inputs: s.inputs,
            outputs: s.outputs ?? s.inputs,
            options: { ...NO_OPTIONS, ...(s.options ?? {}) },
            propertyDependencies: s.propertyDependencies ?? {},
        };
    });
    return { project, stack, profile: "", resources, outputs: {}, warnings: [] };
}

/** A package's default provider, which the engine creates and every copy shares (an explicit provider is copied). */
export function isDefaultProvider(r: Pick<PlanResource, "type" | "name">): boolean {
    return PROVIDER_TYPE.test(r.type) && DEFAULT_PROVIDER_NAME.test(r.name);
}

export class Replicator {
    readonly project: string;
    readonly stack: string;
    readonly profile: string;
    private readonly stackResource: PlanResource;
    /** The large plan's default providers, by package. */
    private readonly providers = new Map<string, PlanResource>();
    private readonly units: Unit[] = [];

    constructor(options: ReplicateOptions) {
        const first = options.sources[0];
        if (first === undefined) throw new Error("replicate: no source plan to copy");
        this.project = first.project;
        this.stack = options.stack ?? first.stack;
        this.profile = options.profile ?? first.profile;
        const root = stackUrn(this.stack, this.project);
        // Copies of the stack that owns the account keep its account-wide resources, which the pack
        // judges only in a stack that says it owns the account (its `accountOwner` output).
        const owner = options.sources.some((p) => p.resources.some((r) => r.type === STACK_TYPE && r.outputs.accountOwner === true));
        this.stackResource = {
            urn: root,
            type: STACK_TYPE,
            name: `${this.project}-${this.stack}`,
            custom: false,
            inputs: {},
            outputs: owner ? { accountOwner: true } : {},
            options: { ...NO_OPTIONS },
            propertyDependencies: {},
        };
        // The first source that has a default provider for a package gives the one the large plan shares.
        for (const source of options.sources) {
            for (const r of source.resources) {
                const pkg = PROVIDER_TYPE.exec(r.type)?.[1];
                if (pkg === undefined || !isDefaultProvider(r) || this.providers.has(pkg)) continue;
                this.providers.set(pkg, { ...r, urn: `urn:pulumi:${this.stack}::${this.project}::${r.type}::${r.name}`, parent: root });
            }
        }
        const extras = options.extras ?? [];
        const labelled: [string, Plan][] = options.sources.map((s) => [s.stack, s]);
        if (extras.length > 0) labelled.push(["extras", seedPlan(extras, this.project)]);
        for (const [label, plan] of labelled) this.units.push(this.unit(label, plan));
    }

    /** Resources one copy adds: the members of every source. */
    get perCopy(): number {
        return this.units.reduce((n, u) => n + u.members.length, 0);
    }

    /** Resources every plan has once, whatever the number of copies: the stack and the shared default providers. */
    get sharedCount(): number {
        return 1 + this.providers.size;
    }

    /** The number of copies whose plan comes closest to `resources` (at least one). */
    copiesFor(resources: number): number {
        return Math.max(1, Math.round((resources - this.sharedCount) / this.perCopy));
    }

    /** The large plan with `copies` copies of every source. */
    replicate(copies: number): Replica {
        if (!Number.isInteger(copies) || copies < 1) throw new Error(`replicate: copies must be a positive integer (got ${copies})`);
        const retired: Record<string, unknown> = {};
        const copied: PlanResource[] = [];
        const origins: CopyOrigin[] = [];
        let n = 0;
        for (let c = 0; c < copies; c++) {
            for (const unit of this.units) {
                n++;
                const marker = `c${n}`;
                const made = this.instantiate(unit, marker);
                copied.push(...made.values());
                origins.push({ source: unit.label, marker, urns: new Map([...made].map(([from, r]) => [from, r.urn])) });
                const rename = this.renamer(unit, marker);
                for (const [name, until] of Object.entries(unit.retired)) retired[rename(name)] = until;
            }
        }
        const stack = Object.keys(retired).length === 0 ? this.stackResource : { ...this.stackResource, outputs: { ...this.stackResource.outputs, [RETIRED_LOG_STORES]: retired } };
        const shared = [stack, ...[...this.providers.keys()].sort().map((k) => this.providers.get(k) as PlanResource)];
        const resources: PlanResource[] = [...shared, ...copied];
        // Each copy renames what it holds with its own marker, so URNs can only clash if the renaming is wrong.
        const seen = new Set<string>();
        for (const r of resources) {
            if (seen.has(r.urn)) throw new Error(`replicate: two resources are both ${r.urn} after renaming`);
            seen.add(r.urn);
        }
        const plan: Plan = { project: this.project, stack: this.stack, profile: this.profile, resources, outputs: {}, warnings: [] };
        return { plan, shared: shared.map((r) => r.urn), copies: origins };
    }

    /** Prepares one source: what is shared, what is copied, and the names and ids a copy renames. */
    private unit(label: string, plan: Plan): Unit {
        const root = plan.resources.find((r) => r.type === STACK_TYPE)?.urn ?? stackUrn(plan.stack, plan.project);
        const toShared = new Map<string, string>([[root, this.stackResource.urn]]);
        const own: PlanResource[] = [];
        /** Packages whose default provider this source keeps as an explicit one: package → its URN in the source. */
        const explicit = new Map<string, string>();
        for (const r of plan.resources) {
            if (r.type === STACK_TYPE) continue;
            const pkg = PROVIDER_TYPE.exec(r.type)?.[1];
            if (pkg !== undefined && isDefaultProvider(r)) {
                const shared = this.providers.get(pkg);
                if (shared !== undefined && canonical(shared.inputs) === canonical(r.inputs)) {
                    toShared.set(r.urn, shared.urn);
                    continue;
                }
                // Another region or version: the engine's "default" name would make the audit take it for the
                // shared default, so it becomes an explicit provider that this source's resources name.
                const name = `${plan.project}-${plan.stack}-${pkg}-provider`;
                const urn = `urn:pulumi:${plan.stack}::${plan.project}::${r.type}::${name}`;
                explicit.set(pkg, urn);
                own.push({ ...r, urn, name, parent: root });
                continue;
            }
            own.push(r);
        }
        const members = own.map((r) => {
            const pkg = r.type.split(":")[0];
            const provider = explicit.get(pkg);
            if (provider === undefined || !r.custom || r.options.provider !== undefined || PROVIDER_TYPE.test(r.type)) return r;
            return { ...r, options: { ...r.options, provider } };
        });

        const memberUrns = new Set<string>();
        for (const r of members) {
            if (memberUrns.has(r.urn)) throw new Error(`replicate: ${label} has two resources ${r.urn}; every resource needs its own type and name`);
            memberUrns.add(r.urn);
        }
        // Name roots: top-level resources, then any resource whose name none of them covers.
        const top = members.filter((r) => r.parent === undefined || !memberUrns.has(r.parent)).map((r) => r.name);
        const underTop = tokens(top, "");
        const roots = new Set(top);
        for (const r of members) if (!underTop.test(r.name)) roots.add(r.name);
        // A CDN domain is named by its DNS name, a contact by a name shorter than its component's;
        // another instance of the component would serve another host and page other contacts, so
        // those names are roots too.
        for (const r of members) {
            const prop = SELF_NAMED[r.type];
            const own = prop === undefined ? undefined : r.inputs[prop];
            if (typeof own === "string" && own !== UNKNOWN) roots.add(own);
        }
        // Ids that hold a name (an OSS bucket's id is its name) are renamed through their root, like the name.
        const underRoots = tokens([...roots], "");
        const ids = new Set<string>();
        const addId = (id: unknown): void => {
            if (typeof id === "string" && id !== UNKNOWN && id !== REDACTED && !underRoots.test(id)) ids.add(id);
        };
        for (const r of members) {
            addId(r.id);
            for (const [key, v] of Object.entries(r.outputs)) {
                if (ID_KEY.test(key) && r.inputs[key] === undefined) for (const id of Array.isArray(v) ? v : [v]) addId(id);
            }
        }
        const outputs = plan.resources.find((r) => r.type === STACK_TYPE)?.outputs[RETIRED_LOG_STORES];
        const retired = outputs !== null && typeof outputs === "object" && !Array.isArray(outputs) ? (outputs as Record<string, unknown>) : {};
        return { label, members, toShared, pattern: tokens([...roots, ...ids], "g"), roots, templates: new Map(), retired };
    }

    private template(unit: Unit, s: string): readonly (string | Token)[] | null {
        const cached = unit.templates.get(s);
        if (cached !== undefined) return cached;
        const parts: (string | Token)[] = [];
        let last = 0;
        for (const m of s.matchAll(unit.pattern)) {
            const at = m.index ?? 0;
            if (at > last) parts.push(s.slice(last, at));
            parts.push({ text: m[0], kind: unit.roots.has(m[0]) ? "root" : "id" });
            last = at + m[0].length;
        }
        if (parts.length === 0) {
            unit.templates.set(s, null);
            return null;
        }
        if (last < s.length) parts.push(s.slice(last));
        unit.templates.set(s, parts);
        return parts;
    }

    /** How one copy renames a string: its name roots get the marker, its ids new digits. */
    private renamer(unit: Unit, marker: string): (s: string) => string {
        const renamed = new Map<string, string>();
        const token = (t: Token): string => {
            let out = renamed.get(t.text);
            if (out === undefined) {
                out = t.kind === "root" ? `${t.text}-${marker}` : newId(t.text, marker);
                renamed.set(t.text, out);
            }
            return out;
        };
        return (s: string): string => {
            if (s === UNKNOWN || s === REDACTED) return s;
            const parts = this.template(unit, s);
            return parts === null ? s : parts.map((p) => (typeof p === "string" ? p : token(p))).join("");
        };
    }

    /** One copy of a unit's members, keyed by their source URN. */
    private instantiate(unit: Unit, marker: string): Map<string, PlanResource> {
        const str = this.renamer(unit, marker);
        const value = (v: unknown): unknown => {
            if (typeof v === "string") return str(v);
            if (Array.isArray(v)) return v.map(value);
            if (v !== null && typeof v === "object") {
                const out: Record<string, unknown> = {};
                for (const [k, x] of Object.entries(v)) out[k] = value(x);
                return out;
            }
            return v;
        };
        const urn = (u: string): string => {
            const shared = unit.toShared.get(u);
            if (shared !== undefined) return shared;
            const m = /^urn:pulumi:[^:]*::[^:]*::(.*)::([^:]*)$/.exec(u);
            if (m === null) return str(u);
            return `urn:pulumi:${this.stack}::${this.project}::${m[1]}::${str(m[2])}`;
        };
        const out = new Map<string, PlanResource>();
        for (const r of unit.members) {
            const o = r.options;
            const options: PlanResourceOptions = {
                ...o,
                dependsOn: o.dependsOn.map(urn),
                ignoreChanges: [...o.ignoreChanges],
                aliases: o.aliases.map((a) => (a.startsWith("urn:") ? urn(a) : str(a))),
                additionalSecretOutputs: [...o.additionalSecretOutputs],
                ...(o.provider !== undefined ? { provider: urn(o.provider) } : {}),
            };
            const deps: Record<string, readonly string[]> = {};
            for (const [prop, urns] of Object.entries(r.propertyDependencies)) deps[prop] = urns.map(urn);
            out.set(r.urn, {
                urn: urn(r.urn),
                type: r.type,
                name: str(r.name),
                parent: r.parent === undefined ? this.stackResource.urn : urn(r.parent),
                custom: r.custom,
                ...(r.id !== undefined ? { id: str(r.id) } : {}),
                inputs: value(r.inputs) as Record<string, unknown>,
                outputs: value(r.outputs) as Record<string, unknown>,
                options,
                propertyDependencies: deps,
            });
        }
        return out;
    }
}

/**
 * A copy's id: the same prefix and as many new hex digits, derived from the marker and the old id, so
 * that it reads like the provider's and two copies never share one. Ids without trailing hex digits
 * get the marker appended, as names do.
 */
export function newId(id: string, marker: string): string {
    const m = /^(.*?)([0-9a-f]{8,})$/.exec(id);
    if (m === null) return `${id}-${marker}`;
    let hex = "";
    for (let i = 0; hex.length < m[2].length; i++) hex += createHash("sha256").update(`${marker}\0${id}\0${i}`).digest("hex");
    return m[1] + hex.slice(0, m[2].length);
}

/** `copies` copies of every source (and extra) in one plan; see Replicator. */
export function replicate(options: ReplicateOptions & { readonly copies: number }): Replica {
    return new Replicator(options).replicate(options.copies);
}
