import { createHash } from "node:crypto";
import { runInNewContext } from "node:vm";
import { resourceRule, stackRule, text } from "../../policies/lib/rule";
import type { CatalogPolicy, RuleMeta } from "../../policies/lib/rule";
import type { Finding, PolicyChecks } from "../../tools/audit/engine";
import type { Provenance } from "../../tools/audit/provenance";
import { FORMATS, render, ReportInput, summarize } from "../../tools/report";
import { escapeHtml } from "../../tools/report/html";
import { UNKNOWN } from "../../tools/plan/types";

const SG = "alicloud:ecs/securityGroupRule:SecurityGroupRule";
const BUCKET = "alicloud:oss/bucket:Bucket";
const KEY = "alicloud:kms/key:Key";

function meta(over: Partial<RuleMeta> & Pick<RuleMeta, "id" | "service" | "severity" | "frameworks">): RuleMeta {
    return {
        title: text(`Title of ${over.id}`, `Intitulé de ${over.id}`),
        description: text(`Description of ${over.id}.`, `Description de ${over.id}.`),
        remediation: text(`Fix ${over.id}.`, `Corriger ${over.id}.`),
        resourceTypes: [],
        ...over,
    };
}

const sgPolicy = resourceRule({
    meta: meta({
        id: "sg-no-ssh-from-internet",
        service: "securitygroup",
        severity: "high",
        resourceTypes: [SG],
        frameworks: { cis: ["4.3"], iso27001: ["A.8.20"], nist: ["SC-7"] },
    }),
    validate: () => undefined,
});
const ossPolicy = resourceRule({
    meta: meta({
        id: "oss-no-public-acl",
        service: "oss",
        severity: "critical",
        resourceTypes: [BUCKET],
        frameworks: { iso27001: ["A.8.3"], senegal: ["Art. 71"] },
    }),
    validate: () => undefined,
});
const tagsPolicy = stackRule({
    meta: meta({ id: "governance-required-tags", service: "governance", severity: "low", frameworks: { nist: ["CM-8"] } }),
    validate: () => undefined,
});
const kmsPolicy = resourceRule({
    meta: meta({ id: "kms-key-rotation", service: "kms", severity: "medium", resourceTypes: [KEY], frameworks: { cis: ["8.1"] } }),
    validate: () => undefined,
});
/** In the catalog but disabled for this environment: it must not appear as a rule or a suite. */
const disabledPolicy = resourceRule({
    meta: meta({ id: "ecs-disk-encrypted", service: "ecs", severity: "high", frameworks: { cis: ["5.1"] } }),
    validate: () => undefined,
});

const CATALOG: readonly CatalogPolicy[] = [tagsPolicy, sgPolicy, kmsPolicy, ossPolicy, disabledPolicy];
const urn = (type: string, name: string) => `urn:pulumi:prod::dakar2026::${type}::${name}`;
const NASTY_EN = `Ingress <script>alert("x")</script> & 'quotes' from 0.0.0.0/0`;
const NASTY_FR = `Entrée <script>alert("x")</script> & 'guillemets' depuis 0.0.0.0/0`;

const FINDINGS: readonly Finding[] = [
    {
        policy: "sg-no-ssh-from-internet",
        severity: "high",
        enforcement: "mandatory",
        urn: urn(SG, "ssh-rule"),
        type: SG,
        name: "ssh-rule",
        message: text(NASTY_EN, NASTY_FR),
    },
    {
        policy: "oss-no-public-acl",
        severity: "critical",
        enforcement: "mandatory",
        urn: urn(BUCKET, "media"),
        type: BUCKET,
        name: "media",
        message: text(`Bucket "media" is public-read.`, `Le bucket « media » est en lecture publique.`),
    },
    {
        policy: "oss-no-public-acl",
        severity: "critical",
        enforcement: "mandatory",
        urn: urn(BUCKET, "press-kit"),
        type: BUCKET,
        name: "press-kit",
        message: text(`Bucket "press-kit" is public-read.`, `Le bucket « press-kit » est en lecture publique.`),
        waived: {
            policy: "oss-no-public-acl",
            resource: "*press-kit",
            reason: "Press kit is public by design",
            reasonFr: "Le dossier de presse est public par nature",
            owner: "comms@dakar2026.sn",
            expires: "2026-12-31",
        },
    },
    {
        policy: "governance-required-tags",
        severity: "low",
        enforcement: "advisory",
        urn: urn(KEY, "data-key"),
        type: KEY,
        name: "data-key",
        message: text(`Resource "data-key" lacks tag "owner".`, `La ressource « data-key » n'a pas le tag « owner ».`),
    },
];

const EVALUATED = ["governance-required-tags", "sg-no-ssh-from-internet", "kms-key-rotation", "oss-no-public-acl"];
const WAIVER_EN = "owner: comms@dakar2026.sn, expires: 2026-12-31 — Press kit is public by design";
const SG_REFS = "CIS 4.3, ISO/IEC 27001:2022 A.8.20, NIST SP 800-53 r5 SC-7";

/** What each policy of EVALUATED checked: "archive" passes everything, tags is not applicable to it. */
const CHECKS: readonly PolicyChecks[] = [
    check("governance-required-tags", "advisory", [urn(KEY, "data-key"), urn(BUCKET, "archive")], [urn(BUCKET, "archive")]),
    check("sg-no-ssh-from-internet", "mandatory", [urn(SG, "ssh-rule")]),
    check("kms-key-rotation", "mandatory", [urn(KEY, "data-key")]),
    check("oss-no-public-acl", "mandatory", [urn(BUCKET, "media"), urn(BUCKET, "press-kit"), urn(BUCKET, "archive")]),
];

function check(policy: string, enforcement: PolicyChecks["enforcement"], checked: string[], notApplicable: string[] = []): PolicyChecks {
    return { policy, enforcement, checked, notApplicable, undetermined: [] };
}

const COMMIT = "0123456789abcdef0123456789abcdef01234567";
const PROVENANCE: Provenance = {
    evaluationDate: "2026-11-26",
    generatedAt: "2026-11-26T09:30:00Z",
    commit: COMMIT,
    tree: "clean",
    packName: "dakar2026-guardrails",
    packVersion: "1.0.0",
    packConfig: "policies/config/prod.json",
};

function input(lang: "en" | "fr", findings: readonly Finding[] = FINDINGS, provenance: Provenance = PROVENANCE): ReportInput {
    return {
        project: "dakar2026",
        stack: "prod",
        profile: "prod",
        findings,
        policies: CATALOG,
        evaluated: EVALUATED,
        checks: CHECKS,
        provenance,
        resourceCount: 42,
        lang,
    };
}

describe("summarize", () => {
    it("counts every finding, blocks on unwaived mandatory ones, and counts open ones by severity and framework", () => {
        expect(summarize(input("en"))).toEqual({
            total: 4,
            mandatory: 3,
            advisory: 1,
            waived: 1,
            blocking: 2,
            bySeverity: { critical: 1, high: 1, medium: 0, low: 1 },
            byFramework: { CIS: 1, "ISO 27001": 2, "NIST 800-53": 2, "Senegal 2008-12": 1 },
            policiesEvaluated: 4,
            resources: 42,
        });
    });
    it("gives zeros, not missing keys, without findings", () => {
        expect(summarize(input("fr", []))).toEqual({
            total: 0,
            mandatory: 0,
            advisory: 0,
            waived: 0,
            blocking: 0,
            bySeverity: { critical: 0, high: 0, medium: 0, low: 0 },
            byFramework: { CIS: 0, "ISO 27001": 0, "NIST 800-53": 0, "Senegal 2008-12": 0 },
            policiesEvaluated: 4,
            resources: 42,
        });
    });
});

describe("render", () => {
    it("knows the six formats", () => {
        expect(FORMATS).toEqual(["table", "json", "markdown", "html", "sarif", "junit"]);
    });
    it.each(FORMATS)("%s is deterministic and ends with a newline", (format) => {
        const a = render(format, input("fr"));
        expect(render(format, input("fr"))).toBe(a);
        expect(a.endsWith("\n")).toBe(true);
        expect(render(format, input("en", [])).length).toBeGreaterThan(0);
    });
});

const REQUIRED_KEYS = ["policy", "severity", "enforcement", "urn", "type", "name", "message", "waived"];

describe("json", () => {
    const parse = (lang: "en" | "fr", findings?: readonly Finding[]) => JSON.parse(render("json", input(lang, findings)));

    it("has the top-level shape of the issue, pretty-printed with 2 spaces", () => {
        const out = render("json", input("en"));
        expect(out.split("\n").slice(0, 3)).toEqual(["{", '  "project": "dakar2026",', '  "stack": "prod",']);
        const doc = parse("en");
        expect(Object.keys(doc)).toEqual(["project", "stack", "environment", "lang", "provenance", "findings", "summary", "checks", "policies", "controls"]);
        expect([doc.project, doc.stack, doc.environment, doc.lang]).toEqual(["dakar2026", "prod", "prod", "en"]);
        expect(doc.summary).toEqual(summarize(input("en")));
    });
    it("states the evaluation date, generation time, commit, tree state, pack and pack configuration", () => {
        expect(parse("fr").provenance).toEqual({
            evaluationDate: "2026-11-26",
            generatedAt: "2026-11-26T09:30:00Z",
            commit: COMMIT,
            tree: "clean",
            packName: "dakar2026-guardrails",
            packVersion: "1.0.0",
            packConfig: "policies/config/prod.json",
        });
    });
    it("differs between two generations only in the generation time", () => {
        const later = render("json", input("en", FINDINGS, { ...PROVENANCE, generatedAt: "2026-11-27T18:00:00Z" }));
        const diff = render("json", input("en"))
            .split("\n")
            .filter((line, i) => line !== later.split("\n")[i]);
        expect(diff).toEqual(['    "generatedAt": "2026-11-26T09:30:00Z",']);
    });
    it("gives, per policy that ran, the resources checked, passed, failed, waived, not applicable and undetermined", () => {
        const doc = parse("en");
        expect(doc.checks).toEqual({ checked: 7, passed: 2, failed: 3, waived: 1, notApplicable: 1, undetermined: 0 });
        expect(doc.policies.map((p: { policy: string }) => p.policy)).toEqual(EVALUATED);
        expect(doc.policies[0]).toEqual({
            policy: "governance-required-tags",
            title: "Title of governance-required-tags",
            severity: "low",
            enforcement: "advisory",
            checked: 2,
            passed: 0,
            failed: 1,
            waived: 0,
            notApplicable: 1,
            undetermined: 0,
            references: ["NIST SP 800-53 r5 CM-8"],
        });
        expect(doc.policies[3]).toMatchObject({ policy: "oss-no-public-acl", checked: 3, passed: 1, failed: 1, waived: 1 });
    });
    it("gives, per framework control, the policies citing it and the distinct resources they checked", () => {
        const doc = parse("en");
        expect(doc.controls.map((c: { reference: string }) => c.reference)).toEqual([
            "CIS 4.3",
            "CIS 8.1",
            "ISO/IEC 27001:2022 A.8.3",
            "ISO/IEC 27001:2022 A.8.20",
            "NIST SP 800-53 r5 CM-8",
            "NIST SP 800-53 r5 SC-7",
            "Loi 2008-12 Art. 71",
        ]);
        expect(doc.controls[6]).toEqual({
            framework: "senegal",
            control: "Art. 71",
            reference: "Loi 2008-12 Art. 71",
            policies: ["oss-no-public-acl"],
            checked: 3,
            passed: 1,
            failed: 1,
            waived: 1,
            notApplicable: 0,
            undetermined: 0,
        });
    });
    it("gives each finding the required keys, message as text and waived as a boolean", () => {
        const doc = parse("en");
        expect(doc.findings).toHaveLength(4);
        expect(doc.findings[0]).toEqual({
            policy: "sg-no-ssh-from-internet",
            severity: "high",
            enforcement: "mandatory",
            urn: urn(SG, "ssh-rule"),
            type: SG,
            name: "ssh-rule",
            message: NASTY_EN,
            waived: false,
            title: "Title of sg-no-ssh-from-internet",
            remediation: "Fix sg-no-ssh-from-internet.",
            frameworks: { cis: ["4.3"], iso27001: ["A.8.20"], nist: ["SC-7"], senegal: [] },
            references: ["CIS 4.3", "ISO/IEC 27001:2022 A.8.20", "NIST SP 800-53 r5 SC-7"],
        });
        for (const f of doc.findings) expect(Object.keys(f).slice(0, 8)).toEqual(REQUIRED_KEYS);
        expect(doc.findings.map((f: { waived: boolean }) => f.waived)).toEqual([false, false, true, false]);
        expect(doc.findings.map((f: object) => "waiver" in f)).toEqual([false, false, true, false]);
        expect(doc.findings[2].waiver).toEqual({
            reason: "Press kit is public by design",
            owner: "comms@dakar2026.sn",
            expires: "2026-12-31",
        });
    });
    it("writes messages, titles, remediation and waiver reasons in French with lang fr", () => {
        const doc = parse("fr");
        expect(doc.findings[2].waiver.reason).toBe("Le dossier de presse est public par nature");
        expect(doc.lang).toBe("fr");
        expect(doc.findings[0].message).toBe(NASTY_FR);
        expect(doc.findings[1].message).toBe("Le bucket «\u202fmedia\u202f» est en lecture publique.");
        expect(doc.findings[1].title).toBe("Intitulé de oss-no-public-acl");
        expect(doc.findings[1].remediation).toBe("Corriger oss-no-public-acl.");
        expect(doc.findings[1].references).toEqual(["ISO/IEC 27001:2022 A.8.3", "Loi 2008-12 Art. 71"]);
    });
    it("keeps only the required keys for a policy missing from the catalog", () => {
        const stray: Finding = { ...FINDINGS[0], policy: "not-in-catalog" };
        expect(Object.keys(parse("en", [stray]).findings[0])).toEqual(REQUIRED_KEYS);
    });
});

// The SARIF 2.1.0 schema's required properties and enumerations for the objects this report emits,
// and the properties the spec defines for them (the schema rejects any other outside property bags).
type Json = Record<string, unknown>;
const SARIF_SHAPES: Record<string, { required: string[]; allowed: string[] }> = {
    log: { required: ["version", "runs"], allowed: ["$schema", "version", "runs", "inlineExternalProperties", "properties"] },
    run: {
        required: ["tool"],
        allowed: [
            ...["tool", "automationDetails", "language", "columnKind", "results", "properties"],
            ...["invocations", "originalUriBaseIds", "artifacts"],
        ],
    },
    driver: { required: ["name"], allowed: ["name", "informationUri", "version", "semanticVersion", "rules", "properties"] },
    rule: {
        required: ["id"],
        allowed: ["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties"],
    },
    result: {
        required: ["message"],
        allowed: [
            ...["ruleId", "ruleIndex", "level", "kind", "message", "locations"],
            ...["partialFingerprints", "fingerprints", "suppressions", "properties"],
        ],
    },
    location: { required: [], allowed: ["id", "physicalLocation", "logicalLocations", "message", "properties"] },
    suppression: { required: ["kind"], allowed: ["guid", "kind", "status", "justification", "location", "properties"] },
};

function checkShape(kind: string, value: unknown): void {
    const shape = SARIF_SHAPES[kind];
    expect(typeof value).toBe("object");
    const keys = Object.keys(value as Json);
    for (const r of shape.required) expect(keys).toContain(r);
    for (const k of keys) expect(shape.allowed).toContain(k);
}

describe("sarif", () => {
    const sarif = (lang: "en" | "fr") => JSON.parse(render("sarif", input(lang)));

    it("is a SARIF 2.1.0 log with one run and the schema's required properties", () => {
        const log = sarif("en");
        checkShape("log", log);
        expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
        expect(log.version).toBe("2.1.0");
        expect(log.runs).toHaveLength(1);
        const run = log.runs[0];
        checkShape("run", run);
        checkShape("driver", run.tool.driver);
        expect(run.tool.driver.name).toBe("dakar2026-guardrails");
        for (const r of run.tool.driver.rules) checkShape("rule", r);
        for (const r of run.results) {
            checkShape("result", r);
            expect(typeof r.message.text).toBe("string");
            expect(["none", "note", "warning", "error"]).toContain(r.level);
            expect(Number.isInteger(r.ruleIndex) && r.ruleIndex >= 0).toBe(true);
            for (const loc of r.locations) checkShape("location", loc);
            for (const s of r.suppressions ?? []) {
                checkShape("suppression", s);
                expect(["inSource", "external"]).toContain(s.kind);
                expect(["accepted", "underReview", "rejected"]).toContain(s.status);
            }
        }
    });
    it("has one rule per policy that ran, with descriptions, help, level and security severity", () => {
        const rules = sarif("en").runs[0].tool.driver.rules;
        expect(rules.map((r: Json) => r.id)).toEqual(EVALUATED);
        const names = ["GovernanceRequiredTags", "SgNoSshFromInternet", "KmsKeyRotation", "OssNoPublicAcl"];
        expect(rules.map((r: Json) => r.name)).toEqual(names);
        expect(rules.map((r: { properties: Json }) => r.properties["security-severity"])).toEqual(["3.0", "8.0", "5.5", "9.5"]);
        const levels = rules.map((r: { defaultConfiguration: Json }) => r.defaultConfiguration.level);
        expect(levels).toEqual(["warning", "error", "error", "error"]);
        expect(rules[1].shortDescription).toEqual({ text: "Title of sg-no-ssh-from-internet" });
        expect(rules[1].fullDescription).toEqual({ text: "Description of sg-no-ssh-from-internet." });
        expect(rules[1].help.text).toBe(`Fix sg-no-ssh-from-internet.\n\nFramework references: ${SG_REFS}`);
        expect(rules[1].help.markdown).toContain("**Remediation**: Fix sg-no-ssh-from-internet.");
        expect(rules[1].properties.tags).toEqual(["security", "securitygroup", "cis-alibaba:4.3", "iso27001:A.8.20", "nist-800-53:SC-7"]);
    });
    it("gives each finding a result with level, rule index, locations, fingerprint and waiver suppression", () => {
        const run = sarif("en").runs[0];
        const results = run.results;
        expect(results).toHaveLength(4);
        expect(results.map((r: Json) => r.ruleId)).toEqual(FINDINGS.map((f) => f.policy));
        expect(results.map((r: Json) => r.level)).toEqual(["error", "error", "note", "warning"]);
        for (const r of results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
        expect(results[0].message.text).toBe(NASTY_EN);
        expect(results[0].locations).toEqual([
            {
                physicalLocation: {
                    artifactLocation: { uri: "stacks/Pulumi.prod.yaml", uriBaseId: "%SRCROOT%" },
                    region: { startLine: 1 },
                },
                logicalLocations: [{ fullyQualifiedName: urn(SG, "ssh-rule"), name: "ssh-rule", kind: "resource" }],
            },
        ]);
        expect(results.map((r: Json) => "suppressions" in r)).toEqual([false, false, true, false]);
        expect(results[2].suppressions).toEqual([
            {
                kind: "external",
                status: "accepted",
                justification: WAIVER_EN,
            },
        ]);
        const expected = createHash("sha256").update(`sg-no-ssh-from-internet\u0000${urn(SG, "ssh-rule")}`).digest("hex");
        expect(results[0].partialFingerprints).toEqual({ "dakar2026/v1": expected });
        const prints = results.map((r: { partialFingerprints: Json }) => r.partialFingerprints["dakar2026/v1"]);
        expect(new Set(prints).size).toBe(4);
    });
    it("speaks French with lang fr", () => {
        const run = sarif("fr").runs[0];
        expect(run.language).toBe("fr");
        expect(run.results[1].message.text).toBe("Le bucket «\u202fmedia\u202f» est en lecture publique.");
        expect(run.tool.driver.rules[3].shortDescription.text).toBe("Intitulé de oss-no-public-acl");
        expect(run.results[2].suppressions[0].justification).toBe(
            "responsable\u202f: comms@dakar2026.sn, échéance\u202f: 2026-12-31 — Le dossier de presse est public par nature",
        );
    });
    it("carries the provenance: pack version on the driver, generation time on the invocation, the rest in the run's properties", () => {
        const run = sarif("en").runs[0];
        expect(run.tool.driver.version).toBe("1.0.0");
        expect(run.invocations).toEqual([{ executionSuccessful: true, endTimeUtc: "2026-11-26T09:30:00Z" }]);
        expect(run.properties).toMatchObject({
            evaluationDate: "2026-11-26",
            generatedAt: "2026-11-26T09:30:00Z",
            commit: COMMIT,
            tree: "clean",
            packName: "dakar2026-guardrails",
            packVersion: "1.0.0",
            packConfig: "policies/config/prod.json",
        });
    });
    it("carries the same counts as the JSON report, per rule and per control", () => {
        const run = sarif("en").runs[0];
        const json = JSON.parse(render("json", input("en")));
        const ruleCounts = run.tool.driver.rules.map((r: { id: string; properties: Json }) => {
            const { checked, passed, failed, waived, notApplicable, undetermined, enforcement } = r.properties;
            return { policy: r.id, enforcement, checked, passed, failed, waived, notApplicable, undetermined };
        });
        const jsonCounts = json.policies.map(({ title: _t, severity: _s, references: _r, ...counts }: Json) => counts);
        expect(ruleCounts).toEqual(jsonCounts);
        expect(run.properties.checks).toEqual(json.checks);
        expect(run.properties.controls).toEqual(json.controls);
    });
});

interface FakeItem {
    dataset: Record<string, string>;
    textContent: string;
    hidden: boolean;
    /** Not part of the DOM: severity and resource name, to name what the filter kept. */
    label: string;
}

/** Runs the page's own script against a minimal DOM built from the rendered list items. */
function fakePage(html: string) {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
    const unescape = (s: string) =>
        s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    const items: FakeItem[] = [...html.matchAll(/<li class="finding[^"]*" ([^>]*)>([\s\S]*?)\n<\/li>/g)].map((m) => ({
        dataset: Object.fromEntries([...m[1].matchAll(/data-(\w+)="([^"]*)"/g)].map((a) => [a[1], unescape(a[2])])),
        textContent: unescape(m[2].replace(/<[^>]+>/g, "")),
        hidden: false,
        label: `${/data-severity="(\w+)"/.exec(m[1])?.[1]}:${/<dt>\w+<\/dt><dd>([^ ]+) \(<code>/.exec(m[2])?.[1]}`,
    }));
    const handlers: (() => void)[] = [];
    const control = (value: string, checked = true) => ({ value, checked });
    const boxes = ["critical", "high", "medium", "low"].map((v) => control(v));
    const form = {
        hidden: true,
        querySelectorAll: () => boxes,
        addEventListener: (type: string, fn: () => void) => {
            if (type === "input") handlers.push(fn);
        },
    };
    const shown = {
        textContent: "",
        getAttribute: () => /data-template="([^"]*)"/.exec(html)?.[1] ?? "",
    };
    const els: Record<string, unknown> = {
        filters: form,
        findings: { children: items },
        "f-enforcement": control(""),
        "f-framework": control(""),
        "f-waived": control("", true),
        "f-search": control(""),
        shown,
        "no-match": { hidden: true },
    };
    runInNewContext(script, { document: { getElementById: (id: string) => els[id] ?? null } });
    const set = (id: string, value: string, checked = true) => {
        Object.assign(els[id] as object, { value, checked });
        handlers.forEach((h) => h());
        return items.filter((i) => !i.hidden).map((i) => i.label);
    };
    return { form, items, boxes, shown, set, noMatch: els["no-match"] as { hidden: boolean }, rerun: () => handlers.forEach((h) => h()) };
}

describe("html", () => {
    const html = render("html", input("fr"));
    const en = render("html", input("en"));

    it("is in French with lang fr and in English with lang en", () => {
        expect(html).toContain('<html lang="fr">');
        const frLabels = ["Synthèse", "Constats", "Sévérité", "Afficher les constats sous dérogation", ">dérogation</span>"];
        for (const label of frLabels) expect(html).toContain(label);
        expect(html).toContain("<dt>Remédiation</dt><dd>Corriger sg-no-ssh-from-internet.</dd>");
        expect(html).toContain("<dt>Environnement</dt><dd>prod</dd>");
        expect(en).toContain('<html lang="en">');
        expect(en).toContain("<h2>Summary</h2>");
        expect(en).toContain(">waived</span>");
        expect(en).not.toContain("Synthèse");
    });
    it("contains every finding's message, escaped, and never the raw markup", () => {
        for (const f of FINDINGS) expect(en).toContain(`<dd class="message">${escapeHtml(f.message.en)}</dd>`);
        // In French a straight-quoted string is a literal value, set as code.
        expect(html).toContain(
            '<dd class="message">Entrée &lt;script&gt;alert(<code>&quot;x&quot;</code>)&lt;/script&gt; &amp; &#39;guillemets&#39; depuis 0.0.0.0/0</dd>',
        );
        expect(html).toContain('<dd class="message">Le bucket «\u202fmedia\u202f» est en lecture publique.</dd>');
        expect(html).not.toContain("<script>alert");
        expect(html.match(/<script/g)).toHaveLength(1);
    });
    it("escapes values in attributes too", () => {
        const evil: Finding = { ...FINDINGS[3], severity: "low", name: `k" onmouseover="alert(1)`, policy: `p"><img src=x>` };
        const out = render("html", input("en", [evil]));
        expect(out).not.toContain(`onmouseover="alert(1)"`);
        expect(out).not.toContain("<img");
        expect(out).toContain("k&quot; onmouseover=&quot;alert(1)");
    });
    it("loads nothing from outside the file", () => {
        expect(html).not.toMatch(/https?:\/\//);
        expect(html).not.toMatch(/<link\b|<script\s+src|<img\b|<iframe\b|\bsrc=|\bhref=|url\(|@import/i);
        const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
        const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
        const hash = (s: string) => createHash("sha256").update(s).digest("base64");
        expect(html).toContain(
            `content="default-src &#39;none&#39;; style-src &#39;sha256-${hash(style)}&#39;; script-src &#39;sha256-${hash(script)}&#39;;`,
        );
    });
    it("shows the summary by severity and by framework", () => {
        expect(html).toContain('<tr><td><span class="badge sev-critical">Critique</span></td><td class="num">1</td></tr>');
        expect(html).toContain('<tr><td><span class="badge sev-medium">Moyenne</span></td><td class="num">0</td></tr>');
        expect(html).toContain('<tr><td>ISO/IEC 27001:2022</td><td class="num">2</td></tr>');
        expect(html).toContain('<tr><td>Loi sénégalaise 2008-12</td><td class="num">1</td></tr>');
        expect(html).toContain('<span class="n">2</span><span class="k">Bloquants (obligatoires, sans dérogation)</span>');
    });
    it("shows each finding's details, waiver and framework references", () => {
        expect(html).toContain("<h3><code>sg-no-ssh-from-internet</code> — Intitulé de sg-no-ssh-from-internet</h3>");
        expect(html).toContain(`<dt>URN</dt><dd><code>${urn(BUCKET, "press-kit")}</code></dd>`);
        expect(html).toContain("<dt>Ressource</dt><dd>press-kit (<code>alicloud:oss/bucket:Bucket</code>)</dd>");
        expect(html).toContain(
            '<div class="waiver"><strong>Dérogation</strong> — Responsable\u202f: comms@dakar2026.sn · ' +
                'Échéance\u202f: <time datetime="2026-12-31">2026-12-31</time> · Motif\u202f: Le dossier de presse est public par nature</div>',
        );
        expect(html).toContain('<ul class="refs"><li>CIS 4.3</li><li>ISO/IEC 27001:2022 A.8.20</li><li>NIST SP 800-53 r5 SC-7</li></ul>');
        expect(html).toContain("<li>Loi 2008-12 Art. 71</li>");
    });
    it("lists every finding without JavaScript, most severe first, and hides only the filter controls", () => {
        expect(html).toContain('<form id="filters" class="filters" hidden>');
        const items = [...html.matchAll(/<li class="finding ([^"]*)"/g)].map((m) => m[1]);
        expect(items).toEqual(["sev-critical is-open", "sev-critical is-waived", "sev-high is-open", "sev-low is-open"]);
        expect(html).toContain(">4 constat(s) affiché(s) sur 4</p>");
    });
    it("filters live with its own script", () => {
        const page = fakePage(html);
        expect(page.items).toHaveLength(4);
        expect(page.form.hidden).toBe(false);
        expect(page.shown.textContent).toBe("4 constat(s) affiché(s) sur 4");
        expect(page.set("f-search", "PRESS-kit")).toEqual(["critical:press-kit"]);
        expect(page.set("f-search", "")).toHaveLength(4);
        expect(page.set("f-waived", "", false)).toHaveLength(3);
        expect(page.set("f-framework", "senegal")).toEqual(["critical:media"]);
        expect(page.set("f-waived", "", true)).toHaveLength(2);
        expect(page.set("f-framework", "")).toHaveLength(4);
        expect(page.set("f-enforcement", "advisory")).toEqual(["low:data-key"]);
        expect(page.set("f-enforcement", "")).toHaveLength(4);
        page.boxes[0].checked = false;
        expect(page.set("f-search", "<script>")).toEqual(["high:ssh-rule"]);
        expect(page.set("f-search", "media")).toEqual([]);
        expect(page.noMatch.hidden).toBe(false);
        expect(page.shown.textContent).toBe("0 constat(s) affiché(s) sur 4");
    });
});

describe("html views", () => {
    const html = render("html", input("fr"));
    const en = render("html", input("en"));
    const section = (out: string, id: string) => new RegExp(`<section id="${id}"[^>]*>([\\s\\S]*?)</section>`).exec(out)?.[1] ?? "";

    it("states the evaluation date, generation time, commit, tree state, pack and pack configuration in its header", () => {
        const header = /<header>([\s\S]*?)<\/header>/.exec(html)?.[1] ?? "";
        for (const row of [
            '<div><dt>Date d&#39;évaluation (des dérogations)</dt><dd><time datetime="2026-11-26">2026-11-26</time></dd></div>',
            '<div><dt>Généré le (UTC)</dt><dd><time datetime="2026-11-26T09:30:00Z">2026-11-26T09:30:00Z</time></dd></div>',
            `<div><dt>Commit Git</dt><dd><code>${COMMIT}</code></dd></div>`,
            "<div><dt>Copie de travail</dt><dd>propre</dd></div>",
            "<div><dt>Jeu de règles</dt><dd>dakar2026-guardrails 1.0.0</dd></div>",
            "<div><dt>Configuration du jeu de règles</dt><dd><code>policies/config/prod.json</code></dd></div>",
        ]) {
            expect(header).toContain(row);
        }
        const unknown = render("html", input("en", FINDINGS, { ...PROVENANCE, commit: "unknown", tree: "modified" }));
        expect(unknown).toContain("<div><dt>Git commit</dt><dd>unknown</dd></div>");
        expect(unknown).toContain("<div><dt>Working tree</dt><dd>modified</dd></div>");
    });

    it("has a controls view beside the findings: per framework, each control with its policies and resource counts", () => {
        const controls = section(html, "controls");
        expect([...controls.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1])).toEqual([
            "CIS Alibaba Cloud",
            "ISO/IEC 27001:2022",
            "NIST SP 800-53 r5",
            "Loi sénégalaise 2008-12",
        ]);
        expect(controls).toContain(
            '<tr class="has-failed"><th scope="row">Art. 71</th><td><details><summary>1</summary><ul class="checked">' +
                '<li><code>oss-no-public-acl</code></li></ul></details></td><td class="num">3</td><td class="num out-passed">1</td>' +
                '<td class="num out-failed">1</td><td class="num out-waived">1</td><td class="num out-notApplicable zero">0</td>' +
                '<td class="num out-undetermined zero">0</td></tr>',
        );
        expect(controls).toContain(
            '<tr><th scope="row">8.1</th><td><details><summary>1</summary><ul class="checked"><li><code>kms-key-rotation</code></li>' +
                '</ul></details></td><td class="num">1</td><td class="num out-passed">1</td>',
        );
    });

    it("lists every policy that ran with the resources it checked and how each check ended, passed included", () => {
        const policies = section(en, "policies");
        expect([...policies.matchAll(/<tr[^>]*><td><code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual(EVALUATED);
        expect(policies).toContain(
            `<li title="${urn(KEY, "data-key")}">data-key <span class="out out-passed">passed</span> <code>alicloud:kms/key:Key</code></li>`,
        );
        expect(policies).toContain(`<li title="${urn(BUCKET, "press-kit")}">press-kit <span class="out out-waived">waived</span>`);
        expect(policies).toContain(`<li title="${urn(BUCKET, "archive")}">archive <span class="out out-notApplicable">not applicable</span>`);
        const idle = render("html", { ...input("en", []), checks: [check("kms-key-rotation", "mandatory", [])], evaluated: ["kms-key-rotation"] });
        expect(section(idle, "policies")).toContain('<p class="intro">no resource of the types it reads</p>');
    });

    it("shows one view at a time as tabs once its script runs, the one named in the address first", () => {
        const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
        expect(html).toContain('<nav id="tabs" class="tabs" role="tablist" aria-label="Vues" hidden>');
        const ids = [...html.matchAll(/<button type="button" role="tab" id="tab-([^"]+)" aria-controls="([^"]+)"/g)].map((m) => m[2]);
        expect(ids).toEqual(["findings-section", "controls", "policies"]);
        for (const id of ids) expect(html).toMatch(new RegExp(`<section id="${id}" class="view" role="tabpanel"`));

        const panels: Record<string, { className: string }> = Object.fromEntries(ids.map((id) => [id, { className: "view" }]));
        const handlers: Record<string, ((ev: { key?: string; preventDefault(): void }) => void)[]> = {};
        const buttons = ids.map((id, i) => {
            const attrs: Record<string, string> = { "aria-controls": id };
            return {
                tabIndex: 0,
                getAttribute: (k: string) => attrs[k] ?? null,
                setAttribute: (k: string, v: string) => {
                    attrs[k] = v;
                },
                addEventListener: (type: string, fn: (ev: { key?: string; preventDefault(): void }) => void) => {
                    (handlers[`${i}:${type}`] ??= []).push(fn);
                },
                focus: () => undefined,
            };
        });
        const nav = { hidden: true, querySelectorAll: () => buttons };
        const replaced: string[] = [];
        const window = {
            location: { hash: "#view=controls" },
            history: { replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) },
        };
        const els: Record<string, unknown> = { tabs: nav, ...panels };
        runInNewContext(script, { window, history: window.history, document: { getElementById: (id: string) => els[id] ?? null } });
        const shown = () => ids.filter((id) => !panels[id].className.includes("inactive"));
        const selected = () => ids.filter((_id, i) => buttons[i].getAttribute("aria-selected") === "true");

        expect(nav.hidden).toBe(false);
        expect([shown(), selected()]).toEqual([["controls"], ["controls"]]);
        handlers["2:click"].forEach((fn) => fn({ preventDefault: () => undefined }));
        expect([shown(), selected(), replaced]).toEqual([["policies"], ["policies"], ["#view=policies"]]);
        handlers["2:keydown"].forEach((fn) => fn({ key: "ArrowRight", preventDefault: () => undefined }));
        expect(shown()).toEqual(["findings-section"]);
        expect(panels.controls.className).toBe("view inactive");
    });

    it("prints every view, tabs or not", () => {
        const print = html.slice(html.indexOf("@media print {"));
        expect(print).toContain("  .filters, .tabs { display: none !important; }\n  .view.inactive { display: block !important; }");
    });
});

/** Tag balance and attribute quoting: enough to catch unescaped text breaking the document. */
function wellFormed(xml: string): boolean {
    const body = xml.replace(/^<\?xml[^>]*\?>\n/, "");
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(body)) return false;
    const stack: string[] = [];
    for (const m of body.matchAll(/<(\/?)([\w-]+)((?:\s+[\w-]+="[^"<>]*")*)\s*(\/?)>|[<>]/g)) {
        if (m[0] === "<" || m[0] === ">") return false;
        if (m[1]) {
            if (stack.pop() !== m[2]) return false;
        } else if (!m[4]) {
            stack.push(m[2]);
        }
    }
    return stack.length === 0;
}

describe("junit", () => {
    const xml = render("junit", input("en"));
    const suite = (name: string) => new RegExp(`<testsuite name="${name}" ([^>]*)>`).exec(xml)?.[1];
    const cases = (name: string) => new RegExp(`<testsuite name="${name}" [^>]*>([\\s\\S]*?)</testsuite>`).exec(xml)?.[1] ?? "";

    it("is well-formed XML with correct totals: one test case per policy and resource checked", () => {
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
        expect(wellFormed(xml)).toBe(true);
        expect(xml).toContain(
            '<testsuites name="dakar2026-guardrails dakar2026/prod (prod)" tests="7" failures="2" errors="0" skipped="2">',
        );
        expect(xml.match(/<testcase /g)).toHaveLength(7);
        expect(xml.match(/<failure /g)).toHaveLength(2);
        expect(xml.match(/<skipped /g)).toHaveLength(2);
    });
    it("opens with a suite without tests that carries the provenance and the counts per control", () => {
        expect(suite("dakar2026-guardrails")).toBe('tests="0" failures="0" errors="0" skipped="0"');
        const props = cases("dakar2026-guardrails");
        for (const [name, value] of [
            ["evaluationDate", "2026-11-26"],
            ["generatedAt", "2026-11-26T09:30:00Z"],
            ["commit", COMMIT],
            ["tree", "clean"],
            ["packName", "dakar2026-guardrails"],
            ["packVersion", "1.0.0"],
            ["packConfig", "policies/config/prod.json"],
            ["checks.checked", "7"],
            ["control Loi 2008-12 Art. 71", "policies=1 checked=3 passed=1 failed=1 waived=1 notApplicable=0 undetermined=0"],
        ]) {
            expect(props).toContain(`<property name="${name}" value="${value}"/>`);
        }
        expect(props).not.toContain("<testcase");
    });
    it("has one suite per policy that ran, with per-suite counts and properties", () => {
        expect([...xml.matchAll(/<testsuite name="([^"]+)"/g)].map((m) => m[1])).toEqual(["dakar2026-guardrails", ...EVALUATED]);
        expect(suite("governance-required-tags")).toBe('tests="2" failures="0" errors="0" skipped="1"');
        expect(suite("sg-no-ssh-from-internet")).toBe('tests="1" failures="1" errors="0" skipped="0"');
        expect(suite("kms-key-rotation")).toBe('tests="1" failures="0" errors="0" skipped="0"');
        expect(suite("oss-no-public-acl")).toBe('tests="3" failures="1" errors="0" skipped="1"');
        const props = cases("oss-no-public-acl");
        for (const [name, value] of [
            ["enforcement", "mandatory"],
            ["checked", "3"],
            ["passed", "1"],
            ["failed", "1"],
            ["waived", "1"],
            ["notApplicable", "0"],
            ["undetermined", "0"],
            ["framework", "Loi 2008-12 Art. 71"],
        ]) {
            expect(props).toContain(`<property name="${name}" value="${value}"/>`);
        }
    });
    it("passes checked resources without a finding, so that what passed is listed", () => {
        expect(cases("kms-key-rotation")).toContain('<testcase classname="dakar2026-guardrails.kms-key-rotation" name="data-key (alicloud:kms/key:Key)"/>');
        expect(cases("oss-no-public-acl")).toContain('<testcase classname="dakar2026-guardrails.oss-no-public-acl" name="archive (alicloud:oss/bucket:Bucket)"/>');
    });
    it("fails unwaived mandatory findings, skips waived and not applicable ones and passes advisory ones with their message", () => {
        expect(xml).toContain(
            '<failure message="Ingress &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quotes&apos; from 0.0.0.0/0" ' +
                'type="high">',
        );
        expect(xml).toContain(`<skipped message="waived: ${WAIVER_EN}"/>`);
        expect(cases("governance-required-tags")).toContain('name="archive (alicloud:oss/bucket:Bucket)">\n      <skipped message="not applicable"/>');
        expect(xml).toContain("<system-out>Advisory finding (does not block): Resource &quot;data-key&quot; lacks tag &quot;owner&quot;.");
    });
    it("gives a policy that found nothing to check one skipped case that says so", () => {
        const idle: ReportInput = { ...input("en", []), checks: [check("kms-key-rotation", "mandatory", [])], evaluated: ["kms-key-rotation"] };
        const out = render("junit", idle);
        expect(out).toContain(
            '<testcase classname="dakar2026-guardrails.kms-key-rotation" name="no resource of the types it reads">\n' +
                '      <skipped message="no resource of the types it reads"/>',
        );
    });
    it("speaks French with lang fr and stays well-formed with control characters", () => {
        const fr = render("junit", input("fr"));
        expect(fr).toContain('<skipped message="dérogation\u202f: responsable\u202f: comms@dakar2026.sn, échéance\u202f: 2026-12-31 — Le dossier');
        expect(fr).toContain('<skipped message="sans objet"/>');
        const odd: Finding = { ...FINDINGS[0], message: text("bell\u0007 and ]]> end", "x") };
        const out = render("junit", input("en", [odd]));
        expect(wellFormed(out)).toBe(true);
        expect(out).toContain('message="bell and ]]&gt; end"');
    });
});

describe("markdown", () => {
    const en = render("markdown", input("en"));
    const fr = render("markdown", input("fr"));

    it("has a title and summary tables by severity and by framework", () => {
        expect(en.startsWith("# Compliance report — dakar2026 / prod\n")).toBe(true);
        expect(en).toContain(
            [
                ...["| Severity | Open findings |", "|---|---:|"],
                ...["| critical | 1 |", "| high | 1 |", "| medium | 0 |", "| low | 1 |", "| Waived | 1 |"],
            ].join("\n"),
        );
        expect(en).toContain("| **Total findings** | **4** |");
        expect(en).toContain(
            ["| Framework | Open findings |", "|---|---:|", "| CIS Alibaba Cloud | 1 |", "| ISO/IEC 27001:2022 | 2 |"].join("\n"),
        );
        expect(en).toContain("| NIST SP 800-53 r5 | 2 |\n| Senegal law 2008-12 | 1 |");
        expect(en).toContain("**BLOCKED: mandatory findings without a waiver**");
    });
    it("groups findings by severity with resource, message, remediation and frameworks", () => {
        const findings = en.slice(en.indexOf("## Findings"), en.indexOf("## Policies checked"));
        expect([...findings.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual(["Critical (2)", "High (1)", "Low (1)"]);
        expect(en).toContain("#### `oss-no-public-acl` — Title of oss-no-public-acl _(waived)_");
        expect(en).toContain("- **Resource**: ssh-rule (`alicloud:ecs/securityGroupRule:SecurityGroupRule`)");
        expect(en).toContain("- **Message**: Ingress &lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes' from 0.0.0.0/0");
        expect(en).toContain("- **Remediation**: Fix sg-no-ssh-from-internet.");
        expect(en).toContain("- **Framework references**: CIS 4.3, ISO/IEC 27001:2022 A.8.20, NIST SP 800-53 r5 SC-7");
        expect(en).toContain(
            "- **Status**: WAIVED (owner: comms@dakar2026.sn, expires: 2026-12-31)\n- **Reason**: Press kit is public by design\n",
        );
        expect(en).not.toContain("<script>");
    });
    it("states the evaluation date, generation time, commit, tree state, pack and pack configuration", () => {
        expect(en).toContain(
            [
                "| Evaluation date (waivers judged at) | 2026-11-26 |",
                "| Generated (UTC) | 2026-11-26T09:30:00Z |",
                `| Git commit | \`${COMMIT}\` |`,
                "| Working tree | clean |",
                "| Policy pack | dakar2026-guardrails 1.0.0 |",
                "| Pack configuration | `policies/config/prod.json` |",
            ].join("\n"),
        );
        const unknown = render("markdown", input("fr", FINDINGS, { ...PROVENANCE, commit: "unknown", tree: "unknown" }));
        expect(unknown).toContain("| Commit Git | inconnu |\n| Copie de travail | inconnue |");
    });
    it("lists every policy that ran with what it checked, passed included, and every control cited", () => {
        expect(en).toContain(
            [
                "| Policy | Enforcement | Checked | Passed | Failed | Waived | Not applicable | Undetermined |",
                "|---|---|---:|---:|---:|---:|---:|---:|",
                "| `governance-required-tags` — Title of governance-required-tags | advisory | 2 | 0 | 1 | 0 | 1 | 0 |",
                "| `sg-no-ssh-from-internet` — Title of sg-no-ssh-from-internet | mandatory | 1 | 0 | 1 | 0 | 0 | 0 |",
                "| `kms-key-rotation` — Title of kms-key-rotation | mandatory | 1 | 1 | 0 | 0 | 0 | 0 |",
                "| `oss-no-public-acl` — Title of oss-no-public-acl | mandatory | 3 | 1 | 1 | 1 | 0 | 0 |",
            ].join("\n"),
        );
        expect(en).toContain("| | Checked | Passed | Failed | Waived | Not applicable | Undetermined |\n|---|---:|---:|---:|---:|---:|---:|\n| Checks (policy × resource) | 7 | 2 | 3 | 1 | 1 | 0 |");
        expect(en).toContain(
            [
                "## Resources checked",
                "",
                "Each resource some policy checked, with how many policies checked it and how those checks ended.",
                "",
                "| Resource | Type | Checked | Passed | Failed | Waived | Not applicable | Undetermined |",
                "|---|---|---:|---:|---:|---:|---:|---:|",
                "| ssh-rule | `alicloud:ecs/securityGroupRule:SecurityGroupRule` | 1 | 0 | 1 | 0 | 0 | 0 |",
                "| data-key | `alicloud:kms/key:Key` | 2 | 1 | 1 | 0 | 0 | 0 |",
                "| archive | `alicloud:oss/bucket:Bucket` | 2 | 1 | 0 | 0 | 1 | 0 |",
                "| media | `alicloud:oss/bucket:Bucket` | 1 | 0 | 1 | 0 | 0 | 0 |",
                "| press-kit | `alicloud:oss/bucket:Bucket` | 1 | 0 | 0 | 1 | 0 | 0 |",
            ].join("\n"),
        );
        const controls = en.slice(en.indexOf("## Controls"));
        expect([...controls.matchAll(/^### (.+)$/gm)].map((m) => m[1])).toEqual([
            "CIS Alibaba Cloud",
            "ISO/IEC 27001:2022",
            "NIST SP 800-53 r5",
            "Senegal law 2008-12",
        ]);
        expect(controls).toContain("| ISO/IEC 27001:2022 A.8.20 | 1: `sg-no-ssh-from-internet` | 1 | 0 | 1 | 0 | 0 | 0 |");
        expect(controls).toContain("| Loi 2008-12 Art. 71 | 1: `oss-no-public-acl` | 3 | 1 | 1 | 1 | 0 | 0 |");
    });
    it("is in French with lang fr", () => {
        expect(fr.startsWith("# Rapport de conformité — dakar2026 / prod\n")).toBe(true);
        expect(fr).toContain("| Sévérité | Constats ouverts |");
        expect(fr).toContain("| critique | 1 |");
        expect(fr).toContain("| Loi sénégalaise 2008-12 | 1 |");
        expect(fr).toContain("### Critique (2)");
        expect(fr).toContain("#### `oss-no-public-acl` — Intitulé de oss-no-public-acl _(dérogation)_");
        expect(fr).toContain("- **Remédiation**\u202f: Corriger oss-no-public-acl.");
        expect(fr).toContain("- **Références normatives**\u202f: ISO/IEC 27001:2022 A.8.3, Loi 2008-12 Art. 71");
        expect(fr).toContain("- **Motif**\u202f: Le dossier de presse est public par nature");
        expect(fr).toContain("## Règles vérifiées");
        expect(fr).toContain("| Règle | Application | Vérifiées | Conformes | Non conformes | Sous dérogation | Sans objet | Indéterminées |");
        expect(fr).toContain("## Contrôles");
    });
});

describe("table", () => {
    const en = render("table", input("en"));
    const fr = render("table", input("fr"));
    /** The findings part (after the title and the provenance lines): from the column heads to the blank line before the summary. */
    const rows = (out: string) => out.split("\n\nSummary")[0].split("\n\nSynthèse")[0].split("\n").slice(6);

    it("prints one block per finding, most severe first, with a WAIVED marker", () => {
        const indent = " ".repeat("critical  ".length);
        expect(rows(en)).toEqual([
            "SEVERITY  ENFORCEMENT  STATUS  POLICY",
            `${indent}RESOURCE`,
            `${indent}MESSAGE`,
            "",
            "critical  mandatory            oss-no-public-acl",
            `${indent}media`,
            `${indent}Bucket "media" is public-read.`,
            "",
            "critical  mandatory    WAIVED  oss-no-public-acl",
            `${indent}press-kit`,
            `${indent}Bucket "press-kit" is public-read.`,
            "",
            "high      mandatory            sg-no-ssh-from-internet",
            `${indent}ssh-rule`,
            `${indent}${NASTY_EN}`,
            "",
            "low       advisory             governance-required-tags",
            `${indent}data-key`,
            `${indent}Resource "data-key" lacks tag "owner".`,
        ]);
        expect(en).not.toContain("\u001b");
        const ansi: Finding = { ...FINDINGS[3], name: "key\u001b[2J", message: text("line one\nline two\u001b[31m", "x") };
        expect(rows(render("table", input("en", [ansi]))).slice(4)).toEqual([
            "low       advisory             governance-required-tags",
            `${indent}key[2J`,
            `${indent}line one line two[31m`,
        ]);
    });

    it("fits 100 columns: long messages wrap at spaces under their indent, a word longer than a line is cut", () => {
        const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
        const urn = `urn:pulumi:prod::dakar2026::${"x".repeat(150)}`;
        const long: Finding = { ...FINDINGS[3], name: urn, message: text(words, words) };
        const out = render("table", input("en", [long]));
        const lines = out.split("\n");
        expect(lines.filter((l) => [...l].length > 100)).toEqual([]);
        const indent = " ".repeat("SEVERITY  ".length);
        const block = rows(out).slice(5);
        // Nothing is lost: the lines, indent removed, give the texts back.
        expect(block.filter((l) => l.startsWith(`${indent}urn:`) || l.startsWith(`${indent}x`)).map((l) => l.slice(indent.length)).join("")).toBe(urn);
        expect(block.filter((l) => l.startsWith(`${indent}word`)).map((l) => l.slice(indent.length)).join(" ")).toBe(words);
        expect(block.every((l) => l.startsWith(indent))).toBe(true);
    });

    it("fits 100 columns in the summary and the waivers too, wrapping under the line's indent", () => {
        const reason = Array.from({ length: 40 }, (_, i) => `because${i}`).join(" ");
        const waived: Finding = { ...FINDINGS[2], waived: { ...(FINDINGS[2].waived as NonNullable<Finding["waived"]>), reason } };
        const out = render("table", input("en", [waived]));
        expect(out.split("\n").filter((l) => [...l].length > 100)).toEqual([]);
        const waiverLines = out.split("\nWaivers\n")[1].split("\n\n")[0].split("\n");
        expect(waiverLines[0].startsWith("  oss-no-public-acl  press-kit: owner: comms@dakar2026.sn, expires: 2026-12-31 — because0 because1")).toBe(true);
        expect(waiverLines.slice(1).every((l) => l.startsWith("      "))).toBe(true);
    });

    it("shows a preview's unknown values as (known after deploy), never the engine's marker", () => {
        const unknown: Finding = { ...FINDINGS[3], message: text(`vpcId is ${UNKNOWN}`, `vpcId vaut ${UNKNOWN}`) };
        const out = render("table", input("en", [unknown]));
        expect(out).toContain("vpcId is (known after deploy)");
        expect(out).not.toContain(UNKNOWN);
    });
    it("states the evaluation date, generation time, commit, tree state, pack and pack configuration under the title", () => {
        expect(en.split("\n").slice(0, 6)).toEqual([
            "Compliance report: dakar2026 / prod (environment: prod)",
            "Evaluation date (waivers judged at): 2026-11-26 · Generated (UTC): 2026-11-26T09:30:00Z",
            `Git commit: ${COMMIT} (working tree: clean)`,
            "Policy pack: dakar2026-guardrails 1.0.0",
            "Pack configuration: policies/config/prod.json",
            "",
        ]);
        const modified = render("table", input("fr", FINDINGS, { ...PROVENANCE, tree: "modified" })).split("\n");
        // The lines this report adds stay within a terminal's 100 columns, in the longer language too.
        expect(modified.slice(1, 5).filter((line) => [...line].length > 100)).toEqual([]);
        expect(modified.filter((line) => line.startsWith("  Vérifications") || line.startsWith("    conforme")).map((line) => [...line].length <= 100)).toEqual([true, true]);
        const unknown = render("table", input("fr", FINDINGS, { ...PROVENANCE, commit: "unknown", tree: "unknown" }));
        expect(unknown.split("\n")[2]).toBe("Commit Git\u202f: inconnu (copie de travail\u202f: inconnue)");
    });
    it("counts the checks by outcome", () => {
        expect(en).toContain("  Checks (policy × resource): 7\n    passed 2, failed 3, waived 1, not applicable 1, undetermined 0\n");
    });
    it("ends with a summary block and a verdict", () => {
        expect(en).toContain("  Total findings                    4\n  Blocking (mandatory, not waived)  2\n");
        expect(en).toContain("  Open findings / severity: critical 1, high 1, medium 0, low 1\n");
        // 103 columns: wrapped under the line's indent.
        expect(en).toContain("  oss-no-public-acl  press-kit: owner: comms@dakar2026.sn, expires: 2026-12-31 — Press kit is public\n      by design\n");
        expect(en.endsWith("BLOCKED: mandatory findings without a waiver\n")).toBe(true);
        expect(render("table", input("en", [FINDINGS[3]])).endsWith("PASSED: no blocking finding\n")).toBe(true);
        expect(render("table", input("en", []))).toContain("\nNo findings.\n");
    });
    it("is in French with lang fr", () => {
        expect(rows(fr).slice(0, 3)).toEqual(["SÉVÉRITÉ  APPLICATION  STATUT      RÈGLE", "          RESSOURCE", "          MESSAGE"]);
        expect(rows(fr).slice(8, 11)).toEqual([
            "critique  obligatoire  DÉROGATION  oss-no-public-acl",
            "          press-kit",
            "          Le bucket «\u202fpress-kit\u202f» est en lecture publique.",
        ]);
        expect(fr).toContain("Sous dérogation");
        expect(fr.endsWith("BLOQUÉ\u202f: constats obligatoires sans dérogation\n")).toBe(true);
    });
});
