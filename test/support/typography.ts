/**
 * What a reader sees of a report, per format, and the French typography faults in it. Code (HTML
 * <code>, Markdown code spans) is taken out first: it is set as written, whatever the language.
 */
import type { Format } from "../../tools/report";

/** What code is replaced by: a word, so that the punctuation around it reads as in the sentence. */
const CODE = "CODE";

function decodeEntities(s: string): string {
    return s
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&amp;/g, "&");
}

function jsonStrings(value: unknown, skip: (key: string) => boolean, out: string[] = []): string[] {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) for (const v of value) jsonStrings(v, skip, out);
    else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) if (!skip(k)) jsonStrings(v, skip, out);
    }
    return out;
}

/** Markdown without its code spans (any fence length) and backslash escapes resolved. */
function markdownProse(md: string): string {
    return decodeEntities(md.replace(/(`+)[\s\S]*?\1/g, CODE).replace(/\\(.)/g, "$1"));
}

/** The texts a reader of the report sees, one per line or field, with code removed. */
export function visibleTexts(format: Format, out: string): string[] {
    switch (format) {
        case "table":
            return out.split("\n");
        case "markdown":
            return markdownProse(out).split("\n");
        case "html": {
            const body = out
                .replace(/<style>[\s\S]*?<\/style>/g, "")
                .replace(/<script>[\s\S]*?<\/script>/g, "")
                .replace(/<code>[\s\S]*?<\/code>/g, CODE);
            const texts = [...body.matchAll(/>([^<]+)</g)].map((m) => decodeEntities(m[1]));
            const attrs = [...body.matchAll(/\s(?:title|aria-label|placeholder|data-template)="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
            return [...texts, ...attrs].flatMap((t) => t.split("\n"));
        }
        case "json":
            return jsonStrings(JSON.parse(out), () => false);
        case "sarif": {
            // help.markdown is Markdown: read as Markdown, the other strings as text.
            const doc: unknown = JSON.parse(out);
            return [...jsonStrings(doc, (k) => k === "markdown"), ...markdownFields(doc).flatMap((m) => markdownProse(m).split("\n"))];
        }
        case "junit": {
            const texts = [...out.matchAll(/>([^<]+)</g)].map((m) => decodeEntities(m[1]));
            const attrs = [...out.matchAll(/\s(?:name|message|value)="([^"]*)"/g)].map((m) => decodeEntities(m[1]));
            return [...texts, ...attrs].flatMap((t) => t.split("\n"));
        }
    }
}

function markdownFields(value: unknown, out: string[] = []): string[] {
    if (Array.isArray(value)) for (const v of value) markdownFields(v, out);
    else if (value !== null && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
            if (k === "markdown" && typeof v === "string") out.push(v);
            else markdownFields(v, out);
        }
    }
    return out;
}

const SPACES = "[ \\u00a0\\u202f]";

/**
 * Faults of French typography in one visible text, each named with the text around it. A string
 * between straight quotes is a literal value in the rules' French texts (typography.ts), as are URNs
 * and IPv6 prefixes: code, whose punctuation is not French punctuation.
 */
export function frenchFaults(text: string): string[] {
    const t = text.replace(/urn:pulumi:\S+/g, CODE).replace(/::\/0/g, CODE).replace(/"[^"\n]*"/g, CODE);
    const faults: string[] = [];
    const check = (name: string, re: RegExp) => {
        for (const m of t.matchAll(re)) faults.push(`${name}: «${t.slice(Math.max(0, (m.index ?? 0) - 25), (m.index ?? 0) + 25)}»`);
    };
    check("raw backtick", /`/g);
    check("doubled punctuation", new RegExp(`[.;:,!?]${SPACES}*[.;,](?!\\d)`, "g"));
    check("space before a full stop or comma", new RegExp(`${SPACES}[.,](?=\\s|$)`, "g"));
    check("wide space before ; : ! ?", /[ \u00a0][;:!?](?=\s|$)/g);
    check("no space before ; ! ?", /[\p{L}\d)»][;!?](?=\s|$)/gu);
    check("« without a narrow no-break space", /«(?!\u202f)/g);
    check("» without a narrow no-break space", /(?<!\u202f)»/g);
    check("three dots for an ellipsis", /\.\.\./g);
    return faults;
}
