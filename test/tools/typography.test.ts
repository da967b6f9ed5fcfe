import { frenchProse, plain, rich, segments } from "../../tools/report/typography";
import { frenchFaults } from "../support/typography";

const N = "\u202f";

describe("segments", () => {
    it("takes code from backticks in both languages and, in French only, literal values from straight quotes", () => {
        const s = 'Ajouter `protect: true` et fixer status à "Enabled".';
        expect(segments(s, "fr")).toEqual([
            { kind: "prose", text: "Ajouter " },
            { kind: "code", text: "protect: true" },
            { kind: "prose", text: " et fixer status à " },
            { kind: "literal", text: '"Enabled"' },
            { kind: "prose", text: "." },
        ]);
        expect(segments('Bucket "media" needs `acl: "private"`', "en")).toEqual([
            { kind: "prose", text: 'Bucket "media" needs ' },
            { kind: "code", text: 'acl: "private"' },
        ]);
    });
    it("leaves a lone backtick or quote in the prose", () => {
        expect(segments("a ` b", "fr")).toEqual([{ kind: "prose", text: "a ` b" }]);
    });
});

describe("French typography", () => {
    it("puts a narrow no-break space before ; : ! ? and inside « », and makes three dots an ellipsis", () => {
        expect(frenchProse("Le bucket « media » est public ; le corriger : vite ! Pourquoi ? Etc...")).toBe(
            `Le bucket «${N}media${N}» est public${N}; le corriger${N}: vite${N}! Pourquoi${N}? Etc…`,
        );
    });
    it("leaves a sign without a space before it alone: that is code in the rules' texts", () => {
        expect(frenchProse("urn:pulumi:prod et policy: drop")).toBe("urn:pulumi:prod et policy: drop");
    });
    it("shows code between « » in the plain French formats, never retouched, and English as written", () => {
        expect(plain('Fixer `protect: true` ; status "Enable" : ok...', "fr")).toBe(`Fixer «${N}protect: true${N}»${N}; status "Enable"${N}: ok…`);
        expect(plain("Set `protect: true` ; ok...", "en")).toBe("Set `protect: true` ; ok...");
    });
    it("hands prose and code to the format's own setters", () => {
        const html = rich('Fixer `a<b` à "x" ; ok', "fr", (s) => s.replace(/</g, "&lt;"), (c) => `<code>${c.replace(/</g, "&lt;")}</code>`);
        expect(html).toBe(`Fixer <code>a&lt;b</code> à <code>"x"</code>${N}; ok`);
    });
});

describe("the French typography scan", () => {
    it.each([
        ["a raw backtick", "Ajouter `protect`", "raw backtick"],
        ["a doubled full stop", "Motif. .", "doubled punctuation"],
        ["a doubled semicolon", "a;; b", "doubled punctuation"],
        ["a full stop after a semicolon", `fin${N};.`, "doubled punctuation"],
        ["a space before a full stop", "fin .", "space before a full stop or comma"],
        ["a wide space before a colon", "Motif : x", "wide space before ; : ! ?"],
        ["no space before a semicolon", "public; le corriger", "no space before ; ! ?"],
        ["« without its space", `«media${N}»`, "« without a narrow no-break space"],
        ["three dots", "etc...", "three dots for an ellipsis"],
    ])("finds %s", (_case, text, fault) => {
        expect(frenchFaults(text).map((f) => f.split(": «")[0])).toContain(fault);
    });
    it("finds nothing in well-set French, URNs, IPv6 prefixes and literal values", () => {
        const ok = `Le bucket «${N}media${N}» est public${N}; fixer acl à "private;;"${N}: 0.0.0.0/0 ou ::/0, urn:pulumi:prod::x::t::n.`;
        expect(frenchFaults(ok)).toEqual([]);
    });
});
