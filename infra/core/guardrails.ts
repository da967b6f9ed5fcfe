/**
 * The shape in which a profile says how the guardrails treat its stacks. Layers describe their
 * part; `npm run pack-config` merges every part into `policies/config/<profile>.json`, which the
 * pack reads (the pack never imports infra/, so the numbers reach it through that generated file).
 */

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";

/** A policy's entry: a level, or a level with the policy's config properties. */
export type GuardrailEntry = EnforcementLevel | ({ readonly enforcementLevel?: EnforcementLevel } & Readonly<Record<string, unknown>>);

/** Policy id → entry; ids are the pack's policy names. */
export type GuardrailConfig = Readonly<Record<string, GuardrailEntry>>;

/**
 * Merges parts into one configuration. Two parts may both speak of a policy (one its level, one a
 * threshold), but never set the same field twice: a number must have one source.
 */
export function mergeGuardrails(parts: readonly { readonly source: string; readonly config: GuardrailConfig }[]): GuardrailConfig {
    const out: Record<string, Record<string, unknown>> = {};
    const owner = new Map<string, string>();
    for (const { source, config } of parts) {
        for (const [policy, entry] of Object.entries(config)) {
            const fields = typeof entry === "string" ? { enforcementLevel: entry } : entry;
            const target = (out[policy] ??= {});
            for (const [field, value] of Object.entries(fields)) {
                const key = `${policy}.${field}`;
                const previous = owner.get(key);
                if (previous !== undefined) throw new Error(`guardrail ${key} is set by both ${previous} and ${source}`);
                owner.set(key, source);
                target[field] = value;
            }
        }
    }
    const result: Record<string, GuardrailEntry> = {};
    for (const policy of Object.keys(out).sort()) {
        const fields = out[policy];
        const keys = Object.keys(fields);
        // A bare level stays a string, as people write pack configs by hand.
        result[policy] = keys.length === 1 && keys[0] === "enforcementLevel" ? (fields.enforcementLevel as EnforcementLevel) : (fields as GuardrailEntry);
    }
    return result;
}
