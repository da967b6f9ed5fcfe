/**
 * Command line behind `npm run plan`, `npm run audit`, `npm run diagram` and `npm run cost` (started by tools/run.js
 * from the build). Data goes to stdout or the file of --out/--json; progress and errors to stderr.
 * Exit codes: 0 done, 1 blocking findings (audit), 2 bad input (one line, then the usage after a bad
 * flag), 3 a bug (one line asking for a report). Every flag, path and date is checked before the
 * Pulumi SDK or the catalog is loaded, so a typo costs nothing and loses nothing.
 */
import { PLAN_DATE_VARIABLE } from "../infra/core/names";
import { isCalendarDate } from "../policies/lib/dates";
import type { Lang } from "../policies/lib/rule";
import { oneOf, OptionSpecs, parseFlags } from "./command/args";
import { guard, InputError, UsageError } from "./command/errors";
import { CommandName, MSG, usage, useLanguage } from "./command/messages";
import { checkDirectory, checkInputFile, checkOutputPath, writeOutput } from "./command/paths";
import { readStackConfig, StackConfig } from "./plan/stack-config";
import type { Baseline } from "./plan/baseline";
import type { Plan } from "./plan/types";
import { FORMATS, isFormat, render } from "./report";
import { REPO_ROOT } from "./root";

export const LANGS: readonly Lang[] = ["en", "fr"];
const DEFAULT_STACK = "dev";

const out = (text: string): void => void process.stdout.write(text);
const note = (line: string): void => void process.stderr.write(`${line}\n`);

/** Flags common to the commands that plan a stack. */
const STACK_FLAGS = {
    stack: { type: "string", placeholder: "<stack>" },
    root: { type: "string", placeholder: "<checkout>" },
} as const satisfies OptionSpecs;

/**
 * The flags of each command. Exported so that a test can check every `npm run` command the docs
 * quote against the very tables the commands parse with (test/tools/doc-commands.test.ts).
 */
export const OPTIONS = {
    plan: {
        ...STACK_FLAGS,
        json: { type: "string", placeholder: "<file>" },
        preview: { type: "boolean" },
        against: { type: "string", placeholder: "<baseline.json>" },
        today: { type: "string", placeholder: "<YYYY-MM-DD>" },
        ref: { type: "string", placeholder: "<stack>=<plan.json>", multiple: true },
        env: { type: "string", placeholder: "<environment>" },
        order: { type: "boolean" },
    },
    audit: {
        ...STACK_FLAGS,
        plan: { type: "string", placeholder: "<file>" },
        env: { type: "string", placeholder: "<environment>" },
        profile: { type: "string", placeholder: "<profile>" },
        format: { type: "string", placeholder: `<${FORMATS.join("|")}>` },
        out: { type: "string", placeholder: "<file>" },
        lang: { type: "string", placeholder: `<${LANGS.join("|")}>` },
        today: { type: "string", placeholder: "<YYYY-MM-DD>" },
    },
    diagram: { ...STACK_FLAGS, out: { type: "string", placeholder: "<file>" } },
    cost: {
        ...STACK_FLAGS,
        env: { type: "string", placeholder: "<environment>" },
        plan: { type: "string", placeholder: "<file>" },
        prices: { type: "string", placeholder: "<file>" },
        // The formats of tools/cost/render.ts (COST_FORMATS), which loads only when the command runs.
        format: { type: "string", placeholder: "<table|json>" },
        out: { type: "string", placeholder: "<file>" },
        lang: { type: "string", placeholder: `<${LANGS.join("|")}>` },
    },
} as const satisfies Record<string, OptionSpecs>;

function stackConfig(flags: { readonly stack?: string; readonly root?: string }): { config: StackConfig; root: string } {
    const root = flags.root === undefined ? REPO_ROOT : checkDirectory("--root", flags.root);
    return { config: readStackConfig(root, flags.stack ?? DEFAULT_STACK), root };
}

/**
 * The SDK and the program load only here, after every input was checked. A stack that reads layers
 * from other stacks gets their outputs from their plans: each is planned first, unless --ref gave it.
 */
async function planned(config: StackConfig, root: string, preview = false, saved: ReadonlyMap<string, Plan> = new Map(), cache?: Map<string, Plan>): Promise<Plan> {
    const { planLayered } = await import("./plan/layered");
    return planLayered(config, { root, preview, saved, planned: cache, onReference: (stack) => note(MSG.planningReference(stack)) });
}

/** `--ref STACK=plan.json`, each read and checked before anything is planned. */
async function savedPlans(refs: readonly string[] | undefined): Promise<Map<string, Plan>> {
    const out = new Map<string, Plan>();
    if (refs === undefined) return out;
    const { readPlanFile } = await import("./audit/run");
    for (const ref of refs) {
        const m = /^([^=]+)=(.+)$/.exec(ref);
        if (!m) throw new InputError(MSG.badRef(ref));
        const [, stack, file] = m;
        const plan = readPlanFile(checkInputFile("--ref", file));
        if (plan.stack !== stack) throw new InputError(MSG.refNotThatStack(stack, file, plan.stack));
        out.set(stack, plan);
    }
    return out;
}

/** `plan --env E --order`: the order of pulumi up over the environment's stacks, and of pulumi destroy. */
async function printOrder(root: string, environment: string): Promise<number> {
    const { environmentOrder, readEnvironments } = await import("./plan/layered");
    const order = environmentOrder(root, environment);
    const byName = new Map(readEnvironments(root).map((s) => [s.stack, s]));
    const width = Math.max(...order.map((s) => s.length));
    const line = (s: string, i: number): string => {
        const l = byName.get(s)?.layers;
        const reads = [...new Set(Object.values(l?.references ?? {}))];
        return `  ${i + 1}. ${s.padEnd(width)}  ${(l?.deployed ?? []).join(", ")}${reads.length > 0 ? `; reads ${reads.join(", ")}` : ""}`;
    };
    out(
        [
            `Deploy order of environment ${environment} (pulumi up, first to last):`,
            ...order.map(line),
            `Destroy order (pulumi destroy, first to last; docs/runbooks/deploy.md for the protected resources):`,
            ...[...order].reverse().map(line),
        ].join("\n") + "\n",
    );
    return 0;
}

async function plan(argv: readonly string[]): Promise<number> {
    const parsed = parseFlags(
        "npm run plan",
        usage("plan"),
        OPTIONS.plan,
        argv,
    );
    if (parsed.help) return help("plan");
    const { flags } = parsed;
    if (flags.order === true && flags.env === undefined) throw new UsageError(MSG.orderNeedsEnv, usage("plan"));
    if (flags.env !== undefined) {
        if (flags.order !== true) throw new UsageError(MSG.envNeedsOrder, usage("plan"));
        for (const other of ["stack", "json", "preview", "against", "ref"] as const) {
            if (flags[other] !== undefined) throw new UsageError(MSG.unexpectedWith(`--${other}`, "--env"), usage("plan"));
        }
        return printOrder(flags.root === undefined ? REPO_ROOT : checkDirectory("--root", flags.root), flags.env);
    }
    const json = flags.json === undefined ? undefined : checkOutputPath("--json", flags.json);
    today(flags.today);
    // Read before planning, which takes seconds: a missing or malformed baseline is bad input.
    const against = flags.against === undefined ? undefined : await readBaselineFile(flags.against);
    const saved = await savedPlans(flags.ref);
    const { config, root } = stackConfig(flags);
    const cache = new Map<string, Plan>();
    const result = await planned(config, root, flags.preview === true, saved, cache);
    const { planToJson } = await import("./plan/engine");
    const { summarisePlan } = await import("./plan/summary");
    if (json !== undefined) {
        writeOutput(json, flags.json ?? json, planToJson(result));
        note(MSG.planWritten(flags.json ?? json));
    }
    out(summarisePlan(result));
    if (against === undefined) return 0;
    // A layer stack holds a share of its environment: the baseline is compared with every stack of
    // the environment's layered form, or the rest would read as deleted.
    const { environmentPeers } = await import("./plan/layered");
    const plans: Plan[] = [];
    for (const peer of environmentPeers(root, config.stack)) {
        plans.push(peer === config.stack ? result : await planned(readStackConfig(root, peer), root, flags.preview === true, saved, cache));
    }
    return compareAgainst(plans, against, root);
}

/** A missing baseline gets the line that says how to make one; a folder, device or pipe is refused as any input file is. */
async function readBaselineFile(file: string): Promise<{ file: string; baseline: Baseline }> {
    const { readBaseline } = await import("./baseline");
    const fs = await import("node:fs");
    return { file, baseline: readBaseline(fs.existsSync(file) ? checkInputFile("--against", file) : file) };
}

/**
 * `plan --against`: the stateful resources of the baseline this plan would delete or rename, with
 * what offline cannot see. Exit 1 only for a deletion: a rename under an alias keeps the resource,
 * and a stateful resource the baseline does not list yet is reported without failing the plan.
 */
async function compareAgainst(plans: readonly Plan[], { file, baseline }: { file: string; baseline: Baseline }, root: string): Promise<number> {
    const { BaselineInputError } = await import("./baseline");
    const { compareWithBaseline, formatComparison } = await import("./plan/baseline");
    const project = plans[0].project;
    if (baseline.project !== project) throw new BaselineInputError(`${file} is a baseline of project ${baseline.project}, not of ${project}`);
    const { readEnvironments } = await import("./plan/layered");
    // A single stack superseded by the planned layer stacks is their old form, not a missing part.
    // Likewise the layer stacks that take over a planned single stack are its new form.
    const forms = readEnvironments(root).filter((s) => s.layers.supersededBy.length > 0);
    const planned = (stack: string): boolean => plans.some((p) => p.stack === stack);
    const superseded = new Set([
        ...forms.filter((s) => s.layers.supersededBy.some(planned)).map((s) => s.stack),
        ...forms.filter((s) => planned(s.stack)).flatMap((s) => s.layers.supersededBy),
    ]);
    const compared = compareWithBaseline(plans, baseline);
    const unplannedStacks = Object.fromEntries(
        Object.entries(compared.unplannedStacks)
            .map(([env, stacks]) => [env, stacks.filter((s) => !superseded.has(s))] as const)
            .filter(([, stacks]) => stacks.length > 0),
    );
    const comparison = { ...compared, unplannedStacks };
    out(`\n${formatComparison(comparison)}`);
    return comparison.deleted.length > 0 ? 1 : 0;
}

/** Every stack of the environment's layered form, planned in deploy order (each once), as one plan. */
async function plannedEnvironment(root: string, environment: string): Promise<Plan> {
    const { environmentOrder, combinePlans } = await import("./plan/layered");
    const order = environmentOrder(root, environment);
    const cache = new Map<string, Plan>();
    const plans: Plan[] = [];
    for (const s of order) plans.push(await planned(readStackConfig(root, s), root, false, new Map(), cache));
    return combinePlans(environment, plans);
}

/**
 * The day plans and audits are made on: --today, else the one already pinned in the environment,
 * else today. It is pinned in the environment because the program reads it there (infra/settings.ts
 * planTime): the event calendar then plans the same way all day, and a test or a rerun can fix it.
 */
function today(flag: string | undefined): string {
    const pinned = process.env[PLAN_DATE_VARIABLE];
    if (flag !== undefined && !isCalendarDate(flag)) throw new InputError(MSG.notADate("--today", flag));
    if (flag === undefined && pinned !== undefined && pinned !== "" && !isCalendarDate(pinned)) throw new InputError(MSG.notADate(PLAN_DATE_VARIABLE, pinned));
    const day = flag ?? (pinned || new Date().toISOString().slice(0, 10));
    process.env[PLAN_DATE_VARIABLE] = day;
    return day;
}

async function audit(argv: readonly string[]): Promise<number> {
    const parsed = parseFlags(
        "npm run audit",
        usage("audit"),
        OPTIONS.audit,
        argv,
    );
    if (parsed.help) return help("audit");
    const { flags } = parsed;
    const format = flags.format ?? "table";
    if (!isFormat(format)) throw new InputError(MSG.notOneOf("--format", format, FORMATS));
    const lang = flags.lang ?? "en";
    if (!(LANGS as readonly string[]).includes(lang)) throw new InputError(MSG.notOneOf("--lang", lang, LANGS));
    const day = today(flags.today);
    const target = flags.out === undefined ? undefined : checkOutputPath("--out", flags.out);
    // --env alone names an environment to audit whole; beside --stack or --plan it is the old name of
    // --profile (the pack configuration), still accepted with a warning.
    const environment = flags.env !== undefined && flags.stack === undefined && flags.plan === undefined ? flags.env : undefined;
    const subjects = [flags.stack, flags.plan, environment].filter((x) => x !== undefined).length;
    if (subjects !== 1) throw new UsageError(MSG.stackOrPlan, usage("audit"));
    if (flags.env !== undefined && environment === undefined && flags.profile !== undefined) {
        throw new UsageError(MSG.unexpectedWith("--env", "--profile"), usage("audit"));
    }
    const profile = flags.profile ?? (environment === undefined ? flags.env : undefined);
    if (flags.plan !== undefined && profile === undefined) throw new UsageError(MSG.planNeedsEnv, usage("audit"));
    if (flags.plan !== undefined && flags.root !== undefined) throw new UsageError(MSG.unexpectedWith("--root", "--plan"), usage("audit"));
    if (flags.plan !== undefined) checkInputFile("--plan", flags.plan);
    const stack = flags.stack !== undefined ? stackConfig(flags) : undefined;
    const root = flags.root === undefined ? REPO_ROOT : checkDirectory("--root", flags.root);
    const run = await import("./audit/run");
    // The report names the checkout's commit and state: git runs beside the plan, not after it.
    const git = (await import("./audit/provenance")).gitState(REPO_ROOT);
    // The pack configuration is read before planning, so that a wrong --profile costs no plan.
    if (profile !== undefined) run.readPackConfig(profile);
    // Said once the input is known to be good, so that a bad one still gets its one line.
    if (flags.env !== undefined && environment === undefined) note(MSG.envDeprecated);
    let subject: Plan;
    if (environment !== undefined) subject = await plannedEnvironment(root, environment);
    else if (stack !== undefined) subject = await planned(stack.config, stack.root);
    else subject = run.readPlanFile(flags.plan as string);
    const result = await run.auditPlan(subject, profile ?? subject.profile, lang as Lang, day, { git });
    const text = render(format, result.report);
    if (target !== undefined) {
        writeOutput(target, flags.out ?? target, text);
        const blocking = result.result.findings.filter((f) => f.enforcement === "mandatory" && !f.waived).length;
        note(MSG.reportWritten(result.result.findings.length, blocking, format, flags.out ?? target));
    } else {
        out(text);
    }
    return run.exitCode(result.result);
}

async function diagram(argv: readonly string[]): Promise<number> {
    const parsed = parseFlags("npm run diagram", usage("diagram"), OPTIONS.diagram, argv);
    if (parsed.help) return help("diagram");
    const { flags } = parsed;
    const target = flags.out === undefined ? undefined : checkOutputPath("--out", flags.out);
    today(undefined);
    const { config, root } = stackConfig(flags);
    const { networkDiagram } = await import("./diagram");
    const text = networkDiagram(await planned(config, root));
    if (target !== undefined) {
        writeOutput(target, flags.out ?? target, text);
        note(MSG.diagramWritten(flags.out ?? target));
    } else {
        out(text);
    }
    return 0;
}

/**
 * `cost`: the cost drivers of a stack, an environment or a saved plan (tools/cost/). The price sheet
 * is read and checked before anything is planned: a typo in it costs no plan.
 */
async function cost(argv: readonly string[]): Promise<number> {
    const parsed = parseFlags(
        "npm run cost",
        usage("cost"),
        OPTIONS.cost,
        argv,
    );
    if (parsed.help) return help("cost");
    const { flags } = parsed;
    const { COST_FORMATS } = await import("./cost/render");
    const format = oneOf("--format", flags.format ?? "table", COST_FORMATS);
    const lang = oneOf("--lang", flags.lang ?? "en", LANGS);
    const subjects = [flags.stack, flags.env, flags.plan].filter((x) => x !== undefined).length;
    if (subjects !== 1) throw new UsageError(MSG.costSubject, usage("cost"));
    if (flags.plan !== undefined && flags.root !== undefined) throw new UsageError(MSG.unexpectedWith("--root", "--plan"), usage("cost"));
    const target = flags.out === undefined ? undefined : checkOutputPath("--out", flags.out);
    const { readPriceSheet } = await import("./cost/prices");
    const sheet = flags.prices === undefined ? undefined : readPriceSheet(checkInputFile("--prices", flags.prices), flags.prices);
    if (flags.plan !== undefined) checkInputFile("--plan", flags.plan);
    const root = flags.root === undefined ? REPO_ROOT : checkDirectory("--root", flags.root);
    let subject: Plan;
    if (flags.plan !== undefined) subject = (await import("./audit/run")).readPlanFile(flags.plan);
    else {
        today(undefined);
        if (flags.env !== undefined) subject = await plannedEnvironment(root, flags.env);
        else {
            const stack = stackConfig(flags);
            subject = await planned(stack.config, stack.root);
        }
    }
    const { costReport } = await import("./cost/report");
    const { renderCost } = await import("./cost/render");
    const report = costReport(subject, lang, sheet);
    if (report.unclassified.length > 0) note(MSG.unclassifiedTypes(report.unclassified));
    const text = renderCost(format, report);
    if (target !== undefined) {
        writeOutput(target, flags.out ?? target, text);
        note(MSG.costWritten(report.rows.length, format, flags.out ?? target));
    } else {
        out(text);
    }
    return 0;
}

function help(command: CommandName): number {
    out(`${usage(command)}\n`);
    return 0;
}

const COMMANDS: Readonly<Record<string, (argv: readonly string[]) => Promise<number>>> = { plan, audit, diagram, cost };

/**
 * The language --lang asks for, read before the flags are parsed so that even an error in them is in
 * that language. An invalid or missing value leaves English; the parser then reports it.
 */
function requestedLanguage(argv: readonly string[]): Lang {
    let lang: string | undefined;
    argv.forEach((arg, i) => {
        if (arg === "--lang") lang = argv[i + 1];
        else if (arg.startsWith("--lang=")) lang = arg.slice("--lang=".length);
    });
    return (LANGS as readonly (string | undefined)[]).includes(lang) ? (lang as Lang) : "en";
}

/** Runs `command ...flags`; never throws: every outcome is an exit code (see the header). */
export function main(argv: readonly string[]): Promise<number> {
    useLanguage(requestedLanguage(argv));
    return guard(() => {
        const [command, ...rest] = argv;
        const run = command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (run === undefined) {
            throw new UsageError(MSG.unknownCommand(command ?? "", Object.keys(COMMANDS)), Object.keys(COMMANDS).map((c) => `  npm run ${c} -- --help`).join("\n"));
        }
        return run(rest);
    });
}
