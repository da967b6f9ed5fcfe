/**
 * `npm run bench`: how long planning and auditing take, as a user runs them and in-process.
 *
 * 1. Each stack (dev, staging, prod) is planned in a fresh process exactly as `npm run plan` does it
 *    (`ts-node --swc tools/cli.ts plan --stack <s>`): wall time, peak RSS and resource count;
 *    then `planStack()` is timed in this process, warm (after one run), which leaves out the start-up of
 *    Node, ts-node and the Pulumi SDK.
 * 2. Synthetic plans of 10,000 and 20,000 resources (tools/bench/synthetic.ts) are written to a temporary
 *    file and audited against the whole catalog by a fresh `tools/cli.ts audit --plan FILE --env prod
 *    --format json --out /dev/null` (exit code 1: the plans have blocking findings), then in-process:
 *    reading the file, `audit()` and rendering, each timed on its own; then the start-up of a fresh ts-node
 *    process is broken down by what the audit command loads.
 *
 * Figures only: nothing is asserted. Options: --runs N (fresh processes per measurement, median shown;
 * default 3), --sizes 10000,20000, --seed N, --skip-plan, --skip-audit.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { catalog } from "../policies/catalog";
import { readWaiverFile } from "../policies/lib/waivers";
import { audit } from "./audit/engine";
import { readPackConfig, readPlanFile, REPO_ROOT } from "./audit/run";
import { planStack, planToJson } from "./plan/engine";
import { render } from "./report";
import { syntheticPlan } from "./bench/synthetic";

const STACKS = ["dev", "staging", "prod"] as const;
const TS_NODE = path.join(REPO_ROOT, "node_modules", ".bin", "ts-node");
const GNU_TIME = "/usr/bin/time";
const TODAY = "2026-03-01";

/** Targets of the issue. */
const TARGET = { planSeconds: 3, planMb: 500, audit10kSeconds: 2, ratio: 2.2 } as const;

interface ProcessRun {
    readonly seconds: number;
    /** Peak resident set size in MiB; undefined when it could not be measured. */
    readonly peakMb: number | undefined;
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

function out(line = ""): void {
    process.stdout.write(`${line}\n`);
}

function seconds(start: bigint): number {
    return Number(process.hrtime.bigint() - start) / 1e9;
}

function median(xs: readonly number[]): number {
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * How peak memory is read: GNU time's %M (KiB) when /usr/bin/time exists, otherwise a preloaded script that
 * prints `process.resourceUsage().maxRSS` (KiB) when the child exits.
 */
type RssProbe = { kind: "gnu-time" } | { kind: "preload"; script: string };

function rssProbe(tmp: string): RssProbe {
    if (fs.existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%M", "true"]).status === 0) return { kind: "gnu-time" };
    const script = path.join(tmp, "maxrss.js");
    const report = "process.stderr.write(`\\nBENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\\n`)";
    fs.writeFileSync(script, `process.on("exit", () => ${report});\n`);
    return { kind: "preload", script };
}

/** Runs `ts-node --swc <args>` in a fresh process from the repository root and measures it. */
function runFresh(probe: RssProbe, args: readonly string[]): ProcessRun {
    const tsArgs = ["--swc", ...args];
    const [cmd, argv] =
        probe.kind === "gnu-time"
            ? [GNU_TIME, ["-f", "BENCH_MAXRSS_KB=%M", TS_NODE, ...tsArgs]]
            : [process.execPath, ["--require", probe.script, TS_NODE, ...tsArgs]];
    const start = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: REPO_ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    const wall = seconds(start);
    if (r.error) throw r.error;
    const kb = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1];
    return {
        seconds: wall,
        peakMb: kb === undefined ? undefined : Number(kb) / 1024,
        status: r.status,
        stdout: r.stdout,
        stderr: r.stderr.replace(/\n?BENCH_MAXRSS_KB=\d+\n?/, ""),
    };
}

/** `runs` fresh processes; fails loudly when one exits with a code other than `expected`. */
function measureFresh(probe: RssProbe, args: readonly string[], runs: number, expected: number): ProcessRun[] {
    const results: ProcessRun[] = [];
    for (let i = 0; i < runs; i++) {
        const r = runFresh(probe, args);
        if (r.status !== expected) {
            throw new Error(`ts-node ${args.join(" ")} exited with ${r.status} (expected ${expected}):\n${r.stderr.trim()}`);
        }
        results.push(r);
    }
    return results;
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
    const start = process.hrtime.bigint();
    const value = await fn();
    return { value, seconds: seconds(start) };
}

function timeSync<T>(fn: () => T): { value: T; seconds: number } {
    const start = process.hrtime.bigint();
    const value = fn();
    return { value, seconds: seconds(start) };
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: readonly string[]) =>
        cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
    return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const s = (x: number): string => `${x.toFixed(2)} s`;
const ms = (x: number): string => `${(x * 1000).toFixed(0)} ms`;
const mb = (x: number | undefined): string => (x === undefined ? "n/a" : `${x.toFixed(0)} MB`);
const spread = (xs: readonly number[], f: (x: number) => string): string =>
    xs.length > 1 ? `${f(Math.min(...xs))}–${f(Math.max(...xs))}` : "";
const verdict = (ok: boolean): string => (ok ? "ok" : "OVER");

async function benchPlans(probe: RssProbe, runs: number): Promise<void> {
    out("1. Planning each stack");
    out();
    const rows: string[][] = [];
    for (const stack of STACKS) {
        const fresh = measureFresh(probe, ["tools/cli.ts", "plan", "--stack", stack], runs, 0);
        const count = /: (\d+) resources/.exec(fresh[0].stdout)?.[1] ?? "?";
        await planStack(stack);
        const warm = await timeAsync(() => planStack(stack));
        const wall = median(fresh.map((r) => r.seconds));
        const peaks = fresh.map((r) => r.peakMb).filter((x): x is number => x !== undefined);
        const peak = peaks.length > 0 ? median(peaks) : undefined;
        rows.push([
            stack,
            count,
            s(wall),
            spread(fresh.map((r) => r.seconds), (x) => x.toFixed(2)),
            mb(peak),
            ms(warm.seconds),
            s(Math.max(0, wall - warm.seconds)),
            `${verdict(wall <= TARGET.planSeconds)} / ${peak === undefined ? "n/a" : verdict(peak <= TARGET.planMb)}`,
        ]);
    }
    out(
        table(
            ["stack", "resources", "fresh wall", "(min–max)", "peak RSS", "planStack() warm", "start-up + cold", "≤ 3 s / ≤ 500 MB"],
            rows,
        ),
    );
    out();
    out(`Fresh process: ${path.relative(REPO_ROOT, TS_NODE)} --swc tools/cli.ts plan --stack <s>, median of ${runs}.`);
    out("\"start-up + cold\" = fresh wall − warm planStack(): Node, ts-node, @pulumi/pulumi, the provider SDK and first evaluation.");
    out();
}

/** What a fresh `tools/cli.ts audit` process loads before it reads the plan, cumulatively, each step in its own fresh process. */
const STARTUP_STEPS: readonly { readonly label: string; readonly modules: readonly string[] }[] = [
    { label: "node + ts-node, nothing loaded", modules: [] },
    { label: "+ policies/catalog (the 180 rule modules)", modules: ["./policies/catalog"] },
    { label: "+ tools/audit/run and tools/report", modules: ["./policies/catalog", "./tools/audit/run", "./tools/report"] },
    {
        label: "+ tools/plan/engine (@pulumi/pulumi), which audit --stack loads (not --plan)",
        modules: ["./policies/catalog", "./tools/audit/run", "./tools/report", "./tools/plan/engine"],
    },
];

function benchStartup(probe: RssProbe, runs: number): void {
    // `require.cache` is not defined in ts-node's -e evaluation; the module system's cache is the same object.
    const count = "process.stdout.write(String(Object.keys(require('module')._cache).filter((k) => k.endsWith('.ts')).length));";
    const rows = STARTUP_STEPS.map((step) => {
        const code = [...step.modules.map((m) => `require(${JSON.stringify(m)});`), count].join(" ");
        const fresh = measureFresh(probe, ["-e", code], runs, 0);
        const wall = median(fresh.map((r) => r.seconds));
        return [step.label, fresh[0].stdout.trim(), s(wall), mb(median(fresh.map((r) => r.peakMb ?? Number.NaN)))];
    });
    out(table(["start-up of a fresh ts-node process", ".ts modules", "wall", "peak RSS"], rows));
    out();
}

interface AuditFigures {
    readonly size: number;
    readonly fileMb: number;
    readonly fresh: ProcessRun[];
    readonly read: number;
    readonly auditCold: number;
    readonly auditWarm: number;
    readonly render: number;
    readonly findings: number;
}

async function auditFigures(probe: RssProbe, runs: number, size: number, seed: number, tmp: string): Promise<AuditFigures> {
    const file = path.join(tmp, `plan-${size}.json`);
    fs.writeFileSync(file, planToJson(syntheticPlan({ resources: size, seed })));
    const args = ["tools/cli.ts", "audit", "--plan", file, "--env", "prod", "--format", "json", "--out", "/dev/null", "--today", TODAY];
    const fresh = measureFresh(probe, args, runs, 1);
    const read = timeSync(() => readPlanFile(file));
    const plan = read.value;
    const options = {
        policies: catalog,
        packConfig: readPackConfig("prod"),
        waivers: readWaiverFile(path.join(REPO_ROOT, "policies", "waivers.json")),
        today: TODAY,
    };
    const cold = await timeAsync(() => audit(plan, options));
    const warm: number[] = [];
    for (let i = 0; i < 2; i++) warm.push((await timeAsync(() => audit(plan, options))).seconds);
    const report = {
        project: plan.project,
        stack: plan.stack,
        profile: "prod",
        findings: cold.value.findings,
        policies: catalog,
        evaluated: cold.value.evaluated,
        resourceCount: plan.resources.length,
        lang: "en" as const,
    };
    const rendered = timeSync(() => render("json", report));
    return {
        size,
        fileMb: fs.statSync(file).size / (1024 * 1024),
        fresh,
        read: read.seconds,
        auditCold: cold.seconds,
        auditWarm: Math.min(...warm),
        render: rendered.seconds,
        findings: cold.value.findings.length,
    };
}

async function benchAudits(probe: RssProbe, runs: number, sizes: readonly number[], seed: number, tmp: string): Promise<void> {
    out(`2. Auditing synthetic plans against the whole catalog (${catalog.length} policies, env prod, seed ${seed})`);
    out();
    const figures: AuditFigures[] = [];
    for (const size of sizes) figures.push(await auditFigures(probe, runs, size, seed, tmp));
    const head = ["resources", "plan file", "findings", "fresh wall", "(min–max)", "peak RSS", "read+normalise", "audit() cold"];
    out(
        table(
            [...head, "audit() warm", "render json"],
            figures.map((f) => [
                String(f.size),
                `${f.fileMb.toFixed(1)} MB`,
                String(f.findings),
                s(median(f.fresh.map((r) => r.seconds))),
                spread(f.fresh.map((r) => r.seconds), (x) => x.toFixed(2)),
                mb(median(f.fresh.map((r) => r.peakMb ?? Number.NaN))),
                ms(f.read),
                ms(f.auditCold),
                ms(f.auditWarm),
                ms(f.render),
            ]),
        ),
    );
    out();
    out("Fresh process: ts-node --swc tools/cli.ts audit --plan FILE --env prod --format json --out /dev/null,");
    out(`median of ${runs} (exit code 1 expected: the plans have blocking findings); in-process figures read the same file.`);
    out();
    benchStartup(probe, runs);
    const small = figures.find((f) => f.size === 10_000) ?? figures[0];
    const large = figures.find((f) => f.size === 20_000) ?? figures[figures.length - 1];
    if (small === undefined || large === undefined || small === large) return;
    const smallWall = median(small.fresh.map((r) => r.seconds));
    const largeWall = median(large.fresh.map((r) => r.seconds));
    const ratio = `ratio ${large.size}/${small.size}`;
    const wallRatio = largeWall / smallWall;
    const auditRatio = large.auditWarm / small.auditWarm;
    const limit = TARGET.audit10kSeconds;
    out(
        table(
            ["target", "measured", "limit", "verdict"],
            [
                [`whole process, ${small.size} resources`, s(smallWall), s(limit), verdict(smallWall <= limit)],
                [`${ratio}, whole process`, wallRatio.toFixed(2), String(TARGET.ratio), verdict(wallRatio <= TARGET.ratio)],
                [`${ratio}, audit() warm`, auditRatio.toFixed(2), String(TARGET.ratio), verdict(auditRatio <= TARGET.ratio)],
            ],
        ),
    );
    out();
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        args: process.argv.slice(2),
        options: {
            runs: { type: "string", default: "3" },
            sizes: { type: "string", default: "10000,20000" },
            seed: { type: "string", default: "2026" },
            "skip-plan": { type: "boolean", default: false },
            "skip-audit": { type: "boolean", default: false },
        },
    });
    const runs = Number(values.runs);
    const sizes = (values.sizes as string).split(",").map(Number);
    const seed = Number(values.seed);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer (got ${values.runs})`);
    if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes must be positive integers (got ${values.sizes})`);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-bench-"));
    const probe = rssProbe(tmp);
    out(`Benchmark — node ${process.version}, ${os.cpus().length} CPU(s) ${os.cpus()[0]?.model ?? ""}, ${os.platform()} ${os.release()}`);
    out(`Peak memory read with ${probe.kind === "gnu-time" ? "/usr/bin/time -f %M" : "process.resourceUsage().maxRSS (preloaded)"}.`);
    out();
    try {
        if (!values["skip-plan"]) await benchPlans(probe, runs);
        if (!values["skip-audit"]) await benchAudits(probe, runs, sizes, seed, tmp);
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}

main().then(
    () => {
        process.exitCode = 0;
    },
    (e: unknown) => {
        process.stderr.write(`bench failed: ${e instanceof Error ? e.message : String(e)}\n`);
        process.exitCode = 1;
    },
);
