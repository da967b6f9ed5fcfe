/**
 * Every `npm run` command quoted in README.md and docs/ (code blocks and inline code) exists, with
 * flags its command accepts and values the repository knows: the script is in package.json, the
 * flags parse with the option table the command itself parses with (its exported OPTIONS, through
 * tools/command/args.ts), a stack, environment or profile exists, a listed choice is one of the
 * command's. A reader who copies a command gets the command, not "unknown option". Output written
 * into a folder must land in one a fresh clone has, or one the page creates first.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PROFILE_NAMES } from "../../infra/core/profile";
import { readEnvironments } from "../../tools/plan/layered";
import { listStacks } from "../../tools/plan/stack-config";
import { CommandTable, Knowledge, outputsOf, problemsOf, Quoted, quotedCommands, shellWords } from "../support/doc-commands";

const ROOT = path.resolve(__dirname, "..", "..");

/** Tracked files, and new ones not ignored: what a fresh clone (with this change) holds. */
const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" })
    .split("\0")
    .filter((f) => f !== "" && fs.existsSync(path.join(ROOT, f)));
const pages = files.filter((f) => f === "README.md" || (f.startsWith("docs/") && f.endsWith(".md"))).sort();

const knowledge: Knowledge = {
    scripts: (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts,
    stacks: listStacks(ROOT),
    environments: [...new Set(readEnvironments(ROOT).map((s) => s.environment))].sort(),
    profiles: PROFILE_NAMES,
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module named by a package.json script, found at run time
    load: (entry) => require(path.join(ROOT, entry)) as CommandTable,
};

const quoted: Quoted[] = pages.flatMap((p) => quotedCommands(p, fs.readFileSync(path.join(ROOT, p), "utf8")));

describe("npm run commands quoted in README.md and docs/", () => {
    it("are found in every kind of quotation", () => {
        // The pages quote many; a broken extraction would find none and pass everything.
        expect(quoted.length).toBeGreaterThan(40);
        expect(new Set(quoted.map((q) => q.file)).size).toBeGreaterThan(5);
    });

    it("name a script of package.json and pass flags its command accepts, with values that exist", () => {
        expect(quoted.flatMap((q) => problemsOf(q, knowledge))).toEqual([]);
    });

    it("use npm run -s wherever output is redirected to a file or a pipe", () => {
        // Without -s, npm writes its banner on stdout, into the file.
        const piped = quoted.filter((q) => /\s(?:>|\|)\s/.test(` ${q.text} `) || q.redirect !== undefined);
        expect(piped.length).toBeGreaterThan(1);
        expect(piped.filter((q) => q.words[2] !== "-s").map((q) => `${q.file}:${q.line}: ${q.text}`)).toEqual([]);
    });

    it("write only into folders a fresh clone has, or that the page makes first (mkdir -p)", () => {
        const folders = new Set(files.map((f) => path.posix.dirname(f)));
        const problems: string[] = [];
        for (const q of quoted) {
            const page = fs.readFileSync(path.join(ROOT, q.file), "utf8");
            for (const o of outputsOf(q)) {
                const dir = path.posix.dirname(o);
                if (dir === "." || folders.has(dir)) continue;
                const made = new RegExp(`mkdir -p (?:\\S+ )*${dir.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?:\\s|$|\`)`).test(page);
                if (!made) problems.push(`${q.file}:${q.line}: ${o} is in ${dir}/, which a fresh clone lacks (add \`mkdir -p ${dir}\` before it)`);
            }
        }
        expect(problems).toEqual([]);
    });
});

describe("the check itself", () => {
    const check = (markdown: string): string[] => quotedCommands("page", markdown).flatMap((q) => problemsOf(q, knowledge));

    it("splits words as a shell does", () => {
        expect(shellWords(`npm run plan -- --stack "prod app" 'a b'c`)).toEqual(["npm", "run", "plan", "--", "--stack", "prod app", "a bc"]);
    });

    it("reads code blocks, continued lines and inline code wrapped over lines, and stops at pipes, redirections and comments", () => {
        const md = [
            "Run `npm run plan -- --stack",
            "prod` first.",
            "```bash",
            "npm run -s audit -- --stack prod \\",
            "  --format json > out.json   # the report",
            "cd x && npm run diagram -- --stack dev | head",
            "```",
        ].join("\n");
        expect(quotedCommands("page", md).map((q) => [q.line, q.words.join(" "), q.redirect])).toEqual([
            [1, "npm run plan -- --stack prod", undefined],
            [4, "npm run -s audit -- --stack prod --format json", "out.json"],
            [6, "npm run diagram -- --stack dev", undefined],
        ]);
    });

    it("names an unknown script, a flag npm would take, an unknown flag, a missing value and a stray argument", () => {
        expect(check("`npm run cots -- --stack prod`")).toEqual([expect.stringMatching(/^page:1: `npm run cots -- --stack prod`: package\.json has no script "cots"; scripts: .*\bplan\b/)]);
        expect(check("`npm run plan --stack prod`")).toEqual([expect.stringContaining('--stack prod comes before "--", so npm takes it for itself')]);
        expect(check("`npm run plan -- --stak prod`")).toEqual([expect.stringContaining("--stak is not an option of npm run plan; did you mean --stack?")]);
        expect(check("`npm run audit -- --stack`")).toEqual([expect.stringContaining("--stack needs a value: --stack <stack>")]);
        expect(check("`npm run plan -- prod`")).toEqual([expect.stringContaining('unexpected argument "prod"')]);
        expect(check("`npm run pack-config -- --check=yes`")).toEqual([expect.stringContaining('--check takes no value (got "yes")')]);
    });

    it("names a stack, environment, profile, choice, day or reference that does not exist, and accepts placeholders", () => {
        expect(check("`npm run plan -- --stack qa`")).toEqual([expect.stringContaining(`--stack "qa" is not one of ${knowledge.stacks.join(", ")}`)]);
        expect(check("`npm run audit -- --env qa`")).toEqual([expect.stringContaining('--env "qa" is not one of')]);
        expect(check("`npm run audit -- --plan p.json --profile test`")).toEqual([expect.stringContaining('--profile "test" is not one of dev, staging, prod')]);
        expect(check("`npm run audit -- --stack prod --format pdf`")).toEqual([expect.stringContaining('--format "pdf" is not one of table, json, markdown, html, sarif, junit')]);
        expect(check("`npm run audit -- --stack prod --lang de`")).toEqual([expect.stringContaining('--lang "de" is not one of en, fr')]);
        expect(check("`npm run plan -- --stack prod --today 2027-02-30`")).toEqual([expect.stringContaining('--today "2027-02-30" is not a day')]);
        expect(check("`npm run plan -- --stack prod-app --ref prod-date=p.json`")).toEqual([expect.stringContaining('--ref names stack "prod-date"')]);
        expect(check("`npm run plan -- --stack <stack> --json plan-<stack>.json` and `npm run -s` and `npm run engine -- preview|up --stack prod`")).toEqual([]);
        expect(check("`npm run engine -- deploy --stack prod`")).toEqual([expect.stringContaining("deploy is not a command of npm run engine; commands: build, preview, up, destroy, check")]);
    });

    it("asks a command without an option table to export one, naming the file", () => {
        const k: Knowledge = { ...knowledge, scripts: { ...knowledge.scripts, cost: "node tools/run.js tools/cost.ts" }, load: () => ({}) };
        expect(quotedCommands("page", "`npm run cost -- --stack prod`").flatMap((q) => problemsOf(q, k))).toEqual([
            "page:1: `npm run cost -- --stack prod`: tools/cost.ts exports no option table for this check: export the OptionSpecs it parses its flags with as OPTIONS",
        ]);
        expect(quotedCommands("page", "`npm run lint -- --fix`").flatMap((q) => problemsOf(q, knowledge))).toEqual([
            'page:1: `npm run lint -- --fix`: "eslint ." is not a command of tools/ whose flags this check knows; quote it without arguments',
        ]);
    });
});
