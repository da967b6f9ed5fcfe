/**
 * Markdown report, for merge-request comments and the handover file set. Values are escaped so that
 * a message cannot break a table or smuggle raw HTML into a renderer that allows it.
 */
import { waiverReason } from "../../policies/lib/waivers";
import type { Finding } from "../audit/engine";
import { labels } from "./i18n";
import {
    bySeverity,
    FRAMEWORK_KEYS,
    FRAMEWORK_SUMMARY_KEYS,
    frameworkRefs,
    indexPolicies,
    metaOf,
    ReportInput,
    SEVERITIES,
    summarize,
} from "./model";

/** Inline text: HTML entities for markup, backslashes for Markdown syntax, one line. */
export function mdText(s: string): string {
    return s
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/([\\`*_[\]|#~!])/g, "\\$1")
        .replace(/\s*[\r\n]+\s*/g, " ");
}

/** Code span whose fence is longer than any backtick run inside, as CommonMark requires. */
export function mdCode(s: string): string {
    const flat = s.replace(/[\r\n]+/g, " ");
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const padded = flat.startsWith("`") || flat.endsWith("`") ? ` ${flat} ` : flat;
    return `${fence}${padded}${fence}`;
}

export function renderMarkdown(input: ReportInput): string {
    const l = labels(input.lang);
    const s = summarize(input);
    const index = indexPolicies(input.policies);
    const out: string[] = [];

    out.push(`# ${mdText(l.reportTitle)} — ${mdText(input.project)} / ${mdText(input.stack)}`, "");
    out.push(`| | |`, `|---|---|`);
    out.push(`| ${l.project} | ${mdText(input.project)} |`);
    out.push(`| ${l.stack} | ${mdText(input.stack)} |`);
    out.push(`| ${l.environment} | ${mdText(input.profile)} |`);
    out.push(`| ${l.policiesEvaluated} | ${s.policiesEvaluated} |`);
    out.push(`| ${l.resources} | ${s.resources} |`, "");
    out.push(`**${mdText(s.blocking > 0 ? l.verdictBlocked : l.verdictPassed)}**`, "");

    out.push(`## ${l.summary}`, "");
    out.push(`| ${l.severity} | ${l.openFindings} |`, `|---|---:|`);
    for (const sev of SEVERITIES) out.push(`| ${l.severities[sev]} | ${s.bySeverity[sev]} |`);
    out.push(`| ${l.waivedCount} | ${s.waived} |`);
    out.push(`| **${l.totalFindings}** | **${s.total}** |`, "");
    out.push(`| ${l.blocking} | ${l.mandatoryCount} | ${l.advisoryCount} | ${l.waivedCount} |`, `|---:|---:|---:|---:|`);
    out.push(`| ${s.blocking} | ${s.mandatory} | ${s.advisory} | ${s.waived} |`, "");
    out.push(`| ${l.framework} | ${l.openFindings} |`, `|---|---:|`);
    for (const k of FRAMEWORK_KEYS) out.push(`| ${l.frameworkNames[k]} | ${s.byFramework[FRAMEWORK_SUMMARY_KEYS[k]]} |`);
    out.push("");

    out.push(`## ${l.findings}`, "");
    if (input.findings.length === 0) {
        out.push(l.noFindings, "");
    }
    const sorted = bySeverity(input.findings);
    for (const sev of SEVERITIES) {
        const group = sorted.filter((f) => f.severity === sev);
        if (group.length === 0) continue;
        const title = l.severities[sev];
        out.push(`### ${title.charAt(0).toUpperCase()}${title.slice(1)} (${group.length})`, "");
        for (const f of group) out.push(...finding(f, input, l, metaOf(index, f)), "");
    }
    return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

function finding(f: Finding, input: ReportInput, l: ReturnType<typeof labels>, meta: ReturnType<typeof metaOf>): string[] {
    const lang = input.lang;
    const heading = meta ? `${mdCode(f.policy)} — ${mdText(meta.title[lang])}` : mdCode(f.policy);
    const lines = [`#### ${heading}${f.waived ? ` _(${l.waived})_` : ""}`, ""];
    lines.push(`- **${l.resource}**${l.colon}${mdText(f.name)} (${mdCode(f.type)})`);
    lines.push(`- **${l.urn}**${l.colon}${mdCode(f.urn)}`);
    lines.push(`- **${l.enforcement}**${l.colon}${l.enforcements[f.enforcement]}`);
    if (f.waived) {
        const w = f.waived;
        lines.push(
            `- **${l.status}**${l.colon}${l.waivedMarker} — ${l.reason.toLowerCase()}${l.colon}${mdText(waiverReason(w, lang))}; ` +
                `${l.owner.toLowerCase()}${l.colon}${mdText(w.owner)}; ${l.expires.toLowerCase()}${l.colon}${mdText(w.expires)}`,
        );
    }
    lines.push(`- **${l.message}**${l.colon}${mdText(f.message[lang])}`);
    if (meta) {
        lines.push(`- **${l.remediation}**${l.colon}${mdText(meta.remediation[lang])}`);
        const refs = frameworkRefs(meta).map((r) => mdText(r.label));
        if (refs.length > 0) lines.push(`- **${l.frameworks}**${l.colon}${refs.join(", ")}`);
    }
    return lines;
}
