/**
 * Plain-text report for a terminal or a CI log. No colours: CI logs and `> file` redirections would
 * show the escape codes as garbage, and the WAIVED marker and verdict line carry the meaning anyway.
 */
import type { Finding } from "../audit/engine";
import { coverageOf, OUTCOMES } from "./coverage";
import { labels, provenanceLines, waiverLine } from "./i18n";
import { bySeverity, FRAMEWORK_KEYS, FRAMEWORK_SUMMARY_KEYS, ReportInput, SEVERITIES, summarize } from "./model";
import { plain } from "./typography";

/** One finding per line, and no control character a resource name could use to drive the terminal. */
function oneLine(s: string): string {
    const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);
    return [...s.replace(/\s*[\r\n]+\s*/g, " ")].filter((ch) => !isControl(ch.codePointAt(0) ?? 0)).join("");
}

function pad(s: string, width: number): string {
    return s + " ".repeat(Math.max(0, width - [...s].length));
}

export function renderTable(input: ReportInput): string {
    const l = labels(input.lang);
    const s = summarize(input);
    const out: string[] = [];
    out.push(`${l.reportTitle}${l.colon}${input.project} / ${input.stack} (${l.environment.toLowerCase()}${l.colon}${input.profile})`);
    out.push(...provenanceLines(l, input.provenance));
    out.push("");

    const findings = bySeverity(input.findings);
    if (findings.length === 0) {
        out.push(l.noFindings);
    } else {
        const header = [l.severity, l.enforcement, l.status, l.policy, l.resource, l.message].map((h) => h.toUpperCase());
        const rows = findings.map((f: Finding) => [
            l.severities[f.severity],
            l.enforcements[f.enforcement],
            f.waived ? l.waivedMarker : "",
            f.policy,
            oneLine(f.name),
            oneLine(plain(f.message[input.lang], input.lang)),
        ]);
        // The message column is last and not padded, so long messages do not widen every line.
        const widths = header.slice(0, -1).map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
        const line = (cells: string[]) =>
            cells
                .map((c, i) => (i < widths.length ? pad(c, widths[i]) : c))
                .join("  ")
                .trimEnd();
        out.push(line(header));
        for (const r of rows) out.push(line(r));
    }

    out.push("");
    out.push(`${l.summary}`);
    const pairs: [string, string][] = [
        [l.totalFindings, String(s.total)],
        [l.blocking, String(s.blocking)],
        [l.mandatoryCount, String(s.mandatory)],
        [l.advisoryCount, String(s.advisory)],
        [l.waivedCount, String(s.waived)],
        [l.policiesEvaluated, String(s.policiesEvaluated)],
        [l.resources, String(s.resources)],
    ];
    const labelWidth = Math.max(...pairs.map(([k]) => [...k].length));
    for (const [k, v] of pairs) out.push(`  ${pad(k, labelWidth)}  ${v}`);
    const checks = coverageOf(input).totals;
    out.push(`  ${l.checks}${l.colon}${checks.checked}`);
    out.push(`    ${OUTCOMES.map((o) => `${l.outcome[o]} ${checks[o]}`).join(", ")}`);
    const sevCounts = SEVERITIES.map((sev) => `${l.severities[sev]} ${s.bySeverity[sev]}`).join(", ");
    out.push(`  ${l.openFindings} / ${l.severity.toLowerCase()}${l.colon}${sevCounts}`);
    out.push(
        `  ${l.openFindings} / ${l.framework.toLowerCase()}${l.colon}` +
            FRAMEWORK_KEYS.map((k) => `${l.frameworkNames[k]} ${s.byFramework[FRAMEWORK_SUMMARY_KEYS[k]]}`).join(", "),
    );

    const waived = findings.filter((f) => f.waived);
    if (waived.length > 0) {
        out.push("");
        out.push(l.waivers);
        for (const f of waived) {
            const w = f.waived;
            if (!w) continue;
            out.push(`  ${f.policy}  ${oneLine(f.name)}${l.colon}${oneLine(waiverLine(l, w))}`);
        }
    }
    out.push("");
    out.push(s.blocking > 0 ? l.verdictBlocked : l.verdictPassed);
    return `${out.join("\n")}\n`;
}
