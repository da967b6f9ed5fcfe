/**
 * Markdown report, for merge-request comments and the handover file set. Values are escaped so that
 * a message cannot break a table or smuggle raw HTML into a renderer that allows it. Besides the
 * findings it lists what was checked: every policy that ran and every control they cite, with the
 * resources checked and how the checks ended (definitions in coverage.ts).
 */
import type { Lang } from "../../policies/lib/rule";
import { waiverReason } from "../../policies/lib/waivers";
import type { Finding } from "../audit/engine";
import { byResource, Counts, coverageOf, OUTCOMES } from "./coverage";
import { Labels, labels } from "./i18n";
import {
    bySeverity,
    controlLabel,
    FRAMEWORK_KEYS,
    FRAMEWORK_SUMMARY_KEYS,
    frameworkRefs,
    indexPolicies,
    metaOf,
    ReportInput,
    SEVERITIES,
    summarize,
    urnParts,
} from "./model";
import { rich } from "./typography";

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

/** A rule's, finding's or waiver's text: prose escaped and typeset, code in code spans. */
export function mdRich(s: string, lang: Lang): string {
    // A code span cannot hold a pipe inside a table row; such code is set as escaped text instead.
    return rich(s, lang, mdText, (code) => (code.includes("|") ? mdText(code) : mdCode(code)));
}

function countCells(c: Counts): string {
    return [c.checked, ...OUTCOMES.map((o) => c[o])].join(" | ");
}

function countHeader(l: Labels): string[] {
    return [`${l.checked} | ${OUTCOMES.map((o) => l.outcomes[o]).join(" | ")}`, `---:|${OUTCOMES.map(() => "---:").join("|")}`];
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
    out.push(`| ${l.resources} | ${s.resources} |`);
    const p = input.provenance;
    out.push(`| ${l.evaluationDate} | ${mdText(p.evaluationDate)} |`);
    out.push(`| ${l.generatedAt} | ${mdText(p.generatedAt)} |`);
    out.push(`| ${l.commit} | ${p.commit === "unknown" ? l.unknown : mdCode(p.commit)} |`);
    out.push(`| ${l.tree} | ${l.treeStates[p.tree]} |`);
    out.push(`| ${l.pack} | ${mdText(`${p.packName} ${p.packVersion}`)} |`);
    out.push(`| ${l.packConfig} | ${mdCode(p.packConfig)} |`, "");
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
    const cov = coverageOf(input);
    const [countHead, countRule] = countHeader(l);
    out.push(`| | ${countHead} |`, `|---|${countRule}|`, `| ${l.checks} | ${countCells(cov.totals)} |`, "");

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

    out.push(`## ${l.policiesChecked}`, "", mdText(l.policiesCheckedIntro), "");
    out.push(`| ${l.policy} | ${l.enforcement} | ${countHead} |`, `|---|---|${countRule}|`);
    for (const pc of cov.policies) {
        const meta = index.get(pc.policy)?.meta;
        const title = meta ? ` — ${mdRich(meta.title[input.lang], input.lang)}` : "";
        out.push(`| ${mdCode(pc.policy)}${title} | ${l.enforcements[pc.enforcement]} | ${countCells(pc)} |`);
    }
    out.push("");

    out.push(`## ${l.resourcesChecked}`, "", mdText(l.resourcesCheckedIntro), "");
    out.push(`| ${l.resource} | ${l.type} | ${countHead} |`, `|---|---|${countRule}|`);
    for (const rc of byResource(cov)) {
        const { name, type } = urnParts(rc.urn);
        out.push(`| ${mdText(name)} | ${mdCode(type)} | ${countCells(rc)} |`);
    }
    out.push("");

    out.push(`## ${l.controls}`, "", mdText(l.controlsIntro), "");
    for (const k of FRAMEWORK_KEYS) {
        const controls = cov.controls.filter((c) => c.framework === k);
        if (controls.length === 0) continue;
        out.push(`### ${l.frameworkNames[k]}`, "");
        out.push(`| ${l.control} | ${l.policiesCiting} | ${countHead} |`, `|---|---|${countRule}|`);
        for (const c of controls) {
            out.push(`| ${mdText(controlLabel(c.framework, c.item))} | ${c.policies.length}: ${c.policies.map(mdCode).join(", ")} | ${countCells(c)} |`);
        }
        out.push("");
    }
    return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

function finding(f: Finding, input: ReportInput, l: Labels, meta: ReturnType<typeof metaOf>): string[] {
    const lang = input.lang;
    const heading = meta ? `${mdCode(f.policy)} — ${mdRich(meta.title[lang], lang)}` : mdCode(f.policy);
    const lines = [`#### ${heading}${f.waived ? ` _(${l.waived})_` : ""}`, ""];
    lines.push(`- **${l.resource}**${l.colon}${mdText(f.name)} (${mdCode(f.type)})`);
    lines.push(`- **${l.urn}**${l.colon}${mdCode(f.urn)}`);
    lines.push(`- **${l.enforcement}**${l.colon}${l.enforcements[f.enforcement]}`);
    if (f.waived) {
        const w = f.waived;
        lines.push(
            `- **${l.status}**${l.colon}${l.waivedMarker} (${l.owner.toLowerCase()}${l.colon}${mdText(w.owner)}, ` +
                `${l.expires.toLowerCase()}${l.colon}${mdText(w.expires)})`,
            `- **${l.reason}**${l.colon}${mdRich(waiverReason(w, lang), lang)}`,
        );
    }
    lines.push(`- **${l.message}**${l.colon}${mdRich(f.message[lang], lang)}`);
    if (meta) {
        lines.push(`- **${l.remediation}**${l.colon}${mdRich(meta.remediation[lang], lang)}`);
        const refs = frameworkRefs(meta).map((r) => mdText(r.label));
        if (refs.length > 0) lines.push(`- **${l.frameworks}**${l.colon}${refs.join(", ")}`);
    }
    return lines;
}
