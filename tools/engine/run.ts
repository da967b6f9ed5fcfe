/**
 * Runs the real Pulumi CLI (built by tools/engine/build.ts) on this project's stacks with nothing
 * real behind it: a file backend and a Pulumi home in a throwaway folder, a throwaway passphrase,
 * the stand-in providers first on PATH, automatic plugin download off, and the policy pack with
 * its per-profile configuration. Every run leaves an event log (the CLI's machine-readable record
 * of steps, policy violations and diagnostics), which is what callers read; the CLI's own display
 * is progress only.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, parseDocument } from "yaml";
import { OFFLINE_SECRET_PLACEHOLDER, readProject } from "../plan/stack-config";
import { BIN_DIR, ROOT } from "./build";
import { ACCOUNT_VARIABLE, REGION_VARIABLE } from "./stand-in/provider";

export { ROOT };

const STAND_IN_BIN = path.join(ROOT, "tools", "engine", "stand-in", "bin");
/** Executable the CLI gets as `--policy-pack`: it starts policies/ (docs/engine.md says why). */
export const PACK_LAUNCHER = path.join(ROOT, "tools", "engine", "launch-policy-pack");

/** Protects nothing: the backend it encrypts is thrown away and holds no real value. */
const THROWAWAY_PASSPHRASE = "dakar2026-engine-throwaway";

/** What the workspace links rather than copies: the program, the pack and their dependencies. */
const LINKED = ["infra", "policies", "node_modules", "package.json", "tsconfig.json"];

export interface CliResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

export interface EngineStep {
    readonly op: string;
    readonly urn: string;
    readonly type: string;
}

/** A policy violation as the engine reported it. */
export interface EngineFinding {
    readonly policy: string;
    readonly pack: string;
    readonly urn: string;
    readonly enforcement: string;
    readonly severity: string;
    /** The policy's description, a newline, then the violation message (how the pack's server reports). */
    readonly message: string;
}

export interface EngineRun extends CliResult {
    /** "preview", "up" or "destroy". */
    readonly operation: string;
    readonly stack: string;
    /** Every resource the engine stepped over, providers and the root stack included. */
    readonly steps: readonly EngineStep[];
    readonly findings: readonly EngineFinding[];
    /** Counts by operation ("create", "same", "update", "delete", ...) from the engine's summary. */
    readonly changes: Readonly<Record<string, number>>;
    /** Error diagnostics, one line each. */
    readonly errors: readonly string[];
}

interface EngineEvent {
    resourcePreEvent?: { metadata: { op: string; urn: string; type: string } };
    policyEvent?: {
        resourceUrn?: string;
        message: string;
        policyName: string;
        policyPackName: string;
        enforcementLevel: string;
        severity?: string;
    };
    diagnosticEvent?: { message: string; severity: string; urn?: string };
    summaryEvent?: { resourceChanges?: Record<string, number> };
}

/** Reads an event log: one JSON event per line. */
export function readEventLog(file: string): Pick<EngineRun, "steps" | "findings" | "changes" | "errors"> {
    const steps: EngineStep[] = [];
    const findings: EngineFinding[] = [];
    const errors: string[] = [];
    let changes: Record<string, number> = {};
    const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    for (const line of text.split("\n")) {
        if (line.trim() === "") continue;
        const e = JSON.parse(line) as EngineEvent;
        if (e.resourcePreEvent) {
            const m = e.resourcePreEvent.metadata;
            steps.push({ op: m.op, urn: m.urn, type: m.type });
        } else if (e.policyEvent) {
            const p = e.policyEvent;
            findings.push({
                policy: p.policyName,
                pack: p.policyPackName,
                urn: p.resourceUrn ?? "",
                enforcement: p.enforcementLevel,
                severity: p.severity ?? "",
                message: p.message,
            });
        } else if (e.diagnosticEvent && e.diagnosticEvent.severity === "error") {
            // Messages span lines ("cannot be deleted\nbecause it is protected"); one line each here.
            errors.push(e.diagnosticEvent.message.replace(/^error: /, "").trim().replace(/\s*\n\s*/g, " "));
        } else if (e.summaryEvent) {
            changes = { ...(e.summaryEvent.resourceChanges ?? {}) };
        }
    }
    return { steps, findings, changes, errors };
}

/** The CLI's last error line, for one-line reports (its display ends with "error: ..."). */
export function lastErrorLine(text: string): string | undefined {
    const lines = text.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("error: "));
    return lines.length > 0 ? lines[lines.length - 1].slice("error: ".length) : undefined;
}

export interface WorkspaceOptions {
    /** Where the CLI's display goes (its progress); nothing when undefined. */
    readonly progress?: NodeJS.WritableStream;
}

/**
 * A folder the CLI works in: `project/` with Pulumi.yaml and the stack files copied (the CLI writes
 * the passphrase salt into a stack file, and tests break copies on purpose) and the rest linked,
 * `home/` as PULUMI_HOME and `backend/` as the file backend.
 */
export class Workspace {
    readonly project: string;
    readonly home: string;
    readonly backend: string;
    readonly stacksDir: string;
    private readonly events: string;
    private sequence = 0;
    private loggedIn = false;

    constructor(
        readonly dir: string,
        private readonly options: WorkspaceOptions = {},
    ) {
        this.project = path.join(dir, "project");
        this.home = path.join(dir, "home");
        this.backend = path.join(dir, "backend");
        this.events = path.join(dir, "events");
        const stackConfigDir = readProject(ROOT).stackConfigDir;
        this.stacksDir = path.join(this.project, stackConfigDir);
        for (const d of [this.project, this.home, this.backend, this.events, this.stacksDir]) fs.mkdirSync(d, { recursive: true });
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(this.project, "Pulumi.yaml"));
        for (const name of LINKED) {
            const link = path.join(this.project, name);
            if (!fs.existsSync(link)) fs.symlinkSync(path.join(ROOT, name), link);
        }
    }

    /** Environment of every CLI run: only what is set here reaches Pulumi (no inherited PULUMI_*). */
    env(stack?: string): NodeJS.ProcessEnv {
        const env: NodeJS.ProcessEnv = {};
        for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("PULUMI_")) env[k] = v;
        env.PATH = [STAND_IN_BIN, BIN_DIR, process.env.PATH ?? ""].join(path.delimiter);
        env.PULUMI_HOME = this.home;
        env.PULUMI_CONFIG_PASSPHRASE = THROWAWAY_PASSPHRASE;
        env.PULUMI_SKIP_UPDATE_CHECK = "true";
        env.PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION = "true";
        // --event-log is one of the CLI's debug flags (the Automation API uses it the same way).
        env.PULUMI_DEBUG_COMMANDS = "true";
        env.NO_COLOR = "1";
        if (stack) env[REGION_VARIABLE] = this.stackValue(stack, "alicloud:region") ?? "";
        if (stack) env[ACCOUNT_VARIABLE] = this.stackValue(stack, "dakar2026:accountId") ?? "";
        return env;
    }

    /** A top-level value of the workspace's copy of a stack file (undefined when absent or unreadable). */
    stackValue(stack: string, key: string): string | undefined {
        try {
            const doc = parse(fs.readFileSync(path.join(this.stacksDir, `Pulumi.${stack}.yaml`), "utf8")) as { config?: Record<string, unknown> } | null;
            const v = doc?.config?.[key];
            return typeof v === "string" ? v : undefined;
        } catch {
            return undefined;
        }
    }

    /** Runs `pulumi <args>` in the project folder. */
    pulumi(args: readonly string[], stack?: string, input?: string): Promise<CliResult> {
        return new Promise((resolve, reject) => {
            const child = spawn(path.join(BIN_DIR, "pulumi"), [...args], { cwd: this.project, env: this.env(stack), stdio: ["pipe", "pipe", "pipe"] });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (d: Buffer) => {
                stdout += d.toString();
                this.options.progress?.write(d);
            });
            child.stderr.on("data", (d: Buffer) => {
                stderr += d.toString();
                this.options.progress?.write(d);
            });
            child.on("error", reject);
            child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
            child.stdin.end(input ?? "");
        });
    }

    private async login(): Promise<void> {
        if (this.loggedIn) return;
        const r = await this.pulumi(["login", `file://${this.backend}`]);
        if (r.code !== 0) throw new Error(`pulumi login file://${this.backend} failed: ${lastErrorLine(r.stderr) ?? r.stderr.trim()}`);
        this.loggedIn = true;
    }

    /** Writes the stack file the CLI reads: `text` (default: the repository's), keeping the stack's salt. */
    writeStackFile(stack: string, text?: string): string {
        const file = path.join(this.stacksDir, `Pulumi.${stack}.yaml`);
        const source = text ?? fs.readFileSync(path.join(ROOT, readProject(ROOT).stackConfigDir, `Pulumi.${stack}.yaml`), "utf8");
        const salt = fs.existsSync(file) ? /^encryptionsalt: .*$/m.exec(fs.readFileSync(file, "utf8"))?.[0] : undefined;
        fs.writeFileSync(file, salt ? `${source.replace(/\n?$/, "\n")}${salt}\n` : source);
        return file;
    }

    /**
     * Makes `stack` exist in the backend with the repository's stack file. `secure:` values were
     * encrypted with a passphrase this run does not have: they are set again, as secrets, to the
     * offline plan's placeholder, so the program sees a secret where the stack has one.
     */
    async ensureStack(stack: string, text?: string): Promise<void> {
        await this.login();
        const source = text ?? fs.readFileSync(path.join(ROOT, readProject(ROOT).stackConfigDir, `Pulumi.${stack}.yaml`), "utf8");
        const secure: string[] = [];
        let stackText = source;
        const parsed = parse(source) as { config?: Record<string, unknown> } | null;
        for (const [k, v] of Object.entries(parsed?.config ?? {})) {
            if (typeof v === "object" && v !== null && "secure" in v) secure.push(k);
        }
        if (secure.length > 0) {
            const doc = parseDocument(source);
            for (const k of secure) doc.deleteIn(["config", k]);
            doc.delete("encryptionsalt");
            stackText = doc.toString();
        }
        const ls = await this.pulumi(["stack", "ls", "--json"]);
        const exists = ls.code === 0 && (JSON.parse(ls.stdout || "[]") as { name: string }[]).some((s) => s.name === stack || s.name.endsWith(`/${stack}`));
        this.writeStackFile(stack, stackText);
        if (!exists) {
            const r = await this.pulumi(["stack", "init", `organization/${readProject(ROOT).name}/${stack}`, "--secrets-provider", "passphrase", "--non-interactive"]);
            if (r.code !== 0) throw new Error(`pulumi stack init ${stack} failed: ${lastErrorLine(r.stderr) ?? r.stderr.trim()}`);
        }
        for (const k of secure) {
            const r = await this.pulumi(["config", "set", "--secret", "--stack", stack, k, OFFLINE_SECRET_PLACEHOLDER]);
            if (r.code !== 0) throw new Error(`pulumi config set --secret ${k} failed: ${lastErrorLine(r.stderr) ?? r.stderr.trim()}`);
        }
    }

    /** `pulumi config --stack S`: the CLI's reading of the stack file, as JSON. */
    async config(stack: string): Promise<CliResult> {
        await this.ensureStack(stack);
        return this.pulumi(["config", "--stack", stack, "--json"], stack);
    }

    /**
     * `pulumi preview|up|destroy` with the event log read back. The policy pack runs on preview and
     * up unless `policy` is false, with `extraPacks` (executables, as PACK_LAUNCHER) beside it;
     * `extra` adds flags (e.g. `--target`).
     */
    async operation(
        operation: "preview" | "up" | "destroy",
        stack: string,
        options: { policy?: boolean; extraPacks?: readonly string[]; extra?: readonly string[] } = {},
    ): Promise<EngineRun> {
        await this.ensureStack(stack);
        const events = path.join(this.events, `${String(++this.sequence).padStart(3, "0")}-${operation}-${stack}.jsonl`);
        const args = [operation, "--stack", stack, "--non-interactive", "--color", "never", "--event-log", events];
        if (operation !== "preview") args.push("--yes", "--skip-preview");
        if (operation !== "destroy" && options.policy !== false) {
            const profile = this.stackValue(stack, `${readProject(ROOT).name}:profile`);
            if (!profile) throw new Error(`stack ${stack} names no profile; the pack configuration cannot be chosen`);
            args.push("--policy-pack", PACK_LAUNCHER, "--policy-pack-config", path.join(ROOT, "policies", "config", `${profile}.json`));
            // The CLI wants one --policy-pack-config per pack once any pack has one.
            const noConfig = path.join(this.dir, "no-policy-config.json");
            if (!fs.existsSync(noConfig)) fs.writeFileSync(noConfig, "{}\n");
            for (const pack of options.extraPacks ?? []) args.push("--policy-pack", pack, "--policy-pack-config", noConfig);
        }
        args.push(...(options.extra ?? []));
        const result = await this.pulumi(args, stack);
        const log = readEventLog(events);
        // Errors before the engine starts (configuration, flags) are not events; the display has them.
        const late = result.code !== 0 && log.errors.length === 0 ? lastErrorLine(result.stderr) : undefined;
        return { ...result, operation, stack, ...log, errors: late ? [late] : log.errors };
    }

    /** The stack's state as `pulumi stack export` gives it. */
    async exportState(stack: string): Promise<{ resources: { urn: string; type: string; protect?: boolean }[] }> {
        const r = await this.pulumi(["stack", "export", "--stack", stack], stack);
        if (r.code !== 0) throw new Error(`pulumi stack export ${stack} failed: ${lastErrorLine(r.stderr) ?? r.stderr.trim()}`);
        const doc = JSON.parse(r.stdout) as { deployment?: { resources?: { urn: string; type: string; protect?: boolean }[] } };
        return { resources: doc.deployment?.resources ?? [] };
    }
}
