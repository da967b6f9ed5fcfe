/**
 * The exit-code contract of every command: 0 done, 1 blocking findings (the audit) or a stale file
 * (pack-config --check), 2 bad input (one line on stderr, a usage text after a bad flag), 3 a bug
 * (one line asking for a report; the trace only with DAKAR2026_DEBUG=1).
 */
import { toolVersion } from "../root";
import { MSG } from "./messages";

/** Input the command cannot work with (a flag, a file, a path, a date): one line, exit 2. */
export class InputError extends Error {
    override name = "InputError";
}

/** A bad command line: the line, then the command's usage. */
export class UsageError extends InputError {
    override name = "UsageError";
    constructor(
        message: string,
        readonly usage: string,
    ) {
        super(message);
    }
}

/**
 * Errors that are the user's input, matched by name: the settings error comes from infra/ (the
 * compiled program, or another checkout's with --root: not this module's classes), and the audit's
 * and stack files' errors come from modules a command may not have loaded.
 */
const INPUT_ERRORS: ReadonlySet<string> = new Set(["InputError", "UsageError", "StackConfigError", "AuditInputError", "BaselineInputError", "SettingsError"]);

export function isInputError(e: unknown): e is Error {
    return e instanceof Error && INPUT_ERRORS.has(e.name);
}

/** Whether traces are wanted (DAKAR2026_DEBUG set to anything but "" or "0"). */
export function debugging(env: NodeJS.ProcessEnv = process.env): boolean {
    const v = env.DAKAR2026_DEBUG;
    return v !== undefined && v !== "" && v !== "0";
}

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split("\n").find((l) => l.trim() !== "")?.trim() ?? "(no message)";

/**
 * Runs a command's body under the contract: input errors become one line and exit 2, anything else
 * one bug-report line and exit 3. Never rethrows, so `main` can be called in-process by tests.
 */
export async function guard(body: () => Promise<number> | number): Promise<number> {
    try {
        return await body();
    } catch (e) {
        if (isInputError(e)) {
            // A message of several lines (a YAML parser's, say) stays one line on the terminal.
            process.stderr.write(`${MSG.errorPrefix}${e.message.replace(/\s*\n\s*/g, " ")}\n`);
            if (e instanceof UsageError) process.stderr.write(`${e.usage}\n`);
            return 2;
        }
        let version = "unknown";
        try {
            version = toolVersion();
        } catch {
            // The report line matters more than the version.
        }
        process.stderr.write(`${MSG.bug(version, firstLine(e))}\n`);
        if (debugging() && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
        return 3;
    }
}
