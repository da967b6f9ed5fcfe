/**
 * JUnit XML, for CI systems that chart test results but not SARIF. Each policy that ran is a suite
 * so that a clean policy shows up as a pass rather than as nothing: "this control was checked" is
 * what an auditor wants to read. Unwaived mandatory findings fail, waived ones are skipped with
 * their waiver, advisory ones pass and carry their message in <system-out>.
 */
import type { CatalogPolicy } from "../../policies/lib/rule";
import type { Finding } from "../audit/engine";
import { labels, waiverLine } from "./i18n";
import { frameworkRefs, indexPolicies, ReportInput } from "./model";
import { TOOL_NAME } from "./sarif";

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

interface Suite {
    readonly id: string;
    readonly policy: CatalogPolicy | undefined;
    readonly findings: Finding[];
}

export function renderJunit(input: ReportInput): string {
    const l = labels(input.lang);
    const lang = input.lang;
    const index = indexPolicies(input.policies);
    const suites = new Map<string, Suite>();
    for (const id of input.evaluated) suites.set(id, { id, policy: index.get(id), findings: [] });
    for (const f of input.findings) {
        // A finding of a policy not listed as evaluated still gets a suite: no finding may vanish.
        let suite = suites.get(f.policy);
        if (!suite) {
            suite = { id: f.policy, policy: index.get(f.policy), findings: [] };
            suites.set(f.policy, suite);
        }
        suite.findings.push(f);
    }

    const body: string[] = [];
    let tests = 0;
    let failures = 0;
    let skipped = 0;
    for (const suite of suites.values()) {
        const cases: string[] = [];
        let sFailures = 0;
        let sSkipped = 0;
        const classname = `${TOOL_NAME}.${suite.id}`;
        for (const f of suite.findings) {
            const name = `${f.name} (${f.type})`;
            const message = f.message[lang];
            cases.push(`    <testcase classname="${x(classname)}" name="${x(name)}">`);
            if (f.waived) {
                sSkipped++;
                cases.push(`      <skipped message="${x(`${l.waived}${l.colon}${waiverLine(l, f.waived)}`)}"/>`);
                cases.push(`      <system-out>${x(`${message}\n${f.urn}`)}</system-out>`);
            } else if (f.enforcement === "mandatory") {
                sFailures++;
                const remediation = suite.policy ? `\n${l.remediation}${l.colon}${suite.policy.meta.remediation[lang]}` : "";
                const detail = `${message}\n${l.urn}${l.colon}${f.urn}${remediation}`;
                cases.push(`      <failure message="${x(message)}" type="${x(f.severity)}">${x(detail)}</failure>`);
            } else {
                cases.push(`      <system-out>${x(`${l.advisoryNote}${l.colon}${message}\n${f.urn}`)}</system-out>`);
            }
            cases.push(`    </testcase>`);
        }
        if (suite.findings.length === 0) {
            cases.push(`    <testcase classname="${x(classname)}" name="${x(l.noFindingsCase)}"/>`);
        }
        const count = Math.max(1, suite.findings.length);
        tests += count;
        failures += sFailures;
        skipped += sSkipped;
        const meta = suite.policy?.meta;
        const props = meta
            ? [
                  `    <properties>`,
                  `      <property name="title" value="${x(meta.title[lang])}"/>`,
                  `      <property name="severity" value="${x(meta.severity)}"/>`,
                  ...frameworkRefs(meta).map((r) => `      <property name="framework" value="${x(r.label)}"/>`),
                  `    </properties>`,
              ]
            : [];
        body.push(
            `  <testsuite name="${x(suite.id)}" tests="${count}" failures="${sFailures}" errors="0" skipped="${sSkipped}">`,
            ...props,
            ...cases,
            `  </testsuite>`,
        );
    }
    const name = `${TOOL_NAME} ${input.project}/${input.stack} (${input.profile})`;
    return [
        `<?xml version="1.0" encoding="UTF-8"?>`,
        `<testsuites name="${x(name)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
        ...body,
        `</testsuites>`,
        "",
    ].join("\n");
}
