/** The keys layer's settings: only its profile slice; it reads no stack key of its own. */
import { deepFreeze, RawConfig } from "../core/config";
import type { LayerConfig } from "../core/layer";
import type { CoreSettings } from "../core/settings";
import { KEYS_PROFILES, KeysProfile, keysGuardrails } from "./profile";

export interface KeysConfig {
    readonly profile: KeysProfile;
}

export function parseKeysConfig(_raw: RawConfig, core: CoreSettings): KeysConfig {
    return deepFreeze({ profile: KEYS_PROFILES[core.profile.name] });
}

export const keysConfig: LayerConfig<KeysConfig> = {
    keys: [],
    parse: parseKeysConfig,
    guardrails: keysGuardrails,
};
