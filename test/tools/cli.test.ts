/**
 * The command line's contract (tools/cli.ts, tools/pack-config.ts, tools/bench.ts): every bad flag,
 * file, date, setting and path exits 2 with one line naming what is wrong, the value and what is
 * allowed (the usage after a bad flag), before any work starts; --help and -h exit 0 with the usage;
 * a bug exits 3 with one line asking for a report; data goes to stdout, the rest to stderr. Commands
 * run in-process through `main`; a few real processes check what only a process shows (npm's
 * output, another user's permissions).
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT, STACKS } from "../support/settings";

/** Planning (the SDK and the program, in a fresh module registry) takes seconds on a busy machine. */
const PLANNING = 120_000;

interface Outcome {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

type Main = (argv: readonly string[]) => Promise<number>;

async function capture(run: () => Promise<number>): Promise<Outcome> {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const so = jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (stdout.push(String(s)), true));
    const se = jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (stderr.push(String(s)), true));
    try {
        const code = await run();
        return { code, stdout: stdout.join(""), stderr: stderr.join("") };
    } finally {
        so.mockRestore();
        se.mockRestore();
    }
}

/** A command in a fresh module registry: Jest evaluates a program once per registry, and planning evaluates it. */
async function isolated(file: string, argv: readonly string[]): Promise<Outcome> {
    return capture(async () => {
        let code = -1;
        await jest.isolateModulesAsync(async () => {
            const { main } = (await import(file)) as { main: Main };
            code = await main(argv);
        });
        return code;
    });
}

const cli = (...argv: string[]): Promise<Outcome> => isolated("../../tools/cli", argv);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-cli-"));
const at = (...p: string[]): string => path.join(tmp, ...p);

/** A project beside the repository: its Pulumi.yaml (or `project`), one stack file `sandbox`, and the repository's infra/. */
function project(name: string, stackFile: string | undefined, projectFile = fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8")): string {
    const dir = at(name);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "Pulumi.yaml"), projectFile);
    if (stackFile !== undefined) {
        fs.mkdirSync(path.join(dir, "stacks"));
        fs.writeFileSync(path.join(dir, "stacks", "Pulumi.sandbox.yaml"), stackFile);
    }
    fs.symlinkSync(path.join(ROOT, "infra"), path.join(dir, "infra"));
    return dir;
}

/** A prod-like stack file with `extra` lines under config: (a key given twice is YAML's error). */
const stackFile = (
    extra: string,
    base = "  alicloud:region: eu-central-1\n  dakar2026:profile: dev\n  dakar2026:vpcCidr: 10.140.0.0/16\n  dakar2026:zones: [eu-central-1a, eu-central-1b]\n" +
        "  dakar2026:appImageId: m-gw8testimage0000001\n  dakar2026:certificateId: \"14276310\"\n  dakar2026:domain: sandbox.dakar2026.senum.sn\n" +
        "  dakar2026:alarmContacts: [{ name: oncall, email: oncall@senum.sn }]\n" +
        "  dakar2026:accountId: \"1234567890123456\"\n  dakar2026:ciDeployerSubject: repo:senum-sa/dakar2026-infra:environment:sandbox\n" +
        "  dakar2026:ciPreviewerSubject: repo:senum-sa/dakar2026-infra:pull_request\n",
): string =>
    `config:\n${base}${extra}`;

const USAGE_HEAD: Readonly<Record<string, string>> = {
    plan: "Usage: npm run plan [-- options]",
    audit: "Usage: npm run audit -- --stack <stack> | --env <env> | --plan <file> --profile <profile> [options]",
    diagram: "Usage: npm run diagram [-- options]",
    cost: "Usage: npm run cost -- --stack <stack> | --env <env> | --plan <file> [options]",
    "pack-config": "Usage: npm run pack-config [-- --check]",
};

beforeAll(() => {
    fs.writeFileSync(at("file.txt"), "not a folder");
    fs.mkdirSync(at("sub"));
    execFileSync("mkfifo", [at("fifo")]);
    fs.symlinkSync(at("nowhere", "x"), at("dangling"));
    fs.symlinkSync("/proc/self/status", at("proclink"));
    fs.writeFileSync(at("bad.json"), "{ not json");
    fs.writeFileSync(at("array.json"), "[1]");
    fs.writeFileSync(at("badres.json"), JSON.stringify({ resources: [5] }));
    fs.writeFileSync(at("notype.json"), JSON.stringify({ resources: [{ name: "a", inputs: {} }] }));
    fs.writeFileSync(at("plan.json"), JSON.stringify({ resources: [] }));
    fs.writeFileSync(at("prices-currency.json"), JSON.stringify({ currency: "dollars", prices: {} }));
    fs.writeFileSync(at("prices-driver.json"), JSON.stringify({ currency: "EUR", prices: { "ecs.instanse": { unit: "instance", per: "hour", price: 1 } } }));
    fs.writeFileSync(at("prices-per.json"), JSON.stringify({ currency: "EUR", prices: { "cdn.traffic": { unit: "GB", per: "hour", price: 0.1 } } }));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Every bad input the command line reads before planning: [what, command line, the one line on
 * stderr, whether the usage follows]. `@` in an argument or a message stands for the test's
 * temporary folder.
 */
const BAD_INPUT: readonly (readonly [string, readonly string[], string, "usage" | "line"])[] = [
    // Flags.
    ["a misspelt option", ["plan", "--stak", "dev"], "--stak is not an option of npm run plan; did you mean --stack? options: --stack, --root, --json, --preview, --against, --today, --ref, --env, --order", "usage"],
    ["a short option that does not exist", ["plan", "-s", "dev"], "-s is not an option of npm run plan; options: --stack, --root, --json, --preview, --against, --today, --ref, --env, --order", "usage"],
    ["an option without its value", ["plan", "--stack"], "--stack needs a value: --stack <stack>", "usage"],
    ["an option whose value is another option", ["plan", "--stack", "--json", "@/p.json"], "--stack needs a value: --stack <stack>", "usage"],
    ["a value given to a switch", ["plan", "--preview=yes"], '--preview takes no value (got "yes")', "usage"],
    ["a stray argument", ["plan", "prod"], 'unexpected argument "prod"; options start with --', "usage"],
    ["an option given twice", ["plan", "--stack", "dev", "--stack", "prod"], "--stack is given more than once", "usage"],
    ["an unknown command", ["deploy"], 'unknown command "deploy"; commands: plan, audit, diagram, cost', "usage"],
    ["no command", [], 'unknown command ""; commands: plan, audit, diagram, cost', "usage"],
    ["an inherited property as a command", ["constructor"], 'unknown command "constructor"; commands: plan, audit, diagram, cost', "usage"],
    ["an unknown format", ["audit", "--stack", "dev", "--format", "pdf"], '--format "pdf" is not one of table, json, markdown, html, sarif, junit', "line"],
    ["an unknown language", ["audit", "--stack", "dev", "--lang", "de"], '--lang "de" is not one of en, fr', "line"],
    ["neither --stack nor --plan", ["audit"], "give one of --stack <stack>, --env <environment> or --plan <file> --profile <profile>", "usage"],
    ["both --stack and --plan", ["audit", "--stack", "dev", "--plan", "@/plan.json"], "give one of --stack <stack>, --env <environment> or --plan <file> --profile <profile>", "usage"],
    ["--plan without --profile", ["audit", "--plan", "@/plan.json"], "--plan needs --profile <profile> to pick the pack configuration", "usage"],
    ["--env and --profile with --plan", ["audit", "--plan", "@/plan.json", "--env", "prod", "--profile", "prod"], "--env cannot be used with --profile", "usage"],
    ["--root with --plan", ["audit", "--plan", "@/plan.json", "--profile", "prod", "--root", "@"], "--root cannot be used with --plan", "usage"],
    ["an environment with no stack", ["audit", "--env", "qa"], 'environment "qa" has no stack; environments: dev, prod, rehearsal, staging', "line"],
    ["--order without --env", ["plan", "--order"], "--order needs --env <environment>", "usage"],
    ["--env without --order", ["plan", "--env", "prod"], "npm run plan -- --env <environment> needs --order (plan the stacks one by one with --stack)", "usage"],
    ["--env with --stack", ["plan", "--env", "prod", "--order", "--stack", "prod"], "--stack cannot be used with --env", "usage"],
    ["an order of an environment with no stack", ["plan", "--env", "qa", "--order"], 'environment "qa" has no stack; environments: dev, prod, rehearsal, staging', "line"],
    ["a --ref that is not stack=file", ["plan", "--stack", "dev", "--ref", "prod-data"], '--ref "prod-data" is not <stack>=<plan.json>', "line"],
    ["a --ref file that does not exist", ["plan", "--stack", "dev", "--ref", "prod-data=@/missing.json"], "--ref @/missing.json does not exist", "line"],
    ["a --ref plan of another stack", ["plan", "--stack", "dev", "--ref", "prod-data=@/plan.json"], "--ref prod-data=@/plan.json: that file is the plan of stack offline, not prod-data", "line"],
    ["a cost format the cost report has not", ["cost", "--stack", "dev", "--format", "html"], '--format "html" is not one of table, json', "line"],
    ["a cost report in an unknown language", ["cost", "--stack", "dev", "--lang", "de"], '--lang "de" is not one of en, fr', "line"],
    ["a cost report of nothing", ["cost"], "give one of --stack <stack>, --env <environment> or --plan <file>", "usage"],
    ["a cost report of a stack and an environment", ["cost", "--stack", "prod", "--env", "prod"], "give one of --stack <stack>, --env <environment> or --plan <file>", "usage"],
    ["a cost report of a plan in another checkout", ["cost", "--plan", "@/plan.json", "--root", "@"], "--root cannot be used with --plan", "usage"],
    ["a cost report of an environment with no stack", ["cost", "--env", "qa"], 'environment "qa" has no stack; environments: dev, prod, rehearsal, staging', "line"],
    ["a price sheet that does not exist", ["cost", "--stack", "qa", "--prices", "@/missing.json"], "--prices @/missing.json does not exist", "line"],
    ["a price sheet that is not JSON", ["cost", "--stack", "qa", "--prices", "@/bad.json"], "@/bad.json is not valid JSON: Expected property name or '}' in JSON at position 2…", "line"],
    ["a price sheet with a made-up currency", ["cost", "--stack", "qa", "--prices", "@/prices-currency.json"], '@/prices-currency.json: currency is "dollars"; expected a three-letter ISO 4217 code such as USD, EUR or XOF', "line"],
    ["a price sheet with a misspelt driver", ["cost", "--stack", "qa", "--prices", "@/prices-driver.json"], '@/prices-driver.json: "ecs.instanse" is not a key of prices; did you mean ecs.instance? keys: ' + "ecs.instance, ecs.disk, rds.instance, rds.storage, rds.backup, rds.sql-audit, redis.shard, oss.storage, oss.replication, eip.address, eip.traffic, eip.bandwidth, nat.gateway, nat.capacity, alb.instance, alb.capacity, cdn.traffic, cdn.https, waf.instance, waf.capacity, sls.shard, sls.storage, sls.ingest, kms.key, kms.secret", "line"],
    ["a price per hour of traffic", ["cost", "--stack", "qa", "--prices", "@/prices-per.json"], '@/prices-per.json: prices.cdn.traffic.per is "hour"; expected "unit"', "line"],
    ["an output of the cost report in /proc", ["cost", "--stack", "qa", "--out", "/proc/self/fd/1"], "--out /proc/self/fd/1 is under /proc, a special filesystem; give a regular file", "line"],
    ["a diagram option that does not exist", ["diagram", "--format", "svg"], "--format is not an option of npm run diagram; options: --stack, --root, --out", "usage"],
    // Dates.
    ["a day that does not exist", ["audit", "--stack", "dev", "--today", "2026-02-30"], '--today "2026-02-30" is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)', "line"],
    ["a month that does not exist", ["audit", "--stack", "dev", "--today", "2026-13-01"], '--today "2026-13-01" is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)', "line"],
    ["a date in another form", ["audit", "--stack", "dev", "--today", "13/11/2026"], '--today "13/11/2026" is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)', "line"],
    // Stacks and environments.
    ["an unknown stack", ["plan", "--stack", "qa"], `unknown stack "qa"; stacks: ${STACKS.join(", ")}`, "line"],
    ["an empty stack name", ["plan", "--stack", ""], `unknown stack ""; stacks: ${STACKS.join(", ")}`, "line"],
    ["a stack name that is a path", ["diagram", "--stack", "../stacks/Pulumi.dev"], `unknown stack "../stacks/Pulumi.dev"; stacks: ${STACKS.join(", ")}`, "line"],
    ["an unknown profile", ["audit", "--stack", "dev", "--profile", "qa"], 'unknown profile "qa"; profiles with a pack configuration: dev, prod, staging', "line"],
    // Plan files.
    ["a plan file that does not exist", ["audit", "--plan", "@/missing.json", "--profile", "prod"], "--plan @/missing.json does not exist", "line"],
    ["a plan file that is a folder", ["audit", "--plan", "@/sub", "--profile", "prod"], "--plan @/sub is a directory; give a file path", "line"],
    ["a plan file on a special filesystem", ["audit", "--plan", "/dev/zero", "--profile", "prod"], "--plan /dev/zero is under /dev, a special filesystem; give a regular file", "line"],
    ["a plan file that is a pipe", ["audit", "--plan", "@/fifo", "--profile", "prod"], "--plan @/fifo is not a regular file (a device, pipe or socket); give a regular file", "line"],
    // Node 22 adds "(line 1 column 3)" to the parser's message: "…" asks for the line to start so.
    ["a baseline that is a folder", ["plan", "--stack", "dev", "--against", "@/sub"], "--against @/sub is a directory; give a file path", "line"],
    ["a baseline on a special filesystem", ["plan", "--stack", "dev", "--against", "/dev/zero"], "--against /dev/zero is under /dev, a special filesystem; give a regular file", "line"],
    ["a plan file that is not JSON", ["audit", "--plan", "@/bad.json", "--profile", "prod"], "@/bad.json is not valid JSON: Expected property name or '}' in JSON at position 2…", "line"],
    ["a plan that is not an object", ["audit", "--plan", "@/array.json", "--profile", "prod"], '@/array.json: expected an object with a "resources" array', "line"],
    ["a plan resource that is not an object", ["audit", "--plan", "@/badres.json", "--profile", "prod"], "@/badres.json: resources[0] is not an object", "line"],
    ["a plan resource without a type", ["audit", "--plan", "@/notype.json", "--profile", "prod"], "@/notype.json: resources[0].type must be a non-empty string", "line"],
    ["a plan for an unknown profile", ["audit", "--plan", "@/plan.json", "--profile", "qa"], 'unknown profile "qa"; profiles with a pack configuration: dev, prod, staging', "line"],
    ["a plan for an unknown profile given with the deprecated --env", ["audit", "--plan", "@/plan.json", "--env", "qa"], 'unknown profile "qa"; profiles with a pack configuration: dev, prod, staging', "line"],
    // Checkouts (--root).
    ["a checkout that does not exist", ["plan", "--root", "@/nowhere"], "--root @/nowhere is not a directory", "line"],
    ["a checkout that is a file", ["plan", "--root", "@/file.txt"], "--root @/file.txt is not a directory", "line"],
    ["a checkout without Pulumi.yaml", ["plan", "--root", "@/sub"], "cannot read @/sub/Pulumi.yaml: ENOENT", "line"],
    // Output paths, checked before anything is read or planned (the stack "qa" does not exist).
    ["an output that is a folder", ["plan", "--stack", "qa", "--json", "@/sub"], "--json @/sub is a directory; give a file path", "line"],
    ["an output in a folder that does not exist", ["plan", "--stack", "qa", "--json", "@/nowhere/plan.json"], "--json @/nowhere/plan.json: directory @/nowhere does not exist; create it first (mkdir -p @/nowhere)", "line"],
    ["an output under a file", ["plan", "--stack", "qa", "--json", "@/file.txt/plan.json"], "--json @/file.txt/plan.json: a folder on its path is a file", "line"],
    ["an output in /proc", ["plan", "--stack", "qa", "--json", "/proc/self/fd/1"], "--json /proc/self/fd/1 is under /proc, a special filesystem; give a regular file", "line"],
    ["an output in /sys", ["audit", "--stack", "qa", "--out", "/sys/kernel/report.json"], "--out /sys/kernel/report.json is under /sys, a special filesystem; give a regular file", "line"],
    ["an output that is /dev/null", ["audit", "--stack", "qa", "--out", "/dev/null"], "--out /dev/null is under /dev, a special filesystem; give a regular file", "line"],
    ["an output that is the terminal", ["diagram", "--stack", "qa", "--out", "/dev/stdout"], "--out /dev/stdout is under /dev, a special filesystem; give a regular file", "line"],
    ["an output that is a pipe", ["diagram", "--stack", "qa", "--out", "@/fifo"], "--out @/fifo is not a regular file (a device, pipe or socket); give a regular file", "line"],
    ["an output linked into /proc", ["audit", "--stack", "qa", "--out", "@/proclink"], "--out @/proclink is under /proc, a special filesystem; give a regular file", "line"],
    ["an output that is a dangling link", ["plan", "--stack", "qa", "--json", "@/dangling"], "--json @/dangling cannot be written (a symbolic link to nothing)", "line"],
    ["an empty output path", ["audit", "--stack", "qa", "--out", ""], "--out needs a file path, got an empty one", "line"],
    ["an output folder given to --out", ["diagram", "--stack", "qa", "--out", "@/sub"], "--out @/sub is a directory; give a file path", "line"],
];

const resolveAt = (s: string): string => s.split("@").join(tmp);

/** Real processes run the build: bring it up to date first, so that its one-line notice is not in their stderr. */
function buildNow(): void {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the plain-JavaScript build of the tools.
    (require("../../tools/build.js") as { ensureBuilt(): unknown }).ensureBuilt();
}

describe("bad input: exit 2 and one line, before any work", () => {
    it.each(BAD_INPUT)("%s", async (_what, argv, line, after) => {
        const outcome = await cli(...argv.map(resolveAt));
        expect(outcome.code).toBe(2);
        const [first, ...rest] = outcome.stderr.split("\n");
        const want = `error: ${resolveAt(line)}`;
        if (want.endsWith("…")) expect(first.slice(0, want.length - 1)).toBe(want.slice(0, -1));
        else expect(first).toBe(want);
        if (after === "usage") expect(rest[0]).toMatch(/^(Usage: npm run| {2}npm run plan -- --help)/);
        else expect(rest).toEqual([""]);
        expect(outcome.stdout).toBe("");
        expect(outcome.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });

    it("covers every option each command has", () => {
        const named = new Set(BAD_INPUT.flatMap(([, argv]) => argv.filter((a) => a.startsWith("--")).map((a) => a.split("=")[0])));
        for (const option of ["--stack", "--root", "--json", "--preview", "--against", "--ref", "--order", "--plan", "--env", "--profile", "--format", "--out", "--lang", "--today", "--prices"]) {
            expect({ option, named: named.has(option) }).toEqual({ option, named: true });
        }
    });
});

describe("bad stack and project files: exit 2 and one line", () => {
    const cases: readonly (readonly [string, () => string, string])[] = [
        ["a Pulumi.yaml that is not YAML", () => project("p-yaml", stackFile(""), "name: [dakar2026\n"), "@/p-yaml/Pulumi.yaml is not valid YAML: "],
        ["a Pulumi.yaml without a name", () => project("p-name", stackFile(""), "runtime: nodejs\n"), "@/p-name/Pulumi.yaml has no project name"],
        ["a project without its stacks folder", () => project("p-stacks", undefined), "cannot list the stacks in @/p-stacks/stacks (stackConfigDir of Pulumi.yaml): ENOENT"],
        ["a stack file that is not YAML", () => project("s-yaml", "config: [a\n"), "@/s-yaml/stacks/Pulumi.sandbox.yaml is not valid YAML: "],
        ["a stack file that is a list", () => project("s-list", "- a\n- b\n"), 'stacks/Pulumi.sandbox.yaml: expected a mapping with a "config:" mapping of key: value'],
        ["a config that is a number", () => project("s-number", "config: 5\n"), 'stacks/Pulumi.sandbox.yaml: expected a mapping with a "config:" mapping of key: value'],
        ["a key given twice", () => project("s-twice", stackFile("  dakar2026:owner: a\n  dakar2026:owner: b\n")), "@/s-twice/stacks/Pulumi.sandbox.yaml is not valid YAML: Map keys must be unique"],
        ["a value of the wrong declared type", () => project("s-type", stackFile("  dakar2026:appPort: web\n")), `Stack 'sandbox' with configuration key 'appPort' must be of type 'integer' (got "web" in stacks/Pulumi.sandbox.yaml)`],
        ["a list where a string is declared", () => project("s-list-value", stackFile("  dakar2026:owner: [a, b]\n")), `Stack 'sandbox' with configuration key 'owner' must be of type 'string' (got ["a","b"] in stacks/Pulumi.sandbox.yaml)`],
        ["a required key missing", () => project("s-missing", "config:\n  alicloud:region: eu-central-1\n  dakar2026:profile: dev\n"), "Stack 'sandbox' is missing configuration value 'zones'"],
    ];
    it.each(cases)("%s", async (_what, make, line) => {
        const root = make();
        const outcome = await cli("plan", "--stack", "sandbox", "--root", root);
        expect(outcome.code).toBe(2);
        const lines = outcome.stderr.split("\n");
        expect(lines).toHaveLength(2);
        expect(lines[0].slice(0, `error: ${resolveAt(line)}`.length)).toBe(`error: ${resolveAt(line)}`);
        expect(outcome.stdout).toBe("");
    });
});

describe("bad settings: exit 2 and the loader's line, never a trace", () => {
    const cases: readonly (readonly [string, string, string])[] = [
        ["equal database and cache ports", "  dakar2026:databasePort: 6379\n", 'dakar2026:cachePort "6379" is also dakar2026:databasePort; the database and the cache need ports of their own'],
        ["a remote-administration port open to the internet", "  dakar2026:edgeListenerPorts: [443, 22]\n", "dakar2026:edgeListenerPorts contains 22 (SSH), which must never face the internet; use the load balancers' ports, e.g. [80, 443]"],
        ["a secret on a key that is not secret", "  dakar2026:owner:\n    secure: AAABAKx1\n", "dakar2026:owner is given as a secret (secure:) but is not a secret setting; write its value in clear"],
        ["an empty value", "  dakar2026:owner:\n", "dakar2026:owner is empty; give it a value or remove the line"],
        ["a key in no known namespace", "  aws:region: eu-west-1\n", 'aws:region is in namespace "aws", which nothing in this project reads; did you mean alicloud:region? allowed namespaces: dakar2026, alicloud, pulumi'],
        ["an unknown project key", "  dakar2026:vpcCIDR: 10.0.0.0/16\n", "dakar2026:vpcCIDR is not a setting of this project; did you mean dakar2026:vpcCidr? known: "],
        ["an unknown provider key", "  alicloud:regoin: eu-west-1\n", "alicloud:regoin is not a setting of the Alibaba Cloud provider; did you mean alicloud:region? known: "],
    ];
    it.each(cases)(
        "%s",
        async (_what, extra, line) => {
            const root = project(`settings-${extra.length}-${line.length}`, stackFile(extra));
            const outcome = await cli("plan", "--stack", "sandbox", "--root", root);
            expect(outcome.code).toBe(2);
            const lines = outcome.stderr.split("\n");
            expect(lines).toHaveLength(2);
            expect(lines[0].slice(0, `error: ${line}`.length)).toBe(`error: ${line}`);
            expect(outcome.stdout).toBe("");
        },
        PLANNING,
    );
});

describe("--help and -h", () => {
    it.each(Object.keys(USAGE_HEAD).flatMap((command) => ["--help", "-h"].map((flag) => [command, flag] as const)))(
        "npm run %s -- %s prints the usage with examples on stdout and exits 0",
        async (command, flag) => {
            const outcome = command === "pack-config" ? await isolated("../../tools/pack-config", [flag]) : await cli(command, flag);
            expect(outcome).toEqual({ code: 0, stdout: expect.stringContaining("\nExamples:\n") as unknown, stderr: "" });
            expect(outcome.stdout.startsWith(`${USAGE_HEAD[command]}\n`)).toBe(true);
            expect(outcome.stdout.split("\n").filter((l) => l.length > 100)).toEqual([]);
        },
    );

    it("wins over other flags, even bad ones", async () => {
        expect((await cli("audit", "--format", "pdf", "-h")).code).toBe(0);
    });

    it("is also the baseline's", async () => {
        const outcome = await isolated("../../tools/baseline", ["-h"]);
        expect(outcome).toEqual({ code: 0, stdout: expect.stringMatching(/^Usage: npm run baseline \[-- options\]\n[\s\S]*\nExamples:\n/) as unknown, stderr: "" });
        expect(outcome.stdout.split("\n").filter((l) => l.length > 100)).toEqual([]);
    });

    it("is also the bench's", async () => {
        const outcome = await isolated("../../tools/bench", ["--help"]);
        expect(outcome.code).toBe(0);
        expect(outcome.stdout).toMatch(/^Usage: npm run -s bench -- \[options\]\n[\s\S]*\nExamples:\n/);
    });

    it("refuses pack-config's misspelt flag with the usage", async () => {
        const outcome = await isolated("../../tools/pack-config", ["--chek"]);
        expect(outcome.code).toBe(2);
        expect(outcome.stderr.split("\n")[0]).toBe("error: --chek is not an option of npm run pack-config; did you mean --check? options: --check");
    });
});

describe("a bug: exit 3 and one line asking for a report", () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    const broken = async (env: Record<string, string | undefined>): Promise<Outcome> => {
        const saved = process.env.DAKAR2026_DEBUG;
        if (env.DAKAR2026_DEBUG === undefined) delete process.env.DAKAR2026_DEBUG;
        else process.env.DAKAR2026_DEBUG = env.DAKAR2026_DEBUG;
        try {
            return await capture(async () => {
                let code = -1;
                await jest.isolateModulesAsync(async () => {
                    jest.doMock("../../tools/plan/engine", () => ({
                        planConfig: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'urn')\n    at evaluate (engine.ts:1:1)")),
                    }));
                    const { main } = (await import("../../tools/cli")) as { main: Main };
                    code = await main(["plan", "--stack", STACKS[0]]);
                });
                return code;
            });
        } finally {
            jest.dontMock("../../tools/plan/engine");
            if (saved === undefined) delete process.env.DAKAR2026_DEBUG;
            else process.env.DAKAR2026_DEBUG = saved;
        }
    };

    it("names the version and the error's first line, and shows no trace", async () => {
        const outcome = await broken({ DAKAR2026_DEBUG: undefined });
        expect(outcome.code).toBe(3);
        expect(outcome.stderr).toBe(
            `internal error (dakar2026-infra ${version}): Cannot read properties of undefined (reading 'urn') — this is a bug; ` +
                "please report it to the maintainers with the command you ran and this line (DAKAR2026_DEBUG=1 shows the trace)\n",
        );
        expect(outcome.stdout).toBe("");
    });

    it("adds the trace when DAKAR2026_DEBUG=1 asks for it", async () => {
        const outcome = await broken({ DAKAR2026_DEBUG: "1" });
        expect(outcome.code).toBe(3);
        const lines = outcome.stderr.split("\n");
        expect(lines[0]).toMatch(/^internal error \(dakar2026-infra /);
        expect(lines[1]).toBe("TypeError: Cannot read properties of undefined (reading 'urn')");
        expect(lines.length).toBeGreaterThan(3);
    });
});

describe("streams", () => {
    it(
        "writes the plan JSON to --json and says so on stderr; the summary alone is on stdout",
        async () => {
            const stack = STACKS[0];
            const outcome = await cli("plan", "--stack", stack, "--json", at("plan-out.json"));
            expect(outcome.code).toBe(0);
            expect(outcome.stderr).toBe(`plan written to ${at("plan-out.json")}\n`);
            expect(outcome.stdout.startsWith(`Offline plan of stack "${stack}"`)).toBe(true);
            expect((JSON.parse(fs.readFileSync(at("plan-out.json"), "utf8")) as { stack: string }).stack).toBe(stack);
            expect(outcome.stdout.split("\n").filter((l) => l.length > 100)).toEqual([]);
        },
        PLANNING,
    );

    it(
        "writes the audit report to --out and only a one-line note to stderr",
        async () => {
            const outcome = await cli("audit", "--plan", at("plan-out.json"), "--profile", "dev", "--format", "sarif", "--out", at("audit.sarif"), "--today", "2026-11-01");
            expect(outcome.code).toBe(0);
            expect(outcome.stdout).toBe("");
            expect(outcome.stderr).toMatch(new RegExp(`^\\d+ finding\\(s\\), 0 blocking; sarif report written to ${at("audit.sarif").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n$`));
            expect((JSON.parse(fs.readFileSync(at("audit.sarif"), "utf8")) as { version: string }).version).toBe("2.1.0");
        },
        PLANNING,
    );

    it("writes the cost report of a saved plan to --out and only a one-line note to stderr", async () => {
        const outcome = await cli("cost", "--plan", at("plan-out.json"), "--format", "json", "--out", at("cost.json"));
        expect(outcome.code).toBe(0);
        expect(outcome.stdout).toBe("");
        const report = JSON.parse(fs.readFileSync(at("cost.json"), "utf8")) as { stack: string; rows: unknown[] };
        expect(report.stack).toBe(STACKS[0]);
        expect(outcome.stderr).toBe(`${report.rows.length} cost row(s); json report written to ${at("cost.json")}\n`);
        expect(report.rows.length).toBeGreaterThan(0);
    });

    it(
        "still takes --env with --plan as the pack configuration, with a one-line deprecation warning on stderr",
        async () => {
            const outcome = await cli("audit", "--plan", at("plan-out.json"), "--env", "dev", "--format", "sarif", "--out", at("audit-env.sarif"), "--today", "2026-11-01");
            expect(outcome.code).toBe(0);
            expect(outcome.stdout).toBe("");
            const [warning, written, rest] = outcome.stderr.split("\n");
            expect(warning).toBe("warning: --env with --plan is deprecated and will go; it picks the pack configuration, which is now --profile");
            expect(written).toMatch(/^\d+ finding\(s\), 0 blocking; sarif report written to /);
            expect(rest).toBe("");
            const results = (file: string): unknown => (JSON.parse(fs.readFileSync(at(file), "utf8")) as { runs: { results: unknown }[] }).runs[0].results;
            expect(results("audit-env.sarif")).toEqual(results("audit.sarif"));
        },
        PLANNING,
    );

    it(
        "npm run -s audit ... --format json > file gives a file of valid JSON, as the README says (a real npm process)",
        () => {
            buildNow();
            const r = spawnSync("npm", ["run", "-s", "audit", "--", "--stack", "prod", "--format", "json", "--today", "2026-11-01"], { cwd: ROOT, encoding: "utf8" });
            expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
            expect((JSON.parse(r.stdout) as { stack: string }).stack).toBe("prod");
        },
        PLANNING,
    );
});

describe("--lang fr: the command's own lines in French too", () => {
    const N = "\u202f";

    it("says what is wrong with a flag in French, then the French usage", async () => {
        const outcome = await cli("audit", "--stack", "dev", "--lang", "fr", "--frmat", "html");
        expect(outcome.code).toBe(2);
        const [first, second] = outcome.stderr.split("\n");
        expect(first).toBe(
            `erreur${N}: --frmat n'est pas une option de npm run audit${N}; vouliez-vous dire --format${N}? ` +
                `options${N}: --stack, --root, --plan, --env, --profile, --format, --out, --lang, --today`,
        );
        expect(second).toBe(`Utilisation${N}: npm run audit -- --stack <pile> | --env <env> | --plan <fichier> --profile <profil>`);
        expect(outcome.stdout).toBe("");
    });

    it("refuses an impossible date in French, whichever flag comes first", async () => {
        const outcome = await cli("audit", "--today", "2026-02-30", "--stack", "dev", "--lang=fr");
        expect(outcome).toEqual({
            code: 2,
            stdout: "",
            stderr: `erreur${N}: --today «${N}2026-02-30${N}» n'est pas un jour du calendrier au format AAAA-MM-JJ (par exemple 2026-11-13)\n`,
        });
    });

    it("prints the French usage for --help, within 100 columns", async () => {
        const outcome = await cli("audit", "--help", "--lang", "fr");
        expect(outcome.code).toBe(0);
        expect(outcome.stdout).toContain(`\nExemples${N}:\n`);
        expect(outcome.stdout.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
    });

    it(
        "says in French where the report went",
        async () => {
            const plan = at("plan-fr.json");
            expect((await cli("plan", "--stack", STACKS[0], "--json", plan)).code).toBe(0);
            const outcome = await cli("audit", "--plan", plan, "--profile", "dev", "--format", "html", "--lang", "fr", "--out", at("rapport.html"), "--today", "2026-11-01");
            expect(outcome.code).toBe(0);
            expect(outcome.stdout).toBe("");
            expect(outcome.stderr).toMatch(new RegExp(`^\\d+ constat\\(s\\), dont 0 bloquant\\(s\\)${N}; rapport html écrit dans .*rapport\\.html\\n$`));
        },
        PLANNING,
    );

    it("prints the cost command's French usage for --help, within 100 columns", async () => {
        const outcome = await cli("cost", "--help", "--lang", "fr");
        expect(outcome.code).toBe(0);
        expect(outcome.stdout.startsWith(`Utilisation${N}: npm run cost -- --stack <pile>`)).toBe(true);
        expect(outcome.stdout.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
    });

    it("leaves English after a French run (the language is chosen per run)", async () => {
        await cli("audit", "--lang", "fr", "--today", "x");
        expect((await cli("audit", "--today", "x")).stderr.split("\n")[0]).toBe(
            'error: --today "x" is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)',
        );
    });
});

describe("another checkout (--root) from the compiled tools (a real process)", () => {
    it(
        "plans it from its TypeScript sources, compiled as they load",
        () => {
            buildNow();
            const root = project("compiled-root", stackFile(""));
            const r = spawnSync(process.execPath, ["tools/run.js", "tools/cli.ts", "plan", "--stack", "sandbox", "--root", root], { cwd: ROOT, encoding: "utf8" });
            expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
            expect(r.stdout.split("\n")[0]).toMatch(/^Offline plan of stack "sandbox" \(profile dev, project dakar2026\): \d+ resources$/);
        },
        PLANNING,
    );
});

describe("an output nobody may write", () => {
    const root = process.getuid?.() === 0;
    /**
     * Root may write anywhere, so a real refusal needs a process of another user ("nobody"), which
     * only works where that user can reach the checkout and the Node binary. CI's clone and its
     * Node 22 live in folders only root may enter, so there the OS's answer is stood in below.
     */
    // By absolute paths, as the command finds its files: the folders above the checkout count too.
    const reach = `require(${JSON.stringify(path.join(ROOT, "tools", "build.js"))}); require.resolve("@pulumi/pulumi", { paths: [${JSON.stringify(ROOT)}] })`;
    const nobodyCanRun = !root || spawnSync(process.execPath, ["-e", reach], { cwd: os.tmpdir(), uid: 65534, gid: 65534, encoding: "utf8" }).status === 0;

    function unwritableDir(): string {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-ro-"));
        fs.chmodSync(dir, 0o555);
        return dir;
    }

    (nobodyCanRun ? it : it.skip)("exits 2 with one line when the folder is not writable (a real process)", () => {
        buildNow();
        const dir = unwritableDir();
        try {
            const r = spawnSync(process.execPath, ["tools/run.js", "tools/cli.ts", "plan", "--json", path.join(dir, "plan.json")], {
                cwd: ROOT,
                encoding: "utf8",
                ...(root ? { uid: 65534, gid: 65534 } : {}),
            });
            expect({ status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({
                status: 2,
                stderr: `error: --json ${path.join(dir, "plan.json")} cannot be written (EACCES)\n`,
                stdout: "",
            });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("exits 2 with one line, before any work, when the system refuses the folder or the file", async () => {
        const dir = unwritableDir();
        const existing = path.join(dir, "old.json");
        fs.chmodSync(dir, 0o755);
        fs.writeFileSync(existing, "{}");
        fs.chmodSync(existing, 0o444);
        fs.chmodSync(dir, 0o555);
        // The module itself, not this file's namespace copy of it, which cannot be spied on.
        const nodeFs = jest.requireActual<typeof fs>("node:fs");
        const real = nodeFs.accessSync;
        // What the kernel answers an ordinary user; root is never refused, so the answer is given here.
        const access = jest.spyOn(nodeFs, "accessSync").mockImplementation((p: fs.PathLike, mode?: number) => {
            if (String(p).startsWith(dir) && mode === fs.constants.W_OK) {
                throw Object.assign(new Error(`EACCES: permission denied, access '${String(p)}'`), { code: "EACCES" });
            }
            real(p, mode);
        });
        try {
            const newFile = await cli("plan", "--stack", "qa", "--json", path.join(dir, "plan.json"));
            expect(newFile).toEqual({ code: 2, stdout: "", stderr: `error: --json ${path.join(dir, "plan.json")} cannot be written (EACCES)\n` });
            const oldFile = await cli("audit", "--stack", "qa", "--out", existing);
            expect(oldFile).toEqual({ code: 2, stdout: "", stderr: `error: --out ${existing} cannot be written (EACCES)\n` });
        } finally {
            access.mockRestore();
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
