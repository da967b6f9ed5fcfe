/**
 * How the texts of rules, findings and waivers are set in each format and language.
 *
 * Those texts mark code the way Markdown does, between backticks (`protect: true`). A report never
 * shows the backticks themselves: HTML sets code in <code>, Markdown in a code span, and the plain
 * formats (table, JSON, SARIF and JUnit texts) show it between « » in French and leave the English
 * text as written.
 *
 * French typography, in every format: a narrow no-break space (U+202F) before ; : ! ? and inside
 * « », "…" for "...". The rules' French texts quote names with « » and write literal values between
 * straight quotes ("Enabled", as in the code): a straight-quoted string in a French text is therefore
 * code, and HTML and Markdown set it as code too. Code is never retouched.
 */
import type { Lang } from "../../policies/lib/rule";

export const NNBSP = "\u202f";

export type SegmentKind = "prose" | "code" | "literal";

export interface Segment {
    readonly kind: SegmentKind;
    /** Without the backticks for code; with its quotes for a literal. */
    readonly text: string;
}

const CODE_EN = /`([^`\n]+)`/g;
const CODE_FR = /`([^`\n]+)`|("[^"\n]*")/g;

/** Prose, code (between backticks) and, in French, literal values (between straight quotes). */
export function segments(text: string, lang: Lang): Segment[] {
    const out: Segment[] = [];
    let last = 0;
    for (const m of text.matchAll(lang === "fr" ? CODE_FR : CODE_EN)) {
        const at = m.index ?? 0;
        if (at > last) out.push({ kind: "prose", text: text.slice(last, at) });
        out.push(m[1] !== undefined ? { kind: "code", text: m[1] } : { kind: "literal", text: m[2] });
        last = at + m[0].length;
    }
    if (last < text.length) out.push({ kind: "prose", text: text.slice(last) });
    return out;
}

/**
 * French spacing of a run of prose: a space typed before ; : ! ? (and the one inside « ») becomes a
 * narrow no-break space, so the sign never starts a line. A sign with no space before it is left
 * alone: in the rules' texts that is code ("acl:", "urn:pulumi:").
 */
export function frenchProse(s: string): string {
    return s
        .replace(/[ \u00a0\u202f]+([;:!?])(?=[\s"«)]|$)/g, `${NNBSP}$1`)
        .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
        .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
        .replace(/\.\.\./g, "…");
}

/** The text as the plain formats show it (table, JSON, SARIF and JUnit texts). */
export function plain(text: string, lang: Lang): string {
    if (lang === "en") return text;
    return segments(text, lang)
        .map((s) => (s.kind === "prose" ? frenchProse(s.text) : s.kind === "code" ? `«${NNBSP}${s.text}${NNBSP}»` : s.text))
        .join("");
}

/** Sets each segment with the format's own means: `prose` for running text, `code` for code and literals. */
export function rich(text: string, lang: Lang, prose: (s: string) => string, code: (s: string) => string): string {
    return segments(text, lang)
        .map((s) => (s.kind === "prose" ? prose(lang === "fr" ? frenchProse(s.text) : s.text) : code(s.text)))
        .join("");
}
