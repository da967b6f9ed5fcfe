/**
 * Pack metadata over the whole catalog. `new PolicyPack` validates the pack name, refuses a policy
 * named "all" and `enforcementLevel` in a config schema by exiting the process (docs/offline-pulumi.md
 * §5), so those checks are repeated here on the exported arguments; the rest are the conventions
 * of the README's "Guardrails" section (kebab-case ids, bilingual metadata, frameworks, config with
 * defaults) and the consistency of the rule files (named by id, all registered), the pack configurations and the waivers with
 * the catalog.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalog, PACK_NAME, packArgs } from "../../policies/catalog";
import type { CatalogPolicy } from "../../policies/lib/rule";
import { parseWaivers } from "../../policies/lib/waivers";
import { checkPackConfig, resolvePolicyConfig } from "../../tools/audit/engine";
import { TEST_TODAY } from "../support/policy";

const POLICIES_DIR = path.resolve(__dirname, "..", "..", "policies");
const RULES_DIR = path.join(POLICIES_DIR, "rules");
const PACK_NAME_RE = /^[a-zA-Z0-9-_.]{1,100}$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TYPE_TOKEN = /^[a-z0-9]+:[a-zA-Z0-9/]+:[A-Za-z0-9]+$/;
const PULUMI_TOKENS = new Set(["pulumi:pulumi:Stack", "pulumi:pulumi:StackReference"]);
const SEVERITIES = ["critical", "high", "medium", "low"];

const ids = catalog.map((p) => p.name);

function readJson(file: string): unknown {
    return JSON.parse(fs.readFileSync(file, "utf8"));
}

function isCatalogPolicy(v: unknown): v is CatalogPolicy {
    if (typeof v !== "object" || v === null) return false;
    const o = v as Record<string, unknown>;
    return typeof o.name === "string" && typeof o.meta === "object" && typeof o.evaluate === "function"
        && (o.kind === "resource" || o.kind === "stack");
}

describe("policy ids", () => {
    it("are unique", () => {
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it("are kebab-case, at most 100 characters and valid CrossGuard names", () => {
        expect(ids.filter((id) => !KEBAB.test(id) || id.length > 100 || !PACK_NAME_RE.test(id))).toEqual([]);
    });

    it("never use the reserved name all", () => {
        expect(ids.filter((id) => id === "all")).toEqual([]);
    });

    it("are the rule ids of the metadata", () => {
        expect(catalog.filter((p) => p.name !== p.meta.id).map((p) => p.name)).toEqual([]);
    });
});

describe("policy metadata", () => {
    it("has English and French title, description and remediation, the French differing from the English", () => {
        const problems: string[] = [];
        for (const p of catalog) {
            for (const field of ["title", "description", "remediation"] as const) {
                const t = p.meta[field];
                if (t.en.trim() === "") problems.push(`${p.name}: ${field}.en is empty`);
                if (t.fr.trim() === "") problems.push(`${p.name}: ${field}.fr is empty`);
                if (t.en.trim() !== "" && t.fr.trim() === t.en.trim()) problems.push(`${p.name}: ${field}.fr repeats the English`);
            }
        }
        expect(problems).toEqual([]);
    });

    it("passes the English metadata to CrossGuard", () => {
        const off = catalog.filter(
            (p) =>
                p.displayName !== p.meta.title.en
                || p.description !== p.meta.description.en
                || p.remediationSteps !== p.meta.remediation.en
                || p.severity !== p.meta.severity,
        );
        expect(off.map((p) => p.name)).toEqual([]);
    });

    it("has one of the four severities", () => {
        expect(catalog.filter((p) => !SEVERITIES.includes(p.meta.severity)).map((p) => `${p.name}: ${p.meta.severity}`)).toEqual([]);
    });

    it("names at least one resource type, each a valid type token, none twice", () => {
        const problems: string[] = [];
        for (const p of catalog) {
            const types = p.meta.resourceTypes;
            if (types.length === 0) problems.push(`${p.name}: no resource type`);
            for (const t of types) {
                if (!TYPE_TOKEN.test(t) && !PULUMI_TOKENS.has(t)) problems.push(`${p.name}: bad type token ${t}`);
            }
            if (new Set(types).size !== types.length) problems.push(`${p.name}: a resource type is listed twice`);
        }
        expect(problems).toEqual([]);
    });

    it("references ISO/IEC 27001 and NIST SP 800-53 controls", () => {
        const missing = catalog.filter((p) => (p.meta.frameworks.iso27001 ?? []).length === 0
            || (p.meta.frameworks.nist ?? []).length === 0);
        expect(missing.map((p) => p.name)).toEqual([]);
    });

    it("never puts enforcementLevel in a config schema", () => {
        const bad = catalog.filter(
            (p) =>
                p.configSchema !== undefined
                && ("enforcementLevel" in p.configSchema.properties || (p.configSchema.required ?? []).includes("enforcementLevel")),
        );
        expect(bad.map((p) => p.name)).toEqual([]);
    });

    it("gives every config property a default and a description", () => {
        const problems: string[] = [];
        for (const p of catalog) {
            for (const [key, prop] of Object.entries(p.configSchema?.properties ?? {})) {
                const { default: def, description } = prop as { default?: unknown; description?: unknown };
                if (def === undefined) problems.push(`${p.name}.${key}: no default`);
                if (typeof description !== "string" || description.trim() === "") problems.push(`${p.name}.${key}: no description`);
            }
        }
        expect(problems).toEqual([]);
    });
});

describe("pack", () => {
    it("has a valid name", () => {
        expect(PACK_NAME).toBe("dakar2026-guardrails");
        expect(PACK_NAME_RE.test(PACK_NAME)).toBe(true);
    });

    it("holds the whole catalog, in order, each policy wrapped for the engine as a resource or stack validation", () => {
        const args = packArgs({ today: TEST_TODAY, waivers: [] });
        expect(args.policies.map((p) => p.name)).toEqual(ids);
        const wrongKind = args.policies.filter((p, i) =>
            catalog[i].kind === "stack" ? !("validateStack" in p) : !("validateResource" in p) || "validateStack" in p);
        expect(wrongKind.map((p) => p.name)).toEqual([]);
        expect(args.enforcementLevel).toBe("advisory");
    });

    it("has a version in policies/package.json", () => {
        const pkg = readJson(path.join(POLICIES_DIR, "package.json")) as { version?: unknown };
        expect(typeof pkg.version).toBe("string");
        expect(pkg.version).toMatch(/^\d+\.\d+\.\d+/);
    });
});

describe("pack configurations", () => {
    const configDir = path.join(POLICIES_DIR, "config");
    const files = fs.readdirSync(configDir).filter((f) => f.endsWith(".json")).sort();

    it("exist for dev, staging and prod", () => {
        expect(files).toEqual(["dev.json", "prod.json", "staging.json"]);
    });

    it.each(files)("%s names only policies of the pack or all, with valid levels", (file) => {
        const raw = readJson(path.join(configDir, file)) as Record<string, unknown>;
        const unknown = Object.keys(raw).filter((k) => k !== "all" && !ids.includes(k));
        expect(unknown).toEqual([]);
        expect(() => checkPackConfig(raw, catalog, file)).not.toThrow();
    });

    it.each(files)("%s gives every policy properties its schema accepts", (file) => {
        const packConfig = checkPackConfig(readJson(path.join(configDir, file)), catalog, file);
        const problems: string[] = [];
        for (const p of catalog) {
            try {
                resolvePolicyConfig(p, packConfig, "advisory");
            } catch (e) {
                problems.push((e as Error).message);
            }
        }
        expect(problems).toEqual([]);
    });
});

describe("waivers.json", () => {
    const file = path.join(POLICIES_DIR, "waivers.json");
    const waivers = parseWaivers(readJson(file), file);

    it("parses", () => {
        expect(waivers.length).toBeGreaterThan(0);
    });

    it("waives only policies of the pack, on URN patterns", () => {
        expect(waivers.filter((w) => !ids.includes(w.policy)).map((w) => w.policy)).toEqual([]);
        expect(waivers.filter((w) => !w.resource.startsWith("urn:pulumi:")).map((w) => w.resource)).toEqual([]);
    });

    it("gives every waiver a French reason of its own, not the English one copied", () => {
        expect(waivers.filter((w) => w.reasonFr === w.reason).map((w) => w.policy)).toEqual([]);
    });
});

describe("rule files", () => {
    const folders = fs
        .readdirSync(RULES_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort();

    /** Every .ts file under rules/ with the policies it exports (helper files export none). */
    const files = folders.flatMap((folder) =>
        fs
            .readdirSync(path.join(RULES_DIR, folder))
            .filter((file) => file.endsWith(".ts"))
            .sort()
            .map((file) => {
                // eslint-disable-next-line @typescript-eslint/no-require-imports -- the files are discovered at run time
                const mod = require(path.join(RULES_DIR, folder, file)) as Record<string, unknown>;
                return { folder, file, policies: Object.values(mod).filter(isCatalogPolicy) };
            }),
    );
    const ruleFiles = files.filter((f) => f.policies.length > 0);

    it("hold one policy each, except the governance helpers", () => {
        expect(files.filter((f) => f.policies.length > 1).map((f) => `${f.folder}/${f.file}`)).toEqual([]);
        expect(files.filter((f) => f.policies.length === 0).map((f) => `${f.folder}/${f.file}`)).toEqual([
            "governance/shared.ts",
            "governance/taggable-types.ts",
        ]);
    });

    it("are named after the id of their policy, in the folder of its service", () => {
        const off = ruleFiles
            .filter(({ folder, file, policies: [p] }) => file !== `${p.name}.ts` || folder !== p.meta.service)
            .map(({ folder, file, policies: [p] }) => `${folder}/${file} holds ${p.meta.service}/${p.name}`);
        expect(off).toEqual([]);
    });

    it("are all registered in the catalog, which holds nothing else", () => {
        const exported = ruleFiles.map((f) => f.policies[0]);
        expect(exported.filter((p) => !catalog.includes(p)).map((p) => p.name)).toEqual([]);
        expect(catalog.filter((p) => !exported.includes(p)).map((p) => p.name)).toEqual([]);
    });
});
