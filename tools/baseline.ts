/**
 * `npm run baseline`: plans every stack offline and compares their stateful resources with the
 * committed baseline (baseline/stateful-resources.json); `npm run baseline -- --update` rewrites
 * the baseline from today's plans, for a deletion or a new stateful resource that is meant.
 *
 *   npm run baseline [-- --file <baseline.json>] [--root <checkout>]
 *   npm run baseline -- --update [--file <baseline.json>] [--root <checkout>]
 *
 * The comparison goes to stdout, everything else to stderr. Exit codes: 0 nothing would be lost and
 * the baseline lists every stateful resource, 1 a stateful resource would be deleted or is unlisted,
 * 2 bad input (one line), 3 a bug.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { Baseline, baselineOf, compareWithBaseline, formatComparison, UPDATE_COMMAND } from "./plan/baseline";
import { listStacks, StackConfigError } from "./plan/stack-config";
import type { Plan } from "./plan/types";

export const DEFAULT_ROOT = path.resolve(__dirname, "..");
/** Relative to the checkout's root. */
export const BASELINE_FILE = path.join("baseline", "stateful-resources.json");

const COMMENT =
    "Stateful resources of every environment, keyed by environment then by URN without stack and project (parent types, " +
    `type, logical name). A test fails when a plan would delete one without an alias. Rewrite on purpose with ${UPDATE_COMMAND}; ` +
    "docs/decisions/0007-a-baseline-against-losing-data.md.";

/** A baseline file or a command line to fix; `npm run plan -- --against` recognises it by its name. */
export class BaselineInputError extends Error {
    override readonly name = "BaselineInputError";
}

/**
 * Input the person must fix: ours, the stack files', the settings', or an unknown option. Node's
 * argument parser throws errors of its own realm, so they are recognised by their code.
 */
function isInputError(e: unknown): e is Error {
    if (e instanceof BaselineInputError || e instanceof StackConfigError) return true;
    const { name, code, message } = (e ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
    if (typeof message !== "string") return false;
    return name === "SettingsError" || (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS"));
}

function isBaseline(v: unknown): v is Baseline {
    if (typeof v !== "object" || v === null) return false;
    const b = v as { project?: unknown; environments?: unknown };
    if (typeof b.project !== "string" || typeof b.environments !== "object" || b.environments === null) return false;
    return Object.values(b.environments).every((e: unknown) => {
        const env = e as { stacks?: unknown; resources?: unknown };
        return Array.isArray(env.stacks) && Array.isArray(env.resources) && [...env.stacks, ...env.resources].every((x) => typeof x === "string");
    });
}

/** Reads a baseline file; a missing, unreadable or malformed one is bad input. */
export function readBaseline(file: string): Baseline {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new BaselineInputError(`cannot read baseline ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}; create it with ${UPDATE_COMMAND}`);
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (e) {
        // V8 quotes the text around the error, which may span lines: the message stays one line.
        throw new BaselineInputError(`${file} is not valid JSON: ${(e as Error).message.replace(/\s+/g, " ")}`);
    }
    if (!isBaseline(parsed)) throw new BaselineInputError(`${file} is not a baseline: expected { project, environments: { <env>: { stacks: [], resources: [] } } }`);
    return { project: parsed.project, environments: parsed.environments };
}

/** The baseline file's text: the comment first, then sorted data, newline at the end. */
export function baselineJson(b: Baseline): string {
    return `${JSON.stringify({ $comment: COMMENT, project: b.project, environments: b.environments }, null, 2)}\n`;
}

async function planAll(root: string): Promise<Plan[]> {
    const { planStack } = await import("./plan/engine");
    const plans: Plan[] = [];
    // One after the other: the mock runtime is global to the process.
    for (const stack of listStacks(root)) plans.push(await planStack(stack, { root }));
    return plans;
}

export async function main(argv: readonly string[]): Promise<number> {
    try {
        const { values } = parseArgs({
            args: [...argv],
            options: { update: { type: "boolean", default: false }, file: { type: "string" }, root: { type: "string" } },
        });
        const root = path.resolve(values.root ?? DEFAULT_ROOT);
        const file = path.resolve(root, values.file ?? BASELINE_FILE);
        if (values.update) {
            const plans = await planAll(root);
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, baselineJson(baselineOf(plans)));
            process.stderr.write(`wrote ${path.relative(process.cwd(), file)} from the plans of ${plans.map((p) => p.stack).join(", ")}\n`);
            return 0;
        }
        const baseline = readBaseline(file);
        const comparison = compareWithBaseline(await planAll(root), baseline);
        process.stdout.write(formatComparison(comparison));
        return comparison.deleted.length > 0 || comparison.unlisted.length > 0 ? 1 : 0;
    } catch (e) {
        if (isInputError(e)) {
            process.stderr.write(`error: ${e.message}\n`);
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
            process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
            process.exitCode = 3;
        },
    );
}
