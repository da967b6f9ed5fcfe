/**
 * The compute layer's parser: the image, the user-data template and the event calendar, and the
 * schedule the calendar becomes at a plan time. Every error text is the contract; the plan time is
 * always pinned here, so nothing depends on the day the tests run.
 */
import { RawConfig } from "../../../infra/core/config";
import { parseCore } from "../../../infra/core/settings";
import { CalendarEvent, formatTime, parseCalendar, parseTime, scheduleCalendar, SCHEDULE_LIMIT_DAYS } from "../../../infra/compute/calendar";
import { ComputeConfig, COMPUTE_KEYS, parseComputeConfig } from "../../../infra/compute/config";
import { COMPUTE_PROFILES } from "../../../infra/compute/profile";
import { checkTemplate, DEFAULT_USER_DATA, encodeUserData, PLACEHOLDERS, renderUserData, TEMPLATE_MAX } from "../../../infra/compute/userdata";
import { planTime, PLAN_DATE_VARIABLE } from "../../../infra/settings";
import { json, rawFor, settingsError, TEST_IMAGE_ID, withKeys } from "../../support/settings";

const BASE = rawFor({ profile: "prod" });
const PROD = COMPUTE_PROFILES.prod;
const parse = (raw: RawConfig): ComputeConfig => parseComputeConfig(raw, parseCore(raw, "prod"));
const K = "dakar2026:eventCalendar";
const withCalendar = (events: unknown): RawConfig => withKeys(BASE, { [K]: json(events) });
const calendarError = (events: unknown): string => settingsError(() => parse(withCalendar(events))).message;

/** A valid event; each case changes one field. */
const EVENT = { name: "final", scaleOutAt: "2027-01-10T14:00Z", scaleBackAt: "2027-01-10T23:00Z", minSize: 9, desiredCapacity: 12 };
const at = (iso: string): number => Date.parse(iso);

describe("parseComputeConfig: image and user data", () => {
    it("reads the image and the profile slice, and takes the default template when the stack sets none or an empty one", () => {
        const c = parse(BASE);
        expect(c).toMatchObject({ imageId: TEST_IMAGE_ID, profile: PROD, userDataTemplate: DEFAULT_USER_DATA, calendar: [] });
        expect(parse(withKeys(BASE, { "dakar2026:userDataTemplate": "" })).userDataTemplate).toBe(DEFAULT_USER_DATA);
        expect(Object.isFrozen(c)).toBe(true);
    });

    it("reads a public image file name too", () => {
        expect(parse(withKeys(BASE, { "dakar2026:appImageId": "aliyun_3_x64_20G_alibase_20240528.vhd" })).imageId).toBe("aliyun_3_x64_20G_alibase_20240528.vhd");
    });

    it("requires the image", () => {
        expect(settingsError(() => parse(withKeys(BASE, { "dakar2026:appImageId": undefined }))).message).toBe(
            "dakar2026:appImageId is required: an ECS image id: a custom image (m-…) or a public image file name (….vhd)",
        );
    });

    it.each(["ubuntu", "m-short", "M-GW8ABCDEFGH", "m-gw8abcdefgh; rm -rf /"])("rejects image %j", (v) => {
        expect(settingsError(() => parse(withKeys(BASE, { "dakar2026:appImageId": v }))).message).toBe(
            `dakar2026:appImageId ${json(v)} is not allowed: an ECS image id: a custom image (m-…) or a public image file name (….vhd)`,
        );
    });

    it("takes a template of its own", () => {
        const t = "#cloud-config\nwrite_files:\n  - path: /etc/app\n    content: {{region}}\n";
        expect(parse(withKeys(BASE, { "dakar2026:userDataTemplate": t })).userDataTemplate).toBe(t);
    });

    it.each([
        ["echo hello", `dakar2026:userDataTemplate "echo hello" is not allowed: the template must start with "#!" (a script) or "#cloud-config"`],
        ["#!/bin/sh\necho {{password}}", `dakar2026:userDataTemplate asks for "{{password}}", which nothing fills; allowed placeholders: ${PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}`],
        [`#!/bin/sh\n${"#".repeat(TEMPLATE_MAX)}`, `dakar2026:userDataTemplate is ${TEMPLATE_MAX + 10} characters long; at most ${TEMPLATE_MAX} are allowed`],
    ])("rejects template %#", (t, message) => {
        expect(settingsError(() => checkTemplate(t)).message).toBe(message);
    });

    it("fills every placeholder of the default template and encodes it as Base64", () => {
        const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`])) as Record<(typeof PLACEHOLDERS)[number], string>;
        const text = renderUserData(DEFAULT_USER_DATA, values);
        expect(text).not.toMatch(/\{\{/);
        for (const p of PLACEHOLDERS) expect(text).toContain(`<${p}>`);
        expect(Buffer.from(encodeUserData(text), "base64").toString("utf8")).toBe(text);
    });

    it("declares the keys it reads", () => {
        expect(COMPUTE_KEYS).toEqual(["appImageId", "userDataTemplate", "eventCalendar"]);
    });
});

describe("parseCalendar", () => {
    it("reads events in the order they happen, the maximum defaulting to the profile's", () => {
        const later = { ...EVENT, name: "later", scaleOutAt: "2027-02-01T10:00Z", scaleBackAt: "2027-02-01T12:00Z", maxSize: 12, description: "A later one" };
        expect(parse(withCalendar([later, EVENT])).calendar).toEqual([
            { ...EVENT, maxSize: PROD.maxSize },
            later,
        ]);
    });

    it("accepts an event at the profile's limits: minimum one above the profile's, everything up to its maximum", () => {
        const e = { ...EVENT, minSize: PROD.minSize + 1, desiredCapacity: PROD.maxSize, maxSize: PROD.maxSize };
        expect(parse(withCalendar([e])).calendar).toEqual([e]);
    });

    it("accepts an event of exactly 90 days, and events one minute apart", () => {
        const long = { ...EVENT, scaleOutAt: "2027-01-01T00:00Z", scaleBackAt: "2027-04-01T00:00Z" };
        expect(parse(withCalendar([long])).calendar).toHaveLength(1);
        const next = { ...EVENT, name: "next", scaleOutAt: "2027-01-10T23:01Z", scaleBackAt: "2027-01-11T02:00Z" };
        expect(parse(withCalendar([EVENT, next])).calendar).toHaveLength(2);
    });

    const bounds = `above the profile's minimum ${PROD.minSize}, at most its maximum ${PROD.maxSize}`;
    const fields = "name, description, scaleOutAt, scaleBackAt, minSize, desiredCapacity, maxSize";
    const shape = "a list of events {name, scaleOutAt, scaleBackAt, minSize, desiredCapacity, maxSize (optional), description (optional)}";
    it.each<[string, unknown, string]>([
        ["not a list", { name: "x" }, `${K} must be ${shape} (got ${json(json({ name: "x" }))})`],
        ["an entry that is not an object", ["final"], `${K}[0] must be an event object (got "final"); the calendar is ${shape}`],
        ["an unknown field", [{ ...EVENT, minsize: 3 }], `${K}[0] has field "minsize", which is not an event field; allowed: ${fields}`],
        ["a missing field", [{ ...EVENT, scaleBackAt: undefined }], `${K}[0] has no scaleBackAt; every event needs name, scaleOutAt, scaleBackAt, minSize and desiredCapacity`],
        ["a name with capitals", [{ ...EVENT, name: "Final" }], `${K}[0].name "Final" is not allowed: 1 to 20 lowercase letters, digits and single hyphens, starting with a letter`],
        ["a name too long for the task names", [{ ...EVENT, name: "a".repeat(21) }], `${K}[0].name ${json("a".repeat(21))} is not allowed: 1 to 20 lowercase letters, digits and single hyphens, starting with a letter`],
        ["a two-line description", [{ ...EVENT, description: "a\nb" }], `${K}[0].description "a\\nb" is not allowed: one line of at most 200 characters`],
        ["a date without a time", [{ ...EVENT, scaleOutAt: "2027-01-10" }], `${K}[0].scaleOutAt "2027-01-10" is not a UTC time YYYY-MM-DDThh:mmZ (e.g. 2027-01-16T14:00Z)`],
        ["a day that does not exist", [{ ...EVENT, scaleOutAt: "2027-02-30T14:00Z" }], `${K}[0].scaleOutAt "2027-02-30T14:00Z" is not a UTC time YYYY-MM-DDThh:mmZ (e.g. 2027-01-16T14:00Z)`],
        ["a time in another zone", [{ ...EVENT, scaleBackAt: "2027-01-10T23:00+01:00" }], `${K}[0].scaleBackAt "2027-01-10T23:00+01:00" is not a UTC time YYYY-MM-DDThh:mmZ (e.g. 2027-01-16T14:00Z)`],
        ["a scale-back before its scale-out", [{ ...EVENT, scaleBackAt: "2027-01-10T13:00Z" }], `${K}[0].scaleBackAt "2027-01-10T13:00Z" is not after its scaleOutAt "2027-01-10T14:00Z"; an event scales back after it scales out`],
        ["a scale-back at its scale-out", [{ ...EVENT, scaleBackAt: EVENT.scaleOutAt }], `${K}[0].scaleBackAt "2027-01-10T14:00Z" is not after its scaleOutAt "2027-01-10T14:00Z"; an event scales back after it scales out`],
        [
            "an event longer than Auto Scaling can schedule",
            [{ ...EVENT, scaleOutAt: "2027-01-01T00:00Z", scaleBackAt: "2027-04-01T00:01Z" }],
            `${K}[0] (final) lasts 91 days from scaleOutAt "2027-01-01T00:00Z" to scaleBackAt "2027-04-01T00:01Z"; Auto Scaling schedules at most ${SCHEDULE_LIMIT_DAYS} days ahead, so both tasks could never be planned: split it into events of at most ${SCHEDULE_LIMIT_DAYS} days`,
        ],
        ["a minimum that is not an integer", [{ ...EVENT, minSize: 9.5 }], `${K}[0].minSize 9.5 is not allowed: an integer from ${PROD.minSize + 1} to ${PROD.maxSize} (${bounds})`],
        ["a minimum at the profile's (pre-warms nothing)", [{ ...EVENT, minSize: PROD.minSize, desiredCapacity: PROD.minSize }], `${K}[0].minSize ${PROD.minSize} is not allowed: an integer from ${PROD.minSize + 1} to ${PROD.maxSize} (${bounds})`],
        ["a minimum beyond the profile's maximum", [{ ...EVENT, minSize: PROD.maxSize + 1, desiredCapacity: PROD.maxSize + 1 }], `${K}[0].minSize ${PROD.maxSize + 1} is not allowed: an integer from ${PROD.minSize + 1} to ${PROD.maxSize} (${bounds})`],
        ["a maximum beyond the profile's", [{ ...EVENT, maxSize: PROD.maxSize + 1 }], `${K}[0].maxSize ${PROD.maxSize + 1} is not allowed: an integer from the event's minSize 9 to the profile's maximum ${PROD.maxSize}`],
        ["a maximum below the minimum", [{ ...EVENT, maxSize: 8 }], `${K}[0].maxSize 8 is not allowed: an integer from the event's minSize 9 to the profile's maximum ${PROD.maxSize}`],
        ["a maximum given as text", [{ ...EVENT, maxSize: "12" }], `${K}[0].maxSize "12" is not allowed: an integer from 9 to ${PROD.maxSize}`],
        ["a desired capacity below the minimum", [{ ...EVENT, desiredCapacity: 8 }], `${K}[0].desiredCapacity 8 is not allowed: an integer from the event's minSize 9 to its maxSize ${PROD.maxSize}`],
        ["a desired capacity above the maximum", [{ ...EVENT, maxSize: 10 }], `${K}[0].desiredCapacity 12 is not allowed: an integer from the event's minSize 9 to its maxSize 10`],
        ["two events of one name", [EVENT, { ...EVENT, scaleOutAt: "2027-02-10T14:00Z", scaleBackAt: "2027-02-10T23:00Z" }], `${K}[1].name "final" is also the name of ${K}[0]; event names identify their tasks and must differ`],
        [
            "overlapping events asking different capacities",
            [EVENT, { ...EVENT, name: "gala", scaleOutAt: "2027-01-10T20:00Z", scaleBackAt: "2027-01-11T01:00Z", minSize: 6, desiredCapacity: 6 }],
            `${K} events "final" (2027-01-10T14:00Z to 2027-01-10T23:00Z) and "gala" (2027-01-10T20:00Z to 2027-01-11T01:00Z) overlap: the scale-back of "final" would undo "gala"; merge them into one event or let one end before the other starts`,
        ],
        [
            "an event starting the minute another scales back (no defined order)",
            [{ ...EVENT, name: "gala", scaleOutAt: "2027-01-10T23:00Z", scaleBackAt: "2027-01-11T01:00Z" }, EVENT],
            `${K} events "final" (2027-01-10T14:00Z to 2027-01-10T23:00Z) and "gala" (2027-01-10T23:00Z to 2027-01-11T01:00Z) overlap: the scale-back of "final" would undo "gala"; merge them into one event or let one end before the other starts`,
        ],
    ])("rejects %s", (_, events, message) => {
        expect(calendarError(events)).toBe(message);
    });

    it("rejects a value that is not JSON (as the CLI would pass a mistyped structure)", () => {
        expect(settingsError(() => parse(withKeys(BASE, { [K]: "final: 2027" }))).message).toBe(`${K} must be ${shape} (got "final: 2027")`);
    });

    it("reads no events from an absent or empty calendar", () => {
        expect(parseCalendar(BASE, PROD)).toEqual([]);
        expect(parseCalendar(withKeys(BASE, { [K]: "[]" }), PROD)).toEqual([]);
    });
});

describe("scheduleCalendar: what the calendar becomes at a plan time", () => {
    const events = parseCalendar(withCalendar([EVENT]), PROD) as CalendarEvent[];
    const out = { purpose: "final-out", event: "final", kind: "scale-out", launchTime: EVENT.scaleOutAt, minValue: 9, maxValue: PROD.maxSize, desiredCapacity: 12, description: "Pre-warm for final: at least 9 app servers" };
    const back = { purpose: "final-back", event: "final", kind: "scale-back", launchTime: EVENT.scaleBackAt, minValue: PROD.minSize, maxValue: PROD.maxSize, description: "Back to the profile's bounds after final" };

    it("plans both tasks of an event ahead and within 90 days; the scale-back restores the profile's bounds and leaves the capacity to target tracking", () => {
        expect(scheduleCalendar(events, PROD, at("2026-11-29T00:00Z"))).toEqual({ tasks: [out, back], notices: [] });
    });

    it("plans an event whose scale-back is exactly 90 days ahead", () => {
        expect(scheduleCalendar(events, PROD, at("2026-10-12T23:00Z")).tasks).toHaveLength(2);
    });

    it("waits with an event whose scale-back is more than 90 days ahead, and says when to run pulumi up", () => {
        expect(scheduleCalendar(events, PROD, at("2026-10-12T22:59Z"))).toEqual({
            tasks: [],
            notices: [
                "event calendar: final scales back at 2027-01-10T23:00Z, more than 90 days after the plan time 2026-10-12T22:59Z; not planned yet: run pulumi up between 2026-10-12T23:00Z and 2027-01-10T14:00Z to schedule it",
            ],
        });
    });

    it("plans only the scale-back of an event under way", () => {
        expect(scheduleCalendar(events, PROD, at("2027-01-10T14:00Z"))).toEqual({
            tasks: [back],
            notices: ["event calendar: final scaled out at 2027-01-10T14:00Z, before the plan time 2027-01-10T14:00Z; only its scale-back is planned"],
        });
    });

    it("skips an event that is over, with a warning", () => {
        expect(scheduleCalendar(events, PROD, at("2027-01-10T23:00Z"))).toEqual({
            tasks: [],
            notices: ["event calendar: final ended at 2027-01-10T23:00Z (plan time 2027-01-10T23:00Z); its tasks are not planned, remove it from dakar2026:eventCalendar"],
        });
    });

    it("never plans a task in the past or beyond the limit, and every scale-out raises the minimum, whatever the plan time", () => {
        const many = parseCalendar(
            withCalendar([
                EVENT,
                { ...EVENT, name: "b", scaleOutAt: "2027-03-01T08:00Z", scaleBackAt: "2027-03-20T08:00Z", minSize: 4, desiredCapacity: 5, maxSize: 6 },
                { ...EVENT, name: "c", scaleOutAt: "2027-06-01T00:00Z", scaleBackAt: "2027-08-30T00:00Z" },
            ]),
            PROD,
        );
        for (let t = at("2026-09-01T00:00Z"); t < at("2027-10-01T00:00Z"); t += 86_400_000 / 3) {
            const s = scheduleCalendar(many, PROD, t);
            for (const task of s.tasks) {
                const launch = parseTime(task.launchTime) as number;
                expect(launch).toBeGreaterThan(t);
                expect(launch - t).toBeLessThanOrEqual(SCHEDULE_LIMIT_DAYS * 86_400_000);
                expect(task.minValue).toBeLessThanOrEqual(task.maxValue);
                expect(task.minValue).toBeGreaterThanOrEqual(PROD.minSize);
                expect(task.maxValue).toBeLessThanOrEqual(PROD.maxSize);
                if (task.kind === "scale-out") {
                    expect(task.minValue).toBeGreaterThan(PROD.minSize);
                    expect(task.desiredCapacity).toBeGreaterThanOrEqual(task.minValue);
                    // A scale-out is never planned without the scale-back that undoes it.
                    expect(s.tasks.some((x) => x.event === task.event && x.kind === "scale-back")).toBe(true);
                }
            }
        }
    });

    it("writes times as Auto Scaling does", () => {
        expect(formatTime(at("2027-01-10T14:00Z"))).toBe("2027-01-10T14:00Z");
        expect(parseTime("2027-01-10T24:00Z")).toBeUndefined();
    });
});

describe("planTime", () => {
    it("is 00:00 UTC of the pinned day, or now when nothing pins it", () => {
        expect(planTime({ [PLAN_DATE_VARIABLE]: "2026-11-29" })).toBe(at("2026-11-29T00:00Z"));
        const before = Date.now();
        const t = planTime({});
        expect(t).toBeGreaterThanOrEqual(before);
        expect(planTime({ [PLAN_DATE_VARIABLE]: "" })).toBeGreaterThanOrEqual(before);
    });

    it.each(["29/11/2026", "2026-02-30"])("rejects %j", (v) => {
        expect(settingsError(() => planTime({ [PLAN_DATE_VARIABLE]: v })).message).toBe(`${PLAN_DATE_VARIABLE} ${json(v)} is not a date YYYY-MM-DD; unset it to plan at the current time`);
    });
});
