/**
 * `npm run bench`: how fast the tools are, as figures (nothing is asserted; the goals are shown beside).
 *
 * 1. Floor ratio. `npm run -s audit -- --stack prod`, the command people run, is timed as a child
 *    process against tools/bench/floor.js, the least any Node process must do to evaluate the same
 *    resources with Pulumi, in interleaved rounds (command, floor, script): the machine is shared, so
 *    each command is compared with the floor run next to it, and the median of those ratios is quoted.
 *    "script" is the package.json `audit` script run without npm (node tools/run.js on the compiled
 *    build), so the npm wrapper's share is visible.
 * 2. Large plans. Every stack's offline plan is copied N times into one plan (tools/bench/replicate.ts)
 *    of about 10,000 and 20,000 resources, written to a file and audited against the whole catalog:
 *    in a fresh process by the package.json script (`--plan FILE`), then in this process (`audit()`,
 *    cold once, then warm).
 *
 * Data on stdout (tables, or one JSON document with --json); progress on stderr.
 * Exit codes: 0 figures given, 2 bad input, 3 a measurement failed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import * as v8 from "node:v8";
import * as vm from "node:vm";
import { catalog } from "../policies/catalog";
import { readWaiverFile } from "../policies/lib/waivers";
import { audit } from "./audit/engine";
import { readPackConfig, readPlanFile, REPO_ROOT } from "./audit/run";
import { Command, describeProbe, median, medianOf, MeasureError, RssProbe, rssProbe, run, Run, timed } from "./bench/measure";
import { isDefaultProvider, Replicator, ResourceSeed } from "./bench/replicate";
import { planStack, planToJson } from "./plan/engine";
import { wholeEnvironmentStacks } from "./plan/layered";
import type { Plan } from "./plan/types";

const USAGE = `Usage: npm run -s bench -- [options]
  --pairs N      rounds of command/floor pairs for the floor ratio (default 9; 0 skips it)
  --runs N       fresh processes per large plan (default 3; 0 skips the large plans)
  --sizes LIST   sizes of the large plans in resources (default 10000,20000)
  --stack S      stack of the floor comparison; its profile audits the large plans (default prod)
  --json         one JSON document on stdout instead of tables
  -h, --help     this text
Examples:
  npm run -s bench
  npm run -s bench -- --pairs 15 --runs 1 --json > bench.json`;

/** Goals of the issues the figures answer to. */
const GOALS = { floorRatio: 1.5, commandPeakMb: 500, audit10kSeconds: 1, sizeRatio: 2.2 } as const;

/** Waivers are judged at this date in the large-plan audits, so that their findings do not change with the calendar. */
const WAIVER_DATE = "2026-03-01";

/**
 * Resources mixed into every copy of the large plans besides the stacks' own. Hook for the policy
 * tests' compliant baselines (test/support/baselines.ts, one resource per type the catalog reads), so
 * that the large plans also exercise the rules of layers the stacks do not declare yet: pass them here.
 */
const BENCH_EXTRA_SEEDS: readonly ResourceSeed[] = [];

class UsageError extends Error {}

function progress(line: string): void {
    process.stderr.write(`bench: ${line}\n`);
}

interface Spread {
    readonly median: number;
    readonly min: number;
    readonly max: number;
}

function spread(xs: readonly number[]): Spread {
    return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

interface CommandFigures {
    readonly command: string;
    /** Wall time of each round. */
    readonly rounds: readonly number[];
    readonly seconds: Spread;
    readonly peakMb: number | undefined;
    /** Its wall time over the floor's in the same round; absent for the floor itself. */
    readonly ratio?: Spread;
}

interface FloorFigures {
    readonly stack: string;
    readonly floorResources: number;
    readonly pairs: number;
    readonly commands: readonly CommandFigures[];
}

interface SizeFigures {
    readonly target: number;
    readonly resources: number;
    readonly copies: number;
    readonly fileMb: number;
    readonly findings: number;
    /** Wall time of each fresh process, one per round. */
    readonly process: { readonly rounds: readonly number[]; readonly peakMb: number | undefined };
    readonly auditColdSeconds: number;
    /** `audit()` time of each counted round, after the warm-up rounds. */
    readonly auditWarmRounds: readonly number[];
}

interface AuditFigures {
    readonly profile: string;
    readonly policies: number;
    readonly perCopy: Readonly<Record<string, number>>;
    readonly shared: number;
    readonly extras: number;
    readonly command: string;
    readonly sizes: readonly SizeFigures[];
}

interface Goal {
    readonly goal: string;
    readonly unit: "×" | "s" | "MB";
    readonly measured: number;
    readonly limit: number;
    readonly met: boolean;
}

function goal(name: string, unit: Goal["unit"], measured: number, limit: number): Goal {
    return { goal: name, unit, measured, limit, met: measured <= limit };
}

interface BenchResult {
    readonly node: string;
    readonly cpus: string;
    readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
    readonly peakMemory: string;
    readonly floor?: FloorFigures;
    readonly audits?: AuditFigures;
    readonly goals: readonly Goal[];
}

interface Options {
    readonly pairs: number;
    readonly runs: number;
    readonly sizes: readonly number[];
    readonly stack: string;
    readonly json: boolean;
}

function count(flag: string, raw: string, min: number): number {
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min) throw new UsageError(`--${flag} "${raw}" is not an integer ≥ ${min}`);
    return n;
}

/** The command's flags (exported for the test of the commands the docs quote). */
export const OPTIONS = {
    pairs: { type: "string", default: "9" },
    runs: { type: "string", default: "3" },
    sizes: { type: "string", default: "10000,20000" },
    stack: { type: "string", default: "prod" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
} as const;

function parseOptions(argv: readonly string[]): Options | "help" {
    let values;
    try {
        ({ values } = parseArgs({
            args: [...argv],
            options: OPTIONS,
        }));
    } catch (e) {
        throw new UsageError((e as Error).message.split("\n")[0]);
    }
    if (values.help) return "help";
    const sizes = values.sizes.split(",").map((s) => count("sizes", s.trim(), 1));
    // The benchmark replicates one stack per environment (a layer stack shares its environment's names).
    const stacks = wholeEnvironmentStacks(REPO_ROOT);
    if (!stacks.includes(values.stack)) throw new UsageError(`--stack "${values.stack}" is not a stack the benchmark replicates; stacks: ${stacks.join(", ")}`);
    return { pairs: count("pairs", values.pairs, 0), runs: count("runs", values.runs, 0), sizes, stack: values.stack, json: values.json };
}

/** The package.json script as npm would run it (through sh, with node_modules/.bin first in PATH), minus npm itself. */
function scriptCommand(script: string, args: readonly string[], okStatus: readonly number[]): Command {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { scripts?: Record<string, string> };
    const body = pkg.scripts?.[script];
    if (body === undefined) throw new MeasureError(`package.json has no "${script}" script`);
    return {
        label: `${body} ${args.join(" ")}`,
        argv: ["/bin/sh", "-c", `${body} "$@"`, "sh", ...args],
        cwd: REPO_ROOT,
        env: { PATH: `${path.join(REPO_ROOT, "node_modules", ".bin")}${path.delimiter}${process.env.PATH ?? ""}` },
        okStatus,
    };
}

function benchFloor(probe: RssProbe, plan: Plan, pairs: number, tmp: string): FloorFigures {
    const file = path.join(tmp, `plan-${plan.stack}.json`);
    fs.writeFileSync(file, planToJson(plan));
    const floorResources = plan.resources.filter((r) => r.type !== "pulumi:pulumi:Stack" && !isDefaultProvider(r)).length;
    // Exit 1 (blocking findings) is an outcome of the audit, not a failure of the measurement.
    const npmCommand: Command = {
        label: `npm run -s audit -- --stack ${plan.stack}`,
        argv: ["npm", "run", "-s", "audit", "--", "--stack", plan.stack],
        cwd: REPO_ROOT,
        okStatus: [0, 1],
    };
    const script = scriptCommand("audit", ["--stack", plan.stack], [0, 1]);
    const floor: Command = {
        label: `node tools/bench/floor.js ${path.basename(file)}`,
        argv: [process.execPath, path.join("tools", "bench", "floor.js"), file],
        cwd: REPO_ROOT,
        okStatus: [0],
    };
    const runs = { npm: [] as Run[], floor: [] as Run[], script: [] as Run[] };
    for (let i = 1; i <= pairs; i++) {
        progress(`floor round ${i}/${pairs}`);
        runs.npm.push(run(probe, npmCommand));
        const f = run(probe, floor);
        const registered = Number(/^floor: (\d+) resources/.exec(f.stdout)?.[1]);
        if (registered !== floorResources) throw new MeasureError(`the floor registered ${registered} resources, the plan has ${floorResources}`);
        runs.floor.push(f);
        runs.script.push(run(probe, script));
    }
    const figures = (label: string, rs: readonly Run[], withRatio: boolean): CommandFigures => ({
        command: label,
        rounds: rs.map((r) => r.seconds),
        seconds: spread(rs.map((r) => r.seconds)),
        peakMb: medianOf(rs.map((r) => r.peakMb)),
        ...(withRatio ? { ratio: spread(rs.map((r, i) => r.seconds / runs.floor[i].seconds)) } : {}),
    });
    return {
        stack: plan.stack,
        floorResources,
        pairs,
        commands: [
            figures(npmCommand.label, runs.npm, true),
            figures(script.label, runs.script, true),
            figures(floor.label, runs.floor, false),
        ],
    };
}

/** In-process audits: rounds that only warm the JIT up (it takes several runs on a 10k plan), then rounds that count. */
const WARMUP_ROUNDS = 2;
const WARM_ROUNDS = 5;

/**
 * A full garbage collection, so that each timed audit() starts, like a fresh `npm run audit`, without
 * the garbage of the runs before it (which would otherwise land on whichever run triggers the next
 * collection). Node exposes gc() only behind a flag; it can be set once the process runs.
 */
function collector(): () => void {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (existing) return existing;
    v8.setFlagsFromString("--expose-gc");
    return vm.runInNewContext("gc") as () => void;
}

async function benchSizes(probe: RssProbe, sources: readonly Plan[], subject: Plan, options: Options, tmp: string): Promise<AuditFigures> {
    // The large plan is a stack of the subject's profile, so that profile's pack configuration applies to it.
    const profile = subject.profile;
    const replicator = new Replicator({ sources, extras: BENCH_EXTRA_SEEDS, stack: subject.stack, profile });
    const made = options.sizes.map((target) => {
        const copies = replicator.copiesFor(target);
        progress(`large plan of ~${target} resources: ${copies} copies`);
        const file = path.join(tmp, `plan-${target}.json`);
        fs.writeFileSync(file, planToJson(replicator.replicate(copies).plan));
        // The report goes to a file, as an auditor's would (the command refuses /dev/null and other special files).
        const report = path.join(tmp, `audit-${target}.json`);
        const args = ["--plan", file, "--env", profile, "--format", "json", "--out", report, "--today", WAIVER_DATE];
        return { target, copies, file, report, command: scriptCommand("audit", args, [0, 1]) };
    });
    // Sizes alternate within each round, so that a change in the machine's load touches all of them alike.
    const fresh: Run[][] = made.map(() => []);
    for (let i = 1; i <= options.runs; i++) {
        progress(`fresh audit processes, round ${i}/${options.runs}`);
        made.forEach((m, k) => fresh[k].push(run(probe, m.command)));
    }
    progress("audit() in this process");
    const auditOptions = {
        policies: catalog,
        packConfig: readPackConfig(profile),
        waivers: readWaiverFile(path.join(REPO_ROOT, "policies", "waivers.json")),
        today: WAIVER_DATE,
    };
    const plans = made.map((m) => readPlanFile(m.file));
    const gc = collector();
    const cold: { seconds: number; findings: number }[] = [];
    for (const plan of plans) {
        gc();
        const t = await timed(() => audit(plan, auditOptions));
        cold.push({ seconds: t.seconds, findings: t.value.findings.length });
    }
    const warm: number[][] = made.map(() => []);
    for (let round = 0; round < WARMUP_ROUNDS + WARM_ROUNDS; round++) {
        for (const [k, plan] of plans.entries()) {
            gc();
            const t = await timed(() => audit(plan, auditOptions));
            if (round >= WARMUP_ROUNDS) warm[k].push(t.seconds);
        }
    }
    const sizes = made.map(
        (m, k): SizeFigures => ({
            target: m.target,
            resources: plans[k].resources.length,
            copies: m.copies,
            fileMb: fs.statSync(m.file).size / (1024 * 1024),
            findings: cold[k].findings,
            process: { rounds: fresh[k].map((r) => r.seconds), peakMb: medianOf(fresh[k].map((r) => r.peakMb)) },
            auditColdSeconds: cold[k].seconds,
            auditWarmRounds: warm[k],
        }),
    );
    const perCopy: Record<string, number> = {};
    for (const c of replicator.replicate(1).copies) perCopy[c.source] = c.urns.size;
    return {
        profile,
        policies: catalog.length,
        perCopy,
        shared: replicator.sharedCount,
        extras: BENCH_EXTRA_SEEDS.length,
        command: made[0]?.command.label.replace(made[0].file, "FILE").replace(made[0].report, "REPORT") ?? "",
        sizes,
    };
}

/** Median over the rounds of large ÷ small: each round's sizes ran next to each other. */
function roundRatio(large: readonly number[], small: readonly number[]): number {
    return median(large.map((x, i) => x / small[i]));
}

function goals(floor: FloorFigures | undefined, audits: AuditFigures | undefined): Goal[] {
    const out: Goal[] = [];
    const npm = floor?.commands[0];
    if (npm?.ratio) out.push(goal(`${npm.command}, ÷ floor`, "×", npm.ratio.median, GOALS.floorRatio));
    if (npm?.peakMb !== undefined) out.push(goal(`${npm.command}, peak RSS`, "MB", npm.peakMb, GOALS.commandPeakMb));
    const sizes = audits?.sizes ?? [];
    const small = sizes.find((s) => s.target === 10_000);
    const large = sizes.find((s) => s.target === 20_000);
    if (small) {
        out.push(goal(`audit() warm, ${small.resources} resources`, "s", median(small.auditWarmRounds), GOALS.audit10kSeconds));
    }
    if (small && large) {
        out.push(goal("20k ÷ 10k, audit() warm", "×", roundRatio(large.auditWarmRounds, small.auditWarmRounds), GOALS.sizeRatio));
        out.push(goal("20k ÷ 10k, whole process", "×", roundRatio(large.process.rounds, small.process.rounds), GOALS.sizeRatio));
    }
    return out;
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: readonly string[]): string =>
        cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
    return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const sec = (x: number): string => `${x.toFixed(2)} s`;
const msec = (x: number): string => `${(x * 1000).toFixed(0)} ms`;
const mb = (x: number | undefined): string => (x === undefined ? "n/a" : `${x.toFixed(0)} MB`);
const range = (s: Spread, f: (x: number) => string): string => (s.min === s.max ? "" : `${f(s.min)}–${f(s.max)}`);

function render(result: BenchResult): string {
    const out: string[] = [];
    const load = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(" ");
    out.push(`node ${result.node}, ${result.cpus}; load average ${load(result.loadAverage.start)} at start, ${load(result.loadAverage.end)} at end`);
    out.push(`Peak memory: ${result.peakMemory}.`, "");
    const floor = result.floor;
    if (floor) {
        out.push(`Floor ratio: stack ${floor.stack}, ${floor.floorResources} resources for the floor to register; rounds: ${floor.pairs}`, "");
        out.push(
            table(
                ["command", "median", "(min–max)", "peak RSS", "÷ floor", "(min–max)"],
                floor.commands.map((c) => [
                    c.command,
                    sec(c.seconds.median),
                    range(c.seconds, (x) => x.toFixed(2)),
                    mb(c.peakMb),
                    c.ratio ? c.ratio.median.toFixed(2) : "1",
                    c.ratio ? range(c.ratio, (x) => x.toFixed(2)) : "",
                ]),
            ),
        );
        out.push(
            "",
            "Each round runs the three in this order. Row 2 is the package.json audit script without npm.",
            "÷ floor: median over the rounds of the command's time ÷ the floor's in the same round.",
        );
        if (floor.pairs < 9) out.push(`Only ${floor.pairs} round(s): indicative; quote a run of 9 or more.`);
        out.push("");
    }
    const audits = result.audits;
    if (audits) {
        const parts = Object.entries(audits.perCopy).map(([s, n]) => `${s} ${n}`).join(" + ");
        out.push(`Large plans: copies of every stack (${parts} resources per copy,`);
        out.push(`plus ${audits.shared} shared: the stack and default providers), audited against the whole catalog`);
        out.push(`(${audits.policies} policies, profile ${audits.profile}, waivers judged at ${WAIVER_DATE})`, "");
        out.push(
            table(
                ["resources", "copies", "file", "findings", "process", "(min–max)", "peak RSS", "audit() cold", "audit() warm"],
                audits.sizes.map((s) => {
                    const wall = spread(s.process.rounds);
                    return [
                        String(s.resources),
                        String(s.copies),
                        `${s.fileMb.toFixed(1)} MB`,
                        String(s.findings),
                        sec(wall.median),
                        range(wall, (x) => x.toFixed(2)),
                        mb(s.process.peakMb),
                        msec(s.auditColdSeconds),
                        msec(median(s.auditWarmRounds)),
                    ];
                }),
            ),
        );
        out.push(
            "",
            `process: median of ${audits.sizes[0]?.process.rounds.length ?? 0} round(s) of`,
            `  ${audits.command.replace(" --format", " \\\n    --format")}`,
            `audit(): in the bench's process, each run after a full GC; cold = its first run, warm = median`,
            `of ${WARM_ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds. Sizes alternate within each round;`,
            "a 20k ÷ 10k ratio is the median of the rounds' ratios.",
            "",
        );
    }
    if (result.goals.length > 0) {
        out.push(
            table(
                ["goal", "measured", "limit", "verdict"],
                result.goals.map((g) => {
                    const show = (x: number): string => (g.unit === "MB" ? `${x.toFixed(0)} MB` : g.unit === "s" ? `${x.toFixed(2)} s` : x.toFixed(2));
                    return [g.goal, show(g.measured), `≤ ${show(g.limit)}`, g.met ? "met" : "not met"];
                }),
            ),
            "",
        );
    }
    return out.join("\n");
}

async function bench(argv: readonly string[]): Promise<number> {
    const options = parseOptions(argv);
    if (options === "help") {
        process.stdout.write(`${USAGE}\n`);
        return 0;
    }
    const loadStart = os.loadavg();
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-bench-"));
    try {
        const probe = rssProbe(tmp);
        const sources: Plan[] = [];
        for (const stack of wholeEnvironmentStacks(REPO_ROOT)) {
            progress(`planning ${stack}`);
            sources.push(await planStack(stack));
        }
        const subject = sources.find((p) => p.stack === options.stack) as Plan;
        const floor = options.pairs > 0 ? benchFloor(probe, subject, options.pairs, tmp) : undefined;
        const audits = options.runs > 0 ? await benchSizes(probe, sources, subject, options, tmp) : undefined;
        const cpus = os.cpus();
        const result: BenchResult = {
            node: process.version,
            cpus: `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}`,
            loadAverage: { start: loadStart, end: os.loadavg() },
            peakMemory: describeProbe(probe),
            ...(floor ? { floor } : {}),
            ...(audits ? { audits } : {}),
            goals: goals(floor, audits),
        };
        process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : `${render(result)}\n`);
        return 0;
    } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
    }
}

/** Started by tools/run.js (`npm run bench`); the exit code is the result. */
export async function main(argv: readonly string[]): Promise<number> {
    try {
        return await bench(argv);
    } catch (e) {
        if (e instanceof UsageError) {
            process.stderr.write(`bench: ${e.message}\n${USAGE}\n`);
            return 2;
        }
        const what = e instanceof MeasureError ? "could not measure" : "failed";
        process.stderr.write(`bench ${what}: ${e instanceof Error ? e.message : String(e)}\n`);
        return 3;
    }
}
