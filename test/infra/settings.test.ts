/**
 * The settings loader composes the core parser and every layer's parser: one frozen object per
 * stack, and no key that no parser reads. The parsers themselves are tested in their rooms
 * (test/infra/core, test/infra/<layer>).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { LayerConfig } from "../../infra/core/layer";
import { CORE_KEYS, parseCore } from "../../infra/core/settings";
import { LAYER_KEYS } from "../../infra/core/stacks";
import { KNOWN_KEYS, LAYERS, parseSettings } from "../../infra/settings";
import { readProject } from "../../tools/plan/stack-config";
import { json, ROOT, settingsError, stackRaw, STACKS, withKeys } from "../support/settings";

const LAYER_NAMES = Object.keys(LAYERS) as (keyof typeof LAYERS)[];
const unknownKey = (k: string, meant?: string): string =>
    `${k} is not a setting of this project; ${meant === undefined ? "" : `did you mean ${meant}? `}known: ${KNOWN_KEYS.join(", ")}`;

describe("parseSettings: every stack of the repository", () => {
    it.each(STACKS)("gives %s the core settings, its layer set and one config per layer it deploys, each from its own parser", (stack) => {
        const raw = stackRaw(stack);
        const s = parseSettings(raw, stack);
        expect(Object.keys(s).sort()).toEqual(["core", "layers", ...s.layers.deployed].sort());
        expect(s.layers.deployed.length).toBeGreaterThan(0);
        const core = parseCore(raw, stack);
        expect(s.core).toEqual(core);
        for (const name of s.layers.deployed as (keyof typeof LAYERS)[]) {
            expect(s[name]).toEqual((LAYERS[name].config as LayerConfig<unknown>).parse(raw, core));
        }
    });

    it.each(STACKS)("returns for %s an object frozen through every layer", (stack) => {
        const s = parseSettings(stackRaw(stack), stack);
        const unfrozen: string[] = [];
        const walk = (v: unknown, at: string): void => {
            if (v === null || typeof v !== "object") return;
            if (!Object.isFrozen(v)) unfrozen.push(at);
            for (const [k, child] of Object.entries(v)) walk(child, `${at}.${k}`);
        };
        walk(s, "settings");
        expect(unfrozen).toEqual([]);
        expect(() => {
            (s as { core: unknown }).core = undefined;
        }).toThrow(TypeError);
    });
});

describe("parseSettings: the keys of all layers together", () => {
    it("knows exactly the core's keys and every layer's, each read by one parser only", () => {
        const declared = [...CORE_KEYS, ...LAYER_KEYS, ...LAYER_NAMES.flatMap((n) => (LAYERS[n].config as LayerConfig<unknown>).keys)];
        expect([...KNOWN_KEYS].sort()).toEqual([...declared].sort());
        expect(new Set(declared).size).toBe(declared.length);
    });

    it("documents every key in Pulumi.yaml, declared with its type or, for structured ones, in its comments", () => {
        const project = readProject(ROOT);
        const text = fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8");
        const undocumented = KNOWN_KEYS.filter((k) => !(k in project.config) && !text.includes(`${project.name}:${k}`));
        expect(undocumented).toEqual([]);
        expect(Object.keys(project.config).filter((k) => !KNOWN_KEYS.includes(k))).toEqual([]);
    });

    it.each(STACKS)("rejects in %s every known key misspelt, naming it and listing the known keys", (stack) => {
        for (const k of KNOWN_KEYS) {
            const typo = `dakar2026:${k.toUpperCase()}`;
            expect(settingsError(() => parseSettings(withKeys(stackRaw(stack), { [typo]: "x" }), stack)).message).toBe(
                unknownKey(typo, `dakar2026:${k}`),
            );
        }
    });

    it("rejects a provider setting put in the project namespace", () => {
        const stack = STACKS[0];
        expect(settingsError(() => parseSettings(withKeys(stackRaw(stack), { "dakar2026:region": "eu-central-1" }), stack)).message).toBe(
            unknownKey("dakar2026:region", "alicloud:region"),
        );
    });

    it("accepts the provider's real settings and Pulumi's reserved namespace", () => {
        const stack = STACKS[0];
        const raw = withKeys(stackRaw(stack), { "alicloud:profile": "default", "alicloud:skipRegionValidation": "false", "pulumi:template": "x" });
        expect(parseSettings(raw, stack)).toEqual(parseSettings(stackRaw(stack), stack));
    });

    it.each([
        ["alicloud:regoin", "alicloud:regoin is not a setting of the Alibaba Cloud provider; did you mean alicloud:region? known: "],
        ["alicloud:vpcCidr", "alicloud:vpcCidr is not a setting of the Alibaba Cloud provider; did you mean dakar2026:vpcCidr? known: "],
        ["random:seed", 'random:seed is in namespace "random", which nothing in this project reads; allowed namespaces: dakar2026, alicloud, pulumi'],
        ["dakar:zones", 'dakar:zones is in namespace "dakar", which nothing in this project reads; did you mean dakar2026:zones? allowed namespaces: dakar2026, alicloud, pulumi'],
    ])("refuses %s, suggesting the closest known key", (k, message) => {
        const stack = STACKS[0];
        expect(settingsError(() => parseSettings(withKeys(stackRaw(stack), { [k]: "x" }), stack)).message.startsWith(message)).toBe(true);
    });

    it("refuses an empty value (Pulumi passes an empty YAML value as the string null) instead of putting it in tags", () => {
        const stack = STACKS[0];
        expect(settingsError(() => parseSettings(withKeys(stackRaw(stack), { "dakar2026:owner": "null" }), stack)).message).toBe(
            "dakar2026:owner is empty; give it a value or remove the line",
        );
    });

    it("refuses a secret on a key that is not a secret setting, without printing it, and allows the provider's credentials", () => {
        const stack = STACKS[0];
        const raw = withKeys(stackRaw(stack), { "dakar2026:owner": "s3cr3t-team", "alicloud:accessKey": "AK" });
        const err = settingsError(() => parseSettings(raw, stack, ["dakar2026:owner"]));
        expect(err.message).toBe("dakar2026:owner is given as a secret (secure:) but is not a secret setting; write its value in clear");
        expect(err.message).not.toContain("s3cr3t");
        expect(() => parseSettings(withKeys(stackRaw(stack), { "alicloud:accessKey": "AK" }), stack, ["alicloud:accessKey"])).not.toThrow();
    });

    it("reports an unknown key before a missing one and before a bad stack name", () => {
        const raw = { "dakar2026:zone": json(["eu-central-1a"]) };
        expect(settingsError(() => parseSettings(raw, "Prod")).message).toBe(unknownKey("dakar2026:zone", "dakar2026:zones"));
    });

    it("reports a bad stack name before any layer's missing key", () => {
        expect(settingsError(() => parseSettings({}, "Prod")).message).toBe(
            `stack name "Prod" cannot name an environment (2 to 16 lowercase letters or digits, starting with a letter); set dakar2026:environment in the stack file`,
        );
    });
});

describe("parseSettings: the environment", () => {
    it.each(STACKS)("lets a second stack join the environment of %s through dakar2026:environment", (stack) => {
        const own = parseSettings(stackRaw(stack), stack);
        const joined = parseSettings(withKeys(stackRaw(stack), { "dakar2026:environment": own.core.environment }), `${stack}-second`);
        expect(joined.core.environment).toBe(own.core.environment);
        expect(joined.core.stack).toBe(`${stack}-second`);
        for (const name of LAYER_NAMES) expect(joined[name]).toEqual(own[name]);
    });
});
