/**
 * Reads a stack's configuration from disk the way the Pulumi CLI hands it to the program:
 * project-level defaults from Pulumi.yaml, overlaid by `stacks/Pulumi.<stack>.yaml`; keys without a
 * namespace belong to the project; every value becomes a string, structured values JSON.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export interface StackConfig {
    readonly project: string;
    readonly stack: string;
    /** Full key ("dakar2026:zones", "alicloud:region") → value as the CLI passes it. */
    readonly values: Readonly<Record<string, string>>;
    /** Keys whose values are secrets (`secure:` in the stack file). */
    readonly secretKeys: readonly string[];
}

/** A stack that does not exist, or a file that cannot be read: the CLI's users see `message` only. */
export class StackConfigError extends Error {
    override name = "StackConfigError";
}

/** The offline plan cannot decrypt `secure:` values; it passes this stand-in, always as a secret. */
export const OFFLINE_SECRET_PLACEHOLDER = "offline-plan-secret-placeholder";

/** Whether JSON gives `value` back unchanged: finite numbers, strings, booleans, null, arrays and plain objects. */
function isJson(value: unknown): boolean {
    if (value === null || typeof value === "string" || typeof value === "boolean") return true;
    if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
    if (Array.isArray(value)) return value.every(isJson);
    if (typeof value !== "object") return false;
    const proto = Object.getPrototypeOf(value) as unknown;
    return (proto === Object.prototype || proto === null) && Object.values(value).every(isJson);
}

/**
 * Where parsed YAML is kept as JSON: beside the build when this module runs compiled (npm run plan),
 * nowhere from the sources (tests).
 */
const YAML_CACHE = __filename.endsWith(".js") ? path.resolve(__dirname, "..", "..", "yaml-cache") : undefined;

/**
 * Parses YAML; with `cacheDir`, the result is kept there as JSON under the text's hash, so that the
 * next run of the same files reads JSON instead of loading the YAML parser (about 70 modules, a
 * tenth of what planning a stack loads besides the SDK). Only values JSON gives back unchanged are
 * kept; errors never are.
 */
export function parseYaml(text: string, cacheDir: string | undefined = YAML_CACHE): unknown {
    const cached = cacheDir === undefined ? undefined : path.join(cacheDir, `${createHash("sha1").update(text).digest("hex")}.json`);
    if (cached !== undefined) {
        try {
            return JSON.parse(fs.readFileSync(cached, "utf8")) as unknown;
        } catch {
            // Not parsed before (or the entry is damaged): parse it now.
        }
    }
    // The parser's warnings (a key that is a collection, an unknown tag) would print beside the one
    // line the command promises; what they warn about fails the checks that follow anyway.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the cache does not answer.
    const value = (require("yaml") as typeof import("yaml")).parse(text, { logLevel: "error" }) as unknown;
    if (cached !== undefined && isJson(value)) {
        try {
            fs.mkdirSync(path.dirname(cached), { recursive: true });
            const tmp = `${cached}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, JSON.stringify(value));
            fs.renameSync(tmp, cached);
        } catch {
            // A cache that cannot be written only costs the next run the parse.
        }
    }
    return value;
}

function readYaml(file: string): unknown {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new StackConfigError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    try {
        return parseYaml(text);
    } catch (e) {
        throw new StackConfigError(`${file} is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
    }
}

/** A value as the CLI passes it to the program: scalars as text, structured values as JSON. */
function asString(value: unknown): string {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
    return JSON.stringify(value) ?? String(value);
}

function fullKey(project: string, k: string): string {
    return k.includes(":") ? k : `${project}:${k}`;
}

export interface ProjectFile {
    readonly name: string;
    readonly stackConfigDir: string;
    readonly config: Readonly<Record<string, unknown>>;
}

export function readProject(root: string): ProjectFile {
    const file = path.join(root, "Pulumi.yaml");
    const doc = readYaml(file) as { name?: unknown; stackConfigDir?: unknown; config?: unknown } | null;
    if (!doc || typeof doc !== "object" || typeof doc.name !== "string") throw new StackConfigError(`${file} has no project name`);
    const config = doc.config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config)) {
        throw new StackConfigError(`${file}: "config:" must be a mapping of key: declaration or value`);
    }
    return {
        name: doc.name,
        stackConfigDir: typeof doc.stackConfigDir === "string" ? doc.stackConfigDir : ".",
        config: config as Record<string, unknown>,
    };
}

/** Stack names that have a `Pulumi.<stack>.yaml`, sorted. */
export function listStacks(root: string): string[] {
    const project = readProject(root);
    const dir = path.join(root, project.stackConfigDir);
    let files: string[];
    try {
        files = fs.readdirSync(dir);
    } catch (e) {
        throw new StackConfigError(`cannot list the stacks in ${dir} (stackConfigDir of Pulumi.yaml): ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    return files
        .map((f) => /^Pulumi\.(.+)\.yaml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .sort();
}

interface Declaration {
    readonly type?: string;
    readonly items?: Declaration;
    readonly secret?: boolean;
}

/** The CLI's name of a declared type: "integer", "array<string>". */
function typeName(d: Declaration): string {
    return d.items ? `array<${typeName(d.items)}>` : String(d.type);
}

/** `ValidateConfigValue` of the Pulumi CLI: scalars arrive as strings, structured values as JSON. */
export function fitsDeclaredType(d: Declaration, value: unknown): boolean {
    switch (d.type) {
        case "string":
            return typeof value === "string";
        case "integer":
            return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && /^[+-]?\d+$/.test(value));
        case "boolean":
            return typeof value === "boolean" || value === "true" || value === "false";
        case "object":
            return typeof value === "object" && value !== null && !Array.isArray(value);
        default:
            return Array.isArray(value) && d.items !== undefined && value.every((v) => fitsDeclaredType(d.items as Declaration, v));
    }
}

/** "'a'", "'a' and 'b'", "'a', 'b' and 'c'": how the CLI lists missing keys. */
function listKeys(keys: readonly string[]): string {
    const q = [...keys].sort().map((k) => `'${k}'`);
    return q.length === 1 ? q[0] : `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

/**
 * Checks the stack's values against Pulumi.yaml's declarations as the Pulumi CLI does before it runs
 * anything (pkg/workspace/config.go, mergeConfig and validateStackConfigValue), with its messages: a
 * declared project key without a default must be set, a `secret: true` key must be `secure:`, and a
 * typed key's value must fit the type.
 */
function validateDeclarations(project: ProjectFile, stack: string, stackValues: Readonly<Record<string, unknown>>, shown: string): void {
    const keys = Object.keys(project.config).sort();
    const isDecl = (d: unknown): d is Declaration & { default?: unknown } => typeof d === "object" && d !== null && "type" in d;
    const missing = keys.filter((k) => {
        const decl = project.config[k];
        const projectKey = !k.includes(":") || k.startsWith(`${project.name}:`);
        return projectKey && stackValues[fullKey(project.name, k)] === undefined && isDecl(decl) && decl.default === undefined;
    });
    if (missing.length > 0) {
        throw new StackConfigError(`Stack '${stack}' is missing configuration ${missing.length > 1 ? "values" : "value"} ${listKeys(missing)}`);
    }
    for (const k of keys) {
        const decl = project.config[k];
        if (!isDecl(decl)) continue;
        const raw = stackValues[fullKey(project.name, k)] ?? decl.default;
        if (raw === undefined) continue;
        const secure = typeof raw === "object" && raw !== null && "secure" in raw;
        if (decl.secret === true && !secure) {
            throw new StackConfigError(`Stack '${stack}' with configuration key '${k}' must be encrypted as it's secret`);
        }
        // The CLI checks the decrypted value; offline a secret's type cannot be known.
        if (secure) continue;
        const content = typeof raw === "object" && raw !== null ? raw : asString(raw);
        // The CLI's words first (a test compares them with its output), then the value it does not show.
        if (!fitsDeclaredType(decl, content)) {
            throw new StackConfigError(`Stack '${stack}' with configuration key '${k}' must be of type '${typeName(decl)}' (got ${JSON.stringify(raw)} in ${shown})`);
        }
    }
}

export function readStackConfig(root: string, stack: string): StackConfig {
    const project = readProject(root);
    const stacks = listStacks(root);
    if (!stacks.includes(stack)) {
        throw new StackConfigError(`unknown stack "${stack}"; stacks: ${stacks.join(", ")}`);
    }
    const values: Record<string, string> = {};
    const secretKeys: string[] = [];
    for (const [k, decl] of Object.entries(project.config)) {
        // A declaration is { type, default?, ... }; a bare scalar is a value for every stack.
        const isDecl = typeof decl === "object" && decl !== null && "type" in decl;
        const value = isDecl ? (decl as { default?: unknown }).default : decl;
        if (value !== undefined) values[fullKey(project.name, k)] = asString(value);
    }
    const file = path.join(root, project.stackConfigDir, `Pulumi.${stack}.yaml`);
    const shown = path.relative(root, file);
    const doc = readYaml(file) ?? {};
    const config = (doc as { config?: unknown }).config ?? {};
    if (typeof doc !== "object" || Array.isArray(doc) || typeof config !== "object" || config === null || Array.isArray(config)) {
        throw new StackConfigError(`${shown}: expected a mapping with a "config:" mapping of key: value`);
    }
    validateDeclarations(project, stack, Object.fromEntries(Object.entries(config).map(([k, v]) => [fullKey(project.name, k), v])), shown);
    for (const [k, value] of Object.entries(config)) {
        const key = fullKey(project.name, k);
        if (typeof value === "object" && value !== null && "secure" in value) {
            values[key] = OFFLINE_SECRET_PLACEHOLDER;
            secretKeys.push(key);
        } else {
            values[key] = asString(value);
        }
    }
    return { project: project.name, stack, values, secretKeys };
}
