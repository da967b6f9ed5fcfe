/**
 * One self-contained HTML file: it is mailed to auditors and opened from a laptop or an air-gapped
 * review room, so it loads nothing (no font, no CDN) and a Content-Security-Policy with the hashes
 * of its own style and script makes the browser refuse anything else, including a script a message
 * might smuggle in if escaping ever failed. Every finding is in the markup; the script only hides
 * rows, so the report is complete with JavaScript disabled and on paper.
 */
import { createHash } from "node:crypto";
import { waiverReason } from "../../policies/lib/waivers";
import type { Finding } from "../audit/engine";
import { Labels, labels } from "./i18n";
import {
    bySeverity,
    citedFrameworks,
    FRAMEWORK_KEYS,
    FRAMEWORK_SUMMARY_KEYS,
    frameworkRefs,
    indexPolicies,
    metaOf,
    ReportInput,
    SEVERITIES,
    summarize,
} from "./model";

export function escapeHtml(value: string | number): string {
    return String(value)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}

const e = escapeHtml;

const CSS = `
:root { --fg: #1a1a1a; --muted: #555; --line: #d0d0d0; --bg: #fff; --soft: #f4f5f7;
  --critical: #8b1111; --high: #b4410c; --medium: #8a6100; --low: #1f4f9c; --waived: #5b4b8a; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: .35rem 0; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.meta { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0; }
.meta div { display: flex; gap: .4rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; font-weight: 600; }
.verdict { display: inline-block; margin: .75rem 0 0; padding: .35rem .75rem; border-radius: 4px; font-weight: 700; }
.verdict.blocked { background: #fde8e8; color: var(--critical); border: 1px solid var(--critical); }
.verdict.passed { background: #e6f4ea; color: #17632f; border: 1px solid #17632f; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin-bottom: 1rem; }
.card { flex: 1 1 9rem; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; background: var(--soft); }
.card .n { display: block; font-size: 1.6rem; font-weight: 700; }
.card .k { color: var(--muted); font-size: .85rem; }
.tables { display: flex; flex-wrap: wrap; gap: 1.5rem; }
table { border-collapse: collapse; min-width: 16rem; }
th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: var(--soft); }
.filters { display: flex; flex-wrap: wrap; gap: .75rem 1.5rem; align-items: end; padding: .75rem; margin-bottom: .75rem;
  border: 1px solid var(--line); border-radius: 6px; background: var(--soft); }
.filters fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .6rem; flex-wrap: wrap; }
.filters legend, .filters .lbl { display: block; font-size: .8rem; color: var(--muted); margin-bottom: .15rem; }
.filters select, .filters input[type=search] { font: inherit; padding: .2rem .4rem; }
.filters input[type=search] { min-width: 16rem; }
.count { color: var(--muted); margin: .25rem 0 .75rem; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px;
  padding: .6rem .9rem; margin: 0 0 .75rem; }
.finding.sev-critical { border-left-color: var(--critical); }
.finding.sev-high { border-left-color: var(--high); }
.finding.sev-medium { border-left-color: var(--medium); }
.finding.sev-low { border-left-color: var(--low); }
.finding.is-waived { background: #faf9fd; }
.badges { display: flex; flex-wrap: wrap; gap: .35rem; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; }
.badge.sev-critical { color: #fff; background: var(--critical); border-color: var(--critical); }
.badge.sev-high { color: #fff; background: var(--high); border-color: var(--high); }
.badge.sev-medium { color: #fff; background: var(--medium); border-color: var(--medium); }
.badge.sev-low { color: #fff; background: var(--low); border-color: var(--low); }
.badge.enf { color: var(--fg); }
.badge.waived { color: var(--waived); }
.fields { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0 0; }
.fields dt { color: var(--muted); }
.fields dd { margin: 0; overflow-wrap: anywhere; }
.fields dd.message { white-space: pre-line; }
.refs { margin: 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
.waiver { margin-top: .5rem; padding: .4rem .6rem; border: 1px dashed var(--waived); border-radius: 4px; }
.waiver strong { color: var(--waived); }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .filters { display: none !important; }
  .finding, .card, table { break-inside: avoid; }
  h2 { break-after: avoid; }
  .badge, .finding, .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

// Plain ES5 so that the oldest browser in a review room still filters; no string comes from a finding.
const SCRIPT = `
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var list = document.getElementById("findings");
  if (!form || !list) return;
  var items = Array.prototype.slice.call(list.children);
  var texts = items.map(function (li) { return li.textContent.toLowerCase(); });
  var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=severity]"));
  var enforcement = document.getElementById("f-enforcement");
  var framework = document.getElementById("f-framework");
  var waived = document.getElementById("f-waived");
  var search = document.getElementById("f-search");
  var shown = document.getElementById("shown");
  var noMatch = document.getElementById("no-match");
  function apply() {
    var severities = {};
    boxes.forEach(function (b) { severities[b.value] = b.checked; });
    var terms = search.value.toLowerCase().split(/\\s+/).filter(function (t) { return t.length > 0; });
    var count = 0;
    items.forEach(function (li, i) {
      var d = li.dataset;
      var ok = severities[d.severity] === true
        && (enforcement.value === "" || d.enforcement === enforcement.value)
        && (waived.checked || d.waived !== "true")
        && (framework.value === "" || (" " + d.frameworks + " ").indexOf(" " + framework.value + " ") >= 0)
        && terms.every(function (t) { return texts[i].indexOf(t) >= 0; });
      li.hidden = !ok;
      if (ok) count++;
    });
    shown.textContent = shown.getAttribute("data-template")
      .replace("{shown}", String(count)).replace("{total}", String(items.length));
    noMatch.hidden = count > 0 || items.length === 0;
  }
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.hidden = false;
  apply();
})();
`;

function sha256(content: string): string {
    return `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;
}

function capitalise(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

function findingItem(f: Finding, input: ReportInput, l: Labels, index: ReturnType<typeof indexPolicies>): string {
    const lang = input.lang;
    const meta = metaOf(index, f);
    const refs = frameworkRefs(meta);
    const classes = ["finding", `sev-${f.severity}`, f.waived ? "is-waived" : "is-open"].join(" ");
    const attrs =
        `class="${e(classes)}" data-severity="${e(f.severity)}" data-enforcement="${e(f.enforcement)}" ` +
        `data-waived="${f.waived ? "true" : "false"}" data-frameworks="${e(citedFrameworks(meta).join(" "))}"`;
    const out: string[] = [`<li ${attrs}>`];
    out.push(`<div class="badges"><span class="badge sev-${e(f.severity)}">${e(capitalise(l.severities[f.severity]))}</span>`);
    out.push(`<span class="badge enf">${e(l.enforcements[f.enforcement])}</span>`);
    if (f.waived) out.push(`<span class="badge waived">${e(l.waived)}</span>`);
    out.push(`</div>`);
    out.push(`<h3><code>${e(f.policy)}</code>${meta ? ` — ${e(meta.title[lang])}` : ""}</h3>`);
    out.push(`<dl class="fields">`);
    out.push(`<dt>${e(l.resource)}</dt><dd>${e(f.name)} (<code>${e(f.type)}</code>)</dd>`);
    out.push(`<dt>${e(l.urn)}</dt><dd><code>${e(f.urn)}</code></dd>`);
    out.push(`<dt>${e(l.message)}</dt><dd class="message">${e(f.message[lang])}</dd>`);
    if (meta) out.push(`<dt>${e(l.remediation)}</dt><dd>${e(meta.remediation[lang])}</dd>`);
    if (refs.length > 0) {
        out.push(`<dt>${e(l.frameworks)}</dt><dd><ul class="refs">${refs.map((r) => `<li>${e(r.label)}</li>`).join("")}</ul></dd>`);
    }
    out.push(`</dl>`);
    if (f.waived) {
        const w = f.waived;
        out.push(
            `<div class="waiver"><strong>${e(capitalise(l.waived))}</strong> — ` +
                `${e(l.reason)}${e(l.colon)}${e(waiverReason(w, lang))} · ${e(l.owner)}${e(l.colon)}${e(w.owner)} · ` +
                `${e(l.expires)}${e(l.colon)}<time datetime="${e(w.expires)}">${e(w.expires)}</time></div>`,
        );
    }
    out.push(`</li>`);
    return out.join("\n");
}

export function renderHtml(input: ReportInput): string {
    const l = labels(input.lang);
    const s = summarize(input);
    const index = indexPolicies(input.policies);
    const findings = bySeverity(input.findings);
    const total = findings.length;
    const csp = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;
    const title = `${l.reportTitle} — ${input.project} / ${input.stack} (${input.profile})`;

    const out: string[] = [];
    out.push(`<!DOCTYPE html>`, `<html lang="${e(input.lang)}">`, `<head>`, `<meta charset="utf-8">`);
    out.push(`<meta name="viewport" content="width=device-width, initial-scale=1">`);
    out.push(`<meta http-equiv="Content-Security-Policy" content="${e(csp)}">`);
    out.push(`<title>${e(title)}</title>`, `<style>${CSS}</style>`, `</head>`, `<body>`);

    out.push(`<header>`, `<h1>${e(l.reportTitle)}</h1>`, `<dl class="meta">`);
    const meta: [string, string | number][] = [
        [l.project, input.project],
        [l.stack, input.stack],
        [l.environment, input.profile],
        [l.policiesEvaluated, s.policiesEvaluated],
        [l.resources, s.resources],
    ];
    for (const [k, v] of meta) out.push(`<div><dt>${e(k)}</dt><dd>${e(v)}</dd></div>`);
    out.push(`</dl>`);
    out.push(`<p class="verdict ${s.blocking > 0 ? "blocked" : "passed"}">${e(s.blocking > 0 ? l.verdictBlocked : l.verdictPassed)}</p>`);
    out.push(`</header>`, `<main>`);

    out.push(`<section id="summary">`, `<h2>${e(l.summary)}</h2>`, `<div class="cards">`);
    const cards: [string, number][] = [
        [l.totalFindings, s.total],
        [l.blocking, s.blocking],
        [l.mandatoryCount, s.mandatory],
        [l.advisoryCount, s.advisory],
        [l.waivedCount, s.waived],
    ];
    for (const [k, v] of cards) out.push(`<div class="card"><span class="n">${e(v)}</span><span class="k">${e(k)}</span></div>`);
    out.push(`</div>`, `<div class="tables">`);
    out.push(`<table id="by-severity"><thead><tr><th>${e(l.severity)}</th><th class="num">${e(l.openFindings)}</th></tr></thead><tbody>`);
    for (const sev of SEVERITIES) {
        const badge = `<span class="badge sev-${e(sev)}">${e(capitalise(l.severities[sev]))}</span>`;
        out.push(`<tr><td>${badge}</td><td class="num">${e(s.bySeverity[sev])}</td></tr>`);
    }
    out.push(`<tr><td>${e(l.waivedCount)}</td><td class="num">${e(s.waived)}</td></tr>`, `</tbody></table>`);
    out.push(`<table id="by-framework"><thead><tr><th>${e(l.framework)}</th><th class="num">${e(l.openFindings)}</th></tr></thead><tbody>`);
    for (const k of FRAMEWORK_KEYS) {
        out.push(`<tr><td>${e(l.frameworkNames[k])}</td><td class="num">${e(s.byFramework[FRAMEWORK_SUMMARY_KEYS[k]])}</td></tr>`);
    }
    out.push(`</tbody></table>`, `</div>`, `</section>`);

    out.push(`<section id="findings-section">`, `<h2>${e(l.findings)}</h2>`);
    // Hidden until the script runs: without JavaScript the controls would do nothing.
    out.push(`<form id="filters" class="filters" hidden>`);
    out.push(`<fieldset><legend>${e(l.severity)}</legend>`);
    for (const sev of SEVERITIES) {
        out.push(`<label><input type="checkbox" name="severity" value="${e(sev)}" checked> ${e(capitalise(l.severities[sev]))}</label>`);
    }
    out.push(`</fieldset>`);
    out.push(`<label><span class="lbl">${e(l.enforcement)}</span><select id="f-enforcement">`);
    out.push(`<option value="">${e(l.all)}</option>`);
    for (const k of ["mandatory", "advisory"] as const) out.push(`<option value="${k}">${e(l.enforcements[k])}</option>`);
    out.push(`</select></label>`);
    out.push(`<label><span class="lbl">${e(l.framework)}</span><select id="f-framework">`);
    out.push(`<option value="">${e(l.all)}</option>`);
    for (const k of FRAMEWORK_KEYS) out.push(`<option value="${e(k)}">${e(l.frameworkNames[k])}</option>`);
    out.push(`</select></label>`);
    out.push(`<label><input type="checkbox" id="f-waived" checked> ${e(l.showWaived)}</label>`);
    out.push(`<label><span class="lbl">${e(l.search)}</span>`);
    out.push(`<input type="search" id="f-search" placeholder="${e(l.searchPlaceholder)}" aria-label="${e(l.search)}"></label>`);
    out.push(`</form>`);
    const shown = l.shownTemplate.replace("{shown}", String(total)).replace("{total}", String(total));
    out.push(`<p id="shown" class="count" aria-live="polite" data-template="${e(l.shownTemplate)}">${e(shown)}</p>`);
    out.push(`<p id="no-match" hidden>${e(l.noMatch)}</p>`);
    if (total === 0) out.push(`<p>${e(l.noFindings)}</p>`);
    out.push(`<ol id="findings" class="findings">`);
    for (const f of findings) out.push(findingItem(f, input, l, index));
    out.push(`</ol>`, `</section>`, `</main>`);
    out.push(`<footer>dakar2026-guardrails — ${e(input.project)} / ${e(input.stack)}</footer>`);
    out.push(`<script>${SCRIPT}</script>`, `</body>`, `</html>`);
    return `${out.join("\n")}\n`;
}
