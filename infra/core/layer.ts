/**
 * What a layer gives the settings loader and the pack-config generator: the keys it reads, a
 * parser from raw configuration to its frozen, typed config, and the guardrail configuration its
 * profile slice implies. `infra/settings.ts` lists the layers; nothing else needs to know them.
 */
import type { RawConfig } from "./config";
import type { GuardrailConfig } from "./guardrails";
import type { ProfileName } from "./profile";
import type { CoreSettings } from "./settings";

export interface LayerConfig<T> {
    /** Keys of the project namespace the layer reads (without "dakar2026:"). */
    readonly keys: readonly string[];
    /** Parses and validates the layer's keys; throws SettingsError on bad input. */
    readonly parse: (raw: RawConfig, core: CoreSettings) => T;
    /** Levels and thresholds of the guardrails that follow from the layer's profile slice. */
    readonly guardrails?: (profile: ProfileName) => GuardrailConfig;
}
