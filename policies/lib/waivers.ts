/**
 * Waivers: reviewed, time-boxed exceptions to a policy for named resources.
 *
 * Applying them is a step of its own, after the policies have run: `applyWaivers` takes findings,
 * the waivers and a date, and returns the findings marked. The pack's engine wrapper and the offline
 * audit both call it, so a finding is waived in exactly the same cases in both. An expired waiver no
 * longer suppresses anything; the `waiver-not-expired` stack rule reports it as a violation of its own.
 */
import { isCalendarDate } from "./dates";
import type { Lang } from "./rule";

export interface Waiver {
    /** Policy id the waiver applies to. */
    readonly policy: string;
    /** URN pattern; `*` matches any run of characters (including `::` and `$`). */
    readonly resource: string;
    /** Why the risk is accepted, in English (what the Pulumi engine prints). */
    readonly reason: string;
    /**
     * The same reason in French, required: Senum's auditors read the reports in French first, and a
     * French report must not fall back to English for the one sentence that justifies an exception.
     */
    readonly reasonFr: string;
    /** Who answers for the risk (a person or a team mailbox). */
    readonly owner: string;
    /** Last day (YYYY-MM-DD, inclusive) the waiver is in force. */
    readonly expires: string;
}

const FIELDS = ["policy", "resource", "reason", "reasonFr", "owner", "expires"] as const;

function globToRegExp(pattern: string): RegExp {
    const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
    return new RegExp(`^${escaped}$`);
}

const compiled = new WeakMap<Waiver, RegExp>();

function matcher(w: Waiver): RegExp {
    let re = compiled.get(w);
    if (!re) {
        re = globToRegExp(w.resource);
        compiled.set(w, re);
    }
    return re;
}

export function isExpired(w: Waiver, today: string): boolean {
    return w.expires < today;
}

/** The first unexpired waiver that covers this policy and URN, if any. */
export function findWaiver(waivers: readonly Waiver[], policy: string, urn: string, today: string): Waiver | undefined {
    for (const w of waivers) {
        if (w.policy === policy && !isExpired(w, today) && matcher(w).test(urn)) {
            return w;
        }
    }
    return undefined;
}

/** What a waiver is matched against: a policy's finding on a resource. */
export interface Waivable {
    readonly policy: string;
    /** A finding without URN names no resource, so no waiver can cover it. */
    readonly urn?: string;
    /**
     * True for the engine's own "can't run during preview" finding: it says the policy could not
     * run, not that it found something, and the engine never waives it.
     */
    readonly preview?: boolean;
}

export type Waived<F> = F & { readonly waived?: Waiver };

/**
 * Marks each finding covered by a waiver in force on `today` (YYYY-MM-DD) with that waiver (the
 * first in file order). Pure: same arguments, same result; the findings given are not changed.
 */
export function applyWaivers<F extends Waivable>(findings: readonly F[], waivers: readonly Waiver[], today: string): Waived<F>[] {
    return findings.map((f) => {
        const waiver = f.urn === undefined || f.preview ? undefined : findWaiver(waivers, f.policy, f.urn, today);
        return waiver ? { ...f, waived: waiver } : f;
    });
}

/**
 * Checks the shape of a parsed waivers file and returns it typed. Throws an Error whose message
 * names the entry, the field and what is expected; both the pack and the audit show it as is.
 */
export function parseWaivers(raw: unknown, source: string): Waiver[] {
    const list = (raw as { waivers?: unknown } | null)?.waivers;
    if (!Array.isArray(list)) {
        throw new Error(`${source}: expected an object with a "waivers" array`);
    }
    return list.map((entry: unknown, i: number) => {
        if (typeof entry !== "object" || entry === null) {
            throw new Error(`${source}: waivers[${i}] must be an object with ${FIELDS.join(", ")}`);
        }
        const e = entry as Record<string, unknown>;
        // A misspelt field ("reason_fr") would otherwise be dropped silently while the file looks complete.
        const unknown = Object.keys(e).filter((k) => !(FIELDS as readonly string[]).includes(k));
        if (unknown.length > 0) {
            throw new Error(`${source}: waivers[${i}] has unknown field "${unknown[0]}" (allowed: ${FIELDS.join(", ")})`);
        }
        for (const f of FIELDS) {
            if (typeof e[f] !== "string" || (e[f] as string).trim() === "") {
                throw new Error(`${source}: waivers[${i}].${f} must be a non-empty string (got ${JSON.stringify(e[f])})`);
            }
        }
        const expires = e.expires as string;
        if (!isCalendarDate(expires)) {
            throw new Error(`${source}: waivers[${i}].expires "${expires}" is not a date in the form YYYY-MM-DD`);
        }
        return {
            policy: e.policy as string,
            resource: e.resource as string,
            reason: e.reason as string,
            reasonFr: e.reasonFr as string,
            owner: e.owner as string,
            expires,
        };
    });
}

/** The waiver's reason in the report's language. */
export function waiverReason(w: Pick<Waiver, "reason" | "reasonFr">, lang: Lang): string {
    return lang === "fr" ? w.reasonFr : w.reason;
}

/** Reads and checks a waivers file (JSON); used by the pack at start-up and by the offline audit. */
export function readWaiverFile(file: string): Waiver[] {
    // Required lazily so that rule modules importing this file stay free of Node built-ins at load time.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("node:fs") as typeof import("node:fs");
    let raw: unknown;
    try {
        raw = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new Error(`${file}: ${(e as Error).message.split("\n")[0]}`);
    }
    return parseWaivers(raw, file);
}
