/**
 * The `npm run` commands a Markdown page quotes, and what is wrong with each, judged against the
 * repository itself: package.json's scripts, and for the scripts that start a command of tools/, the
 * option table that command parses its flags with (its exported `OPTIONS`), through the same parser
 * (tools/command/args.ts). Used by test/tools/doc-commands.test.ts over docs/ and the README.
 */
import * as path from "node:path";
import { OptionSpecs, parseFlags } from "../../tools/command/args";
import { InputError } from "../../tools/command/errors";

/** A command as quoted: where, and its words as the shell would split them (up to a pipe, redirect or comment). */
export interface Quoted {
    readonly file: string;
    readonly line: number;
    /** The command as written, from `npm run` to the end of the command. */
    readonly text: string;
    readonly words: readonly string[];
    /** The file a shell redirection (`> file`) writes, when there is one. */
    readonly redirect?: string;
}

/** Operators that end a simple command; what follows is another command or a redirection. */
const OPERATORS = new Set(["|", "||", "&&", ";", "&", ">", ">>", "2>", "2>>", "2>&1", "<"]);

/** Words of a command line as a POSIX shell splits them: blanks separate, quotes group and vanish. */
export function shellWords(text: string): string[] {
    const words: string[] = [];
    let word: string | undefined;
    let quote: string | undefined;
    for (const ch of text) {
        if (quote !== undefined) {
            if (ch === quote) quote = undefined;
            else word = (word ?? "") + ch;
        } else if (ch === "'" || ch === '"') {
            quote = ch;
            word = word ?? "";
        } else if (/\s/.test(ch)) {
            if (word !== undefined) words.push(word);
            word = undefined;
        } else {
            word = (word ?? "") + ch;
        }
    }
    if (word !== undefined) words.push(word);
    return words;
}

/** The command that starts at `npm run` in a code text, cut at the first operator or comment. */
function commandAt(file: string, line: number, code: string): Quoted | undefined {
    const start = code.search(/\bnpm run\b/);
    if (start < 0) return undefined;
    const all = shellWords(code.slice(start).replace(/\s+/g, " "));
    const end = all.findIndex((w) => OPERATORS.has(w) || w.startsWith("#"));
    const words = end < 0 ? all : all.slice(0, end);
    const redirect = end >= 0 && (all[end] === ">" || all[end] === ">>") ? all[end + 1] : undefined;
    const text = code.slice(start).split(/\s+#|\s\|\s|\s>\s|\s&&\s|;/)[0].trim();
    return { file, line, text, words, ...(redirect !== undefined ? { redirect } : {}) };
}

/**
 * Every `npm run` command quoted in `markdown`: in fenced code blocks (a line, joined with the next
 * when it ends in a backslash) and in inline code spans (which may wrap over lines).
 */
export function quotedCommands(file: string, markdown: string): Quoted[] {
    const lines = markdown.split("\n");
    const found: Quoted[] = [];
    const prose: string[] = [];
    let fence: string | undefined;
    for (let i = 0; i < lines.length; i++) {
        const l = lines[i];
        const marker = /^\s*(```+|~~~+)/.exec(l)?.[1];
        if (fence === undefined && marker !== undefined) {
            fence = marker;
            prose.push("");
            continue;
        }
        if (fence !== undefined) {
            if (marker !== undefined && marker.startsWith(fence)) fence = undefined;
            else {
                let code = l;
                const first = i;
                while (code.endsWith("\\") && i + 1 < lines.length) code = `${code.slice(0, -1)} ${lines[++i]}`;
                const q = commandAt(file, first + 1, code);
                if (q) found.push(q);
                for (let k = first; k <= i; k++) prose.push("");
                continue;
            }
            prose.push("");
            continue;
        }
        prose.push(l);
    }
    // Inline code spans, line numbers kept: fenced lines were blanked above.
    const text = prose.join("\n");
    for (const m of text.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)) {
        const line = text.slice(0, m.index).split("\n").length;
        const q = commandAt(file, line, m[2]);
        if (q) found.push(q);
    }
    return found.sort((a, b) => a.line - b.line);
}

/** How a package.json script starts a command of this repository. */
export interface CommandModule {
    /** The TypeScript entry, e.g. tools/cli.ts. */
    readonly entry: string;
    /** The subcommand the script passes itself (`tools/cli.ts plan`), if any. */
    readonly sub?: string;
}

export function commandModule(script: string): CommandModule | undefined {
    const run = /^node tools\/run\.js (\S+\.ts)(?: (\S+))?$/.exec(script);
    if (run) return { entry: run[1], ...(run[2] !== undefined ? { sub: run[2] } : {}) };
    const tsNode = /^ts-node --swc (\S+\.ts)$/.exec(script);
    return tsNode ? { entry: tsNode[1] } : undefined;
}

/** What a command module exports for this check. */
export interface CommandTable {
    /** Flags: one table, or one per subcommand the script names (tools/cli.ts). */
    readonly OPTIONS?: OptionSpecs | Readonly<Record<string, OptionSpecs>>;
    /** Subcommands the user names first, after `--` (tools/engine/cli.ts). */
    readonly COMMANDS?: readonly string[];
}

/** What the values of the flags may be, known from the repository (stack files, profiles...). */
export interface Knowledge {
    readonly scripts: Readonly<Record<string, string>>;
    readonly stacks: readonly string[];
    readonly environments: readonly string[];
    readonly profiles: readonly string[];
    /** Loads a command module by its entry path (relative to the repository). */
    readonly load: (entry: string) => CommandTable;
}

const isSpecs = (o: unknown): o is OptionSpecs =>
    typeof o === "object" && o !== null && Object.values(o).every((v) => typeof v === "object" && v !== null && "type" in v);

/** A value written for the reader to fill in: `<stack>`, `<plan.json>`, `…`. */
export const isPlaceholder = (v: string): boolean => /<[^>]+>/.test(v) || v === "…" || v === "...";

const isCalendarDay = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** What is wrong with one quoted command, or nothing. */
export function problemsOf(q: Quoted, k: Knowledge): string[] {
    const where = `${q.file}:${q.line}: \`${q.text}\``;
    const w = [...q.words];
    w.splice(0, 2); // npm run
    while (w[0] === "-s" || w[0] === "--silent") w.shift();
    const script = w.shift();
    // `npm run -s` named as npm's own switch, with no script: not a command to check.
    if (script === undefined) return [];
    if (script.startsWith("-")) return [`${where}: ${script} is not an npm run option this repository uses (only -s)`];
    const body = k.scripts[script];
    if (body === undefined) return [`${where}: package.json has no script "${script}"; scripts: ${Object.keys(k.scripts).join(", ")}`];
    const dashes = w.indexOf("--");
    const before = dashes < 0 ? w : w.slice(0, dashes);
    let args = dashes < 0 ? [] : w.slice(dashes + 1);
    if (before.length > 0) return [`${where}: ${before.join(" ")} comes before "--", so npm takes it for itself instead of passing it to the command`];
    const mod = commandModule(body);
    if (mod === undefined) {
        return args.length === 0 ? [] : [`${where}: "${body}" is not a command of tools/ whose flags this check knows; quote it without arguments`];
    }
    const table = k.load(mod.entry);
    const specs = mod.sub === undefined ? table.OPTIONS : isSpecs(table.OPTIONS) ? undefined : table.OPTIONS?.[mod.sub];
    if (specs === undefined || !isSpecs(specs)) {
        return [
            `${where}: ${mod.entry}${mod.sub ? ` (command ${mod.sub})` : ""} exports no option table for this check: export the OptionSpecs it parses its flags with as OPTIONS${mod.sub ? `.${mod.sub}` : ""}`,
        ];
    }
    const help = args.includes("--help") || args.includes("-h");
    // `npm run engine` alone, in prose, names the script; with "--" it is a command to run.
    if (table.COMMANDS !== undefined && !help && dashes >= 0) {
        const sub = args[0];
        if (sub === undefined || sub.startsWith("-")) return [`${where}: ${script} needs a command first: ${table.COMMANDS.join(", ")}`];
        const unknown = sub.split("|").filter((s) => !(table.COMMANDS as readonly string[]).includes(s));
        if (unknown.length > 0) return [`${where}: ${unknown.join(", ")} is not a command of npm run ${script}; commands: ${table.COMMANDS.join(", ")}`];
        args = args.slice(1);
    }
    let flags: Record<string, unknown>;
    try {
        const parsed = parseFlags(`npm run ${script}`, "", specs, args);
        if (parsed.help) return [];
        flags = parsed.flags as Record<string, unknown>;
    } catch (e) {
        if (e instanceof InputError) return [`${where}: ${e.message}`];
        throw e;
    }
    const problems: string[] = [];
    for (const [name, raw] of Object.entries(flags)) {
        for (const value of typeof raw === "string" ? [raw] : Array.isArray(raw) ? (raw as string[]) : []) {
            if (isPlaceholder(value)) continue;
            const wrong = (allowed: readonly string[]): void => {
                if (!allowed.includes(value)) problems.push(`${where}: --${name} "${value}" is not one of ${allowed.join(", ")}`);
            };
            // A placeholder that lists the values (`<table|json>`) is the command's own list of them.
            const choices = /^<([a-z0-9-]+(?:\|[a-z0-9-]+)+)>$/.exec((specs[name] as { placeholder?: string }).placeholder ?? "")?.[1];
            if (choices !== undefined) wrong(choices.split("|"));
            else if (name === "stack") wrong(k.stacks);
            else if (name === "env") wrong(k.environments);
            else if (name === "profile") wrong(k.profiles);
            else if (name === "today" && !isCalendarDay(value)) problems.push(`${where}: --today "${value}" is not a day YYYY-MM-DD`);
            else if (name === "ref") {
                const stack = /^([^=]+)=.+$/.exec(value)?.[1];
                if (stack === undefined) problems.push(`${where}: --ref "${value}" is not <stack>=<plan.json>`);
                else if (!isPlaceholder(stack) && !k.stacks.includes(stack)) problems.push(`${where}: --ref names stack "${stack}", which is not one of ${k.stacks.join(", ")}`);
            }
        }
    }
    return problems;
}

/** Files a command writes (`--out`, `--json`, a redirection) as a path relative to the repository. */
export function outputsOf(q: Quoted): string[] {
    const out: string[] = [];
    q.words.forEach((w, i) => {
        if ((w === "--out" || w === "--json") && q.words[i + 1] !== undefined) out.push(q.words[i + 1]);
        const inline = /^--(?:out|json)=(.+)$/.exec(w)?.[1];
        if (inline !== undefined) out.push(inline);
    });
    if (q.redirect !== undefined) out.push(q.redirect);
    return out.filter((o) => !isPlaceholder(o) && !path.isAbsolute(o));
}
