/**
 * One self-contained HTML file: it is mailed to auditors and opened from a laptop or an air-gapped
 * review room, so it loads nothing (no font, no CDN) and a Content-Security-Policy with the hashes
 * of its own style and script makes the browser refuse anything else, including a script a message
 * might smuggle in if escaping ever failed. Every finding is in the markup; the script only hides
 * rows and switches views, so the report is complete with JavaScript disabled and on paper.
 *
 * Three views below the summary: the findings, the framework controls (how many policies and
 * resources checked each, and how the checks ended) and the policies checked (with the resources
 * each one checked). The script shows one at a time as tabs; `#view=controls` or `#view=policies`
 * in the address opens that view. Without the script, and in print, all three follow each other.
 */
import { createHash } from "node:crypto";
import type { Lang } from "../../policies/lib/rule";
import { waiverReason } from "../../policies/lib/waivers";
import type { Finding } from "../audit/engine";
import { ControlCoverage, Counts, Coverage, coverageOf, Outcome, OUTCOMES, PolicyCoverage } from "./coverage";
import { Labels, labels } from "./i18n";
import {
    bySeverity,
    citedFrameworks,
    FRAMEWORK_KEYS,
    FRAMEWORK_SUMMARY_KEYS,
    frameworkRefs,
    indexPolicies,
    metaOf,
    PolicyIndex,
    ReportInput,
    SEVERITIES,
    summarize,
    urnParts,
} from "./model";
import { rich } from "./typography";

export function escapeHtml(value: string | number): string {
    return String(value)
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}

const e = escapeHtml;

/** A rule's, finding's or waiver's text: prose escaped and typeset, code in <code>. */
function r(text: string, lang: Lang): string {
    return rich(text, lang, escapeHtml, (code) => `<code>${escapeHtml(code)}</code>`);
}

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
.provenance { margin-top: .35rem; font-size: .9rem; }
.tabs { display: flex; flex-wrap: wrap; gap: .25rem; margin: 2rem 0 0; border-bottom: 2px solid var(--line); }
.tabs button { font: inherit; font-weight: 600; padding: .4rem .9rem; border: 1px solid var(--line); border-bottom: 0;
  border-radius: 6px 6px 0 0; background: var(--soft); color: var(--muted); cursor: pointer; }
.tabs button[aria-selected=true] { background: var(--bg); color: var(--fg); border-color: var(--fg); }
.view.inactive { display: none; }
.view > h2:first-child { margin-top: 1rem; }
.intro { color: var(--muted); max-width: 60rem; }
table.counts { width: 100%; margin-bottom: 1rem; }
table.counts td.num, table.counts th.num { width: 6.5rem; }
td.zero { color: #999; }
td.out-failed:not(.zero) { color: var(--critical); font-weight: 700; }
td.out-undetermined:not(.zero) { color: var(--medium); font-weight: 700; }
td.out-waived:not(.zero) { color: var(--waived); }
tr.has-failed { background: #fdf1f1; }
details summary { cursor: pointer; }
ul.checked { list-style: none; margin: .3rem 0 0; padding: 0; columns: 2 22rem; font-size: .9rem; }
ul.checked li { break-inside: avoid; }
.out { display: inline-block; padding: 0 .35rem; border-radius: 3px; font-size: .78rem; font-weight: 600; border: 1px solid currentColor; }
.out.out-passed { color: #17632f; }
.out.out-failed { color: var(--critical); }
.out.out-waived { color: var(--waived); }
.out.out-notApplicable { color: var(--muted); }
.out.out-undetermined { color: var(--medium); }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .filters, .tabs { display: none !important; }
  .view.inactive { display: block !important; }
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
(function () {
  "use strict";
  var nav = document.getElementById("tabs");
  if (!nav) return;
  var buttons = Array.prototype.slice.call(nav.querySelectorAll("button[role=tab]"));
  var ids = buttons.map(function (b) { return b.getAttribute("aria-controls"); });
  function select(id, focus) {
    buttons.forEach(function (b, i) {
      var on = ids[i] === id;
      b.setAttribute("aria-selected", on ? "true" : "false");
      b.tabIndex = on ? 0 : -1;
      var panel = document.getElementById(ids[i]);
      if (panel) panel.className = panel.className.replace(/ ?inactive/g, "") + (on ? "" : " inactive");
      if (on && focus) b.focus();
    });
  }
  buttons.forEach(function (b, i) {
    b.addEventListener("click", function () {
      select(ids[i], false);
      if (window.history && history.replaceState) history.replaceState(null, "", "#view=" + ids[i]);
    });
    b.addEventListener("keydown", function (ev) {
      var step = ev.key === "ArrowRight" ? 1 : ev.key === "ArrowLeft" ? -1 : 0;
      if (step === 0) return;
      ev.preventDefault();
      select(ids[(i + step + ids.length) % ids.length], true);
    });
  });
  // "#view=controls" rather than "#controls": no element has that id, so the browser does not scroll
  // past the header (date, commit) to a view's anchor.
  var wanted = (window.location.hash || "").replace(/^#view=/, "");
  select(ids.indexOf(wanted) >= 0 ? wanted : ids[0], false);
  nav.hidden = false;
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
    out.push(`<h3><code>${e(f.policy)}</code>${meta ? ` — ${r(meta.title[lang], lang)}` : ""}</h3>`);
    out.push(`<dl class="fields">`);
    out.push(`<dt>${e(l.resource)}</dt><dd>${e(f.name)} (<code>${e(f.type)}</code>)</dd>`);
    out.push(`<dt>${e(l.urn)}</dt><dd><code>${e(f.urn)}</code></dd>`);
    out.push(`<dt>${e(l.message)}</dt><dd class="message">${r(f.message[lang], lang)}</dd>`);
    if (meta) out.push(`<dt>${e(l.remediation)}</dt><dd>${r(meta.remediation[lang], lang)}</dd>`);
    if (refs.length > 0) {
        out.push(`<dt>${e(l.frameworks)}</dt><dd><ul class="refs">${refs.map((r) => `<li>${e(r.label)}</li>`).join("")}</ul></dd>`);
    }
    out.push(`</dl>`);
    if (f.waived) {
        const w = f.waived;
        out.push(
            `<div class="waiver"><strong>${e(capitalise(l.waived))}</strong> — ` +
                `${e(l.owner)}${e(l.colon)}${e(w.owner)} · ` +
                `${e(l.expires)}${e(l.colon)}<time datetime="${e(w.expires)}">${e(w.expires)}</time> · ` +
                `${e(l.reason)}${e(l.colon)}${r(waiverReason(w, lang), lang)}</div>`,
        );
    }
    out.push(`</li>`);
    return out.join("\n");
}

function num(value: number, outcome?: Outcome): string {
    const classes = ["num", ...(outcome ? [`out-${outcome}`] : []), ...(value === 0 ? ["zero"] : [])];
    return `<td class="${classes.join(" ")}">${e(value)}</td>`;
}

function countHeads(l: Labels): string {
    return `<th class="num">${e(l.checked)}</th>${OUTCOMES.map((o) => `<th class="num">${e(l.outcomes[o])}</th>`).join("")}`;
}

function countCells(c: Counts): string {
    return `${num(c.checked)}${OUTCOMES.map((o) => num(c[o], o)).join("")}`;
}

function controlsView(cov: Coverage, l: Labels): string[] {
    const out: string[] = [`<h2>${e(l.controls)}</h2>`, `<p class="intro">${e(l.controlsIntro)}</p>`];
    for (const k of FRAMEWORK_KEYS) {
        const controls = cov.controls.filter((c) => c.framework === k);
        if (controls.length === 0) continue;
        out.push(`<h3>${e(l.frameworkNames[k])}</h3>`);
        out.push(`<table class="counts" data-framework="${e(k)}"><thead><tr><th>${e(l.control)}</th><th>${e(l.policiesCiting)}</th>${countHeads(l)}</tr></thead><tbody>`);
        for (const c of controls) out.push(controlRow(c));
        out.push(`</tbody></table>`);
    }
    return out;
}

function controlRow(c: ControlCoverage): string {
    const policies = c.policies.map((p) => `<li><code>${e(p)}</code></li>`).join("");
    return (
        `<tr${c.failed > 0 ? ' class="has-failed"' : ""}><th scope="row">${e(c.item)}</th>` +
        `<td><details><summary>${e(c.policies.length)}</summary><ul class="checked">${policies}</ul></details></td>${countCells(c)}</tr>`
    );
}

function policiesView(cov: Coverage, l: Labels, index: PolicyIndex, lang: Lang): string[] {
    const out: string[] = [`<h2>${e(l.policiesChecked)}</h2>`, `<p class="intro">${e(l.policiesCheckedIntro)}</p>`];
    out.push(`<table class="counts"><thead><tr><th>${e(l.policy)}</th><th>${e(l.enforcement)}</th>${countHeads(l)}</tr></thead><tbody>`);
    for (const p of cov.policies) out.push(policyRow(p, l, index, lang));
    out.push(`</tbody></table>`);
    return out;
}

function policyRow(p: PolicyCoverage, l: Labels, index: PolicyIndex, lang: Lang): string {
    const meta = index.get(p.policy)?.meta;
    const title = meta ? ` — ${r(meta.title[lang], lang)}` : "";
    const items = [...p.resources].map(([urn, outcome]) => {
        const { name, type } = urnParts(urn);
        return `<li title="${e(urn)}">${e(name)} <span class="out out-${outcome}">${e(l.outcome[outcome])}</span> <code>${e(type)}</code></li>`;
    });
    const list =
        items.length === 0
            ? `<p class="intro">${e(l.nothingToCheck)}</p>`
            : `<details><summary>${e(l.resourcesChecked)} (${e(items.length)})</summary><ul class="checked">${items.join("")}</ul></details>`;
    return (
        `<tr${p.failed > 0 ? ' class="has-failed"' : ""}><td><code>${e(p.policy)}</code>${title}${list}</td>` +
        `<td>${e(l.enforcements[p.enforcement])}</td>${countCells(p)}</tr>`
    );
}

export function renderHtml(input: ReportInput): string {
    const l = labels(input.lang);
    const s = summarize(input);
    const cov = coverageOf(input);
    const index = indexPolicies(input.policies);
    const findings = bySeverity(input.findings);
    const total = findings.length;
    const csp = `default-src 'none'; style-src ${sha256(CSS)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;
    const title = `${l.reportTitle} — ${input.project} / ${input.stack} (${input.profile})`;
    const p = input.provenance;

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
    out.push(`<dl class="meta provenance" id="provenance" aria-label="${e(l.provenance)}">`);
    const commit = p.commit === "unknown" ? e(l.unknown) : `<code>${e(p.commit)}</code>`;
    const provenance: [string, string][] = [
        [l.evaluationDate, `<time datetime="${e(p.evaluationDate)}">${e(p.evaluationDate)}</time>`],
        [l.generatedAt, `<time datetime="${e(p.generatedAt)}">${e(p.generatedAt)}</time>`],
        [l.commit, commit],
        [l.tree, e(l.treeStates[p.tree])],
        [l.pack, `${e(p.packName)} ${e(p.packVersion)}`],
        [l.packConfig, `<code>${e(p.packConfig)}</code>`],
    ];
    for (const [k, v] of provenance) out.push(`<div><dt>${e(k)}</dt><dd>${v}</dd></div>`);
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
        [l.checks, cov.totals.checked],
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
    out.push(`</tbody></table>`);
    out.push(`<table id="by-outcome"><thead><tr><th>${e(l.checks)}</th><th class="num">${e(l.count)}</th></tr></thead><tbody>`);
    for (const o of OUTCOMES) out.push(`<tr><td>${e(l.outcomes[o])}</td>${num(cov.totals[o], o)}</tr>`);
    out.push(`</tbody></table>`, `</div>`, `</section>`);

    // Tabs over the three views; hidden until the script runs, since without it every view is shown.
    const views: [string, string, number][] = [
        ["findings-section", l.findings, total],
        ["controls", l.controls, cov.controls.length],
        ["policies", l.policiesChecked, cov.policies.length],
    ];
    out.push(`<nav id="tabs" class="tabs" role="tablist" aria-label="${e(l.tabs)}" hidden>`);
    for (const [id, label, n] of views) {
        out.push(`<button type="button" role="tab" id="tab-${id}" aria-controls="${id}" aria-selected="false">${e(label)} (${e(n)})</button>`);
    }
    out.push(`</nav>`);

    out.push(`<section id="findings-section" class="view" role="tabpanel" aria-labelledby="tab-findings-section">`, `<h2>${e(l.findings)}</h2>`);
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
    out.push(`</ol>`, `</section>`);
    out.push(`<section id="controls" class="view" role="tabpanel" aria-labelledby="tab-controls">`, ...controlsView(cov, l), `</section>`);
    out.push(`<section id="policies" class="view" role="tabpanel" aria-labelledby="tab-policies">`);
    out.push(...policiesView(cov, l, index, input.lang), `</section>`, `</main>`);
    out.push(`<footer>${e(p.packName)} ${e(p.packVersion)} — ${e(input.project)} / ${e(input.stack)} — ${e(p.generatedAt)}</footer>`);
    out.push(`<script>${SCRIPT}</script>`, `</body>`, `</html>`);
    return `${out.join("\n")}\n`;
}
