/** Documentation that is derived from the code must not drift from it. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { catalog } from "../policies/catalog";
import { networkDiagram } from "../tools/diagram";
import { planIsolated } from "./support/plan";

const ROOT = path.resolve(__dirname, "..");
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), "utf8");

describe("docs/architecture.md", () => {
    it("embeds the network diagram the prod plan produces today", async () => {
        const doc = read("docs/architecture.md");
        const embedded = /<!-- diagram:prod:start -->\n```mermaid\n([\s\S]*?)\n```\n<!-- diagram:prod:end -->/.exec(doc)?.[1];
        const generated = networkDiagram(await planIsolated("prod")).trimEnd();
        expect(embedded).toBe(generated);
    });
});

describe("docs/policy-coverage.md", () => {
    const ids = new Set(catalog.map((p) => p.name));
    const tables = fs.readdirSync(path.join(ROOT, "docs", "coverage")).filter((f) => f.endsWith(".md")).sort();
    const rowsOf = (file: string): string[] =>
        read(`docs/coverage/${file}`)
            .split("\n")
            .filter((l) => l.startsWith("|") && !l.startsWith("|---") && !l.startsWith("| Intent"));
    const policyIdsIn = (line: string): string[] => [...line.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1]).filter((i) => ids.has(i));

    it("gives every intent row a policy or a reason it does not apply", () => {
        const unaccounted = tables.flatMap((f) =>
            rowsOf(f)
                .filter((l) => policyIdsIn(l).length === 0 && !/not applicable/i.test(l))
                .map((l) => `${f}: ${l.slice(0, 80)}`),
        );
        expect(unaccounted).toEqual([]);
    });

    it("names every policy of the catalog in some table", () => {
        const named = new Set(tables.flatMap((f) => rowsOf(f).flatMap(policyIdsIn)));
        expect([...ids].filter((i) => !named.has(i))).toEqual([]);
    });

    it("states the counts of the tables", () => {
        const index = read("docs/policy-coverage.md");
        for (const f of tables) {
            const rows = rowsOf(f);
            const mapped = rows.filter((l) => policyIdsIn(l).length > 0).length;
            const row = index.split("\n").find((l) => l.includes(`(coverage/${f})`));
            expect(row?.replace(/\s+/g, " ")).toMatch(new RegExp(`\\| ${rows.length} \\| ${mapped} \\| ${rows.length - mapped} \\|$`));
        }
        const total = tables.reduce((n, f) => n + rowsOf(f).length, 0);
        expect(index).toContain(`| **Total** | | **${total}** |`);
        expect(index).toContain(`${catalog.length} policies in all`);
    });
});

describe("Pulumi.yaml", () => {
    const project = parse(read("Pulumi.yaml")) as Record<string, unknown>;
    const TYPES = ["string", "integer", "boolean", "array"];

    it("is the dakar2026 Node.js TypeScript project with its stacks in stacks/", () => {
        expect(project.name).toBe("dakar2026");
        expect(project.runtime).toEqual({ name: "nodejs", options: { typescript: true, packagemanager: "npm" } });
        expect(project.stackConfigDir).toBe("stacks");
    });

    it("declares every key with a type the project schema allows, a description, and a default of that type", () => {
        const problems: string[] = [];
        for (const [key, decl] of Object.entries(project.config as Record<string, Record<string, unknown>>)) {
            if (!TYPES.includes(decl.type as string)) problems.push(`${key}: type ${String(decl.type)}`);
            if (decl.type === "array" && !TYPES.includes((decl.items as { type?: string } | undefined)?.type ?? "")) problems.push(`${key}: items`);
            if (typeof decl.description !== "string" || decl.description.length < 20) problems.push(`${key}: description`);
            const d = decl.default;
            if (d !== undefined) {
                const ok =
                    decl.type === "array" ? Array.isArray(d) : decl.type === "integer" ? Number.isInteger(d) : typeof d === decl.type;
                if (!ok) problems.push(`${key}: default ${JSON.stringify(d)}`);
            }
            const allowed = ["type", "items", "description", "default", "secret"];
            for (const k of Object.keys(decl)) if (!allowed.includes(k)) problems.push(`${key}: unknown field ${k}`);
        }
        expect(problems).toEqual([]);
    });
});
