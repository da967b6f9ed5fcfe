/** Documentation that is derived from the code must not drift from it, nor point outside the repository. */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { parse } from "yaml";
import { catalog } from "../policies/catalog";
import { networkDiagram } from "../tools/diagram";
import { planIsolated } from "./support/plan";

const ROOT = path.resolve(__dirname, "..");
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), "utf8");

const DIAGRAM = "docs/architecture/network-prod.mmd";
const REFRESH = `npm run diagram -- --stack prod --out ${DIAGRAM}`;
const KIT_PAGES = ["docs/architecture.md", "docs/handover.md", "docs/compliance.md", ...fs.readdirSync(path.join(ROOT, "docs", "runbooks")).map((f) => `docs/runbooks/${f}`)].filter((f) => f.endsWith(".md"));

describe("docs/architecture.md and the handover kit", () => {
    let prod: Awaited<ReturnType<typeof planIsolated>>;
    beforeAll(async () => {
        prod = await planIsolated("prod");
    }, 120_000); // planning a stack takes longer than Jest's 5 s default on a busy machine

    it(`keeps ${DIAGRAM} as the prod plan draws it today, and embeds that file`, () => {
        const committed = read(DIAGRAM);
        if (committed !== networkDiagram(prod)) {
            throw new Error(`${DIAGRAM} is stale: the prod plan draws another network. Refresh it with \`${REFRESH}\`, then paste it between the diagram:prod markers of docs/architecture.md`);
        }
        const embedded = /<!-- diagram:prod:start -->\n```mermaid\n([\s\S]*?)\n```\n<!-- diagram:prod:end -->/.exec(read("docs/architecture.md"))?.[1];
        if (embedded !== committed.trimEnd()) {
            throw new Error(`docs/architecture.md embeds another diagram than ${DIAGRAM}: paste the file between its diagram:prod markers (or refresh both with \`${REFRESH}\`)`);
        }
    });

    it("links every decision record from docs/architecture.md", () => {
        const doc = read("docs/architecture.md");
        const decisions = fs.readdirSync(path.join(ROOT, "docs", "decisions")).filter((f) => f.endsWith(".md"));
        expect(decisions.length).toBeGreaterThan(10);
        expect(decisions.filter((f) => !doc.includes(`](decisions/${f})`))).toEqual([]);
    });

    it("indexes every runbook and kit page from docs/handover.md", () => {
        const doc = read("docs/handover.md");
        const runbooks = fs.readdirSync(path.join(ROOT, "docs", "runbooks")).filter((f) => f.endsWith(".md"));
        expect(runbooks.filter((f) => !doc.includes(`](runbooks/${f})`))).toEqual([]);
        expect(["architecture", "compliance", "access"].filter((f) => !doc.includes(`](${f}.md)`))).toEqual([]);
    });

    it("ends every page of the kit with a French summary", () => {
        const missing = KIT_PAGES.filter((f) => {
            const m = /\n## Résumé\n([\s\S]*)$/.exec(read(f));
            return m === null || m[1].trim().length < 200 || /\n## /.test(m[1]);
        });
        expect(KIT_PAGES.length).toBeGreaterThan(10);
        expect(missing).toEqual([]);
    });

    it("names, in the decommission runbook, every type prod protects and every deletion-protection input it sets", () => {
        const doc = read("docs/runbooks/decommission-an-environment.md");
        const locks = prod.resources.flatMap((r) => [
            ...(r.options.protect === true ? [r.type] : []),
            ...Object.keys(r.inputs)
                .filter((k) => /deletionprotection|releaseprotection/i.test(k) && !/description/i.test(k))
                .map((k) => `${r.type} ${k}`),
        ]);
        expect(locks.length).toBeGreaterThan(10);
        const unnamed = [...new Set(locks)].filter((l) => l.split(" ").some((part) => !doc.includes(`\`${part}\``)));
        expect(unnamed).toEqual([]);
    });
});

describe("docs/compliance.md: the control mapping", () => {
    const doc = read("docs/compliance.md");
    const mapping = doc.slice(doc.indexOf("### Control mapping"), doc.indexOf("## Pour les auditeurs"));

    it("names each framework the policies cite, with its metadata key and the prefix reports write", () => {
        const problems: string[] = [];
        const keys = new Set(catalog.flatMap((p) => Object.keys(p.meta.frameworks)));
        expect(keys.size).toBeGreaterThan(3);
        for (const key of keys) {
            // The prefix as the pack writes it: the tag that ends with one of this key's control ids.
            const policy = catalog.find((p) => (p.meta.frameworks[key as keyof typeof p.meta.frameworks] ?? []).length > 0);
            const id = policy?.meta.frameworks[key as keyof typeof policy.meta.frameworks]?.[0].replace(/\s+/g, "") ?? "";
            const prefix = policy?.tags?.find((t) => t.endsWith(`:${id}`))?.slice(0, -id.length);
            const row = mapping.split("\n").find((l) => l.includes(`| \`${key}\` |`));
            if (row === undefined || prefix === undefined || !row.includes(`\`${prefix}\``)) problems.push(`${key}: ${prefix ?? "?"} ${row ?? "(no row)"}`);
        }
        expect(problems).toEqual([]);
    });

    it("explains every article of law 2008-12 a policy cites, in English and in French", () => {
        const articles = [...new Set(catalog.flatMap((p) => p.meta.frameworks.senegal ?? []))].sort();
        expect(articles.length).toBeGreaterThan(1);
        expect(articles.filter((a) => !mapping.includes(`| ${a} |`))).toEqual([]);
        const fr = doc.slice(doc.indexOf("**Correspondance avec les référentiels.**"));
        expect(articles.map((a) => a.replace("Art. ", "")).filter((n) => !new RegExp(`art\\. [0-9 et,]*\\b${n}\\b`).test(fr))).toEqual([]);
    });
});

/** A Markdown table: its header line, its body lines, and the nearest heading above it. */
interface Table {
    readonly heading: string;
    readonly header: string;
    readonly rows: readonly string[];
}

function tablesIn(markdown: string): Table[] {
    const lines = markdown.split("\n");
    const tables: Table[] = [];
    let heading = "";
    for (let i = 0; i < lines.length; i++) {
        if (/^#{1,6}\s/.test(lines[i])) heading = lines[i];
        if (!lines[i].startsWith("|") || !lines[i + 1]?.startsWith("|---")) continue;
        const rows: string[] = [];
        let j = i + 2;
        for (; j < lines.length && lines[j].startsWith("|"); j++) rows.push(lines[j]);
        tables.push({ heading, header: lines[i], rows });
        i = j - 1;
    }
    return tables;
}

/** Cells of a table row, trimmed. */
const cells = (row: string): string[] => row.split("|").slice(1, -1).map((c) => c.trim());

describe("docs/policy-coverage.md", () => {
    const ids = new Set(catalog.map((p) => p.name));
    const tables = fs.readdirSync(path.join(ROOT, "docs", "coverage")).filter((f) => f.endsWith(".md")).sort();
    /** Rows of the intent tables; per-input tables are checked on their own below. */
    const rowsOf = (file: string): string[] =>
        tablesIn(read(`docs/coverage/${file}`))
            .filter((t) => t.header.startsWith("| Intent"))
            .flatMap((t) => t.rows);
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

/**
 * Input names of a resource type, read from the provider's typings: `alicloud:kms/key:Key` is the
 * `KeyArgs` interface of `@pulumi/alicloud/kms/key.d.ts`.
 */
function inputsOf(token: string): string[] {
    const m = /^alicloud:([^/]+)\/([^:]+):(\w+)$/.exec(token);
    if (!m) throw new Error(`not an alicloud type token: ${token}`);
    const file = path.join(ROOT, "node_modules", "@pulumi", "alicloud", m[1], `${m[2]}.d.ts`);
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const args = sf.statements.find((st): st is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(st) && st.name.text === `${m[3]}Args`);
    if (!args) throw new Error(`${file} has no ${m[3]}Args`);
    return args.members.map((member) => (member.name && ts.isIdentifier(member.name) ? member.name.text : "?")).sort();
}

/**
 * Resource types whose every input must have a row: those of the keys layer and of the storage layer (issue 8), the
 * two OSS types the storage guardrails read besides, the RAM types of the service roles, and those of the compute and
 * edge layers (issue 9) with the scaling configuration, the launch path they do not use, and the observability layer's
 * CloudMonitor types (issue 11).
 */
const PER_INPUT_TYPES: readonly string[] = [
    "alicloud:kms/key:Key",
    "alicloud:kms/secret:Secret",
    "alicloud:oss/bucket:Bucket",
    "alicloud:oss/bucketAcl:BucketAcl",
    "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "alicloud:oss/accountPublicAccessBlock:AccountPublicAccessBlock",
    "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
    "alicloud:oss/bucketVersioning:BucketVersioning",
    "alicloud:oss/bucketLogging:BucketLogging",
    "alicloud:oss/bucketPolicy:BucketPolicy",
    "alicloud:oss/bucketReplication:BucketReplication",
    "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig",
    "alicloud:rds/instance:Instance",
    "alicloud:rds/database:Database",
    "alicloud:rds/rdsAccount:RdsAccount",
    "alicloud:rds/accountPrivilege:AccountPrivilege",
    "alicloud:rds/backupPolicy:BackupPolicy",
    "alicloud:kvstore/instance:Instance",
    "alicloud:kvstore/backupPolicy:BackupPolicy",
    "alicloud:ram/role:Role",
    "alicloud:ram/policy:Policy",
    "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
    "alicloud:ess/scalingGroup:ScalingGroup",
    "alicloud:ess/scalingConfiguration:ScalingConfiguration",
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
    "alicloud:ess/scalingRule:ScalingRule",
    "alicloud:ess/scheduledTask:ScheduledTask",
    "alicloud:alb/loadBalancer:LoadBalancer",
    "alicloud:alb/listener:Listener",
    "alicloud:alb/rule:Rule",
    "alicloud:alb/serverGroup:ServerGroup",
    "alicloud:alb/securityPolicy:SecurityPolicy",
    "alicloud:alb/loadBalancerAccessLogConfigAttachment:LoadBalancerAccessLogConfigAttachment",
    "alicloud:log/store:Store",
    "alicloud:cdn/domainNew:DomainNew",
    "alicloud:cdn/domainConfig:DomainConfig",
    "alicloud:wafv3/domain:Domain",
    "alicloud:dns/alidnsRecord:AlidnsRecord",
    "alicloud:cms/alarm:Alarm",
    "alicloud:cms/alarmContactGroup:AlarmContactGroup",
    "alicloud:cms/alarmContact:AlarmContact",
    // Issue 11: the identity layer's account-wide types.
    "alicloud:ram/passwordPolicy:PasswordPolicy",
    "alicloud:ram/securityPreference:SecurityPreference",
    "alicloud:ims/oidcProvider:OidcProvider",
    "alicloud:actiontrail/trail:Trail",
];

describe("per-input coverage tables", () => {
    const byId = new Map(catalog.map((p) => [p.name, p]));
    const pages = fs.readdirSync(path.join(ROOT, "docs", "coverage")).filter((f) => f.endsWith(".md")).sort();
    const inputTables = pages.flatMap((page) =>
        tablesIn(read(`docs/coverage/${page}`))
            .filter((t) => t.header.startsWith("| Input"))
            .map((t) => ({ page, token: /`(alicloud:[^`]+)`/.exec(t.heading)?.[1], rows: t.rows.map(cells) })),
    );

    it("exist for every type of the keys and storage layers, once each, under a heading naming the type", () => {
        expect([...PER_INPUT_TYPES].filter((t) => !inputTables.some((x) => x.token === t))).toEqual([]);
        expect(inputTables.filter((t) => t.token === undefined).map((t) => t.page)).toEqual([]);
        const tokens = inputTables.map((t) => t.token);
        expect(tokens.filter((t, i) => tokens.indexOf(t) !== i)).toEqual([]);
    });

    it("are counted in docs/policy-coverage.md: inputs, inputs a policy checks, inputs that need none", () => {
        const index = tablesIn(read("docs/policy-coverage.md")).find((t) => t.header.startsWith("| Type"));
        const stated = (index?.rows ?? []).map(cells).filter((c) => !c[0].startsWith("**"));
        const counted = inputTables.map((t) => {
            const none = t.rows.filter((r) => r[1] === "none needed").length;
            return [`\`${t.token}\``, `[${t.page}](coverage/${t.page})`, String(t.rows.length), String(t.rows.length - none), String(none)];
        });
        expect(stated).toEqual(counted);
        const total = counted.reduce((n, c) => n + Number(c[2]), 0);
        const checked = counted.reduce((n, c) => n + Number(c[3]), 0);
        expect(index?.rows.at(-1)).toBe(`| **Total** | | **${total}** | **${checked}** | **${total - checked}** |`);
    });

    it("list exactly the inputs the provider's typings declare, once each", () => {
        for (const t of inputTables) {
            const listed = t.rows.map((r) => /^`(\w+)`$/.exec(r[0])?.[1] ?? r[0]);
            expect({ token: t.token, inputs: [...listed].sort() }).toEqual({ token: t.token, inputs: inputsOf(t.token ?? "") });
        }
    });

    it("name, for each input, policies that read the type, or say why none is needed", () => {
        const problems: string[] = [];
        for (const t of inputTables) {
            for (const [input, checkedBy, why] of t.rows) {
                const named = [...checkedBy.matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
                if (checkedBy === "none needed") {
                    if ((why ?? "").length < 20) problems.push(`${t.page} ${input}: "none needed" without a reason`);
                    continue;
                }
                if (named.length === 0) problems.push(`${t.page} ${input}: neither a policy nor "none needed"`);
                for (const id of named) {
                    const policy = byId.get(id);
                    if (!policy) problems.push(`${t.page} ${input}: ${id} is not a policy of the catalog`);
                    else if (!policy.meta.resourceTypes.includes(t.token ?? "")) problems.push(`${t.page} ${input}: ${id} does not read ${t.token}`);
                }
            }
        }
        expect(problems).toEqual([]);
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

/**
 * Files of the repository: tracked, plus new files not ignored (so that a document cited before its
 * first commit counts). node_modules and generated output are ignored by .gitignore.
 */
function repositoryFiles(): string[] {
    const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
    return out.split("\0").filter((f) => f !== "" && fs.existsSync(path.join(ROOT, f)));
}

/**
 * Ways a text can point outside the repository. The patterns are written so that this file does not
 * match them itself (escaped slashes, split literals in the fixtures below).
 */
const OUTSIDE: readonly { readonly pattern: RegExp; readonly what: string }[] = [
    // Absolute paths of a machine: the team's workspace, home directories.
    { pattern: /(?<![\w.])\/(?:work|home|root|Users)\/[^\s`'")\]]*/g, what: "absolute path" },
    // The team's shared folder next to the repository, however it is reached.
    { pattern: /(?:\.\.\/)+shared\b[^\s`'")\]]*|\bshared\/reference\b[^\s`'")\]]*/g, what: "shared folder outside the repository" },
];

/** Links and URLs are stripped before looking for document names: a public page may end in .md. */
const URL = /\bhttps?:\/\/[^\s)>\]`'"]+/g;
/** A document named by path or file name, e.g. `docs/offline-pulumi.md`, `../policy-coverage.md`. */
const MD_NAME = /(?<![\w./-])[\w./-]*[\w-]\.md\b/g;
/** Markdown link targets: `[text](target)`. */
const MD_LINK = /\]\(([^)\s]+)\)/g;

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
    return heading
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-");
}

function anchorsIn(markdown: string): Set<string> {
    return new Set([...markdown.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1])));
}

/**
 * Citations in `text` (the content of repository file `file`) that lead outside the repository or to a
 * document it does not hold. `files` are the repository's files; `read` reads one of them.
 */
function outsideCitations(file: string, text: string, files: readonly string[], read: (f: string) => string): string[] {
    const found: string[] = [];
    for (const { pattern, what } of OUTSIDE) {
        for (const m of text.matchAll(pattern)) found.push(`${what}: ${m[0]}`);
    }
    const withoutUrls = text.replace(URL, "");
    for (const m of withoutUrls.matchAll(MD_NAME)) {
        // A name is enough when some file of the repository ends with it (a comment may give the path
        // from the root or only its end); exact resolution is checked for Markdown links below.
        const name = m[0].replace(/^(\.\.?\/)+/, "");
        if (!files.some((f) => f === name || f.endsWith(`/${name}`))) found.push(`document not in the repository: ${m[0]}`);
    }
    if (file.endsWith(".md")) {
        for (const m of text.matchAll(MD_LINK)) {
            const target = m[1];
            if (/^[a-z]+:/i.test(target)) continue;
            const [rel, anchor] = target.split("#", 2);
            const resolved = rel === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), rel));
            if (resolved.startsWith("../") || path.posix.isAbsolute(resolved)) {
                found.push(`link outside the repository: ${target}`);
                continue;
            }
            const exists = files.includes(resolved) || files.some((f) => f.startsWith(`${resolved.replace(/\/$/, "")}/`));
            if (!exists) {
                found.push(`link to a missing file: ${target}`);
            } else if (anchor !== undefined && resolved.endsWith(".md") && !anchorsIn(read(resolved)).has(anchor)) {
                found.push(`link to a missing heading: ${target}`);
            }
        }
    }
    return found;
}

describe("the repository is self-contained", () => {
    const files = repositoryFiles();

    it("finds its own files", () => {
        expect(files).toEqual(expect.arrayContaining(["README.md", "docs/offline-pulumi.md", "test/docs.test.ts"]));
        expect(files.filter((f) => f.startsWith("node_modules/"))).toEqual([]);
    });

    it("cites no file outside the repository, in code or in docs", () => {
        const problems: string[] = [];
        for (const f of files) {
            const buf = fs.readFileSync(path.join(ROOT, f));
            if (buf.includes(0)) continue; // binary
            for (const p of outsideCitations(f, buf.toString("utf8"), files, read)) problems.push(`${f}: ${p}`);
        }
        expect(problems).toEqual([]);
    });

    describe("the check itself", () => {
        // Fixtures are assembled at run time so that this file does not cite what it forbids.
        const md = (name: string) => `${name}.${"md"}`;
        const fixtureFiles = ["README.md", "docs/offline-pulumi.md", "docs/policy-coverage.md", "docs/coverage/kms.md"];
        const docs: Record<string, string> = { "docs/policy-coverage.md": "# Policy coverage\n\n## Where the rows come from\n" };
        const check = (file: string, text: string) => outsideCitations(file, text, fixtureFiles, (f) => docs[f] ?? "");

        it("flags the team's workspace, home directories and the shared folder", () => {
            const work = ["", "work", "shared", md("DESIGN")].join("/");
            expect(check("infra/x.ts", `// see ${work}`)).toEqual([`absolute path: ${work}`, `document not in the repository: ${work}`]);
            const home = ["", "home", "me", "notes.txt"].join("/");
            expect(check("test/x.ts", `// ${home}`)).toEqual([`absolute path: ${home}`]);
            const shared = ["..", "shared", "reference", md("policy-intents")].join("/");
            expect(check("docs/coverage/kms.md", `Survey: \`${shared}\`.`)).toEqual([
                `shared folder outside the repository: ${shared}`,
                `document not in the repository: ${shared}`,
            ]);
        });

        it("flags a document the repository does not hold, named from code or docs", () => {
            expect(check("test/x.ts", `// (${md("pulumi-offline")} §1.4)`)).toEqual([`document not in the repository: ${md("pulumi-offline")}`]);
        });

        it("flags Markdown links that leave the repository or point nowhere", () => {
            const far = ["..", "..", "..", md("notes")].join("/");
            expect(check("docs/coverage/kms.md", `[a](${far})`)).toEqual([
                `document not in the repository: ${far}`,
                `link outside the repository: ${far}`,
            ]);
            expect(check("docs/coverage/kms.md", `[a](../${md("gone")})`)).toEqual([
                `document not in the repository: ../${md("gone")}`,
                `link to a missing file: ../${md("gone")}`,
            ]);
            expect(check("docs/coverage/kms.md", `[a](../${md("policy-coverage")}#nowhere)`)).toEqual([
                `link to a missing heading: ../${md("policy-coverage")}#nowhere`,
            ]);
        });

        it("accepts the repository's own documents, links, anchors and public URLs", () => {
            const text = [
                `See docs/${md("offline-pulumi")} and ${md("README")}.`,
                `[survey](../${md("policy-coverage")}#where-the-rows-come-from), [x](../../${md("README")})`,
                `[upstream](https://github.com/pulumi/pulumi/blob/master/${md("CHANGELOG")}), /tmp/plan.json`,
            ].join("\n");
            expect(check("docs/coverage/kms.md", text)).toEqual([]);
        });
    });
});
