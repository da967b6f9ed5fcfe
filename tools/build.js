"use strict";
/*
 * The build of the command line: compiles the TypeScript that `npm run plan|audit|diagram|bench|
 * pack-config` load (infra/, policies/, tools/) into JavaScript under .build/, mirroring the tree
 * (tools/cli.ts → .build/tools/cli.js, with a source map beside it). Transpiling about 230 files at
 * every call through ts-node cost more than planning the stack; `node` runs the compiled files as is.
 *
 *   node tools/build.js           bring .build/ up to date (what `npm ci` runs through "prepare")
 *   node tools/build.js --check   exit 1 when .build/ does not match the sources, 0 when it does
 *
 * The build can never lag the sources: tools/run.js (what the npm scripts start) calls ensureBuilt()
 * before loading anything from .build/. A source counts as unchanged when its size and mtime are
 * those recorded at build time, or else when its content hash is; anything else (a new, changed or
 * deleted source, another version of this file or of swc, a missing manifest) recompiles what it
 * touches. Plain JavaScript because it must run before anything is compiled.
 *
 * Only the tools run from .build/. The Pulumi CLI still runs infra/ (Pulumi.yaml) and the pack
 * (policies/) from their TypeScript sources with its own ts-node, and jest runs the sources too.
 */
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const BUILD_DIR = ".build";
const SOURCE_DIRS = ["infra", "policies", "tools"];
const MANIFEST = "manifest.json";

/** A source that does not compile, or a build folder that cannot be written: one line for the user. */
class BuildError extends Error {}

/**
 * The swc options ts-node derives from tsconfig.json (target ES2022, CommonJS, esModuleInterop,
 * strict), so that the compiled tools behave as `ts-node --swc` ran them. Source maps are written
 * beside each file but not loaded at run time: mapping every stack the Pulumi SDK captures (several
 * per resource) cost a quarter of a second. DAKAR2026_DEBUG=1 turns them on (tools/run.js).
 *
 * With `baseUrl` (the root), relative imports are written with the file they resolve to
 * ("./report" → "./report/index.js"), so Node finds each module at its first attempt instead of
 * trying extensions and folder indexes: a third of the time of loading the catalog's ~190 modules.
 */
function swcOptions(sourceFileName, baseUrl) {
    return {
        swcrc: false,
        configFile: false,
        sourceMaps: true,
        sourceFileName,
        module: { type: "commonjs", strictMode: true, noInterop: false, ignoreDynamic: false, resolveFully: baseUrl !== undefined },
        jsc: {
            ...(baseUrl !== undefined ? { baseUrl } : {}),
            target: "es2022",
            keepClassNames: true,
            parser: { syntax: "typescript", tsx: false, decorators: false, dynamicImport: true },
            transform: { useDefineForClassFields: true },
        },
    };
}

const toPosix = (p) => p.split(path.sep).join("/");

/** Source files of the build, as paths from the root with forward slashes, sorted. */
function listSources(root = ROOT) {
    const out = [];
    const walk = (rel) => {
        let entries;
        try {
            entries = fs.readdirSync(path.join(root, rel), { withFileTypes: true });
        } catch (e) {
            if (e.code === "ENOENT") return;
            throw e;
        }
        for (const entry of entries) {
            if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
            const child = `${rel}/${entry.name}`;
            if (entry.isDirectory()) walk(child);
            else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(child);
        }
    };
    for (const dir of SOURCE_DIRS) walk(dir);
    return out.sort();
}

/** "tools/cli.ts" → absolute path of ".build/tools/cli.js". */
function compiledPath(source, root = ROOT) {
    return path.join(root, BUILD_DIR, source.replace(/\.ts$/, ".js"));
}

const sha1 = (data) => crypto.createHash("sha1").update(data).digest("hex");

/** What else decides the output: this file (its options) and the compiler's version. */
function builderKey(root) {
    const swcPackage = require.resolve("@swc/core/package.json", { paths: [root] });
    const { version } = JSON.parse(fs.readFileSync(swcPackage, "utf8"));
    return sha1(`${fs.readFileSync(__filename, "utf8")}\0@swc/core ${version}`);
}

function readManifest(root) {
    try {
        const m = JSON.parse(fs.readFileSync(path.join(root, BUILD_DIR, MANIFEST), "utf8"));
        if (m && typeof m.builder === "string" && m.files && typeof m.files === "object") return m;
    } catch {
        // No build yet, or a broken one: everything is rebuilt.
    }
    return undefined;
}

/**
 * Compares the sources with the manifest. Returns the sources to compile, the compiled files to
 * delete, and the manifest entries of what is unchanged (refreshed when only the mtime moved, as a
 * checkout or `touch` does).
 */
function plan(root) {
    const sources = listSources(root);
    const builder = builderKey(root);
    const manifest = readManifest(root);
    const known = manifest && manifest.builder === builder ? manifest.files : {};
    const compile = [];
    const entries = {};
    let touched = false;
    for (const source of sources) {
        const st = fs.statSync(path.join(root, source));
        const was = known[source];
        const entry = { size: st.size, mtimeMs: st.mtimeMs, sha1: was ? was.sha1 : "" };
        // The compiled file itself is not looked at: a stat per file is a third of this check's time,
        // and a build folder is removed whole (its manifest with it), not file by file.
        if (!was) {
            compile.push(source);
        } else if (was.size !== st.size || was.mtimeMs !== st.mtimeMs) {
            entry.sha1 = sha1(fs.readFileSync(path.join(root, source)));
            if (entry.sha1 !== was.sha1) compile.push(source);
            else touched = true;
        }
        entries[source] = entry;
    }
    const remove = Object.keys(known).filter((s) => !Object.prototype.hasOwnProperty.call(entries, s));
    return { builder, compile, remove, entries, touched, fresh: manifest !== undefined && manifest.builder === builder };
}

/** Writes through a temporary file and a rename, so that a concurrent run never reads half a file. */
function writeAtomic(file, text) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, file);
}

/** swc's message is a code frame over several lines; the user gets its first line and the place. */
function compileMessage(source, e) {
    const text = String((e && e.message) || e).replace(/\u001b\[[0-9;]*m/g, "");
    const what = /^\s*[x×]\s+(.+)$/m.exec(text);
    const line = /^\s*(\d+)\s+\|.*\n\s*:\s*\^/m.exec(text);
    return `cannot compile ${source}${line ? ` (line ${line[1]})` : ""}: ${what ? what[1].trim() : text.split("\n")[0].trim()}`;
}

function compileAll(root, sources, entries) {
    const swc = require(require.resolve("@swc/core", { paths: [root] }));
    for (const source of sources) {
        const file = path.join(root, source);
        const out = compiledPath(source, root);
        const text = fs.readFileSync(file, "utf8");
        let result;
        try {
            result = swc.transformSync(text, { ...swcOptions(toPosix(path.relative(path.dirname(out), file)), root), filename: file });
        } catch (e) {
            throw new BuildError(compileMessage(source, e));
        }
        writeAtomic(`${out}.map`, result.map);
        writeAtomic(out, `${result.code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
        entries[source].sha1 = sha1(text);
    }
}

/**
 * Brings .build/ up to date with the sources. Returns what it did: `compiled` sources (none when the
 * build was fresh) and `removed` ones. Throws BuildError when a source does not compile or the
 * folder cannot be written.
 */
function ensureBuilt(root = ROOT) {
    const p = plan(root);
    if (p.compile.length === 0 && p.remove.length === 0 && p.fresh && !p.touched) return { compiled: [], removed: [] };
    try {
        compileAll(root, p.compile, p.entries);
        for (const source of p.remove) {
            for (const f of [compiledPath(source, root), `${compiledPath(source, root)}.map`]) fs.rmSync(f, { force: true });
        }
        writeAtomic(path.join(root, BUILD_DIR, MANIFEST), `${JSON.stringify({ builder: p.builder, files: p.entries }, null, 1)}\n`);
    } catch (e) {
        if (e instanceof BuildError) throw e;
        throw new BuildError(`cannot write the build in ${BUILD_DIR}/: ${e.code || e.message}`);
    }
    return { compiled: p.compile, removed: p.remove };
}

/** Whether .build/ matches the sources, without changing anything. */
function isFresh(root = ROOT) {
    const p = plan(root);
    return p.fresh && p.compile.length === 0 && p.remove.length === 0;
}

/**
 * Lets this process require TypeScript files outside the build (`npm run plan -- --root <other
 * checkout>` evaluates that checkout's infra/), compiled in memory with the same options.
 */
function registerTypeScript(root = ROOT) {
    if (require.extensions[".ts"]) return;
    const swc = require(require.resolve("@swc/core", { paths: [root] }));
    require.extensions[".ts"] = (module, filename) => {
        const text = fs.readFileSync(filename, "utf8");
        let result;
        try {
            // Without baseUrl: imports stay as written, since the .js files they would name do not exist there.
            result = swc.transformSync(text, { ...swcOptions(filename), sourceMaps: false, filename });
        } catch (e) {
            throw new BuildError(compileMessage(filename, e));
        }
        module._compile(result.code, filename);
    };
}

module.exports = { BUILD_DIR, SOURCE_DIRS, BuildError, compiledPath, ensureBuilt, isFresh, listSources, registerTypeScript };

if (require.main === module) {
    const check = process.argv.includes("--check");
    const unknown = process.argv.slice(2).filter((a) => a !== "--check");
    if (unknown.length > 0) {
        process.stderr.write(`error: unknown argument ${unknown[0]}; usage: node tools/build.js [--check]\n`);
        process.exitCode = 2;
    } else if (check) {
        const fresh = isFresh();
        if (!fresh) process.stderr.write(`${BUILD_DIR}/ does not match the sources; run node tools/build.js\n`);
        process.exitCode = fresh ? 0 : 1;
    } else {
        try {
            const started = process.hrtime.bigint();
            const { compiled, removed } = ensureBuilt();
            const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
            process.stderr.write(`build: ${compiled.length} file(s) compiled, ${removed.length} removed into ${BUILD_DIR}/ (${ms} ms)\n`);
        } catch (e) {
            process.stderr.write(`error: ${e instanceof BuildError ? e.message : String(e)}\n`);
            process.exitCode = e instanceof BuildError ? 2 : 3;
        }
    }
}
