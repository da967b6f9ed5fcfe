/** Small helpers the governance rules share (message formatting only). */

/** "alicloud:rds/instance:Instance" → "rds.Instance", the name people know from the SDK. */
export function shortType(type: string): string {
    const m = /^alicloud:([^/]+)\/[^:]+:(.+)$/.exec(type);
    return m ? `${m[1]}.${m[2]}` : type;
}

/** A value as a message shows it: its JSON, or "unset" / « non défini » when absent. */
export function shown(value: unknown, lang: "en" | "fr"): string {
    if (value === undefined || value === null) return lang === "en" ? "unset" : "non défini";
    return JSON.stringify(value);
}

/** The tags map of a resource's props, whatever the props' declared type. */
export function tagsOf(props: unknown): Readonly<Record<string, unknown>> {
    const tags = (props as { tags?: unknown } | null)?.tags;
    return typeof tags === "object" && tags !== null && !Array.isArray(tags) ? (tags as Record<string, unknown>) : {};
}

/** Props of any taggable class: every `...Args` in TAGGABLE_TYPES types `tags` as this string map. */
export interface TaggedProps {
    readonly tags?: Readonly<Record<string, string>>;
}
