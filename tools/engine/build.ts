/**
 * Builds the two Go programs `npm run engine` runs, from the Go module proxy only: the Pulumi CLI
 * and the Node.js language host, each through a wrapper module in tools/engine/go/ (go.mod and
 * go.sum pin every module and its checksum). Output goes to .engine/bin (git-ignored); a stamp
 * there records what was built, so a later run reuses the binaries until a wrapper module changes,
 * and Go's own build cache makes a rebuild after such a change take seconds rather than minutes.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
export const BIN_DIR = path.join(ROOT, ".engine", "bin");
const STAMP = path.join(BIN_DIR, "build.json");
const GO_DIR = path.join(ROOT, "tools", "engine", "go");

/** Build tags the Pulumi release builds use (os/user without cgo; no gRPC tracing). */
const TAGS = "osusergo,grpcnotrace";

interface Target {
    /** Executable written to .engine/bin. */
    readonly binary: string;
    /** Wrapper module folder under tools/engine/go. */
    readonly module: string;
    readonly pkg: string;
    /** Module whose required version the binary reports as its own (`pulumi version`). */
    readonly versionOf: string;
}

const TARGETS: readonly Target[] = [
    { binary: "pulumi", module: "cli", pkg: "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi", versionOf: "github.com/pulumi/pulumi/pkg/v3" },
    {
        binary: "pulumi-language-nodejs",
        module: "langhost",
        pkg: "github.com/pulumi/pulumi/sdk/v3/nodejs/cmd/pulumi-language-nodejs",
        versionOf: "github.com/pulumi/pulumi/sdk/v3",
    },
];

/** The engine cannot run here: no Go to build it and no binaries built before. */
export class EngineUnavailable extends Error {
    override name = "EngineUnavailable";
}

function requiredVersion(module: string, of: string): string {
    const gomod = fs.readFileSync(path.join(GO_DIR, module, "go.mod"), "utf8");
    const m = new RegExp(`^\\s*(?:require\\s+)?${of.replace(/[.]/g, "\\.")}\\s+(v\\S+)`, "m").exec(gomod);
    if (!m) throw new Error(`tools/engine/go/${module}/go.mod does not require ${of}`);
    return m[1];
}

/** What the binaries are built from: the wrapper modules and the flags. Go's own version is not in it. */
function sourceStamp(): string {
    const h = createHash("sha256").update(TAGS);
    for (const t of TARGETS) {
        h.update(t.binary).update(t.pkg);
        for (const f of ["go.mod", "go.sum", "tools.go"]) h.update(fs.readFileSync(path.join(GO_DIR, t.module, f)));
    }
    return h.digest("hex");
}

interface StampFile {
    readonly stamp: string;
    readonly go: string;
    readonly versions: Readonly<Record<string, string>>;
    readonly seconds: number;
}

function readStamp(): StampFile | undefined {
    try {
        return JSON.parse(fs.readFileSync(STAMP, "utf8")) as StampFile;
    } catch {
        return undefined;
    }
}

/** True when .engine/bin holds binaries built from the current wrapper modules. */
export function engineBuilt(): boolean {
    const s = readStamp();
    return s !== undefined && s.stamp === sourceStamp() && TARGETS.every((t) => fs.existsSync(path.join(BIN_DIR, t.binary)));
}

export function goVersion(): string | undefined {
    const r = spawnSync("go", ["version"], { encoding: "utf8" });
    return r.status === 0 ? r.stdout.trim() : undefined;
}

export interface BuildResult {
    /** False when the binaries were already current. */
    readonly built: boolean;
    readonly seconds: number;
    readonly go: string;
    readonly versions: Readonly<Record<string, string>>;
}

/**
 * Builds what is missing or stale. `log` gets progress lines (stderr in the command line); Go's own
 * output (module downloads, errors) goes to the same stream.
 */
export function buildEngine(log: (line: string) => void): BuildResult {
    const stamp = sourceStamp();
    const previous = readStamp();
    if (previous && engineBuilt()) return { built: false, seconds: previous.seconds, go: previous.go, versions: previous.versions };
    const go = goVersion();
    if (!go) {
        throw new EngineUnavailable("Go is not installed (go not found on PATH); npm run engine builds the Pulumi CLI from the Go module proxy and needs it");
    }
    fs.mkdirSync(BIN_DIR, { recursive: true });
    const started = Date.now();
    const versions: Record<string, string> = {};
    for (const t of TARGETS) {
        const version = requiredVersion(t.module, t.versionOf);
        versions[t.binary] = version;
        log(`building ${t.binary} ${version} with ${go} (the first build downloads the modules and takes minutes)`);
        const r = spawnSync(
            "go",
            [
                "build",
                "-buildvcs=false",
                "-tags",
                TAGS,
                "-ldflags",
                `-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=${version}`,
                "-o",
                path.join(BIN_DIR, t.binary),
                t.pkg,
            ],
            { cwd: path.join(GO_DIR, t.module), stdio: ["ignore", "inherit", "inherit"] },
        );
        if (r.status !== 0) throw new Error(`go build of ${t.pkg} failed (exit ${String(r.status ?? r.signal)})`);
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const record: StampFile = { stamp, go, versions, seconds };
    fs.writeFileSync(STAMP, `${JSON.stringify(record, null, 2)}\n`);
    return { built: true, seconds, go, versions };
}
