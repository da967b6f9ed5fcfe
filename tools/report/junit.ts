/**
 * JUnit XML, for CI systems that chart test results but not SARIF. Each policy that ran is a suite
 * and each resource it checked a test case, so that dashboards show what was checked and passed,
 * not only what failed: "this control was checked on these resources" is what an auditor wants to
 * read. A resource with an unwaived finding of a mandatory policy fails; one whose findings are all
 * waived, where the policy was not applicable, or where it could not run during preview is skipped
 * with the reason; an advisory finding passes and carries its message in <system-out>. A policy
 * that found no resource of its types has one skipped case saying so.
 *
 * The suite's properties give the policy's counts (checked, passed, failed, waived, notApplicable,
 * undetermined, as in the other formats). A first suite without test cases, named after the tool,
 * carries the report's provenance and the counts per framework control, which belong to no policy.
 */
import type { CatalogPolicy } from "../../policies/lib/rule";
import type { Finding } from "../audit/engine";
import { Counts, coverageOf, OUTCOMES } from "./coverage";
import { labels, waiverLine } from "./i18n";
import { controlLabel, frameworkRefs, indexPolicies, ReportInput, urnParts } from "./model";
import { TOOL_NAME } from "./sarif";
import { plain } from "./typography";

/** Escapes for text and attributes, and drops characters XML 1.0 cannot carry at all. */
export function escapeXml(value: string | number): string {
    return String(value)
        .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&apos;");
}

const x = escapeXml;

const property = (name: string, value: string | number) => `      <property name="${x(name)}" value="${x(value)}"/>`;

function countProperties(c: Counts): string[] {
    return [property("checked", c.checked), ...OUTCOMES.map((o) => property(o, c[o]))];
}

/** "checked=4 passed=1 failed=1 waived=1 notApplicable=1 undetermined=0": one property per control. */
function countsValue(c: Counts): string {
    return [`checked=${c.checked}`, ...OUTCOMES.map((o) => `${o}=${c[o]}`)].join(" ");
}

interface SuiteCounts {
    tests: number;
    failures: number;
    skipped: number;
}

export function renderJunit(input: ReportInput): string {
    const l = labels(input.lang);
    const lang = input.lang;
    const index = indexPolicies(input.policies);
    const cov = coverageOf(input);
    const findingsOf = new Map<string, Finding[]>();
    for (const f of input.findings) {
        const key = `${f.policy}\u0000${f.urn}`;
        const list = findingsOf.get(key);
        if (list) list.push(f);
        else findingsOf.set(key, [f]);
    }
    const text = (s: string) => plain(s, lang);

    const body: string[] = [];
    const totals: SuiteCounts = { tests: 0, failures: 0, skipped: 0 };

    const p = input.provenance;
    body.push(`  <testsuite name="${x(TOOL_NAME)}" tests="0" failures="0" errors="0" skipped="0">`, `    <properties>`);
    body.push(
        property("project", input.project),
        property("stack", input.stack),
        property("environment", input.profile),
        property("evaluationDate", p.evaluationDate),
        property("generatedAt", p.generatedAt),
        property("commit", p.commit),
        property("tree", p.tree),
        property("packName", p.packName),
        property("packVersion", p.packVersion),
        property("packConfig", p.packConfig),
        ...countProperties(cov.totals).map((line) => line.replace('name="', 'name="checks.')),
        ...cov.controls.map((c) => property(`control ${controlLabel(c.framework, c.item)}`, `policies=${c.policies.length} ${countsValue(c)}`)),
    );
    body.push(`    </properties>`, `  </testsuite>`);

    for (const pc of cov.policies) {
        const policy: CatalogPolicy | undefined = index.get(pc.policy);
        const classname = `${TOOL_NAME}.${pc.policy}`;
        const counts: SuiteCounts = { tests: 0, failures: 0, skipped: 0 };
        const cases: string[] = [];
        for (const [urn, outcome] of pc.resources) {
            counts.tests++;
            const found = (findingsOf.get(`${pc.policy}\u0000${urn}`) ?? []).filter((f) => !f.preview || outcome === "undetermined");
            const first = found[0];
            const { name, type } = first ? { name: first.name, type: first.type } : urnParts(urn);
            const open = `    <testcase classname="${x(classname)}" name="${x(`${name} (${type})`)}"`;
            const messages = found.map((f) => text(f.message[lang])).join("\n");
            if (outcome === "passed") {
                cases.push(`${open}/>`);
            } else if (outcome === "failed" && pc.enforcement === "mandatory") {
                counts.failures++;
                const unwaived = found.filter((f) => !f.waived && !f.preview);
                const remediation = policy ? `\n${l.remediation}${l.colon}${text(policy.meta.remediation[lang])}` : "";
                const detail = `${unwaived.map((f) => text(f.message[lang])).join("\n")}\n${l.urn}${l.colon}${urn}${remediation}`;
                const message = text(unwaived[0]?.message[lang] ?? l.outcome.failed);
                cases.push(`${open}>`, `      <failure message="${x(message)}" type="${x(policy?.meta.severity ?? "")}">${x(detail)}</failure>`, `    </testcase>`);
            } else if (outcome === "failed") {
                cases.push(`${open}>`, `      <system-out>${x(`${l.advisoryNote}${l.colon}${messages}\n${urn}`)}</system-out>`, `    </testcase>`);
            } else {
                counts.skipped++;
                const waiver = found.find((f) => f.waived)?.waived;
                const reason =
                    outcome === "waived" && waiver
                        ? `${l.waived}${l.colon}${waiverLine(l, waiver)}`
                        : outcome === "undetermined"
                          ? `${l.outcome.undetermined}${l.colon}${l.undeterminedNote}`
                          : l.outcome[outcome];
                cases.push(`${open}>`, `      <skipped message="${x(reason)}"/>`);
                if (messages !== "") cases.push(`      <system-out>${x(`${messages}\n${urn}`)}</system-out>`);
                cases.push(`    </testcase>`);
            }
        }
        if (pc.resources.size === 0) {
            counts.tests++;
            counts.skipped++;
            cases.push(`    <testcase classname="${x(classname)}" name="${x(l.nothingToCheck)}">`, `      <skipped message="${x(l.nothingToCheck)}"/>`, `    </testcase>`);
        }
        totals.tests += counts.tests;
        totals.failures += counts.failures;
        totals.skipped += counts.skipped;
        const meta = policy?.meta;
        const props = [
            `    <properties>`,
            ...(meta ? [property("title", text(meta.title[lang])), property("severity", meta.severity)] : []),
            property("enforcement", pc.enforcement),
            ...countProperties(pc),
            ...frameworkRefs(meta).map((r) => property("framework", r.label)),
            `    </properties>`,
        ];
        body.push(
            `  <testsuite name="${x(pc.policy)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}">`,
            ...props,
            ...cases,
            `  </testsuite>`,
        );
    }
    const name = `${TOOL_NAME} ${input.project}/${input.stack} (${input.profile})`;
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="${x(name)}" tests="${totals.tests}" failures="${totals.failures}" errors="0" skipped="${totals.skipped}">`,
        ...body,
        `</testsuites>`,
        "",
    ].join("\n");
}
