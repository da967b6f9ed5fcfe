/**
 * Timing of whole processes for `npm run bench`: wall time from outside, and the peak resident memory
 * of the process tree (npm starts a shell that starts Node: what a user waits for is all of it).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const GNU_TIME = "/usr/bin/time";
const MARK = "BENCH_MAXRSS_KB=";

/**
 * How peak memory is read. GNU time's %M is the largest RSS in the tree it waited for. Without it,
 * every Node process of the tree is given, through NODE_OPTIONS, a script that prints its own peak when
 * it exits; the largest is kept.
 */
export type RssProbe = { readonly kind: "gnu-time" } | { readonly kind: "node-preload"; readonly script: string };

export function rssProbe(tmp: string): RssProbe {
    if (fs.existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%M", "true"]).status === 0) return { kind: "gnu-time" };
    const script = path.join(tmp, "maxrss.js");
    fs.writeFileSync(script, `process.on("exit", () => process.stderr.write("\\n${MARK}" + process.resourceUsage().maxRSS + "\\n"));\n`);
    return { kind: "node-preload", script };
}

export function describeProbe(probe: RssProbe): string {
    return probe.kind === "gnu-time" ? "/usr/bin/time -f %M" : "process.resourceUsage().maxRSS of each Node process (NODE_OPTIONS --require)";
}

/** A command to measure: what runs, from where, and which exit codes are normal outcomes of it. */
export interface Command {
    readonly label: string;
    readonly argv: readonly string[];
    readonly cwd: string;
    readonly env?: NodeJS.ProcessEnv;
    readonly okStatus: readonly number[];
}

export interface Run {
    readonly seconds: number;
    /** Peak RSS in MiB; undefined when the probe reported nothing. */
    readonly peakMb: number | undefined;
    readonly stdout: string;
}

/** A measured command that did not end normally: the bench cannot give its figures. */
export class MeasureError extends Error {}

export function run(probe: RssProbe, command: Command): Run {
    const [file, ...args] =
        probe.kind === "gnu-time" ? [GNU_TIME, "-f", `${MARK}%M`, ...command.argv] : [...command.argv];
    const env = { ...process.env, ...(command.env ?? {}) };
    if (probe.kind === "node-preload") env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --require ${probe.script}`.trim();
    const start = process.hrtime.bigint();
    const r = spawnSync(file, args, { cwd: command.cwd, env, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.error) throw new MeasureError(`${command.label}: ${r.error.message}`);
    const peaks = [...r.stderr.matchAll(new RegExp(`${MARK}(\\d+)`, "g"))].map((m) => Number(m[1]));
    const stderr = r.stderr.replace(new RegExp(`\\n?${MARK}\\d+\\n?`, "g"), "").trim();
    if (r.status === null || !command.okStatus.includes(r.status)) {
        const why = r.status === null ? `was killed by ${r.signal}` : `exited with ${r.status}`;
        const last = stderr.split("\n").filter((l) => l.trim() !== "").pop() ?? "no message";
        throw new MeasureError(`${command.label} ${why}: ${last}`);
    }
    return { seconds, peakMb: peaks.length > 0 ? Math.max(...peaks) / 1024 : undefined, stdout: r.stdout };
}

export function median(xs: readonly number[]): number {
    if (xs.length === 0) return Number.NaN;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median of what was measured, or undefined when nothing was. */
export function medianOf(xs: readonly (number | undefined)[]): number | undefined {
    const known = xs.filter((x): x is number => x !== undefined);
    return known.length > 0 ? median(known) : undefined;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
    const start = process.hrtime.bigint();
    const value = await fn();
    return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}
