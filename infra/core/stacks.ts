/**
 * Which layers a stack deploys and where the others come from. An environment is either one stack
 * holding every layer, or several "layer stacks" linked by StackReferences: a stack deploys the
 * layers of `dakar2026:layers` and reads the outputs of the layers it needs but does not deploy
 * from the stacks `dakar2026:layerStacks` names. Everything here is pure: the program checks its
 * own stack file (parseLayerSet); the offline tools, which can read every stack file, check an
 * environment as a whole (checkEnvironment) and compute its deploy order (deployOrder).
 *
 * Nothing here knows a layer: the composition passes the layers and what each needs.
 */
import { key, parseJson, quote, RawConfig, SettingsError } from "./config";

/** What each layer needs, in build order: the composition's registry reduced to names. */
export type LayerNeeds = Readonly<Record<string, readonly string[]>>;

/** The layer whose stack owns the environment's random suffix; the other stacks read it from there. */
export const SUFFIX_OWNER = "keys";

/** What a self-managed (DIY) backend calls every organisation; Pulumi Cloud uses the team's. */
export const DEFAULT_ORGANIZATION = "organization";

export const LAYER_KEYS = ["layers", "layerStacks", "organization", "allowCrossProfileReferences", "supersededBy"] as const;

const STACK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9_-]{0,38}$/;

export interface LayerSet {
    /** Layers this stack deploys, in build order. */
    readonly deployed: readonly string[];
    /** For each layer read from another stack, that stack's fully qualified name `<org>/<project>/<stack>`. */
    readonly references: Readonly<Record<string, string>>;
    readonly organization: string;
    /** Whether a referenced stack may have another profile than this one (`dakar2026:allowCrossProfileReferences`). */
    readonly allowCrossProfile: boolean;
    /**
     * Stacks of the same environment this one's resources are being moved to (`dakar2026:supersededBy`):
     * a single-stack environment on its way to layer stacks. It is planned and audited alone, and
     * left out of its environment's checks, order and audit.
     */
    readonly supersededBy: readonly string[];
}

/** `<org>/<project>/<stack>` split; undefined when it is not of that form. */
export function splitStackName(name: string): { organization: string; project: string; stack: string } | undefined {
    const m = /^([^/]+)\/([^/]+)\/([^/]+)$/.exec(name);
    if (!m || !ORGANIZATION.test(m[1]) || !STACK_NAME.test(m[2]) || !STACK_NAME.test(m[3])) return undefined;
    return { organization: m[1], project: m[2], stack: m[3] };
}

function stringList(raw: RawConfig, k: string, what: string): string[] {
    const v = parseJson(raw, k, what);
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw new SettingsError(`${k} must be ${what} (got ${quote(raw[k])})`);
    return v as string[];
}

/**
 * Reads and checks a stack's layer set: known layers, each needed layer either deployed here or
 * read from a named stack, references only for layers something here needs, names fully qualified
 * with this project and organisation, and no stack referencing itself.
 */
export function parseLayerSet(raw: RawConfig, stack: string, project: string, layers: LayerNeeds): LayerSet {
    const names = Object.keys(layers);
    const layersKey = key("layers");
    let deployed: string[] = names;
    if (raw[layersKey] !== undefined && raw[layersKey] !== "") {
        const what = `a non-empty array of layers among ${names.join(", ")}`;
        const given = stringList(raw, layersKey, what);
        if (given.length === 0) throw new SettingsError(`${layersKey} must be ${what} (got ${quote(raw[layersKey])})`);
        for (const l of given) {
            if (!names.includes(l)) throw new SettingsError(`${layersKey} contains ${quote(l)}, which is not a layer; allowed: ${names.join(", ")}`);
        }
        if (new Set(given).size !== given.length) throw new SettingsError(`${layersKey} lists a layer twice (got ${quote(raw[layersKey])}); each layer may appear once`);
        deployed = names.filter((n) => given.includes(n));
    }

    const orgKey = key("organization");
    const organization = raw[orgKey] === undefined || raw[orgKey] === "" ? DEFAULT_ORGANIZATION : raw[orgKey];
    if (!ORGANIZATION.test(organization)) {
        throw new SettingsError(`${orgKey} ${quote(organization)} is not allowed: an organisation name (letters, digits, - and _), "${DEFAULT_ORGANIZATION}" on a self-managed backend`);
    }

    const refKey = key("layerStacks");
    const references: Record<string, string> = {};
    if (raw[refKey] !== undefined && raw[refKey] !== "") {
        const what = `a mapping of layer to stack "<organization>/${project}/<stack>", e.g. {"keys": "${organization}/${project}/prod-data"}`;
        const v = parseJson(raw, refKey, what);
        if (typeof v !== "object" || v === null || Array.isArray(v)) throw new SettingsError(`${refKey} must be ${what} (got ${quote(raw[refKey])})`);
        for (const [layer, target] of Object.entries(v as Record<string, unknown>)) {
            const at = `${refKey}.${layer}`;
            if (!names.includes(layer)) throw new SettingsError(`${refKey} names ${quote(layer)}, which is not a layer; allowed: ${names.join(", ")}`);
            if (deployed.includes(layer)) {
                throw new SettingsError(`${at} ${quote(target)} is not allowed: this stack deploys ${layer} itself (${layersKey}); remove one of the two`);
            }
            const parts = typeof target === "string" ? splitStackName(target) : undefined;
            if (parts === undefined) throw new SettingsError(`${at} ${quote(target)} is not a fully qualified stack; allowed: "${organization}/${project}/<stack>"`);
            if (parts.organization !== organization) {
                throw new SettingsError(`${at} ${quote(target)} is in organisation ${quote(parts.organization)}; allowed: ${quote(organization)} (${orgKey})`);
            }
            if (parts.project !== project) throw new SettingsError(`${at} ${quote(target)} is a stack of project ${quote(parts.project)}; allowed: ${quote(project)}`);
            if (parts.stack === stack) throw new SettingsError(`${at} ${quote(target)} is this stack itself: a reference cycle; allowed: another stack that deploys ${layer}`);
            references[layer] = target as string;
        }
    }

    const needed = new Set(deployed.flatMap((l) => layers[l]));
    // The suffix makes cloud names of every layer unique; only one stack may create it.
    if (!deployed.includes(SUFFIX_OWNER)) needed.add(SUFFIX_OWNER);
    for (const layer of deployed) {
        for (const need of layers[layer]) {
            if (!deployed.includes(need) && references[need] === undefined) {
                throw new SettingsError(
                    `${layersKey} ${quote(deployed)} leaves input ${quote(need)} of layer ${layer} unprovided; allowed: deploy ${need} here ` +
                        `(add it to ${layersKey}) or name the stack that deploys it in ${refKey}.${need}`,
                );
            }
        }
    }
    if (!deployed.includes(SUFFIX_OWNER) && references[SUFFIX_OWNER] === undefined) {
        throw new SettingsError(
            `${layersKey} ${quote(deployed)} leaves the environment's suffix unprovided; allowed: deploy ${SUFFIX_OWNER} here or name its stack in ${refKey}.${SUFFIX_OWNER}`,
        );
    }
    for (const [layer, target] of Object.entries(references)) {
        if (!needed.has(layer)) {
            throw new SettingsError(`${refKey}.${layer} ${quote(target)} is read by no layer this stack deploys (${deployed.join(", ")}); remove it`);
        }
    }

    const allowKey = key("allowCrossProfileReferences");
    const allowRaw = raw[allowKey] ?? "false";
    if (allowRaw !== "true" && allowRaw !== "false") throw new SettingsError(`${allowKey} ${quote(allowRaw)} is not allowed: true or false`);

    const supKey = key("supersededBy");
    let supersededBy: string[] = [];
    if (raw[supKey] !== undefined && raw[supKey] !== "") {
        supersededBy = stringList(raw, supKey, "an array of the stacks of this environment that take over its layers, e.g. [\"prod-data\", \"prod-app\"]");
        for (const s of supersededBy) {
            if (!STACK_NAME.test(s) || s === stack) throw new SettingsError(`${supKey} contains ${quote(s)}; allowed: names of other stacks of this project`);
        }
        if (Object.keys(references).length > 0) throw new SettingsError(`${supKey} is set on a stack that reads layers from others (${refKey}); only a single-stack environment is superseded`);
    }
    return Object.freeze({
        deployed: Object.freeze(deployed),
        references: Object.freeze(references),
        organization,
        allowCrossProfile: allowRaw === "true",
        supersededBy: Object.freeze(supersededBy),
    });
}

/** What the environment checks need to know of each stack file. */
export interface StackLayers {
    readonly stack: string;
    readonly environment: string;
    readonly profile: string;
    readonly layers: LayerSet;
}

/**
 * The layered form of `environment`: its stacks that no other stack supersedes (a superseded
 * single stack is the old form, being moved).
 */
export function environmentStacks(all: readonly StackLayers[], environment: string): StackLayers[] {
    return all.filter((s) => s.environment === environment && s.layers.supersededBy.length === 0);
}

/** Stack name a reference points at (its last part). */
const targetStack = (fq: string): string => splitStackName(fq)?.stack ?? fq;

/**
 * Checks the stacks of every environment together, which no single program can: each reference
 * names a stack file that deploys that layer, of the same profile unless allowed; no reference
 * cycle between stacks; no layer deployed by two stacks of one environment (the superseded single
 * stack excepted); a superseded stack's successors exist in its environment and deploy its layers.
 * Throws the first problem as a one-line SettingsError.
 */
export function checkEnvironment(all: readonly StackLayers[]): void {
    const byName = new Map(all.map((s) => [s.stack, s]));
    const refKey = key("layerStacks");
    for (const s of all) {
        for (const [layer, fq] of Object.entries(s.layers.references)) {
            const at = `${refKey}.${layer} of stack ${s.stack}`;
            const target = byName.get(targetStack(fq));
            if (target === undefined) throw new SettingsError(`${at} ${quote(fq)} names no stack file; allowed: one of ${[...byName.keys()].join(", ")}`);
            if (!target.layers.deployed.includes(layer)) {
                throw new SettingsError(`${at} ${quote(fq)} does not deploy ${layer} (it deploys ${target.layers.deployed.join(", ")}); allowed: the stack that deploys it`);
            }
            if (target.profile !== s.profile && !s.layers.allowCrossProfile) {
                throw new SettingsError(
                    `${at} ${quote(fq)} is a stack of profile ${quote(target.profile)}, not ${quote(s.profile)}; allowed: a ${s.profile} stack, ` +
                        `or set ${key("allowCrossProfileReferences")}: true in stack ${s.stack}`,
                );
            }
        }
    }
    // Cycles: depth-first over the stacks each stack references.
    const state = new Map<string, "open" | "done">();
    const visit = (name: string, path: string[]): void => {
        if (state.get(name) === "done") return;
        if (state.get(name) === "open") {
            const cycle = [...path.slice(path.indexOf(name)), name];
            throw new SettingsError(`${refKey} makes a reference cycle: ${cycle.join(" -> ")}; allowed: references that go one way, from upper layers to lower ones`);
        }
        state.set(name, "open");
        const s = byName.get(name);
        for (const fq of Object.values(s?.layers.references ?? {})) visit(targetStack(fq), [...path, name]);
        state.set(name, "done");
    };
    for (const s of [...all].sort((a, b) => a.stack.localeCompare(b.stack))) visit(s.stack, []);

    for (const environment of [...new Set(all.map((s) => s.environment))].sort()) {
        const owners = new Map<string, string>();
        for (const s of environmentStacks(all, environment)) {
            for (const layer of s.layers.deployed) {
                const other = owners.get(layer);
                if (other !== undefined) {
                    throw new SettingsError(
                        `${key("layers")} of stack ${s.stack} deploys ${layer}, which stack ${other} of environment ${environment} deploys too; ` +
                            `allowed: one stack per layer in an environment (mark a single stack being split with ${key("supersededBy")})`,
                    );
                }
                owners.set(layer, s.stack);
            }
        }
    }
    for (const s of all.filter((x) => x.layers.supersededBy.length > 0)) {
        const k = `${key("supersededBy")} of stack ${s.stack}`;
        const successors = s.layers.supersededBy.map((n) => byName.get(n));
        const missing = s.layers.supersededBy.filter((_, i) => successors[i] === undefined || successors[i]?.environment !== s.environment);
        if (missing.length > 0) throw new SettingsError(`${k} names ${quote(missing)}, not stacks of environment ${s.environment}; allowed: its layer stacks`);
        const covered = new Set(successors.flatMap((x) => x?.layers.deployed ?? []));
        const uncovered = s.layers.deployed.filter((l) => !covered.has(l));
        if (uncovered.length > 0) throw new SettingsError(`${k} ${quote(s.layers.supersededBy)} deploy none of ${uncovered.join(", ")}; allowed: successors that take over every layer`);
    }
}

/**
 * The order in which `pulumi up` must run over the stacks of one environment: a stack after every
 * stack it references (ties by name). `pulumi destroy` goes the other way.
 */
export function deployOrder(stacks: readonly StackLayers[]): string[] {
    const names = new Set(stacks.map((s) => s.stack));
    const order: string[] = [];
    const placed = new Set<string>();
    const remaining = [...stacks].sort((a, b) => a.stack.localeCompare(b.stack));
    while (remaining.length > 0) {
        const i = remaining.findIndex((s) => Object.values(s.layers.references).every((fq) => placed.has(targetStack(fq)) || !names.has(targetStack(fq))));
        if (i < 0) throw new SettingsError(`${key("layerStacks")} makes a reference cycle between ${remaining.map((s) => s.stack).join(", ")}`);
        const [next] = remaining.splice(i, 1);
        order.push(next.stack);
        placed.add(next.stack);
    }
    return order;
}
