/**
 * `npm run engine -- <build|preview|up|destroy|check> [--stack S]`: the real Pulumi CLI, offline,
 * with stand-in providers (docs/engine.md). Data (one line per result) goes to stdout; the CLI's
 * own display and progress go to stderr. Exit codes: 0 fine (or skipped: no Go here), 1 the engine
 * refused or a check failed, 2 bad input (or no Go under --required), 3 a bug.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { listStacks, StackConfigError } from "../plan/stack-config";
import { buildEngine, EngineUnavailable, ROOT } from "./build";
import { check, describeRun, failureOf } from "./check";
import { Workspace } from "./run";

const USAGE = `Usage:
  npm run engine -- build                          build the Pulumi CLI and language host into .engine/bin
  npm run engine -- preview|up|destroy --stack S   run that operation on stack S (state kept in .engine/work)
  npm run engine -- check [--keep] [--verbose]     preview every stack, up/destroy dev, protected destroy of prod
Options:
  --required   fail (exit 2) instead of skipping when Go is missing and nothing is built (CI)
  --verbose    show the Pulumi CLI's display during check (single operations always show it)
  --keep       keep check's temporary workspace and print where it is
  -h, --help   this text`;

class UsageError extends Error {}

/** The subcommands and flags (exported for the test of the commands the docs quote). */
export const COMMANDS = ["build", "preview", "up", "destroy", "check"] as const;
export const OPTIONS = {
    stack: { type: "string" },
    required: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
} as const;
type Command = (typeof COMMANDS)[number];

function out(line: string): void {
    process.stdout.write(`${line}\n`);
}

function progress(line: string): void {
    process.stderr.write(`engine: ${line}\n`);
}

async function run(argv: string[]): Promise<number> {
    const { values, positionals } = parseArgs({
        args: argv,
        allowPositionals: true,
        options: OPTIONS,
    });
    if (values.help) {
        out(USAGE);
        return 0;
    }
    const [command, ...extra] = positionals;
    if (!COMMANDS.includes(command as Command)) throw new UsageError(`unknown command "${command ?? ""}"; commands: ${COMMANDS.join(", ")}`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const needsStack = command === "preview" || command === "up" || command === "destroy";
    if (needsStack && values.stack === undefined) throw new UsageError(`${command} needs --stack <stack>; stacks: ${listStacks(ROOT).join(", ")}`);
    if (!needsStack && values.stack !== undefined) throw new UsageError(`${command} takes no --stack`);
    if (values.stack !== undefined && !listStacks(ROOT).includes(values.stack)) {
        throw new StackConfigError(`unknown stack "${values.stack}"; stacks: ${listStacks(ROOT).join(", ")}`);
    }

    let built;
    try {
        built = buildEngine(progress);
    } catch (e) {
        if (!(e instanceof EngineUnavailable)) throw e;
        if (values.required) throw e;
        out(`skipped: ${e.message}`);
        return 0;
    }
    progress(
        built.built
            ? `built pulumi ${built.versions.pulumi} and pulumi-language-nodejs ${built.versions["pulumi-language-nodejs"]} in ${built.seconds} s`
            : `using pulumi ${built.versions.pulumi} and pulumi-language-nodejs ${built.versions["pulumi-language-nodejs"]} from .engine/bin`,
    );
    if (command === "build") {
        out(`built ${Object.entries(built.versions).map(([b, v]) => `${b} ${v}`).join(", ")} into .engine/bin${built.built ? ` in ${built.seconds} s` : " (already current)"}`);
        return 0;
    }

    if (command === "check") {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-engine-"));
        const ws = new Workspace(dir, { progress: values.verbose ? process.stderr : undefined });
        const started = Date.now();
        try {
            const steps = await check(ws, (s) => {
                out(`${s.ok ? "ok  " : "FAIL"} ${s.name}: ${s.detail} (${s.seconds} s)`);
            });
            const failed = steps.filter((s) => !s.ok).length;
            out(`${failed === 0 ? "PASSED" : "FAILED"}: ${steps.length - failed} of ${steps.length} steps in ${Math.round((Date.now() - started) / 1000)} s`);
            return failed === 0 ? 0 : 1;
        } finally {
            if (values.keep) progress(`workspace kept in ${dir}`);
            else fs.rmSync(dir, { recursive: true, force: true });
        }
    }

    const stack = values.stack as string;
    const ws = new Workspace(path.join(ROOT, ".engine", "work"), { progress: process.stderr });
    const r = await ws.operation(command as "preview" | "up" | "destroy", stack);
    if (r.code !== 0) {
        out(`${command} ${stack} failed: ${failureOf(r)}`);
        return 1;
    }
    out(`${command} ${stack}: ${describeRun(r)}`);
    return 0;
}

export async function main(argv: string[]): Promise<number> {
    try {
        return await run(argv);
    } catch (e) {
        const parseError = e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS");
        if (e instanceof UsageError || parseError || e instanceof StackConfigError || e instanceof EngineUnavailable) {
            process.stderr.write(`error: ${(e as Error).message}\n`);
            if (e instanceof UsageError || parseError) process.stderr.write(`${USAGE}\n`);
            return 2;
        }
        throw e;
    }
}

if (require.main === module) {
    main(process.argv.slice(2)).then(
        (code) => {
            process.exitCode = code;
        },
        (e: unknown) => {
            process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}; please report it as a bug with the output of git rev-parse HEAD\n`);
            process.exitCode = 3;
        },
    );
}
