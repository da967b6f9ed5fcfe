/**
 * Files the commands read and write, checked before any work starts: a plan that took seconds must
 * not be lost to a typo in `--out`, and no path may hang the command (writing into /proc or /sys,
 * reading /dev/zero, opening a pipe nobody reads). Every refusal is an InputError naming the option,
 * the path and what is wrong.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { InputError } from "./errors";
import { MSG } from "./messages";

/** Filesystems whose files are not data: kernel interfaces and devices. */
const SPECIAL = ["/proc", "/sys", "/dev"] as const;

function specialRoot(abs: string): string | undefined {
    return SPECIAL.find((s) => abs === s || abs.startsWith(`${s}/`));
}

/**
 * `fs.statSync` (or `lstatSync`) that answers undefined for a path that does not exist, and an
 * InputError for one that cannot be looked at. A file on the way ("report.json/x") is ENOTDIR, which
 * Node 20 throws and Node 22 answers as "does not exist"; both end in the same line.
 */
function stat(option: string, shown: string, abs: string, link = false): fs.Stats | undefined {
    try {
        return (link ? fs.lstatSync : fs.statSync)(abs, { throwIfNoEntry: false });
    } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? String(e);
        if (code === "ENOTDIR") throw new InputError(MSG.pathThroughFile(option, shown));
        throw new InputError(MSG.notReadable(option, shown, code));
    }
}

function writable(abs: string): string | undefined {
    try {
        fs.accessSync(abs, fs.constants.W_OK);
        return undefined;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code ?? String(e);
    }
}

function refuseSpecial(option: string, shown: string, abs: string): void {
    const where = specialRoot(abs);
    if (where) throw new InputError(MSG.specialPath(option, shown, where));
}

/**
 * Checks that `file` can be written as a report or plan: a regular file (new or existing) in an
 * existing directory this process may write, on no special filesystem. Returns the absolute path.
 */
export function checkOutputPath(option: string, file: string): string {
    if (file === "") throw new InputError(MSG.emptyPath(option));
    const abs = path.resolve(file);
    refuseSpecial(option, file, abs);
    const st = stat(option, file, abs);
    if (st) {
        if (st.isDirectory()) throw new InputError(MSG.isDirectory(option, file));
        if (!st.isFile()) throw new InputError(MSG.notRegular(option, file));
        const real = fs.realpathSync(abs);
        refuseSpecial(option, file, real);
        const denied = writable(real);
        if (denied) throw new InputError(MSG.notWritable(option, file, denied));
        return abs;
    }
    if (stat(option, file, abs, true)?.isSymbolicLink()) {
        throw new InputError(MSG.notWritable(option, file, "a symbolic link to nothing"));
    }
    const dir = path.dirname(abs);
    const shownDir = path.dirname(file);
    const dirStat = stat(option, file, dir);
    if (!dirStat) throw new InputError(MSG.missingParent(option, file, shownDir));
    if (!dirStat.isDirectory()) throw new InputError(MSG.parentNotDirectory(option, file, shownDir));
    const realDir = fs.realpathSync(dir);
    refuseSpecial(option, file, realDir);
    const denied = writable(realDir);
    if (denied) throw new InputError(MSG.notWritable(option, file, denied));
    return abs;
}

/** Checks that `file` is a regular file this process may read, on no special filesystem. Returns the absolute path. */
export function checkInputFile(option: string, file: string): string {
    if (file === "") throw new InputError(MSG.emptyPath(option));
    const abs = path.resolve(file);
    refuseSpecial(option, file, abs);
    const st = stat(option, file, abs);
    if (!st) throw new InputError(MSG.notFound(option, file));
    if (st.isDirectory()) throw new InputError(MSG.isDirectory(option, file));
    if (!st.isFile()) throw new InputError(MSG.notRegular(option, file));
    refuseSpecial(option, file, fs.realpathSync(abs));
    try {
        fs.accessSync(abs, fs.constants.R_OK);
    } catch (e) {
        throw new InputError(MSG.notReadable(option, file, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    return abs;
}

/** Checks that `dir` is an existing directory. Returns the absolute path. */
export function checkDirectory(option: string, dir: string): string {
    if (dir === "") throw new InputError(MSG.emptyPath(option));
    const abs = path.resolve(dir);
    const st = stat(option, dir, abs);
    if (!st?.isDirectory()) throw new InputError(MSG.notADirectory(option, dir));
    return abs;
}

/** Writes a checked output; a failure now (the disk filled up, the directory went away) is still one line. */
export function writeOutput(abs: string, shown: string, text: string): void {
    try {
        fs.writeFileSync(abs, text);
    } catch (e) {
        throw new InputError(MSG.writeFailed(shown, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
}
