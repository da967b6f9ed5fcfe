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
import { OptionSpecs, parseFlags } from "./command/args";
import { guard } from "./command/errors";
import { MSG, USAGE } from "./command/messages";
import { checkDirectory, checkOutputPath } from "./command/paths";
import { Baseline, baselineOf, compareWithBaseline, formatComparison, UPDATE_COMMAND } from "./plan/baseline";
import { listStacks } from "./plan/stack-config";
import type { Plan } from "./plan/types";
import { REPO_ROOT } from "./root";

/** The checkout this file belongs to, found from the build too (tools/root.ts). */
export const DEFAULT_ROOT = REPO_ROOT;
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
    const planned = new Map<string, Plan>();
    for (const stack of listStacks(root)) plans.push(planned.get(stack) ?? (await planStack(stack, { root, planned })));
    return plans;
}

/** The command's flags (exported for the test of the commands the docs quote). */
export const OPTIONS = {
    update: { type: "boolean" },
    file: { type: "string", placeholder: "<baseline.json>" },
    root: { type: "string", placeholder: "<checkout>" },
} as const satisfies OptionSpecs;

/** Exit codes: 0 nothing lost and every stateful resource listed, 1 otherwise, 2 bad input, 3 a bug. */
export function main(argv: readonly string[]): Promise<number> {
    return guard(async () => {
        const parsed = parseFlags(
            "npm run baseline",
            USAGE.baseline,
            OPTIONS,
            argv,
        );
        if (parsed.help) {
            process.stdout.write(`${USAGE.baseline}\n`);
            return 0;
        }
        const { flags } = parsed;
        const root = flags.root === undefined ? DEFAULT_ROOT : checkDirectory("--root", flags.root);
        const file = path.resolve(root, flags.file ?? BASELINE_FILE);
        if (flags.update === true) {
            // Checked before the plans, which take a while. The baseline/ folder belongs to the project's
            // layout and is made if missing; a --file elsewhere must name a writable file in an existing folder.
            if (flags.file === undefined) fs.mkdirSync(path.dirname(file), { recursive: true });
            checkOutputPath("--file", file);
            const plans = await planAll(root);
            fs.writeFileSync(file, baselineJson(baselineOf(plans)));
            process.stderr.write(`${MSG.baselineWritten(path.relative(process.cwd(), file), plans.map((p) => p.stack))}\n`);
            return 0;
        }
        const baseline = readBaseline(file);
        const comparison = compareWithBaseline(await planAll(root), baseline);
        process.stdout.write(formatComparison(comparison));
        return comparison.deleted.length > 0 || comparison.unlisted.length > 0 ? 1 : 0;
    });
}
