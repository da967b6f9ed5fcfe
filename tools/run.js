#!/usr/bin/env node
"use strict";
/*
 * What the npm scripts start: `node tools/run.js <entry.ts> [arguments]`, e.g.
 * `node tools/run.js tools/cli.ts plan --stack prod`. It brings .build/ up to date with the sources
 * (tools/build.js; a no-op when nothing changed) and runs the compiled entry's `main(arguments)`,
 * whose result is the exit code. Entries handle their own errors (exit 2 bad input, 3 a bug); this
 * file only covers what happens before one is loaded.
 *
 * DAKAR2026_DEBUG=1 maps stack traces to the TypeScript sources (slower: the SDK captures many).
 */
const path = require("node:path");
const { BuildError, compiledPath, ensureBuilt } = require("./build.js");

const root = path.resolve(__dirname, "..");
const [entry, ...args] = process.argv.slice(2);
// As tools/command/errors.ts reads it: set, and neither empty nor "0".
const debug = !["", "0", undefined].includes(process.env.DAKAR2026_DEBUG);

function fail(code, line) {
    process.stderr.write(`${line}\n`);
    process.exitCode = code;
}

/** The line of MSG.bug (tools/command/messages.ts), for what fails before an entry's own guard runs. */
function bug(e) {
    let version = "unknown";
    try {
        ({ version } = require(path.join(root, "package.json")));
    } catch {
        // The report line matters more than the version.
    }
    const first = String((e && e.message) || e).split("\n")[0];
    fail(
        3,
        `internal error (dakar2026-infra ${version}): ${first} — this is a bug; please report it to the maintainers ` +
            "with the command you ran and this line (DAKAR2026_DEBUG=1 shows the trace)",
    );
    if (debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
}

function start() {
    if (!entry || !/^tools\/[\w/-]+\.ts$/.test(entry)) return bug(new Error(`tools/run.js needs an entry tools/<name>.ts, got ${JSON.stringify(entry ?? "")}`));
    try {
        const { compiled } = ensureBuilt(root);
        if (compiled.length > 0) process.stderr.write(`build: compiled ${compiled.length} changed source file(s) into .build/\n`);
    } catch (e) {
        // A source that does not compile is the checkout's state, not the tool's: one line, exit 2.
        if (e instanceof BuildError) return fail(2, `error: ${e.message}`);
        return bug(e);
    }
    if (debug) process.setSourceMapsEnabled(true);
    // The SDK stamps a stack trace on each of its internal promises (four per output property of
    // every resource, about 6,800 for prod) for a leak report nobody reads offline; formatting them
    // was a tenth of a plan's CPU time. The commands print one line per error and no traces, so
    // errors here carry none unless DAKAR2026_DEBUG asks (the SDK still takes the source position
    // of each resource itself, with its own limit).
    else Error.stackTraceLimit = 0;
    // Node 22.1+ can keep V8's compiled code of every module it loads (about 1,100, the SDK's 800 among them)
    // and reuse it while the file is unchanged; Node 20 has no such cache and skips this.
    const nodeModule = require("node:module");
    if (typeof nodeModule.enableCompileCache === "function") nodeModule.enableCompileCache(path.join(root, ".build", "compile-cache"));
    let main;
    try {
        ({ main } = require(compiledPath(entry, root)));
        if (typeof main !== "function") throw new Error(`${entry} exports no main()`);
    } catch (e) {
        return bug(e);
    }
    Promise.resolve()
        .then(() => main(args))
        .then(
            (code) => {
                process.exitCode = code;
            },
            (e) => bug(e),
        );
}

start();
