/**
 * The compiled build of the tools (tools/build.js) always matches the sources: a run recompiles what
 * changed since the build, and only that; a source that does not compile is one line. And
 * tools/run.js, what the npm scripts start, maps a build failure and a crash to the exit-code
 * contract. Each test works on a throwaway checkout that borrows the repository's node_modules.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

interface Build {
    ensureBuilt(root: string): { compiled: string[]; removed: string[] };
    isFresh(root: string): boolean;
    BuildError: new (message: string) => Error;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript, run before anything is compiled.
const build = require("../../tools/build.js") as Build;
const ROOT = path.resolve(__dirname, "..", "..");

function checkout(files: Readonly<Record<string, string>>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-build-"));
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"));
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), text);
    }
    return root;
}

const SOURCES = {
    "tools/a.ts": 'import { b } from "./b";\nimport { c } from "../infra/c";\nexport const a = (): string => b + c;\n',
    "tools/b.ts": 'export const b: string = "b";\n',
    "infra/c.ts": 'export const c: string = "c";\n',
    "policies/lib/d.ts": "export type D = { readonly d: number };\n",
    "policies/lib/e.d.ts": "export declare const e: number;\n",
};

describe("ensureBuilt", () => {
    const roots: string[] = [];
    afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
    const fresh = (): string => {
        const root = checkout(SOURCES);
        roots.push(root);
        return root;
    };

    it("compiles every source of tools/, infra/ and policies/ (not declarations) into .build/, imports written with the file they name", () => {
        const root = fresh();
        expect(build.isFresh(root)).toBe(false);
        expect(build.ensureBuilt(root)).toEqual({ compiled: ["infra/c.ts", "policies/lib/d.ts", "tools/a.ts", "tools/b.ts"], removed: [] });
        const a = fs.readFileSync(path.join(root, ".build", "tools", "a.js"), "utf8");
        expect(a).toContain('require("./b.js")');
        expect(a).toContain('require("../infra/c.js")');
        expect(a).toContain("//# sourceMappingURL=a.js.map");
        expect((JSON.parse(fs.readFileSync(path.join(root, ".build", "tools", "a.js.map"), "utf8")) as { sources: string[] }).sources).toEqual(["../../tools/a.ts"]);
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module itself.
        expect((require(path.join(root, ".build", "tools", "a.js")) as { a(): string }).a()).toBe("bc");
        expect(build.isFresh(root)).toBe(true);
    });

    it("does nothing when nothing changed, and nothing but note the new time when a file is only touched", () => {
        const root = fresh();
        build.ensureBuilt(root);
        const compiled = path.join(root, ".build", "tools", "b.js");
        const before = fs.statSync(compiled).mtimeMs;
        expect(build.ensureBuilt(root)).toEqual({ compiled: [], removed: [] });
        const later = new Date(Date.now() + 60_000);
        fs.utimesSync(path.join(root, "tools", "b.ts"), later, later);
        expect(build.isFresh(root)).toBe(true);
        expect(build.ensureBuilt(root)).toEqual({ compiled: [], removed: [] });
        expect(fs.statSync(compiled).mtimeMs).toBe(before);
    });

    it("recompiles an edited file, a new one, and removes what a deleted source compiled to", () => {
        const root = fresh();
        build.ensureBuilt(root);
        fs.writeFileSync(path.join(root, "tools", "b.ts"), 'export const b: string = "B";\n');
        fs.writeFileSync(path.join(root, "infra", "f.ts"), "export const f = 1;\n");
        fs.rmSync(path.join(root, "infra", "c.ts"));
        expect(build.isFresh(root)).toBe(false);
        expect(build.ensureBuilt(root)).toEqual({ compiled: ["infra/f.ts", "tools/b.ts"], removed: ["infra/c.ts"] });
        expect(fs.readFileSync(path.join(root, ".build", "tools", "b.js"), "utf8")).toContain('"B"');
        expect(fs.existsSync(path.join(root, ".build", "infra", "c.js"))).toBe(false);
        expect(fs.existsSync(path.join(root, ".build", "infra", "c.js.map"))).toBe(false);
    });

    it("rebuilds everything when the manifest is gone", () => {
        const root = fresh();
        build.ensureBuilt(root);
        fs.rmSync(path.join(root, ".build", "manifest.json"));
        expect(build.ensureBuilt(root).compiled).toHaveLength(4);
    });

    it("stops at a source that does not compile with one line naming the file and the line", () => {
        const root = fresh();
        fs.writeFileSync(path.join(root, "tools", "b.ts"), "export const b: string = ;\n");
        let error: unknown;
        try {
            build.ensureBuilt(root);
        } catch (e) {
            error = e;
        }
        expect(error).toBeInstanceOf(build.BuildError);
        expect((error as Error).message).toBe("cannot compile tools/b.ts (line 1): Expression expected");
        expect(build.isFresh(root)).toBe(false);
    });
});

describe("tools/run.js", () => {
    /** A checkout with the repository's run.js and build.js and one entry, run as npm would. */
    function run(entry: string): ReturnType<typeof spawnSync> & { stderr: string; stdout: string } {
        const root = checkout({
            "tools/run.js": fs.readFileSync(path.join(ROOT, "tools", "run.js"), "utf8"),
            "tools/build.js": fs.readFileSync(path.join(ROOT, "tools", "build.js"), "utf8"),
            "package.json": JSON.stringify({ name: "x", version: "9.8.7" }),
            "tools/entry.ts": entry,
        });
        try {
            return spawnSync(process.execPath, ["tools/run.js", "tools/entry.ts", "--flag"], { cwd: root, encoding: "utf8", env: { ...process.env, DAKAR2026_DEBUG: "" } });
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    }

    it("builds, then runs the entry's main with the arguments; its result is the exit code", () => {
        const r = run('export function main(argv: readonly string[]): Promise<number> {\n    process.stdout.write(argv.join(" "));\n    return Promise.resolve(4);\n}\n');
        expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
            status: 4,
            stdout: "--flag",
            stderr: "build: compiled 1 changed source file(s) into .build/\n",
        });
    });

    it("exits 2 with one line when a source does not compile", () => {
        const r = run("export function main(: number {\n");
        expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 2, stderr: "error: cannot compile tools/entry.ts (line 1): Unexpected token `:`. Expected yield, an identifier, [ or {\n" });
    });

    it("exits 3 with one line asking for a report, with the version, when the entry crashes outside its own guard", () => {
        const r = run('export function main(): number {\n    throw new RangeError("boom\\nsecond line");\n}\n');
        expect({ status: r.status, stderr: r.stderr }).toEqual({
            status: 3,
            stderr:
                "build: compiled 1 changed source file(s) into .build/\n" +
                "internal error (dakar2026-infra 9.8.7): boom — this is a bug; please report it to the maintainers with the command you ran " +
                "and this line (DAKAR2026_DEBUG=1 shows the trace)\n",
        });
    });
});
