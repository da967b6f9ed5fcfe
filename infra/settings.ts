/**
 * The settings loader: the only code that reads Pulumi configuration. It composes the core parser,
 * the stack's layer set (which layers it deploys, where the others come from) and the parser of
 * each layer it deploys into one immutable object, and rejects keys no parser reads. Adding a layer
 * is one line in LAYERS (its parser and the layers whose outputs it needs) and one in infra/index.ts.
 */
import * as pulumi from "@pulumi/pulumi";
import { key, RawConfig, SettingsError } from "./core/config";
import { ALICLOUD_CONFIG_KEYS, ALICLOUD_SECRET_KEYS, closest, RESERVED_NAMESPACE } from "./core/keys";
import type { LayerConfig } from "./core/layer";
import { PLAN_DATE_VARIABLE, PROJECT } from "./core/names";
import { CORE_KEYS, CoreSettings, parseCore } from "./core/settings";
import { edgeConfig } from "./edge/config";
import { computeConfig } from "./compute/config";
import { identityConfig } from "./identity/config";
import { keysConfig } from "./keys/config";
import { networkConfig } from "./network/config";
import { observabilityConfig } from "./observability/config";
import { LAYER_KEYS, LayerSet, parseLayerSet } from "./core/stacks";
import { storageConfig } from "./storage/config";

export { SettingsError };
export type { RawConfig };

/**
 * Every layer, in build order: its parser and the layers whose outputs it takes (in the same stack
 * or, when the stack does not deploy them, through a StackReference).
 */
export const LAYERS = {
    keys: { config: keysConfig, needs: [] },
    network: { config: networkConfig, needs: ["keys"] },
    storage: { config: storageConfig, needs: ["keys", "network"] },
    edge: { config: edgeConfig, needs: ["keys", "network", "storage"] },
    compute: { config: computeConfig, needs: ["keys", "network", "storage", "edge"] },
    identity: { config: identityConfig, needs: ["keys", "storage"] },
    observability: { config: observabilityConfig, needs: ["keys", "storage", "edge", "compute"] },
} as const satisfies Readonly<Record<string, { readonly config: LayerConfig<unknown>; readonly needs: readonly string[] }>>;

type Layers = typeof LAYERS;
export type LayerName = keyof Layers;
/** The layers whose outputs layer L takes. */
export type NeedsOf<L extends LayerName> = Layers[L]["needs"][number];
type ConfigOf<L> = L extends { readonly config: LayerConfig<infer T> } ? T : never;

/** Only the layers the stack deploys are parsed: the others' keys belong to the stacks that deploy them. */
export type Settings = { readonly core: CoreSettings; readonly layers: LayerSet } & { readonly [K in LayerName]?: ConfigOf<Layers[K]> };

/** The settings of a layer the stack deploys; a layer it does not deploy has none here. */
export function layerConfig<L extends LayerName>(settings: Settings, layer: L): ConfigOf<Layers[L]> {
    const config = settings[layer] as ConfigOf<Layers[L]> | undefined;
    if (config === undefined) throw new SettingsError(`${key("layers")} of stack ${settings.core.stack} does not include ${layer}, so its settings are not read here`);
    return config;
}

/** Layer name to what it needs, for the pure checks of core/stacks.ts. */
export const LAYER_NEEDS: Readonly<Record<LayerName, readonly LayerName[]>> = Object.fromEntries(
    Object.entries(LAYERS).map(([name, l]): [string, readonly string[]] => [name, l.needs]),
) as unknown as Record<LayerName, readonly LayerName[]>;

/** Keys of the project namespace some parser reads; anything else in a stack file is a typo. */
export const KNOWN_KEYS: readonly string[] = [
    ...CORE_KEYS,
    ...LAYER_KEYS,
    ...Object.values(LAYERS).flatMap((l: { readonly config: LayerConfig<unknown> }) => l.config.keys),
];

const PROVIDER = "alicloud";

/**
 * Refuses what would otherwise be ignored or leak: keys nothing reads (with the closest known key
 * suggested), empty values (Pulumi passes an empty YAML value as the string "null"), and secrets
 * on keys that are not secret (their value would end up in names, tags and error messages).
 */
function checkKeys(raw: RawConfig, secretKeys: readonly string[]): void {
    const known = [...KNOWN_KEYS.map((k) => `${PROJECT}:${k}`), ...ALICLOUD_CONFIG_KEYS.map((k) => `${PROVIDER}:${k}`)];
    // The same name in another namespace is the likeliest mistake ("dakar2026:region" for
    // "alicloud:region"); otherwise the nearest key by spelling.
    const suggestion = (k: string, among: readonly string[]): string => {
        const name = k.slice(k.indexOf(":") + 1);
        const near = among.find((m) => m !== k && m.slice(m.indexOf(":") + 1) === name) ?? closest(k, among);
        return near === undefined ? "" : `did you mean ${near}? `;
    };
    for (const k of Object.keys(raw).sort()) {
        const colon = k.indexOf(":");
        const namespace = colon < 0 ? "" : k.slice(0, colon);
        const name = k.slice(colon + 1);
        if (namespace === RESERVED_NAMESPACE) continue;
        if (namespace === PROJECT && !KNOWN_KEYS.includes(name)) {
            throw new SettingsError(`${k} is not a setting of this project; ${suggestion(k, known)}known: ${KNOWN_KEYS.join(", ")}`);
        }
        if (namespace === PROVIDER && !(ALICLOUD_CONFIG_KEYS as readonly string[]).includes(name)) {
            throw new SettingsError(`${k} is not a setting of the Alibaba Cloud provider; ${suggestion(k, known)}known: ${ALICLOUD_CONFIG_KEYS.join(", ")}`);
        }
        if (namespace !== PROJECT && namespace !== PROVIDER) {
            throw new SettingsError(
                `${k} is in namespace "${namespace}", which nothing in this project reads; ${suggestion(k, known)}` +
                    `allowed namespaces: ${PROJECT}, ${PROVIDER}, ${RESERVED_NAMESPACE}`,
            );
        }
        if (raw[k] === "null") throw new SettingsError(`${k} is empty; give it a value or remove the line`);
    }
    for (const k of secretKeys) {
        const secretAllowed = k.startsWith(`${PROVIDER}:`) && ALICLOUD_SECRET_KEYS.includes(k.slice(PROVIDER.length + 1));
        if (!secretAllowed && k in raw) {
            throw new SettingsError(`${k} is given as a secret (secure:) but is not a secret setting; write its value in clear`);
        }
    }
}

/**
 * Validates raw configuration for `stack`; pure, so it is tested without Pulumi's runtime.
 * `secretKeys` are the keys whose values are secrets (never printed).
 */
export function parseSettings(raw: RawConfig, stack: string, secretKeys: readonly string[] = []): Settings {
    checkKeys(raw, secretKeys);
    const core = parseCore(raw, stack);
    const layers = parseLayerSet(raw, stack, PROJECT, LAYER_NEEDS);
    if (core.accountOwner && !layers.deployed.includes("identity")) {
        throw new SettingsError(
            `${key("accountOwner")} is true but ${key("layers")} ${JSON.stringify(layers.deployed)} leaves out identity, which holds the account-wide resources; allowed: add identity, or set accountOwner false`,
        );
    }
    const configs = Object.fromEntries(
        Object.entries(LAYERS)
            .filter(([name]) => layers.deployed.includes(name))
            .map(([name, layer]: [string, { readonly config: LayerConfig<unknown> }]) => [name, layer.config.parse(raw, core)]),
    );
    return Object.freeze({ core, layers, ...configs }) as Settings;
}

/** The SDK knows which keys are secrets but does not declare how to ask in its typings. */
interface ConfigInternals {
    isConfigSecret?: (k: string) => boolean;
}

/** Reads the running stack's configuration (as the CLI or the offline plan passed it). */
export function loadSettings(): Settings {
    const raw = pulumi.runtime.allConfig();
    const isSecret = (pulumi.runtime as unknown as ConfigInternals).isConfigSecret;
    const secretKeys = isSecret ? Object.keys(raw).filter((k) => isSecret(k)) : [];
    return parseSettings(raw, pulumi.getStack(), secretKeys);
}

/**
 * The time the plan is made at, in ms since the epoch: 00:00 UTC of the day PLAN_DATE_VARIABLE
 * pins (the offline plan sets it from `--today`, tests set it, so that which calendar events are
 * past or too far ahead does not change with the hour the plan runs); unset, as under
 * `pulumi up`, the current time.
 */
export function planTime(env: Readonly<Record<string, string | undefined>> = process.env): number {
    const v = env[PLAN_DATE_VARIABLE];
    if (v === undefined || v === "") return Date.now();
    const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
    if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== v) {
        throw new SettingsError(`${PLAN_DATE_VARIABLE} ${JSON.stringify(v)} is not a date YYYY-MM-DD; unset it to plan at the current time`);
    }
    return t;
}

export { key, PLAN_DATE_VARIABLE };
