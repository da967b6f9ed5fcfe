/**
 * Primitives every layer's parser uses to read its keys from the raw stack configuration. Each
 * reader stops at the first bad value with one line that names the key, the value and what is
 * allowed; nothing here knows any layer.
 */
import { RunError } from "@pulumi/pulumi/errors";
import { Cidr, formatCidr, networkOf, parseCidr } from "./cidr";
import { PROJECT } from "./names";

/** Raw configuration as the CLI passes it: full keys ("dakar2026:zones") to strings (JSON for structured values). */
export type RawConfig = Readonly<Record<string, string>>;

/**
 * Bad configuration. Extends `pulumi.RunError` so the Pulumi CLI prints only the message, without
 * the program's stack trace; `npm run plan` does the same.
 */
export class SettingsError extends RunError {
    constructor(message: string) {
        super(message);
        this.name = "SettingsError";
    }
}

/** The full key of a project setting: "vpcCidr" → "dakar2026:vpcCidr". */
export const key = (k: string): string => `${PROJECT}:${k}`;
export const quote = (v: unknown): string => JSON.stringify(v);

export function required(raw: RawConfig, k: string, what: string): string {
    const v = raw[k];
    if (v === undefined || v.trim() === "") throw new SettingsError(`${k} is required: ${what}`);
    return v;
}

export function parseJson(raw: RawConfig, k: string, what: string): unknown {
    const v = required(raw, k, what);
    try {
        return JSON.parse(v);
    } catch {
        throw new SettingsError(`${k} must be ${what} (got ${quote(v)})`);
    }
}

export function port(raw: RawConfig, k: string): number {
    const v = required(raw, k, "an integer port from 1 to 65535");
    const n = Number(v);
    if (!/^\d+$/.test(v.trim()) || n < 1 || n > 65535) throw new SettingsError(`${k} ${quote(v)} must be an integer port from 1 to 65535`);
    return n;
}

export function portList(raw: RawConfig, k: string): number[] {
    const what = "a non-empty array of integer ports from 1 to 65535, e.g. [80, 443]";
    const v = parseJson(raw, k, what);
    if (!Array.isArray(v) || v.length === 0) throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    for (const p of v) {
        if (!Number.isInteger(p) || p < 1 || p > 65535) throw new SettingsError(`${k} contains ${quote(p)}; it must be ${what}`);
    }
    if (new Set(v).size !== v.length) throw new SettingsError(`${k} lists a port twice (got ${quote(raw[k])})`);
    return v as number[];
}

export function text(raw: RawConfig, k: string, what: string, pattern: RegExp): string {
    const v = required(raw, k, what);
    if (!pattern.test(v)) throw new SettingsError(`${k} ${quote(v)} is not allowed: ${what}`);
    return v;
}

/**
 * An optional date (YYYY-MM-DD) that must exist in the calendar. Empty is unset: optional keys are
 * declared in Pulumi.yaml with an empty default, since the CLI requires declared keys without one.
 */
export function optionalDate(raw: RawConfig, k: string): string | undefined {
    const v = raw[k];
    if (v === undefined || v === "") return undefined;
    const what = "a date YYYY-MM-DD";
    // Date.parse gives NaN for a month or day out of 01..12 / 01..31 (toISOString would throw), and
    // rolls 02-30 over into March, which the round trip catches.
    const time = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== v) {
        throw new SettingsError(`${k} ${quote(v)} is not ${what}`);
    }
    return v;
}

/** Parses a CIDR that must be an aligned network; `k` names it in messages. */
export function cidrNetwork(k: string, value: unknown): Cidr {
    const p = typeof value === "string" ? parseCidr(value) : undefined;
    if (!p) throw new SettingsError(`${k} ${quote(value)} is not an IPv4 CIDR; expected a.b.c.d/n, e.g. 10.10.0.0/16`);
    const net = networkOf(p.address, p.prefix);
    if (net.base !== p.address) {
        throw new SettingsError(`${k} ${quote(value)} has host bits set; the network is ${formatCidr(net)}`);
    }
    return net;
}

export function deepFreeze<T>(o: T): T {
    if (o !== null && typeof o === "object" && !Object.isFrozen(o)) {
        Object.freeze(o);
        for (const v of Object.values(o as object)) deepFreeze(v);
    }
    return o;
}
