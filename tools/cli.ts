/**
 * Command line behind `npm run plan` and `npm run audit`. Exit codes: 0 fine, 1 blocking findings
 * (audit only), 2 bad input — always with a one-line message and never a stack trace.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../policies/lib/rule";
import { PLAN_DATE_VARIABLE } from "../infra/core/names";
import { StackConfigError } from "./plan/stack-config";
import type { Plan } from "./plan/types";
import { FORMATS, isFormat, render } from "./report";

// The catalog (180 modules) and the Pulumi SDK load only in the commands that need them.

const USAGE = `Usage:
  npm run diagram [-- --stack <stack>]            Mermaid diagram of the stack's network
  npm run plan  [-- --stack <stack>] [--json <file>] [--preview] [--root <checkout>] [--today YYYY-MM-DD]
  npm run audit -- --stack <stack> | --plan <file> --env <dev|staging|prod>
                   [--format ${FORMATS.join("|")}] [--out <file>] [--lang en|fr] [--today YYYY-MM-DD]`;

class UsageError extends Error {}

/** Raised by tools/audit/run.ts; matched by name so that `plan` need not load that module. */
const INPUT_ERRORS = new Set(["AuditInputError", "SettingsError"]);

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

/**
 * The day plans and audits are made on: --today, else the one already pinned in the environment,
 * else today. The program reads it from the environment (infra/settings.ts planTime), so that the
 * event calendar plans the same way all day.
 */
function pinPlanDate(given: string | undefined): string {
    const today = given ?? (process.env[PLAN_DATE_VARIABLE] || new Date().toISOString().slice(0, 10));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today "${today}" is not a date YYYY-MM-DD`);
    process.env[PLAN_DATE_VARIABLE] = today;
    return today;
}

async function plan(argv: string[]): Promise<number> {
    const { planStack, planToJson } = await import("./plan/engine");
    const { summarisePlan } = await import("./plan/summary");
    const { values } = parseArgs({
        args: argv,
        options: { stack: { type: "string", default: "dev" }, json: { type: "string" }, preview: { type: "boolean" }, root: { type: "string" }, today: { type: "string" } },
    });
    pinPlanDate(values.today);
    const result = await planStack(values.stack as string, { preview: values.preview, root: values.root });
    if (values.json) write(values.json, planToJson(result));
    process.stdout.write(summarisePlan(result));
    if (values.json) process.stdout.write(`\nPlan written to ${values.json}\n`);
    return 0;
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
    const today = pinPlanDate(values.today);
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
    pinPlanDate(undefined);
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
