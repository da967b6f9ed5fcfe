/**
 * Plain-text report for a terminal or a CI log, at most WIDTH columns wide: each finding is a block
 * (severity, enforcement, status and policy on its first line, then the resource, then the message
 * wrapped), since a policy id, a resource name and a message side by side reach several hundred
 * columns; the other formats keep every text on one field. No colours: CI logs and `> file`
 * redirections would show the escape codes as garbage, and the WAIVED marker and verdict line carry
 * the meaning anyway.
 */
import type { Finding } from "../audit/engine";
import { showValue } from "../plan/types";
import { coverageOf, OUTCOMES } from "./coverage";
import { labels, provenanceLines, waiverLine } from "./i18n";
import { bySeverity, FRAMEWORK_KEYS, FRAMEWORK_SUMMARY_KEYS, ReportInput, SEVERITIES, summarize } from "./model";
import { plain } from "./typography";

/** Columns of a terminal the table fits in. */
export const WIDTH = 100;

/**
 * One line, no control character a resource name could use to drive the terminal, and a preview's
 * unknown values shown as "(known after deploy)" rather than the engine's marker.
 */
function oneLine(s: string): string {
    const isControl = (c: number) => c < 0x20 || (c >= 0x7f && c <= 0x9f);
    return [...showValue(s).replace(/\s*[\r\n]+\s*/g, " ")].filter((ch) => !isControl(ch.codePointAt(0) ?? 0)).join("");
}

/**
 * `text` in lines of at most WIDTH columns: the first starts with `first`, the others with `next`
 * (a hanging indent). Breaks where there are spaces, keeping the spacing inside a line; a word longer
 * than a line (a URN) is cut where the line ends.
 */
function wrap(text: string, first: string, next: string): string[] {
    const lines: string[] = [];
    let line = first;
    let empty = true;
    const width = (s: string): number => [...s].length;
    for (const [, gap, word] of text.trim().matchAll(/( *)([^ ]+)/g)) {
        if (!empty && width(line) + width(gap) + width(word) <= WIDTH) {
            line += gap + word;
            continue;
        }
        if (!empty) {
            lines.push(line);
            line = next;
        }
        let rest = [...word];
        while (rest.length > WIDTH - width(line)) {
            const cut = Math.max(1, WIDTH - width(line));
            lines.push(line + rest.slice(0, cut).join(""));
            line = next;
            rest = rest.slice(cut);
        }
        line += rest.join("");
        empty = false;
    }
    lines.push(line);
    return lines.map((l) => l.trimEnd());
}

/** A line of the summary or the waivers, wrapped under its own indentation plus two columns. */
function fit(line: string): string[] {
    if ([...line].length <= WIDTH) return [line];
    const indent = /^ */.exec(line)?.[0] ?? "";
    return wrap(line.slice(indent.length), indent, `${indent}    `);
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
        const head = [l.severity, l.enforcement, l.status, l.policy].map((h) => h.toUpperCase());
        const rows = findings.map((f: Finding) => ({
            cells: [l.severities[f.severity], l.enforcements[f.enforcement], f.waived ? l.waivedMarker : "", f.policy],
            resource: oneLine(f.name),
            message: oneLine(plain(f.message[input.lang], input.lang)),
        }));
        const widths = head.slice(0, -1).map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r.cells[i]].length)));
        const indent = " ".repeat(widths[0] + 2);
        const line = (cells: readonly string[]): string[] => {
            const lead = cells.slice(0, -1).map((c, i) => pad(c, widths[i])).join("  ");
            return wrap(cells[cells.length - 1], `${lead}  `, indent);
        };
        out.push(...line(head), `${indent}${l.resource.toUpperCase()}`, `${indent}${l.message.toUpperCase()}`);
        for (const r of rows) out.push("", ...line(r.cells), ...wrap(r.resource, indent, indent), ...wrap(r.message, indent, indent));
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
    return `${out.flatMap(fit).join("\n")}\n`;
}
