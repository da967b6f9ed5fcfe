/** Small, pure helpers shared by rules. */
import type { PolicyResource } from "@pulumi/policy";

/** Internet-wide sources in IPv4 and IPv6 notation, as Alibaba accepts them. */
export const ANY_SOURCE: readonly string[] = ["0.0.0.0/0", "0.0.0.0", "::/0"];

/** Parses an Alibaba `portRange` ("22/22", "1/65535", "-1/-1") into bounds; -1/-1 means all ports. */
export function parsePortRange(range: string | undefined): { from: number; to: number } | undefined {
    if (range === undefined) return undefined;
    const m = /^(-?\d+)\/(-?\d+)$/.exec(range.trim());
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (from === -1 && to === -1) return { from: 1, to: 65535 };
    return { from, to };
}

export function rangeCovers(range: { from: number; to: number }, port: number): boolean {
    return port >= range.from && port <= range.to;
}

/** All resources of one type token. */
export function ofType(resources: readonly PolicyResource[], type: string): PolicyResource[] {
    return resources.filter((r) => r.type === type);
}

/** The id a resource is referred to by: the plan's id output, else its name. */
export function idOf(r: PolicyResource): string | undefined {
    const id = (r.props as { id?: unknown }).id;
    return typeof id === "string" ? id : undefined;
}

/**
 * True when `source.props[prop]` refers to `target`: either the engine recorded that the value came
 * from `target` (property dependency; what `pulumi preview` gives, since stack props carry no ids) or
 * the value equals the target's id (what an offline plan file gives). Arrays match on any element.
 */
export function refersTo(source: PolicyResource, prop: string, target: PolicyResource): boolean {
    if ((source.propertyDependencies[prop] ?? []).some((d) => d.urn === target.urn)) return true;
    const id = idOf(target);
    if (id === undefined) return false;
    const value = (source.props as Record<string, unknown>)[prop];
    if (Array.isArray(value)) return value.includes(id);
    if (typeof value === "string") return value === id || value.split(",").map((s) => s.trim()).includes(id);
    return false;
}

/**
 * `refersTo`, or the value names the target: equals one of the target's `nameProps` (RAM users,
 * groups and policies, OSS buckets and log projects are referred to by name, not by id).
 */
export function refersToByName(source: PolicyResource, prop: string, target: PolicyResource, nameProps: readonly string[]): boolean {
    if (known(() => refersTo(source, prop, target)) === true) return true;
    const t = target.props as Record<string, unknown>;
    const names = nameProps.map((p) => known(() => t[p])).filter((n): n is string => typeof n === "string" && n !== "");
    const value = known(() => (source.props as Record<string, unknown>)[prop]);
    const list: readonly unknown[] = Array.isArray(value) ? value : [value];
    for (let i = 0; i < list.length; i++) {
        const v = known(() => list[i]);
        if (typeof v === "string" && names.includes(v)) return true;
    }
    return false;
}

/**
 * Reads a plan value, giving undefined when it is unknown during preview (the engine's proxy throws an
 * UnknownValueError, recognisable by its `unknownTypeSentinel`). An unknown name cannot equal a literal,
 * and a real reference shows up in propertyDependencies instead.
 */
export function known<T>(read: () => T): T | undefined {
    try {
        return read();
    } catch (e) {
        if (isUnknownValueError(e)) return undefined;
        throw e;
    }
}

/**
 * True for @pulumi/policy's UnknownValueError (a value not known until the update was read during
 * preview). Recognised by its shape: the class is not in the package's typings.
 */
export function isUnknownValueError(e: unknown): boolean {
    return e instanceof Error && "unknownTypeSentinel" in e;
}

/** True when a plan value is really set: not undefined/null, not a blank string, not an empty array. */
export function isSet(value: unknown): boolean {
    if (value === undefined || value === null) return false;
    if (typeof value === "string") return value.trim() !== "";
    if (Array.isArray(value)) return value.some(isSet);
    return true;
}

/**
 * True when `a.props[propA]` and `b.props[propB]` point at the same thing without that thing being in
 * the stack's resources list: a shared property dependency (same URN) or a shared literal value (an
 * id in an offline plan). Arrays match on any element; blank values never match.
 */
export function sameTarget(a: PolicyResource, propA: string, b: PolicyResource, propB: string): boolean {
    const urnsB = new Set((b.propertyDependencies[propB] ?? []).map((d) => d.urn));
    if ((a.propertyDependencies[propA] ?? []).some((d) => urnsB.has(d.urn))) return true;
    const values = (r: PolicyResource, p: string): string[] => {
        const v = (r.props as Record<string, unknown>)[p];
        return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string" && x.trim() !== "");
    };
    const valuesB = values(b, propB);
    return values(a, propA).some((v) => valuesB.includes(v));
}

/** One statement of an Alibaba Cloud policy document (RAM or OSS bucket policy), list fields normalised. */
export interface PolicyStatement {
    readonly effect: string;
    readonly principals: readonly string[];
    readonly actions: readonly string[];
    /** Resource ARNs (patterns) the statement names; empty when it names none. */
    readonly resources: readonly string[];
    /** Operator ("Bool", "IpAddress"…) → lower-cased condition key → values as strings. */
    readonly condition: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

const asStrings = (v: unknown): string[] => {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v)) return v.flatMap(asStrings);
    if (typeof v === "object") return Object.values(v).flatMap(asStrings);
    return [String(v)];
};

/** Statements of a JSON policy document; undefined when the text is absent or not valid JSON. */
export function policyStatements(doc: unknown): PolicyStatement[] | undefined {
    if (typeof doc !== "string") return undefined;
    let parsed: unknown;
    try {
        parsed = JSON.parse(doc);
    } catch {
        return undefined;
    }
    const raw = (parsed as { Statement?: unknown } | null)?.Statement;
    const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    return list.map((s: Record<string, unknown>) => {
        const condition: Record<string, Record<string, string[]>> = {};
        for (const [op, keys] of Object.entries((s.Condition ?? {}) as Record<string, unknown>)) {
            condition[op] = {};
            for (const [k, v] of Object.entries((keys ?? {}) as Record<string, unknown>)) condition[op][k.toLowerCase()] = asStrings(v);
        }
        return { effect: String(s.Effect ?? ""), principals: asStrings(s.Principal), actions: asStrings(s.Action), resources: asStrings(s.Resource), condition };
    });
}

/** True when every port of `range` is in the allow-list `ports` (a 1/65535 range never is, short of 65535 entries). */
export function rangeWithin(range: { from: number; to: number }, ports: readonly number[]): boolean {
    if (range.to - range.from >= ports.length) return false;
    for (let p = range.from; p <= range.to; p++) if (!ports.includes(p)) return false;
    return true;
}

/** A plan value as a message shows it: quoted strings, JSON for the rest, "unset"/"non défini" when absent. */
export function shown(value: unknown, lang: "en" | "fr" = "en"): string {
    if (value === undefined || value === null || value === "") return lang === "en" ? "unset" : "non défini";
    return typeof value === "string" ? `"${value}"` : JSON.stringify(value);
}

/** Days in an Alibaba duration such as "365d", "8760h", "525600m" or "31536000s"; undefined when unreadable. */
export function parseDurationDays(value: string | undefined): number | undefined {
    const m = /^(\d+)\s*([dhms])$/.exec((value ?? "").trim());
    if (!m) return undefined;
    const perDay: Record<string, number> = { d: 1, h: 24, m: 1440, s: 86400 };
    return Number(m[1]) / perDay[m[2]];
}

/**
 * Who refers to whom, indexed once per list of sources and property: stack rules look up each target
 * in constant time instead of scanning every source (which made large plans quadratic). Keys are the
 * URNs of property dependencies and the string values of the property (ids or names; comma lists and
 * arrays split). Sources whose value is unknown during preview are kept apart.
 */
interface ReferenceIndex {
    readonly byUrn: Map<string, PolicyResource[]>;
    readonly byValue: Map<string, PolicyResource[]>;
    readonly unknownValued: PolicyResource[];
    readonly position: Map<PolicyResource, number>;
}

const indexes = new WeakMap<readonly PolicyResource[], Map<string, ReferenceIndex>>();

function push(map: Map<string, PolicyResource[]>, key: string, r: PolicyResource): void {
    const list = map.get(key);
    if (!list) map.set(key, [r]);
    else if (list[list.length - 1] !== r) list.push(r);
}

function referenceIndex(sources: readonly PolicyResource[], prop: string): ReferenceIndex {
    let perProp = indexes.get(sources);
    if (!perProp) {
        perProp = new Map();
        indexes.set(sources, perProp);
    }
    const cached = perProp.get(prop);
    if (cached) return cached;
    const index: ReferenceIndex = { byUrn: new Map(), byValue: new Map(), unknownValued: [], position: new Map() };
    sources.forEach((s, i) => {
        index.position.set(s, i);
        for (const d of s.propertyDependencies[prop] ?? []) push(index.byUrn, d.urn, s);
        let value: unknown;
        try {
            value = (s.props as Record<string, unknown>)[prop];
        } catch {
            index.unknownValued.push(s);
            return;
        }
        const values: unknown[] = Array.isArray(value) ? [...value] : typeof value === "string" ? [value, ...value.split(",")] : [];
        for (const v of values) if (typeof v === "string" && v.trim() !== "") push(index.byValue, v.trim(), s);
    });
    perProp.set(prop, index);
    return index;
}

function inOrder(index: ReferenceIndex, found: Set<PolicyResource>): PolicyResource[] {
    return [...found].sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
}

/**
 * The sources whose `prop` refers to `target` by reference or id: `sources.filter(s => refersTo(s, prop,
 * target))` in constant time. As with `refersTo`, a source whose value is unknown makes the check
 * unknown (the engine's UnknownValueError) unless another source refers to the target anyway.
 */
export function referrers(sources: readonly PolicyResource[], prop: string, target: PolicyResource): PolicyResource[] {
    const index = referenceIndex(sources, prop);
    const found = new Set(index.byUrn.get(target.urn) ?? []);
    const id = idOf(target);
    if (id !== undefined) for (const s of index.byValue.get(id) ?? []) found.add(s);
    if (found.size === 0) for (const s of index.unknownValued) refersTo(s, prop, target);
    return inOrder(index, found);
}

/** Resources of `type` whose `prop` refers to `target` (by reference, id or one of its `nameProps`). */
export function linkedTo(
    resources: readonly PolicyResource[],
    type: string,
    prop: string,
    target: PolicyResource,
    nameProps: readonly string[] = [],
): PolicyResource[] {
    const index = referenceIndex(typed(resources, type), prop);
    const found = new Set(index.byUrn.get(target.urn) ?? []);
    const t = target.props as Record<string, unknown>;
    const keys = [known(() => idOf(target)), ...nameProps.map((p) => known(() => t[p]))];
    for (const k of keys) if (typeof k === "string" && k !== "") for (const s of index.byValue.get(k) ?? []) found.add(s);
    return inOrder(index, found);
}

/**
 * Resources of `type` whose `prop` points at the same thing as `source.props[sourceProp]`: a shared
 * property dependency or a shared literal value (`sameTarget`, through the cached index instead of
 * a scan of every resource of `type`).
 */
export function sharingTarget(resources: readonly PolicyResource[], type: string, prop: string, source: PolicyResource, sourceProp: string): PolicyResource[] {
    const index = referenceIndex(typed(resources, type), prop);
    const found = new Set<PolicyResource>();
    for (const d of source.propertyDependencies[sourceProp] ?? []) for (const s of index.byUrn.get(d.urn) ?? []) found.add(s);
    const value = known(() => (source.props as Record<string, unknown>)[sourceProp]);
    for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === "string" && v.trim() !== "") for (const s of index.byValue.get(v.trim()) ?? []) found.add(s);
    }
    return inOrder(index, found);
}

const byTypeCache = new WeakMap<readonly PolicyResource[], Map<string, PolicyResource[]>>();

/** `ofType`, remembered per resource list so that repeated calls return the same array (and index). */
function typed(resources: readonly PolicyResource[], type: string): PolicyResource[] {
    let perType = byTypeCache.get(resources);
    if (!perType) {
        perType = new Map();
        byTypeCache.set(resources, perType);
    }
    let list = perType.get(type);
    if (!list) {
        list = ofType(resources, type);
        perType.set(type, list);
    }
    return list;
}

/**
 * Statements of every policy an OSS bucket has: its deprecated inline `policy` and each
 * oss.BucketPolicy that refers to it (by reference, id or bucket name). Unparseable documents give none.
 */
export function bucketPolicyStatements(resources: readonly PolicyResource[], bucket: PolicyResource): PolicyStatement[] {
    const docs = [
        (bucket.props as { policy?: unknown }).policy,
        ...linkedTo(resources, "alicloud:oss/bucketPolicy:BucketPolicy", "bucket", bucket, ["bucket"]).map(
            (p) => (p.props as { policy?: unknown }).policy,
        ),
    ];
    return docs.flatMap((d) => policyStatements(d) ?? []);
}
