/**
 * The cost report as text for a terminal (at most 100 columns, as the audit's table) or as JSON
 * (the documented schema of docs/cost/README.md, keys in a fixed order). The table shows each billed
 * resource, then its drivers one per line with the reason under them; the JSON has every field in
 * full, where the table must cut an over-long cell (it marks the cut with "…").
 */
import type { Lang } from "../../policies/lib/rule";
import { WIDTH } from "../report/table";
import { NNBSP } from "../report/typography";
import type { CostReport, CostRow } from "./report";

export const COST_FORMATS = ["table", "json"] as const;
export type CostFormat = (typeof COST_FORMATS)[number];

interface CostLabels {
    readonly title: (stack: string, profile: string, project: string, rows: number) => string;
    readonly intro: string;
    readonly driver: string;
    readonly sku: string;
    readonly unit: string;
    readonly min: string;
    readonly max: string;
    readonly monthlyMin: string;
    readonly monthlyMax: string;
    readonly usage: string;
    readonly unpriced: string;
    readonly noRows: string;
    readonly free: (resources: number, types: number) => string;
    readonly unclassified: string;
    readonly estimate: (currency: string, hours: number) => string;
    readonly atMin: string;
    readonly atMax: string;
    readonly placeholder: string;
    readonly incomplete: (rows: number) => string;
    readonly usageLeftOut: (rows: number) => string;
}

const LABELS: Readonly<Record<Lang, CostLabels>> = {
    en: {
        title: (stack, profile, project, rows) => `Cost drivers of ${stack.includes(",") ? "stacks" : "stack"} ${stack} (profile ${profile}, project ${project}): ${rows} rows`,
        intro: 'Quantities from the offline plan, at the minimum and at the maximum; "usage" is billed by use, which a plan cannot know. No price unless --prices.',
        driver: "Driver",
        sku: "What",
        unit: "Unit",
        min: "Min",
        max: "Max",
        monthlyMin: "Month min",
        monthlyMax: "Month max",
        usage: "usage",
        unpriced: "UNPRICED",
        noRows: "No billed resource in this plan.",
        free: (resources, types) => `No direct cost: ${resources} resources of ${types} types`,
        unclassified: "NOT CLASSIFIED, missing from this report (add each type to tools/cost/drivers.ts):",
        estimate: (currency, hours) => `Monthly estimate (${currency}, ${hours} hours a month)`,
        atMin: "at the minimum",
        atMax: "at the maximum",
        placeholder: "PLACEHOLDER PRICES: the sheet says its prices are not real; do not quote this estimate.",
        incomplete: (rows) => `INCOMPLETE: ${rows} row(s) have quantities but no price in the sheet (UNPRICED above); the totals leave them out.`,
        usageLeftOut: (rows) => `Not in the totals: ${rows} row(s) billed by usage.`,
    },
    fr: {
        title: (stack, profile, project, rows) => `Postes de coût ${stack.includes(",") ? "des piles" : "de la pile"} ${stack} (profil ${profile}, projet ${project})${NNBSP}: ${rows} lignes`,
        intro: `Quantités du plan hors ligne, au minimum et au maximum${NNBSP}; «${NNBSP}à l'usage${NNBSP}» se facture selon l'usage, qu'un plan ne peut connaître. Pas de prix sans --prices.`,
        driver: "Poste",
        sku: "Quoi",
        unit: "Unité",
        min: "Min",
        max: "Max",
        monthlyMin: "Mois min",
        monthlyMax: "Mois max",
        usage: "à l'usage",
        unpriced: "SANS PRIX",
        noRows: "Aucune ressource facturée dans ce plan.",
        free: (resources, types) => `Sans coût direct${NNBSP}: ${resources} ressources de ${types} types`,
        unclassified: `NON CLASSÉS, absents de ce rapport (ajoutez chaque type à tools/cost/drivers.ts)${NNBSP}:`,
        estimate: (currency, hours) => `Estimation mensuelle (${currency}, ${hours} heures par mois)`,
        atMin: "au minimum",
        atMax: "au maximum",
        placeholder: `PRIX FICTIFS${NNBSP}: la grille dit que ses prix ne sont pas réels${NNBSP}; ne citez pas cette estimation.`,
        incomplete: (rows) => `INCOMPLÈTE${NNBSP}: ${rows} ligne(s) ont des quantités mais pas de prix dans la grille (SANS PRIX ci-dessus)${NNBSP}; les totaux les omettent.`,
        usageLeftOut: (rows) => `Hors totaux${NNBSP}: ${rows} ligne(s) facturées à l'usage.`,
    },
};

const width = (s: string): number => [...s].length;

/** `s` in `n` columns: padded, or cut with "…" when longer (the JSON keeps it whole). */
function cell(s: string, n: number, right = false): string {
    const chars = [...s];
    if (chars.length > n) return `${chars.slice(0, n - 1).join("")}…`;
    const pad = " ".repeat(n - chars.length);
    return right ? pad + s : s + pad;
}

/**
 * Words of `text` in lines of at most WIDTH columns, the first starting with `indent`, the others
 * with `next` (a hanging indent); a word longer than a line is cut.
 */
function wrap(text: string, first: string, next = first): string[] {
    const lines: string[] = [];
    let indent = first;
    let line = indent;
    // Split at plain spaces only: a narrow no-break space (French typography) must not break a line.
    for (const word of text.split(/ +/).filter((w) => w !== "")) {
        if (line !== indent && width(line) + 1 + width(word) > WIDTH) {
            lines.push(line);
            indent = next;
            line = indent;
        }
        let rest = word;
        while (width(line) + width(rest) > WIDTH) {
            const room = WIDTH - width(line);
            lines.push(line + [...rest].slice(0, room).join(""));
            indent = next;
            line = indent;
            rest = [...rest].slice(room).join("");
        }
        line += (line === indent ? "" : " ") + rest;
    }
    if (line !== indent) lines.push(line);
    return lines;
}

const number = (v: number, lang: Lang, fraction = 0): string =>
    v.toLocaleString(lang === "fr" ? "fr-FR" : "en-GB", { minimumFractionDigits: fraction, maximumFractionDigits: fraction === 0 ? 2 : fraction }).replace(/[\u00a0\u202f]/g, NNBSP);

const shortType = (type: string): string => type.replace(/^alicloud:/, "");

/** Column widths: indent, driver, what, unit, min, max, and the two monthly amounts when priced. */
const COLS = { indent: 2, driver: 14, sku: 24, unit: 12, qty: 9, money: 11 } as const;

function rowLine(r: CostRow, l: CostLabels, lang: Lang): string {
    const qty = (v: number | null): string => cell(v === null ? l.usage : number(v, lang), COLS.qty, true);
    const parts = [" ".repeat(COLS.indent - 1), cell(r.driver, COLS.driver), cell(r.sku, COLS.sku), cell(r.unit, COLS.unit), qty(r.min), qty(r.max)];
    const p = r.price;
    if (p !== undefined) {
        if (p.status === "priced") parts.push(cell(number(p.monthlyMin ?? 0, lang, 2), COLS.money, true), cell(number(p.monthlyMax ?? 0, lang, 2), COLS.money, true));
        else if (p.status === "unpriced") parts.push(cell(l.unpriced, COLS.money * 2 + 1, true));
        else parts.push(cell(l.usage, COLS.money, true), cell(l.usage, COLS.money, true));
    }
    return parts.join(" ").trimEnd();
}

export function renderCostTable(report: CostReport): string {
    const lang = report.lang;
    const l = LABELS[lang];
    const priced = report.estimate !== null;
    const out: string[] = [];
    // An environment's report (--env) joins its stacks with "+": name them all.
    out.push(...wrap(l.title(report.stack.split("+").join(", "), report.profile, report.project, report.rows.length), ""));
    out.push(...wrap(l.intro, ""));
    out.push("");
    if (report.rows.length === 0) out.push(l.noRows);
    else {
        const head = [" ".repeat(COLS.indent - 1), cell(l.driver, COLS.driver), cell(l.sku, COLS.sku), cell(l.unit, COLS.unit), cell(l.min, COLS.qty, true), cell(l.max, COLS.qty, true)];
        if (priced) head.push(cell(l.monthlyMin, COLS.money, true), cell(l.monthlyMax, COLS.money, true));
        out.push(head.join(" ").trimEnd());
    }
    let current = "";
    for (const r of report.rows) {
        if (r.urn !== current) {
            current = r.urn;
            out.push(...wrap(`${r.resource} (${shortType(r.type)}${report.stack.includes("+") ? `, ${r.stack}` : ""})`, ""));
        }
        out.push(rowLine(r, l, lang));
        if (r.note !== "") out.push(...wrap(r.note, " ".repeat(COLS.indent + COLS.driver + 1)));
    }
    out.push("");
    const resources = report.free.reduce((n, f) => n + f.resources, 0);
    out.push(...wrap(`${l.free(resources, report.free.length)}${lang === "fr" ? NNBSP : ""}:`, ""));
    for (const f of report.free) out.push(...wrap(`${f.resources} × ${shortType(f.type)}: ${f.reason}`.replace(/: /, lang === "fr" ? `${NNBSP}: ` : ": "), "  ", "      "));
    if (report.unclassified.length > 0) {
        out.push("");
        out.push(...wrap(l.unclassified, ""));
        for (const t of report.unclassified) out.push(...wrap(t, "  "));
    }
    const e = report.estimate;
    if (e !== null) {
        out.push("");
        const colon = lang === "fr" ? `${NNBSP}:` : ":";
        out.push(...wrap(`${l.estimate(e.currency, report.hoursPerMonth)}${colon} ${number(e.monthlyMin, lang, 2)} ${l.atMin}, ${number(e.monthlyMax, lang, 2)} ${l.atMax}.`, ""));
        if (e.placeholder) out.push(...wrap(l.placeholder, ""));
        if (!e.complete) out.push(...wrap(l.incomplete(e.unpricedRows), ""));
        if (e.usageRows > 0) out.push(...wrap(l.usageLeftOut(e.usageRows), ""));
    }
    return `${out.join("\n")}\n`;
}

/** The report as JSON: the fields in the documented order, rows without a price when no sheet was given. */
export function renderCostJson(report: CostReport): string {
    const ordered = {
        schema: report.schema,
        project: report.project,
        stack: report.stack,
        profile: report.profile,
        lang: report.lang,
        hoursPerMonth: report.hoursPerMonth,
        rows: report.rows.map((r) => ({
            stack: r.stack,
            resource: r.resource,
            urn: r.urn,
            type: r.type,
            driver: r.driver,
            sku: r.sku,
            unit: r.unit,
            basis: r.basis,
            min: r.min,
            max: r.max,
            note: r.note,
            ...(r.price === undefined
                ? {}
                : { price: { status: r.price.status, unitPrice: r.price.unitPrice, per: r.price.per, monthlyMin: r.price.monthlyMin, monthlyMax: r.price.monthlyMax } }),
        })),
        free: report.free.map((f) => ({ type: f.type, resources: f.resources, reason: f.reason })),
        unclassified: report.unclassified,
        estimate:
            report.estimate === null
                ? null
                : {
                      currency: report.estimate.currency,
                      placeholder: report.estimate.placeholder,
                      monthlyMin: report.estimate.monthlyMin,
                      monthlyMax: report.estimate.monthlyMax,
                      unpricedRows: report.estimate.unpricedRows,
                      usageRows: report.estimate.usageRows,
                      complete: report.estimate.complete,
                  },
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}

export function renderCost(format: CostFormat, report: CostReport): string {
    return format === "json" ? renderCostJson(report) : renderCostTable(report);
}
