/**
 * Flags of a command, read strictly: an unknown option (with the closest known one suggested), a
 * missing value, a value given to a switch, a stray argument or an option given twice (unless it is
 * declared `multiple`) is a
 * UsageError (exit 2, then the usage). `--help` / `-h` anywhere asks for the usage (exit 0).
 */
import { parseArgs } from "node:util";
import { closest } from "../../infra/core/keys";
import { InputError, UsageError } from "./errors";
import { MSG } from "./messages";

export interface OptionSpec {
    readonly type: "string" | "boolean";
    /** What the value stands for in messages, e.g. "<stack>". */
    readonly placeholder?: string;
    /** A string option that may be given several times (its values in order). */
    readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Values by option name: strings for string options, `true` for switches given; absent when not given. */
export type Flags<S extends OptionSpecs> = {
    readonly [K in keyof S]?: S[K]["type"] extends "boolean" ? true : S[K]["multiple"] extends true ? readonly string[] : string;
};

export type Parsed<S extends OptionSpecs> = { readonly help: true } | { readonly help: false; readonly flags: Flags<S> };

const HELP = new Set(["--help", "-h"]);

/** `command` names the command in messages ("npm run audit"); `usage` follows every error. */
export function parseFlags<S extends OptionSpecs>(command: string, usage: string, specs: S, argv: readonly string[]): Parsed<S> {
    // Everything after "--" is an argument, even "--help".
    const terminator = argv.indexOf("--");
    if ((terminator < 0 ? argv : argv.slice(0, terminator)).some((a) => HELP.has(a))) return { help: true };
    const fail = (message: string): never => {
        throw new UsageError(message, usage);
    };
    const known = Object.keys(specs).map((k) => `--${k}`);
    const options = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, { type: s.type }]));
    const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
    const flags: Record<string, string | true | string[]> = {};
    for (const t of tokens) {
        if (t.kind === "option-terminator") continue;
        if (t.kind === "positional") fail(MSG.unexpectedArgument(t.value));
        if (t.kind !== "option") continue;
        const spec = Object.prototype.hasOwnProperty.call(specs, t.name) ? specs[t.name] : undefined;
        if (!spec || !t.rawName.startsWith("--")) fail(MSG.unknownOption(t.rawName, command, known, closest(`--${t.name}`, known)));
        const option = t.rawName;
        if (Object.prototype.hasOwnProperty.call(flags, t.name) && spec?.multiple !== true) fail(MSG.repeatedOption(option));
        if (spec?.type === "boolean") {
            if (t.value !== undefined) fail(MSG.unexpectedValue(option, t.value));
            flags[t.name] = true;
        } else {
            // "--stack --json x": the next word is another option, not the stack's name.
            if (t.value === undefined || (!t.inlineValue && t.value.startsWith("--"))) fail(MSG.missingValue(option, spec?.placeholder ?? "<value>"));
            if (spec?.multiple === true) flags[t.name] = [...((flags[t.name] as string[] | undefined) ?? []), t.value as string];
            else flags[t.name] = t.value as string;
        }
    }
    return { help: false, flags: flags as Flags<S> };
}

/** A value that must be one of a fixed list. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
    if (!(allowed as readonly string[]).includes(value)) throw new InputError(MSG.notOneOf(option, value, allowed));
    return value as T;
}
