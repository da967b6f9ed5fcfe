/**
 * Command line behind `npm run plan` and `npm run audit`. Exit codes: 0 fine, 1 blocking findings
 * (audit) or a stateful resource the plan would delete (plan --against), 2 bad input — always with
 * a one-line message and never a stack trace.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../policies/lib/rule";
import { StackConfigError } from "./plan/stack-config";
import type { Baseline } from "./plan/baseline";
import type { Plan } from "./plan/types";
import { FORMATS, isFormat, render } from "./report";

// The catalog (180 modules) and the Pulumi SDK load only in the commands that need them.

const USAGE = `Usage:
  npm run diagram [-- --stack <stack>]            Mermaid diagram of the stack's network
  npm run plan  [-- --stack <stack>] [--json <file>] [--preview] [--root <checkout>] [--against <baseline.json>]
  npm run audit -- --stack <stack> | --plan <file> --env <dev|staging|prod>
                   [--format ${FORMATS.join("|")}] [--out <file>] [--lang en|fr] [--today YYYY-MM-DD]`;

class UsageError extends Error {}

/** Raised by tools/audit/run.ts and tools/baseline.ts; matched by name so that no command loads the other's module. */
const INPUT_ERRORS = new Set(["AuditInputError", "BaselineInputError", "SettingsError"]);

/** A message for the person at the terminal: our own input errors, or a settings error from infra/. */
function isInputError(e: unknown): e is Error {
    return (
        e instanceof UsageError || e instanceof StackConfigError || (e instanceof Error && INPUT_ERRORS.has(e.name))
    );
}

function write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
}

async function plan(argv: string[]): Promise<number> {
    const { planStack, planToJson } = await import("./plan/engine");
    const { summarisePlan } = await import("./plan/summary");
    const { values } = parseArgs({
        args: argv,
        options: {
            stack: { type: "string", default: "dev" },
            json: { type: "string" },
            preview: { type: "boolean" },
            root: { type: "string" },
            against: { type: "string" },
        },
    });
    // Read before planning, which takes seconds: a missing or malformed baseline is bad input.
    const against = values.against === undefined ? undefined : await readBaselineFile(values.against);
    const result = await planStack(values.stack as string, { preview: values.preview, root: values.root });
    if (values.json) write(values.json, planToJson(result));
    process.stdout.write(summarisePlan(result));
    if (values.json) process.stdout.write(`\nPlan written to ${values.json}\n`);
    return against === undefined ? 0 : compareAgainst(result, against);
}

async function readBaselineFile(file: string): Promise<{ file: string; baseline: Baseline }> {
    const { readBaseline } = await import("./baseline");
    return { file, baseline: readBaseline(path.resolve(file)) };
}

/**
 * `plan --against`: the stateful resources of the baseline this plan would delete or rename, with
 * what offline cannot see. Exit 1 only for a deletion: a rename under an alias keeps the resource,
 * and a stateful resource the baseline does not list yet is reported without failing the plan.
 */
async function compareAgainst(plan: Plan, { file, baseline }: { file: string; baseline: Baseline }): Promise<number> {
    const { BaselineInputError } = await import("./baseline");
    const { compareWithBaseline, formatComparison } = await import("./plan/baseline");
    if (baseline.project !== plan.project) throw new BaselineInputError(`${file} is a baseline of project ${baseline.project}, not of ${plan.project}`);
    const comparison = compareWithBaseline(plan, baseline);
    process.stdout.write(`\n${formatComparison(comparison)}`);
    return comparison.deleted.length > 0 ? 1 : 0;
}

async function auditCommand(argv: string[]): Promise<number> {
    const { values } = parseArgs({
        args: argv,
        options: {
            stack: { type: "string" },
            plan: { type: "string" },
            env: { type: "string" },
            format: { type: "string", default: "table" },
            out: { type: "string" },
            lang: { type: "string", default: "en" },
            today: { type: "string" },
            root: { type: "string" },
        },
    });
    const { auditPlan, exitCode, readPlanFile } = await import("./audit/run");
    const format = values.format as string;
    if (!isFormat(format)) throw new UsageError(`--format "${format}" is not one of ${FORMATS.join(", ")}`);
    const lang = values.lang as string;
    if (lang !== "en" && lang !== "fr") throw new UsageError(`--lang "${lang}" is not one of en, fr`);
    const today = values.today ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today "${today}" is not a date YYYY-MM-DD`);
    let subject: Plan;
    let env: string;
    if (values.stack !== undefined && values.plan === undefined) {
        // Only planning needs the Pulumi SDK; auditing a plan file does not load it.
        const { planStack } = await import("./plan/engine");
        subject = await planStack(values.stack, { root: values.root });
        env = values.env ?? subject.profile;
    } else if (values.plan !== undefined && values.stack === undefined) {
        if (values.env === undefined) throw new UsageError("--plan needs --env <environment> to pick the pack configuration");
        subject = readPlanFile(values.plan);
        env = values.env;
    } else {
        throw new UsageError("give either --stack <stack> or --plan <file> --env <environment>");
    }
    const run = await auditPlan(subject, env, lang as Lang, today);
    const text = render(format, run.report);
    if (values.out) {
        write(values.out, text);
        const blocking = run.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived).length;
        process.stdout.write(`${run.result.findings.length} finding(s), ${blocking} blocking; ${format} report written to ${values.out}\n`);
    } else {
        process.stdout.write(text);
    }
    return exitCode(run.result);
}

async function diagram(argv: string[]): Promise<number> {
    const { planStack } = await import("./plan/engine");
    const { networkDiagram } = await import("./diagram");
    const { values } = parseArgs({ args: argv, options: { stack: { type: "string", default: "prod" }, root: { type: "string" } } });
    process.stdout.write(networkDiagram(await planStack(values.stack as string, { root: values.root })));
    return 0;
}

export async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    try {
        if (command === "plan") return await plan(rest);
        if (command === "diagram") return await diagram(rest);
        if (command === "audit") return await auditCommand(rest);
        throw new UsageError(`unknown command "${command ?? ""}"`);
    } catch (e) {
        if (isInputError(e) || (e instanceof TypeError && (e as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS"))) {
            process.stderr.write(`error: ${(e as Error).message}\n`);
            if (e instanceof UsageError || e instanceof TypeError) process.stderr.write(`${USAGE}\n`);
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
