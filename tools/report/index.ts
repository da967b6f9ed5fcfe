/**
 * Offline compliance reports of an audit, in the formats the project's readers use: a terminal
 * table, JSON for CI, Markdown for merge requests, a self-contained HTML file for auditors, SARIF
 * for code scanning and JUnit for CI test dashboards. Every format reads the same `ReportInput`
 * and the same `summarize`, so their counts always agree.
 */
import { renderHtml } from "./html";
import { renderJson } from "./json";
import { renderJunit } from "./junit";
import { renderMarkdown } from "./markdown";
import type { ReportInput } from "./model";
import { renderSarif } from "./sarif";
import { renderTable } from "./table";

export type { ReportInput, Summary } from "./model";
export { summarize } from "./model";

export type Format = "table" | "json" | "markdown" | "html" | "sarif" | "junit";

export const FORMATS: readonly Format[] = ["table", "json", "markdown", "html", "sarif", "junit"];

const RENDERERS: Readonly<Record<Format, (input: ReportInput) => string>> = {
    table: renderTable,
    json: renderJson,
    markdown: renderMarkdown,
    html: renderHtml,
    sarif: renderSarif,
    junit: renderJunit,
};

export function isFormat(value: string): value is Format {
    return (FORMATS as readonly string[]).includes(value);
}

export function render(format: Format, input: ReportInput): string {
    return RENDERERS[format](input);
}
