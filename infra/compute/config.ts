/**
 * The compute layer's settings: the app servers' image, their user-data template, and the event
 * calendar the scaling group is pre-warmed on; with the layer's profile slice.
 */
import { deepFreeze, key, RawConfig, text } from "../core/config";
import type { LayerConfig } from "../core/layer";
import type { CoreSettings } from "../core/settings";
import { CALENDAR_KEY, CalendarEvent, parseCalendar } from "./calendar";
import { COMPUTE_PROFILES, ComputeProfile, computeGuardrails } from "./profile";
import { checkTemplate, DEFAULT_USER_DATA, USER_DATA_KEY } from "./userdata";

export interface ComputeConfig {
    readonly profile: ComputeProfile;
    /** ECS image of the app servers: a custom image (m-...) or a public image file name (....vhd). */
    readonly imageId: string;
    /** The user-data template, placeholders unfilled (the default when the stack sets none). */
    readonly userDataTemplate: string;
    /** Events, in the order they happen; which become tasks depends on the plan time (calendar.ts). */
    readonly calendar: readonly CalendarEvent[];
    /** Days the app's logstore keeps its logs (the core profile's log retention). */
    readonly logRetentionDays: number;
}

/** `eventCalendar` is an object and cannot be declared in Pulumi.yaml; the settings loader still knows it. */
export const COMPUTE_KEYS = ["appImageId", USER_DATA_KEY, CALENDAR_KEY] as const;

const IMAGE_ID = /^(m-[a-z0-9]{8,40}|[A-Za-z0-9][A-Za-z0-9_.-]{0,120}\.vhd)$/;

export function parseComputeConfig(raw: RawConfig, core: CoreSettings): ComputeConfig {
    const profile = COMPUTE_PROFILES[core.profile.name];
    const imageId = text(raw, key("appImageId"), "an ECS image id: a custom image (m-…) or a public image file name (….vhd)", IMAGE_ID);
    // Pulumi.yaml declares the template with an empty default: empty means the default template.
    const given = raw[key(USER_DATA_KEY)];
    const userDataTemplate = checkTemplate(given === undefined || given === "" ? DEFAULT_USER_DATA : given);
    const calendar = parseCalendar(raw, profile);
    return deepFreeze({ profile, imageId, userDataTemplate, calendar, logRetentionDays: core.profile.logRetentionDays });
}

export const computeConfig: LayerConfig<ComputeConfig> = {
    keys: COMPUTE_KEYS,
    parse: parseComputeConfig,
    guardrails: computeGuardrails,
};
