/**
 * The French reports of every stack, in every format, read as a French auditor reads them: no raw
 * backtick, no doubled punctuation, French spacing, and no English left where French is due. The
 * stacks are audited as the command line does, plus prod in preview, where values are unknown and
 * the engine's own "can't run" advisory appears.
 */
import { waiverReason, readWaiverFile } from "../../policies/lib/waivers";
import * as path from "node:path";
import { auditPlan } from "../../tools/audit/run";
import { FORMATS, render, ReportInput } from "../../tools/report";
import { labels } from "../../tools/report/i18n";
import { planIsolated } from "../support/plan";
import { TEST_TODAY } from "../support/policy";
import { ROOT, STACKS } from "../support/settings";
import { frenchFaults, visibleTexts } from "../support/typography";

const PLANNING = 120_000;
const CLOCK = () => new Date("2026-11-26T09:30:00Z");
const GIT = { commit: "0123456789abcdef0123456789abcdef01234567", tree: "clean" as const };

const reports = new Map<string, ReportInput>();

beforeAll(async () => {
    const subjects = [...STACKS.map((s) => ({ name: s, stack: s, preview: false })), { name: "prod (preview)", stack: "prod", preview: true }];
    for (const { name, stack, preview } of subjects) {
        const plan = await planIsolated(stack, { preview });
        const run = await auditPlan(plan, plan.profile, "fr", TEST_TODAY, { clock: CLOCK, git: GIT });
        reports.set(name, run.report);
    }
}, PLANNING * (STACKS.length + 1));

const SUBJECTS = [...STACKS, "prod (preview)"];
const CASES = SUBJECTS.flatMap((s) => FORMATS.map((f) => [s, f] as const));

describe("French reports", () => {
    it("cover a preview with the engine's advisory, so that its French is checked too", () => {
        const preview = reports.get("prod (preview)") as ReportInput;
        expect(preview.findings.some((f) => f.preview)).toBe(true);
    });

    it.each(CASES)("%s, %s: French typography, no raw backtick, no doubled punctuation", (subject, format) => {
        const out = render(format, reports.get(subject) as ReportInput);
        const faults = visibleTexts(format, out).flatMap(frenchFaults);
        expect([...new Set(faults)]).toEqual([]);
    });

    it.each(CASES)("%s, %s: nothing in English that has a French version", (subject, format) => {
        const out = render(format, reports.get(subject) as ReportInput);
        const texts = visibleTexts(format, out).join("\n");
        const en = labels("en");
        const fr = labels("fr");
        // Labels of several words, or long enough not to be a word of a resource name or a type.
        const english = (Object.keys(en) as (keyof typeof en)[])
            .map((k) => [en[k], fr[k]])
            .filter((pair): pair is [string, string] => typeof pair[0] === "string" && pair[0] !== pair[1])
            .map(([e]) => e)
            .filter((e) => e.includes(" ") && e.length >= 8);
        const waivers = readWaiverFile(path.join(ROOT, "policies", "waivers.json")).map((w) => waiverReason(w, "en").slice(0, 40));
        const leaks = [...english, ...waivers, "can't run policy", "during preview"].filter((e) => texts.includes(e));
        expect(leaks).toEqual([]);
    });
});
