/**
 * docs/architecture.md, "Rules of the house": policies never import infra/ or tools/, infra/ never imports
 * tools/ or policies/, components never read config themselves (infra/settings.ts does), the pack's
 * index.ts is the only `new PolicyPack`, and policy code loads neither the provider SDK nor the
 * policy SDK at run time (`import type` only), so the pack and the audit stay light.
 *
 * Sources are parsed with the TypeScript compiler, so comments and strings never count, and every
 * form of module reference is seen: import/export declarations, `import x = require()`, `require()`,
 * dynamic `import()` and `import("...")` types.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

interface ModuleRef {
    readonly spec: string;
    /** Erased at compile time: `import type`, `export type`, `import("x").T`. */
    readonly typeOnly: boolean;
    readonly line: number;
    /** Repository path the relative specifier points to, e.g. "tools/audit/engine"; undefined for packages. */
    readonly target?: string;
}

interface Source {
    /** Path from the repository root, with forward slashes. */
    readonly file: string;
    readonly sf: ts.SourceFile;
    readonly refs: readonly ModuleRef[];
}

function toRepoPath(abs: string): string {
    return path.relative(ROOT, abs).split(path.sep).join("/");
}

function tsFiles(dir: string): string[] {
    const out: string[] = [];
    const walk = (abs: string): void => {
        for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
            if (entry.name === "node_modules") continue;
            const child = path.join(abs, entry.name);
            if (entry.isDirectory()) walk(child);
            else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(toRepoPath(child));
        }
    };
    walk(path.join(ROOT, dir));
    return out.sort();
}

function lineOf(sf: ts.SourceFile, node: ts.Node): number {
    return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

function moduleRefs(file: string, sf: ts.SourceFile): ModuleRef[] {
    const refs: ModuleRef[] = [];
    const add = (specNode: ts.Node | undefined, typeOnly: boolean, at: ts.Node): void => {
        if (!specNode || !ts.isStringLiteralLike(specNode)) return;
        const spec = specNode.text;
        const target = spec.startsWith(".") ? toRepoPath(path.resolve(ROOT, path.dirname(file), spec)) : undefined;
        refs.push({ spec, typeOnly, line: lineOf(sf, at), ...(target !== undefined ? { target } : {}) });
    };
    const visit = (node: ts.Node): void => {
        if (ts.isImportDeclaration(node)) {
            add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false, node);
        } else if (ts.isExportDeclaration(node)) {
            add(node.moduleSpecifier, node.isTypeOnly, node);
        } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
            add(node.moduleReference.expression, node.isTypeOnly, node);
        } else if (ts.isCallExpression(node)) {
            const callee = node.expression;
            const isRequire = ts.isIdentifier(callee) && callee.text === "require";
            if (isRequire || callee.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false, node);
        } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
            add(node.argument.literal, true, node);
        }
        ts.forEachChild(node, visit);
    };
    visit(sf);
    return refs;
}

function parse(file: string, text: string): Source {
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    return { file, sf, refs: moduleRefs(file, sf) };
}

function load(file: string): Source {
    return parse(file, fs.readFileSync(path.join(ROOT, file), "utf8"));
}

/** Every node of a file for which `pick` returns a description, as "file:line: description". */
function findNodes(src: Source, pick: (node: ts.Node) => string | undefined): string[] {
    const out: string[] = [];
    const visit = (node: ts.Node): void => {
        const what = pick(node);
        if (what !== undefined) out.push(`${src.file}:${lineOf(src.sf, node)}: ${what}`);
        ts.forEachChild(node, visit);
    };
    visit(src.sf);
    return out;
}

const infra = tsFiles("infra").map(load);
const policies = tsFiles("policies").map(load);
const tools = tsFiles("tools").map(load);
const tests = tsFiles("test").map(load);

const topFolder = (target: string): string => target.split("/")[0];

function imports(sources: readonly Source[], bad: (ref: ModuleRef) => boolean): string[] {
    return sources.flatMap((s) => s.refs.filter(bad).map((r) => `${s.file}:${r.line}: ${r.spec}`));
}

function newPolicyPack(node: ts.Node): string | undefined {
    if (!ts.isNewExpression(node)) return undefined;
    const callee = node.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    return name === "PolicyPack" ? "new PolicyPack" : undefined;
}

const CONFIG_FUNCTIONS = new Set(["allConfig", "getConfig"]);

function configRead(node: ts.Node): string | undefined {
    if (ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
        return name === "Config" ? `new ${callee.getText()}` : undefined;
    }
    if (ts.isPropertyAccessExpression(node) && CONFIG_FUNCTIONS.has(node.name.text)) return node.getText();
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && CONFIG_FUNCTIONS.has(node.expression.text)) {
        return node.expression.text;
    }
    return undefined;
}

const RUNTIME_HEAVY = /^@pulumi\/(alicloud|policy)(\/|$)/;

describe("the scan", () => {
    it("sees the source trees", () => {
        expect(infra.map((s) => s.file)).toContain("infra/settings.ts");
        expect(policies.map((s) => s.file)).toContain("policies/index.ts");
        expect(tools.map((s) => s.file)).toContain("tools/audit/engine.ts");
        expect(policies.filter((s) => s.file.startsWith("policies/rules/")).length).toBeGreaterThan(100);
    });

    it("finds the pack's own PolicyPack, the settings' config read and the rules' type imports", () => {
        const withoutLine = (hit: string): string => hit.replace(/:\d+:/, ":");
        expect(findNodes(load("policies/index.ts"), newPolicyPack).map(withoutLine)).toEqual(["policies/index.ts: new PolicyPack"]);
        expect(findNodes(load("infra/settings.ts"), configRead).map(withoutLine)).toEqual(["infra/settings.ts: pulumi.runtime.allConfig"]);
        const typeImports = imports(policies, (r) => RUNTIME_HEAVY.test(r.spec) && r.typeOnly);
        expect(typeImports.length).toBeGreaterThan(100);
    });

    it("sees every form of module reference and skips comments and strings", () => {
        const src = parse(
            "policies/rules/x/fake.ts",
            [
                'import { Bucket } from "@pulumi/alicloud/oss";',
                'import type { PolicyResource } from "@pulumi/policy";',
                'import "@pulumi/alicloud";',
                'export { loadSettings } from "../../../infra/settings";',
                'export type { Plan } from "../../../tools/plan/types";',
                'import fs = require("node:fs");',
                'const engine = require("../../../tools/audit/engine");',
                'const later = import("../../lib/rule");',
                'type Rule = typeof import("../../lib/rule");',
                '// new PolicyPack("in a comment"); require("../../../infra/index");',
                'const s = "new PolicyPack(\\"in a string\\") new pulumi.Config()";',
                'new policy.PolicyPack("pack", args);',
                "const c = new pulumi.Config(); const all = pulumi.runtime.allConfig(); const g = getConfig();",
            ].join("\n"),
        );
        expect(src.refs).toEqual([
            { spec: "@pulumi/alicloud/oss", typeOnly: false, line: 1 },
            { spec: "@pulumi/policy", typeOnly: true, line: 2 },
            { spec: "@pulumi/alicloud", typeOnly: false, line: 3 },
            { spec: "../../../infra/settings", typeOnly: false, line: 4, target: "infra/settings" },
            { spec: "../../../tools/plan/types", typeOnly: true, line: 5, target: "tools/plan/types" },
            { spec: "node:fs", typeOnly: false, line: 6 },
            { spec: "../../../tools/audit/engine", typeOnly: false, line: 7, target: "tools/audit/engine" },
            { spec: "../../lib/rule", typeOnly: false, line: 8, target: "policies/lib/rule" },
            { spec: "../../lib/rule", typeOnly: true, line: 9, target: "policies/lib/rule" },
        ]);
        expect(findNodes(src, newPolicyPack)).toEqual(["policies/rules/x/fake.ts:12: new PolicyPack"]);
        expect(findNodes(src, configRead)).toEqual([
            "policies/rules/x/fake.ts:13: new pulumi.Config",
            "policies/rules/x/fake.ts:13: pulumi.runtime.allConfig",
            "policies/rules/x/fake.ts:13: getConfig",
        ]);
    });
});

describe("nothing flows backwards", () => {
    it("policies/ imports nothing outside policies/ (no infra/, no tools/)", () => {
        const out = imports(
            policies,
            (r) => (r.target !== undefined && topFolder(r.target) !== "policies") || /^dakar2026-infra(\/|$)/.test(r.spec),
        );
        expect(out).toEqual([]);
    });

    it("infra/ imports nothing from tools/, policies/ or test/", () => {
        const out = imports(
            infra,
            (r) =>
                (r.target !== undefined && ["tools", "policies", "test"].includes(topFolder(r.target)))
                || /^dakar2026-policies(\/|$)/.test(r.spec),
        );
        expect(out).toEqual([]);
    });

    it("only policies/index.ts constructs a PolicyPack", () => {
        const out = [...infra, ...policies, ...tools, ...tests]
            .filter((s) => s.file !== "policies/index.ts")
            .flatMap((s) => findNodes(s, newPolicyPack));
        expect(out).toEqual([]);
    });

    it("only infra/settings.ts reads configuration in infra/", () => {
        const out = infra.filter((s) => s.file !== "infra/settings.ts").flatMap((s) => findNodes(s, configRead));
        expect(out).toEqual([]);
    });

    it("policy code imports @pulumi/alicloud and @pulumi/policy for types only", () => {
        const code = policies.filter((s) => s.file !== "policies/index.ts");
        expect(imports(code, (r) => RUNTIME_HEAVY.test(r.spec) && !r.typeOnly)).toEqual([]);
    });
});

/**
 * The rooms of infra/: `core/` for what every layer shares, and one folder per layer, built in the
 * order `infra/settings.ts` lists them. A layer may use core/ and the outputs.ts of the layers
 * below it, nothing else of infra/, so that adding a layer touches its folder and the composition.
 */
describe("layers", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- read at test time, like the composition does.
    const layers = Object.keys((require("../infra/settings") as typeof import("../infra/settings")).LAYERS);
    const order = layers;
    const LAYER_FILES = ["index.ts", "config.ts", "profile.ts", "outputs.ts", "README.md"];
    const folders = fs
        .readdirSync(path.join(ROOT, "infra"), { withFileTypes: true })
        .filter((e) => e.isDirectory() && e.name !== "core")
        .map((e) => e.name)
        .sort();
    const layerOf = (target: string): string | undefined => /^infra\/([^/]+)\//.exec(target)?.[1];

    it("lists every layer folder in the composition, and nothing else", () => {
        expect([...layers].sort()).toEqual(folders);
        expect(order.slice(0, 2)).toEqual(["keys", "network"]);
    });

    it.each(folders)("gives layer %s its component, parser, profile slice, outputs and README", (layer) => {
        const missing = LAYER_FILES.filter((f) => !fs.existsSync(path.join(ROOT, "infra", layer, f)));
        expect(missing).toEqual([]);
    });

    it("keeps core/ free of any layer", () => {
        const core = infra.filter((s) => s.file.startsWith("infra/core/"));
        expect(imports(core, (r) => r.target !== undefined && r.target.startsWith("infra/") && !r.target.startsWith("infra/core/"))).toEqual([]);
    });

    /** Imports of infra/ that break the layering: anything of another layer but the outputs.ts of a layer below. */
    function layerViolations(sources: readonly Source[]): string[] {
        const out: string[] = [];
        for (const s of sources) {
            const own = layerOf(s.file);
            if (own === undefined || own === "core") continue;
            for (const r of s.refs) {
                if (r.target === undefined || !r.target.startsWith("infra/")) continue;
                const other = layerOf(r.target);
                if (other === "core" || other === own) continue;
                const below = other !== undefined && order.indexOf(other) >= 0 && order.indexOf(other) < order.indexOf(own);
                if (!below || r.target !== `infra/${other}/outputs`) out.push(`${s.file}:${r.line}: ${r.spec}`);
            }
        }
        return out;
    }

    it("lets a layer use core/, its own folder and only the outputs.ts of layers below it", () => {
        expect(layerViolations(infra)).toEqual([]);
    });

    it("catches a layer reaching into another layer's parser, or into a layer above it", () => {
        const fake = parse(
            "infra/network/fake.ts",
            ['import type { KeysOutputs } from "../keys/outputs";', 'import { parseKeysConfig } from "../keys/config";', 'import type { X } from "../zzz/outputs";'].join("\n"),
        );
        expect(layerViolations([fake])).toEqual(["infra/network/fake.ts:2: ../keys/config", "infra/network/fake.ts:3: ../zzz/outputs"]);
        const upward = parse("infra/keys/fake.ts", 'import type { NetworkOutputs } from "../network/outputs";');
        expect(layerViolations([upward])).toEqual(["infra/keys/fake.ts:1: ../network/outputs"]);
    });

    it("keeps the composition to settings and components: index.ts builds, settings.ts parses", () => {
        const allowed = (file: string, target: string): boolean =>
            target.startsWith("infra/core/")
            || (file === "infra/index.ts" && (target === "infra/settings" || /^infra\/[^/]+$/.test(target.replace(/\/index$/, ""))))
            || (file === "infra/settings.ts" && /^infra\/[^/]+\/config$/.test(target));
        const composition = infra.filter((s) => s.file === "infra/index.ts" || s.file === "infra/settings.ts");
        expect(composition).toHaveLength(2);
        const out = composition.flatMap((s) =>
            s.refs.filter((r) => r.target !== undefined && !allowed(s.file, r.target)).map((r) => `${s.file}:${r.line}: ${r.spec}`),
        );
        expect(out).toEqual([]);
    });
});
