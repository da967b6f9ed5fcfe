/**
 * The settings loader: the only code that reads Pulumi configuration. It composes the core parser
 * and each layer's parser into one immutable object, and rejects keys no layer reads. Adding a
 * layer is one line in LAYERS.
 */
import * as pulumi from "@pulumi/pulumi";
import { key, RawConfig, SettingsError } from "./core/config";
import type { LayerConfig } from "./core/layer";
import { PROJECT } from "./core/names";
import { CORE_KEYS, CoreSettings, parseCore } from "./core/settings";
import { keysConfig } from "./keys/config";
import { networkConfig } from "./network/config";

export { SettingsError };
export type { RawConfig };

/** Every layer's parser, in build order. */
export const LAYERS = {
    keys: keysConfig,
    network: networkConfig,
} as const;

type Layers = typeof LAYERS;
export type LayerName = keyof Layers;
type ConfigOf<L> = L extends LayerConfig<infer T> ? T : never;

export type Settings = { readonly core: CoreSettings } & { readonly [K in LayerName]: ConfigOf<Layers[K]> };

/** Keys of the project namespace some parser reads; anything else in a stack file is a typo. */
export const KNOWN_KEYS: readonly string[] = [...CORE_KEYS, ...Object.values(LAYERS).flatMap((l: LayerConfig<unknown>) => l.keys)];

/** Validates raw configuration for `stack`; pure, so it is tested without Pulumi's runtime. */
export function parseSettings(raw: RawConfig, stack: string): Settings {
    for (const k of Object.keys(raw)) {
        if (k.startsWith(`${PROJECT}:`) && !KNOWN_KEYS.includes(k.slice(PROJECT.length + 1))) {
            throw new SettingsError(`${k} is not a setting of this project; known: ${KNOWN_KEYS.join(", ")}`);
        }
    }
    const core = parseCore(raw, stack);
    const layers = Object.fromEntries(
        Object.entries(LAYERS).map(([name, layer]: [string, LayerConfig<unknown>]) => [name, layer.parse(raw, core)]),
    );
    return Object.freeze({ core, ...layers }) as Settings;
}

/** Reads the running stack's configuration (as the CLI or the offline plan passed it). */
export function loadSettings(): Settings {
    return parseSettings(pulumi.runtime.allConfig(), pulumi.getStack());
}

export { key };
