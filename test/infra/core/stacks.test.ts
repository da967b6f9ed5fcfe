/**
 * Layer sets: which layers a stack deploys and where the others come from. The loader's error texts
 * are the contract (one line naming the key, the value and what is allowed); the environment checks
 * need every stack file, so the offline tools run them, and here they run over stacks/.
 */
import type { RawConfig } from "../../../infra/core/config";
import { checkEnvironment, deployOrder, environmentStacks, LayerNeeds, parseLayerSet, StackLayers } from "../../../infra/core/stacks";
import { LAYER_NEEDS, LAYERS, parseSettings } from "../../../infra/settings";
import { readEnvironments } from "../../../tools/plan/layered";
import { json, rawFor, ROOT, settingsError, stackRaw, STACKS, withKeys } from "../../support/settings";

/** A registry of its own, so that the rules are tested apart from today's layers. */
const NEEDS: LayerNeeds = { keys: [], network: ["keys"], storage: ["keys", "network"], edge: ["keys", "network", "storage"] };
const NAMES = Object.keys(NEEDS).join(", ");
const P = "dakar2026";

function raw(values: Readonly<Record<string, unknown>>): RawConfig {
    return Object.fromEntries(Object.entries(values).map(([k, v]) => [`${P}:${k}`, typeof v === "string" ? v : json(v)]));
}
const parse = (values: Readonly<Record<string, unknown>>, stack = "prod-app"): ReturnType<typeof parseLayerSet> => parseLayerSet(raw(values), stack, P, NEEDS);
const error = (values: Readonly<Record<string, unknown>>, stack = "prod-app"): string => settingsError(() => parse(values, stack)).message;

describe("parseLayerSet: what a stack file may say", () => {
    it("deploys every layer, in build order, and reads nothing by default: a single-stack environment", () => {
        expect(parse({})).toEqual({ deployed: Object.keys(NEEDS), references: {}, organization: "organization", allowCrossProfile: false, supersededBy: [] });
    });

    it("keeps build order whatever the order of dakar2026:layers, and takes each reference fully qualified", () => {
        const set = parse({ layers: ["edge"], layerStacks: { storage: "organization/dakar2026/prod-data", network: "organization/dakar2026/prod-data", keys: "organization/dakar2026/prod-data" } });
        expect(set.deployed).toEqual(["edge"]);
        expect(set.references).toEqual({ keys: "organization/dakar2026/prod-data", network: "organization/dakar2026/prod-data", storage: "organization/dakar2026/prod-data" });
        expect(parse({ layers: ["storage", "keys", "network"] }).deployed).toEqual(["keys", "network", "storage"]);
    });

    it("takes another organisation when dakar2026:organization names it (Pulumi Cloud)", () => {
        const set = parse({ organization: "senum", layers: ["network"], layerStacks: { keys: "senum/dakar2026/prod-keys" } });
        expect(set.organization).toBe("senum");
        expect(set.references).toEqual({ keys: "senum/dakar2026/prod-keys" });
    });

    it("reads the cross-profile switch and the successors of a superseded single stack", () => {
        expect(parse({ layers: ["network"], layerStacks: { keys: "organization/dakar2026/k" }, allowCrossProfileReferences: "true" }).allowCrossProfile).toBe(true);
        expect(parse({ supersededBy: ["prod-data", "prod-app"] }, "prod").supersededBy).toEqual(["prod-data", "prod-app"]);
    });

    const layersKey = `${P}:layers`;
    const refKey = `${P}:layerStacks`;
    const data = "organization/dakar2026/prod-data";
    it.each<[string, Record<string, unknown>, string]>([
        ["a layer that does not exist", { layers: ["cdn"] }, `${layersKey} contains "cdn", which is not a layer; allowed: ${NAMES}`],
        ["an empty layer list", { layers: [] }, `${layersKey} must be a non-empty array of layers among ${NAMES} (got "[]")`],
        ["a layer listed twice", { layers: ["keys", "keys"] }, `${layersKey} lists a layer twice (got "[\\"keys\\",\\"keys\\"]"); each layer may appear once`],
        ["layers that are not a list", { layers: "keys" }, `${layersKey} must be a non-empty array of layers among ${NAMES} (got "keys")`],
        [
            "a needed layer neither deployed nor referenced",
            { layers: ["storage"], layerStacks: { keys: data } },
            `${layersKey} ["storage"] leaves input "network" of layer storage unprovided; allowed: deploy network here (add it to ${layersKey}) or name the stack that deploys it in ${refKey}.network`,
        ],
        [
            "no stack for the suffix",
            { layers: ["edge"], layerStacks: { network: data, storage: data } },
            `${layersKey} ["edge"] leaves input "keys" of layer edge unprovided; allowed: deploy keys here (add it to ${layersKey}) or name the stack that deploys it in ${refKey}.keys`,
        ],
        ["a reference for a layer deployed here", { layers: ["keys", "network"], layerStacks: { keys: data } }, `${refKey}.keys "${data}" is not allowed: this stack deploys keys itself (${layersKey}); remove one of the two`],
        ["a reference to a layer that does not exist", { layers: ["network"], layerStacks: { keys: data, dns: data } }, `${refKey} names "dns", which is not a layer; allowed: ${NAMES}`],
        ["a reference no deployed layer reads", { layers: ["network"], layerStacks: { keys: data, storage: data } }, `${refKey}.storage "${data}" is read by no layer this stack deploys (network); remove it`],
        ["a stack name that is not qualified", { layers: ["network"], layerStacks: { keys: "prod-data" } }, `${refKey}.keys "prod-data" is not a fully qualified stack; allowed: "organization/dakar2026/<stack>"`],
        ["a stack of another organisation", { layers: ["network"], layerStacks: { keys: "senum/dakar2026/prod-data" } }, `${refKey}.keys "senum/dakar2026/prod-data" is in organisation "senum"; allowed: "organization" (${P}:organization)`],
        ["a stack of another project", { layers: ["network"], layerStacks: { keys: "organization/other/prod-data" } }, `${refKey}.keys "organization/other/prod-data" is a stack of project "other"; allowed: "dakar2026"`],
        ["the stack itself: a cycle", { layers: ["network"], layerStacks: { keys: "organization/dakar2026/prod-app" } }, `${refKey}.keys "organization/dakar2026/prod-app" is this stack itself: a reference cycle; allowed: another stack that deploys keys`],
        ["references that are not a mapping", { layers: ["network"], layerStacks: ["prod-data"] }, `${refKey} must be a mapping of layer to stack "<organization>/dakar2026/<stack>", e.g. {"keys": "organization/dakar2026/prod-data"} (got "[\\"prod-data\\"]")`],
        ["a malformed organisation", { organization: "a/b" }, `${P}:organization "a/b" is not allowed: an organisation name (letters, digits, - and _), "organization" on a self-managed backend`],
        ["a cross-profile switch that is not a boolean", { allowCrossProfileReferences: "yes" }, `${P}:allowCrossProfileReferences "yes" is not allowed: true or false`],
        ["a stack superseded by itself", { supersededBy: ["prod-app"] }, `${P}:supersededBy contains "prod-app"; allowed: names of other stacks of this project`],
        [
            "a layer stack marked superseded",
            { layers: ["network"], layerStacks: { keys: data }, supersededBy: ["x"] },
            `${P}:supersededBy is set on a stack that reads layers from others (${refKey}); only a single-stack environment is superseded`,
        ],
    ])("rejects %s in one line", (_case, values, message) => {
        expect(error(values)).toBe(message);
    });
});

describe("parseSettings: the layer set of a real stack file", () => {
    it("parses only the layers a stack deploys: a stack without the network layer needs no vpcCidr", () => {
        const base = withKeys(rawFor({ profile: "prod" }), { "dakar2026:vpcCidr": "", "dakar2026:environment": "prod" });
        const refs = { keys: "organization/dakar2026/prod-data", network: "organization/dakar2026/prod-data" };
        const s = parseSettings(withKeys(base, { "dakar2026:layers": json(["storage"]), "dakar2026:layerStacks": json(refs) }), "prod-store");
        expect(Object.keys(s).sort()).toEqual(["core", "layers", "storage"]);
        expect(settingsError(() => parseSettings(base, "prod-all")).message).toBe("dakar2026:vpcCidr is required: a private IPv4 CIDR such as 10.10.0.0/16");
    });

    it("knows the registry's layers and what each needs, every need an earlier layer", () => {
        const names = Object.keys(LAYERS);
        for (const [layer, needs] of Object.entries(LAYER_NEEDS)) {
            for (const need of needs) expect({ layer, need, before: names.indexOf(need) < names.indexOf(layer) }).toEqual({ layer, need, before: true });
        }
    });
});

const s = (stack: string, environment: string, deployed: readonly string[], references: Record<string, string> = {}, extra: Partial<StackLayers["layers"]> = {}, profile = "prod"): StackLayers => ({
    stack,
    environment,
    profile,
    layers: { deployed, references, organization: "organization", allowCrossProfile: false, supersededBy: [], ...extra },
});
const fq = (stack: string): string => `organization/dakar2026/${stack}`;

describe("checkEnvironment: the stacks of every environment together", () => {
    const data = s("prod-data", "prod", ["keys", "network", "storage"]);
    const app = s("prod-app", "prod", ["edge"], { keys: fq("prod-data"), network: fq("prod-data"), storage: fq("prod-data") });

    it("accepts a layered environment beside single-stack ones, and the single stack it supersedes", () => {
        expect(() => checkEnvironment([data, app, s("dev", "dev", Object.keys(NEEDS)), s("prod", "prod", Object.keys(NEEDS), {}, { supersededBy: ["prod-data", "prod-app"] })])).not.toThrow();
    });

    it.each<[string, StackLayers[], string]>([
        [
            "a layer deployed by two stacks of one environment",
            [data, app, s("prod", "prod", Object.keys(NEEDS))],
            "dakar2026:layers of stack prod deploys keys, which stack prod-data of environment prod deploys too; allowed: one stack per layer in an environment (mark a single stack being split with dakar2026:supersededBy)",
        ],
        [
            "a reference cycle between stacks",
            [s("a", "prod", ["keys", "storage"], { network: fq("b") }), s("b", "prod", ["network"], { keys: fq("a") })],
            "dakar2026:layerStacks makes a reference cycle: a -> b -> a; allowed: references that go one way, from upper layers to lower ones",
        ],
        [
            "a referenced stack of another profile",
            [s("staging-data", "staging", ["keys", "network", "storage"], {}, {}, "staging"), s("prod-app", "prod", ["edge"], { keys: fq("staging-data"), network: fq("staging-data"), storage: fq("staging-data") })],
            'dakar2026:layerStacks.keys of stack prod-app "organization/dakar2026/staging-data" is a stack of profile "staging", not "prod"; allowed: a prod stack, or set dakar2026:allowCrossProfileReferences: true in stack prod-app',
        ],
        [
            "a reference to a stack that has no stack file",
            [data, s("prod-app", "prod", ["edge"], { keys: fq("prod-dat"), network: fq("prod-data"), storage: fq("prod-data") })],
            'dakar2026:layerStacks.keys of stack prod-app "organization/dakar2026/prod-dat" names no stack file; allowed: one of prod-data, prod-app',
        ],
        [
            "a reference to a stack that does not deploy the layer",
            [s("prod-data", "prod", ["keys", "network"]), app],
            'dakar2026:layerStacks.storage of stack prod-app "organization/dakar2026/prod-data" does not deploy storage (it deploys keys, network); allowed: the stack that deploys it',
        ],
        [
            "a superseded stack whose successors miss a layer",
            [data, s("prod", "prod", Object.keys(NEEDS), {}, { supersededBy: ["prod-data"] })],
            'dakar2026:supersededBy of stack prod ["prod-data"] deploy none of edge; allowed: successors that take over every layer',
        ],
        [
            "a superseded stack whose successor is of another environment",
            [s("dev", "dev", ["keys"]), s("prod", "prod", ["keys"], {}, { supersededBy: ["dev"] })],
            'dakar2026:supersededBy of stack prod names ["dev"], not stacks of environment prod; allowed: its layer stacks',
        ],
    ])("rejects %s in one line", (_case, stacks, message) => {
        expect(settingsError(() => checkEnvironment(stacks)).message).toBe(message);
    });

    it("lets a stack build on another profile's stacks when it says so", () => {
        const staging = s("staging-data", "staging", ["keys", "network", "storage"], {}, {}, "staging");
        const app2 = s("prod-app", "prod", ["edge"], { keys: fq("staging-data"), network: fq("staging-data"), storage: fq("staging-data") }, { allowCrossProfile: true });
        expect(() => checkEnvironment([staging, app2])).not.toThrow();
    });
});

describe("deployOrder", () => {
    it("puts each stack after every stack it reads, ties by name; destroy is the reverse", () => {
        const net = s("p-net", "p", ["keys", "network"]);
        const store = s("p-store", "p", ["storage"], { keys: fq("p-net"), network: fq("p-net") });
        const edge = s("a-edge", "p", ["edge"], { keys: fq("p-net"), network: fq("p-net"), storage: fq("p-store") });
        expect(deployOrder([edge, store, net])).toEqual(["p-net", "p-store", "a-edge"]);
        expect(deployOrder([s("b", "q", ["keys"]), s("a", "q", ["network"], { keys: fq("b") })])).toEqual(["b", "a"]);
    });

    it("refuses a cycle rather than loop", () => {
        expect(settingsError(() => deployOrder([s("a", "p", ["keys"], { network: fq("b") }), s("b", "p", ["network"], { keys: fq("a") })])).message).toBe(
            "dakar2026:layerStacks makes a reference cycle between a, b",
        );
    });
});

describe("the stack files of the repository", () => {
    const all = readEnvironments(ROOT);

    it("pass the environment checks, every stack file read", () => {
        expect(all.map((x) => x.stack)).toEqual([...STACKS]);
    });

    it("give each environment's layered form every layer exactly once", () => {
        for (const env of new Set(all.map((x) => x.environment))) {
            const layers = environmentStacks(all, env).flatMap((x) => x.layers.deployed);
            expect({ env, layers: [...layers].sort() }).toEqual({ env, layers: Object.keys(LAYERS).sort() });
        }
    });

    it("keep dev a single stack and prod in layer stacks, with the single prod stack superseded by them", () => {
        expect(environmentStacks(all, "dev").map((x) => x.stack)).toEqual(["dev"]);
        const prod = environmentStacks(all, "prod");
        expect(prod.length).toBeGreaterThan(1);
        expect([...(all.find((x) => x.stack === "prod")?.layers.supersededBy ?? [])].sort()).toEqual(prod.map((x) => x.stack).sort());
        for (const x of prod) expect(stackRaw(x.stack)["dakar2026:environment"]).toBe("prod");
    });
});
