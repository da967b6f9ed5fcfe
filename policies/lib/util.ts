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
