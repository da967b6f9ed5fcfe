/**
 * The repository root, found the same way from the sources (tools/root.ts) and from the build
 * (.build/tools/root.js): the nearest folder above this file that holds Pulumi.yaml. Paths computed
 * from `__dirname` alone would point into .build/ once compiled.
 */
import * as fs from "node:fs";
import * as path from "node:path";

function findRoot(from: string): string {
    for (let dir = from; ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, "Pulumi.yaml")) && fs.existsSync(path.join(dir, "package.json"))) return dir;
        if (path.dirname(dir) === dir) throw new Error(`no Pulumi.yaml in any folder above ${from}`);
    }
}

export const REPO_ROOT = findRoot(__dirname);

/** The tools' version (package.json), which a bug report quotes. */
export function toolVersion(): string {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unknown";
}
