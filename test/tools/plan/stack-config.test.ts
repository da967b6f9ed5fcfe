/**
 * Stack files are read as the Pulumi CLI reads them, and checked as it checks them before the
 * program runs: declared types, declared secrets, and declared keys without a default.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ALICLOUD_CONFIG_KEYS } from "../../../infra/core/keys";
import { fitsDeclaredType, listStacks, OFFLINE_SECRET_PLACEHOLDER, parseYaml, readStackConfig, StackConfigError } from "../../../tools/plan/stack-config";

const ROOT = path.resolve(__dirname, "..", "..", "..");

/** A throwaway project with one declaration of each kind and a stack file holding `config`. */
function project(config: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-config-"));
    fs.mkdirSync(path.join(dir, "stacks"));
    fs.writeFileSync(
        path.join(dir, "Pulumi.yaml"),
        [
            "name: demo",
            "runtime: nodejs",
            "stackConfigDir: stacks",
            "config:",
            "  port: { type: integer, default: 8080 }",
            "  flag: { type: boolean, default: false }",
            "  ports: { type: array, items: { type: integer }, default: [80] }",
            "  cidr: { type: string }",
            "  token: { type: string, secret: true, default: x }",
        ].join("\n"),
    );
    fs.writeFileSync(path.join(dir, "stacks", "Pulumi.s.yaml"), `config:\n${config}`);
    return dir;
}

function failure(config: string): string {
    try {
        readStackConfig(project(config), "s");
    } catch (e) {
        expect(e).toBeInstanceOf(StackConfigError);
        return (e as Error).message;
    }
    throw new Error("expected a StackConfigError");
}

describe("readStackConfig", () => {
    it("passes every value as a string, structured ones as JSON, defaults first, secrets as the placeholder", () => {
        const c = readStackConfig(project('  demo:cidr: 10.0.0.0/16\n  demo:port: "9090"\n  demo:token: { secure: AAAA }\n'), "s");
        expect(c.values).toEqual({
            "demo:port": "9090",
            "demo:flag": "false",
            "demo:ports": "[80]",
            "demo:cidr": "10.0.0.0/16",
            "demo:token": OFFLINE_SECRET_PLACEHOLDER,
        });
        expect(c.secretKeys).toEqual(["demo:token"]);
    });

    it.each([
        ["  demo:cidr: a\n  demo:port: abc\n", `Stack 's' with configuration key 'port' must be of type 'integer' (got "abc" in stacks/Pulumi.s.yaml)`],
        ["  demo:cidr: a\n  demo:port: 80.5\n", "Stack 's' with configuration key 'port' must be of type 'integer' (got 80.5 in stacks/Pulumi.s.yaml)"],
        ["  demo:cidr: a\n  demo:flag: yes please\n", `Stack 's' with configuration key 'flag' must be of type 'boolean' (got "yes please" in stacks/Pulumi.s.yaml)`],
        ["  demo:cidr: a\n  demo:ports: 443\n", "Stack 's' with configuration key 'ports' must be of type 'array<integer>' (got 443 in stacks/Pulumi.s.yaml)"],
        ['  demo:cidr: a\n  demo:ports: [80, "x"]\n', `Stack 's' with configuration key 'ports' must be of type 'array<integer>' (got [80,"x"] in stacks/Pulumi.s.yaml)`],
        ["  demo:cidr: [a]\n", `Stack 's' with configuration key 'cidr' must be of type 'string' (got ["a"] in stacks/Pulumi.s.yaml)`],
        ["  demo:cidr: a\n  demo:token: plain\n", "Stack 's' with configuration key 'token' must be encrypted as it's secret"],
        ["  demo:port: 1\n", "Stack 's' is missing configuration value 'cidr'"],
    ])("refuses what the CLI refuses, in its words: %j", (config, message) => {
        expect(failure(config)).toBe(message);
    });

    it("refuses a stack file that is not a mapping of settings", () => {
        expect(failure("  - a\n  - b\n")).toBe('stacks/Pulumi.s.yaml: expected a mapping with a "config:" mapping of key: value');
    });

    it.each(listStacks(ROOT))("accepts the repository's stack %s", (stack) => {
        expect(() => readStackConfig(ROOT, stack)).not.toThrow();
    });
});

describe("fitsDeclaredType", () => {
    it.each([
        ["integer", "8080", true],
        ["integer", 8080, true],
        ["integer", "-3", true],
        ["integer", "8e3", false],
        ["boolean", "true", true],
        ["boolean", true, true],
        ["boolean", "True", false],
        ["string", "12", true],
        ["string", 12, false],
        ["object", { a: 1 }, true],
        ["object", [1], false],
    ] as const)("judges a %s declaration of %j: %s", (type, value, ok) => {
        expect(fitsDeclaredType({ type }, value)).toBe(ok);
    });
});

describe("the provider settings the loader accepts", () => {
    it("are exactly the settings @pulumi/alicloud reads", () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the provider's own list, read at test time.
        const vars = Object.keys(require("@pulumi/alicloud/config/vars") as Record<string, unknown>).filter((k) => k !== "__esModule");
        expect([...ALICLOUD_CONFIG_KEYS].sort()).toEqual(vars.sort());
    });
});

describe("parseYaml with a cache", () => {
    const cache = (): string => fs.mkdtempSync(path.join(os.tmpdir(), "yaml-cache-"));
    const entries = (dir: string): string[] => fs.readdirSync(dir);

    it("keeps the parsed value as JSON under the text's hash, and answers from it next time", () => {
        const dir = cache();
        const text = "config:\n  a: [1, 2]\n  b: { c: true }\n";
        expect(parseYaml(text, dir)).toEqual({ config: { a: [1, 2], b: { c: true } } });
        const [entry] = entries(dir);
        expect(entry).toMatch(/^[0-9a-f]{40}\.json$/);
        // The next parse of the same text reads the entry, not the text.
        fs.writeFileSync(path.join(dir, entry), JSON.stringify({ from: "cache" }));
        expect(parseYaml(text, dir)).toEqual({ from: "cache" });
        expect(parseYaml(`${text}# another text\n`, dir)).toEqual({ config: { a: [1, 2], b: { c: true } } });
        expect(entries(dir)).toHaveLength(2);
    });

    it("parses again when an entry is damaged", () => {
        const dir = cache();
        parseYaml("a: 1\n", dir);
        fs.writeFileSync(path.join(dir, entries(dir)[0]), "{ damaged");
        expect(parseYaml("a: 1\n", dir)).toEqual({ a: 1 });
    });

    it("keeps nothing JSON would not give back unchanged (infinities, NaN), and no error", () => {
        const dir = cache();
        expect(parseYaml("a: .inf\nb: .nan\n", dir)).toEqual({ a: Infinity, b: NaN });
        expect(() => parseYaml("a: [1\n", dir)).toThrow();
        expect(entries(dir)).toEqual([]);
    });
});
