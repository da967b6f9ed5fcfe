/**
 * The event calendar (`dakar2026:eventCalendar`): the events for which the scaling group is
 * pre-warmed, and the Auto Scaling scheduled tasks they become.
 *
 * Two steps, so that validation never depends on the day it runs:
 * - `parseCalendar` checks the calendar itself (fields, times, the profile's bounds, no two events
 *   contradicting each other, no event longer than Auto Scaling can schedule at once) and throws
 *   the usual one-line SettingsError;
 * - `scheduleCalendar` turns it into tasks at a plan instant: what is past is left out, what is
 *   more than 90 days ahead waits for a later run (docs/decisions/0011-event-calendar-and-the-90-day-limit.md),
 *   each with a notice the component prints as a warning.
 */
import { key, quote, RawConfig, SettingsError } from "../core/config";
import type { ComputeProfile } from "./profile";

export const CALENDAR_KEY = "eventCalendar";

/** Auto Scaling refuses a scheduled task whose launch time is more than this many days after the task is created or changed. */
export const SCHEDULE_LIMIT_DAYS = 90;
const DAY_MS = 86_400_000;

/** One event: capacity raised from `scaleOutAt` to `scaleBackAt` (UTC, as Auto Scaling writes them). */
export interface CalendarEvent {
    /** Names the two scheduled tasks, so it is their identity: renaming an event replaces them. */
    readonly name: string;
    readonly description?: string;
    readonly scaleOutAt: string;
    readonly scaleBackAt: string;
    /** The group's minimum during the event: above the profile's, so target tracking cannot scale below it. */
    readonly minSize: number;
    readonly desiredCapacity: number;
    /** The group's maximum during the event (default: the profile's). */
    readonly maxSize: number;
}

const FIELDS = ["name", "description", "scaleOutAt", "scaleBackAt", "minSize", "desiredCapacity", "maxSize"] as const;
const SHAPE = "a list of events {name, scaleOutAt, scaleBackAt, minSize, desiredCapacity, maxSize (optional), description (optional)}";
/** The task names end "-<event>-out" / "-<event>-back" after "dakar2026-<environment>-compute": 20 characters keep them within 63. */
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const NAME_MAX = 20;
/** The launch time format of Auto Scaling's scheduled tasks: minutes, UTC. */
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})Z$/;
const DESCRIPTION_MAX = 200;

/** Milliseconds since the epoch of a time YYYY-MM-DDThh:mmZ that exists; undefined otherwise. */
export function parseTime(v: unknown): number | undefined {
    if (typeof v !== "string") return undefined;
    const m = TIME.exec(v);
    if (!m) return undefined;
    const t = Date.parse(`${v.slice(0, 16)}:00Z`);
    // Date.parse rolls 02-30 into March and accepts 24:00; the round trip refuses both.
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 16) !== v.slice(0, 16)) return undefined;
    return t;
}

/** A time as Auto Scaling writes it. */
export function formatTime(ms: number): string {
    return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

function integer(k: string, v: unknown, what: string): number {
    if (typeof v !== "number" || !Number.isInteger(v)) throw new SettingsError(`${k} ${quote(v)} is not allowed: ${what}`);
    return v;
}

function readEvent(k: string, v: unknown, profile: ComputeProfile): CalendarEvent {
    if (typeof v !== "object" || v === null || Array.isArray(v)) throw new SettingsError(`${k} must be an event object (got ${quote(v)}); the calendar is ${SHAPE}`);
    const o = v as Record<string, unknown>;
    for (const f of Object.keys(o)) {
        if (!(FIELDS as readonly string[]).includes(f)) throw new SettingsError(`${k} has field ${quote(f)}, which is not an event field; allowed: ${FIELDS.join(", ")}`);
    }
    for (const f of ["name", "scaleOutAt", "scaleBackAt", "minSize", "desiredCapacity"] as const) {
        if (o[f] === undefined) throw new SettingsError(`${k} has no ${f}; every event needs name, scaleOutAt, scaleBackAt, minSize and desiredCapacity`);
    }
    const name = o.name;
    if (typeof name !== "string" || !NAME.test(name) || name.length > NAME_MAX) {
        throw new SettingsError(`${k}.name ${quote(name)} is not allowed: 1 to ${NAME_MAX} lowercase letters, digits and single hyphens, starting with a letter`);
    }
    const description = o.description;
    if (description !== undefined && (typeof description !== "string" || description.length > DESCRIPTION_MAX || /[\r\n]/.test(description))) {
        throw new SettingsError(`${k}.description ${quote(description)} is not allowed: one line of at most ${DESCRIPTION_MAX} characters`);
    }
    const times = { scaleOutAt: 0, scaleBackAt: 0 };
    for (const f of ["scaleOutAt", "scaleBackAt"] as const) {
        const t = parseTime(o[f]);
        if (t === undefined) throw new SettingsError(`${k}.${f} ${quote(o[f])} is not a UTC time YYYY-MM-DDThh:mmZ (e.g. 2027-01-16T14:00Z)`);
        times[f] = t;
    }
    if (times.scaleBackAt <= times.scaleOutAt) {
        throw new SettingsError(`${k}.scaleBackAt ${quote(o.scaleBackAt)} is not after its scaleOutAt ${quote(o.scaleOutAt)}; an event scales back after it scales out`);
    }
    const spanDays = (times.scaleBackAt - times.scaleOutAt) / DAY_MS;
    if (spanDays > SCHEDULE_LIMIT_DAYS) {
        throw new SettingsError(
            `${k} (${name}) lasts ${Math.ceil(spanDays)} days from scaleOutAt ${quote(o.scaleOutAt)} to scaleBackAt ${quote(o.scaleBackAt)}; ` +
                `Auto Scaling schedules at most ${SCHEDULE_LIMIT_DAYS} days ahead, so both tasks could never be planned: split it into events of at most ${SCHEDULE_LIMIT_DAYS} days`,
        );
    }
    // The group's bounds during the event: strictly above the profile's minimum (otherwise the event
    // pre-warms nothing) and never beyond its maximum (docs/capacity.md sizes that).
    const range = `an integer from ${profile.minSize + 1} to ${profile.maxSize}`;
    const minSize = integer(`${k}.minSize`, o.minSize, `${range} (above the profile's minimum ${profile.minSize}, at most its maximum ${profile.maxSize})`);
    if (minSize <= profile.minSize || minSize > profile.maxSize) {
        throw new SettingsError(`${k}.minSize ${quote(minSize)} is not allowed: ${range} (above the profile's minimum ${profile.minSize}, at most its maximum ${profile.maxSize})`);
    }
    const maxSize = o.maxSize === undefined ? profile.maxSize : integer(`${k}.maxSize`, o.maxSize, `an integer from ${minSize} to ${profile.maxSize}`);
    if (maxSize < minSize || maxSize > profile.maxSize) {
        throw new SettingsError(`${k}.maxSize ${quote(maxSize)} is not allowed: an integer from the event's minSize ${minSize} to the profile's maximum ${profile.maxSize}`);
    }
    const desiredCapacity = integer(`${k}.desiredCapacity`, o.desiredCapacity, `an integer from ${minSize} to ${maxSize}`);
    if (desiredCapacity < minSize || desiredCapacity > maxSize) {
        throw new SettingsError(`${k}.desiredCapacity ${quote(desiredCapacity)} is not allowed: an integer from the event's minSize ${minSize} to its maxSize ${maxSize}`);
    }
    return {
        name,
        ...(description !== undefined ? { description } : {}),
        scaleOutAt: o.scaleOutAt as string,
        scaleBackAt: o.scaleBackAt as string,
        minSize,
        desiredCapacity,
        maxSize,
    };
}

/** The events of `dakar2026:eventCalendar`, in the order they happen. Absent or empty: no events. */
export function parseCalendar(raw: RawConfig, profile: ComputeProfile): readonly CalendarEvent[] {
    const k = key(CALENDAR_KEY);
    const text = raw[k];
    if (text === undefined || text.trim() === "") return [];
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch {
        throw new SettingsError(`${k} must be ${SHAPE} (got ${quote(text)})`);
    }
    if (!Array.isArray(value)) throw new SettingsError(`${k} must be ${SHAPE} (got ${quote(text)})`);
    const events = value.map((v, i) => readEvent(`${k}[${i}]`, v, profile));
    const seen = new Map<string, number>();
    events.forEach((e, i) => {
        const before = seen.get(e.name);
        if (before !== undefined) throw new SettingsError(`${k}[${i}].name ${quote(e.name)} is also the name of ${k}[${before}]; event names identify their tasks and must differ`);
        seen.set(e.name, i);
    });
    const sorted = [...events].sort((a, b) => (parseTime(a.scaleOutAt) as number) - (parseTime(b.scaleOutAt) as number));
    for (let i = 1; i < sorted.length; i++) {
        const a = sorted[i - 1];
        const b = sorted[i];
        // Touching counts: a scale-back and a scale-out at the same minute run in no defined order.
        if ((parseTime(b.scaleOutAt) as number) <= (parseTime(a.scaleBackAt) as number)) {
            throw new SettingsError(
                `${k} events ${quote(a.name)} (${a.scaleOutAt} to ${a.scaleBackAt}) and ${quote(b.name)} (${b.scaleOutAt} to ${b.scaleBackAt}) overlap: ` +
                    `the scale-back of ${quote(a.name)} would undo ${quote(b.name)}; merge them into one event or let one end before the other starts`,
            );
        }
    }
    return sorted;
}

/** One Auto Scaling scheduled task: the bounds the group takes at `launchTime`. */
export interface ScheduledCapacity {
    /** Purpose in names: "<event>-out" or "<event>-back". */
    readonly purpose: string;
    readonly event: string;
    readonly kind: "scale-out" | "scale-back";
    readonly launchTime: string;
    readonly minValue: number;
    readonly maxValue: number;
    /** Only scale-outs set it; a scale-back leaves the capacity to target tracking. */
    readonly desiredCapacity?: number;
    readonly description: string;
}

export interface Schedule {
    readonly tasks: readonly ScheduledCapacity[];
    /** What was left out and why, one line each (printed as warnings). */
    readonly notices: readonly string[];
}

/**
 * The tasks to plan at `now` (ms since the epoch). A task whose time has come is left out (Auto
 * Scaling refuses a launch time in the past; a task that fired has done its work), and so is an
 * event whose scale-back is more than 90 days ahead, until a later run: planning only its
 * scale-out would leave the raised minimum with nothing to lower it.
 */
export function scheduleCalendar(events: readonly CalendarEvent[], profile: ComputeProfile, now: number): Schedule {
    const tasks: ScheduledCapacity[] = [];
    const notices: string[] = [];
    const limit = now + SCHEDULE_LIMIT_DAYS * DAY_MS;
    const at = formatTime(now);
    for (const e of events) {
        const out = parseTime(e.scaleOutAt) as number;
        const back = parseTime(e.scaleBackAt) as number;
        const label = e.description ?? e.name;
        if (back <= now) {
            notices.push(`event calendar: ${e.name} ended at ${e.scaleBackAt} (plan time ${at}); its tasks are not planned, remove it from ${key(CALENDAR_KEY)}`);
            continue;
        }
        if (back > limit) {
            const from = formatTime(back - SCHEDULE_LIMIT_DAYS * DAY_MS);
            notices.push(
                `event calendar: ${e.name} scales back at ${e.scaleBackAt}, more than ${SCHEDULE_LIMIT_DAYS} days after the plan time ${at}; ` +
                    `not planned yet: run pulumi up between ${from} and ${e.scaleOutAt} to schedule it`,
            );
            continue;
        }
        if (out <= now) {
            notices.push(`event calendar: ${e.name} scaled out at ${e.scaleOutAt}, before the plan time ${at}; only its scale-back is planned`);
        } else {
            tasks.push({
                purpose: `${e.name}-out`,
                event: e.name,
                kind: "scale-out",
                launchTime: e.scaleOutAt,
                minValue: e.minSize,
                maxValue: e.maxSize,
                desiredCapacity: e.desiredCapacity,
                description: `Pre-warm for ${label}: at least ${e.minSize} app servers`,
            });
        }
        tasks.push({
            purpose: `${e.name}-back`,
            event: e.name,
            kind: "scale-back",
            launchTime: e.scaleBackAt,
            minValue: profile.minSize,
            maxValue: profile.maxSize,
            description: `Back to the profile's bounds after ${label}`,
        });
    }
    return { tasks, notices };
}
