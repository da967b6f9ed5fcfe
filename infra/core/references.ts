/**
 * How a layer's typed outputs cross from the stack that deploys it to the stacks that need it. The
 * deploying stack exports them as one stack output, `<layer>Layer`: `{ value, secrets }`, where
 * `value` is the outputs object (its secret members stay secret in the state) and `secrets` the
 * paths of those members. A stack that needs the layer reads that output through a StackReference
 * and rebuilds the same object, the secret members secret again, so that the layer using it cannot
 * tell where it came from.
 *
 * The values are read with `getOutputDetails` (awaited), not `getOutput`: the outputs interfaces
 * carry plain values (CIDRs, the database name, ports) that layers use synchronously, and an
 * `Output` cannot stand in for them. A referenced stack's outputs are known in preview too (they are
 * read from its state), so this costs nothing but making the program asynchronous.
 */
import * as pulumi from "@pulumi/pulumi";
import { key, quote, SettingsError } from "./config";
import type { CoreSettings } from "./settings";
import type { LayerSet } from "./stacks";

/** The stack output that carries a layer's outputs. */
export const layerOutputName = (layer: string): string => `${layer}Layer`;

/** The stack output that carries the environment's random suffix, in the stack that deploys the suffix owner. */
export const SUFFIX_OUTPUT = "uniqueSuffix";

/** What `<layer>Layer` holds. */
export interface LayerExport {
    readonly value: unknown;
    readonly secrets: readonly string[];
}

/** Paths ("database.password") of the secret outputs nested in `value`. */
async function secretPaths(value: unknown, at: string[] = []): Promise<string[]> {
    if (pulumi.Output.isInstance(value)) {
        if (await pulumi.isSecret(value)) return [at.join(".")];
        return [];
    }
    if (value !== null && typeof value === "object" && !pulumi.Resource.isInstance(value)) {
        const found = await Promise.all(Object.entries(value).map(([k, v]) => secretPaths(v, [...at, k])));
        return found.flat().sort();
    }
    return [];
}

/** The stack output of a layer: its outputs as they are, and where the secrets among them are. */
export function exportLayer<T extends object>(outputs: T): { value: T; secrets: pulumi.Output<string[]> } {
    return { value: outputs, secrets: pulumi.output(secretPaths(outputs)) };
}

function withSecrets(value: unknown, secrets: readonly string[]): unknown {
    const copy = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
    for (const p of secrets) {
        const parts = p.split(".");
        let node: Record<string, unknown> = copy;
        for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
        const last = parts[parts.length - 1];
        node[last] = pulumi.secret(node[last]);
    }
    return copy;
}

/**
 * The stacks this one reads layers from: one StackReference per stack, made when first needed,
 * checked once for the profile (a prod stack must not build on a dev network unless allowed).
 */
export class LayerReferences {
    private readonly refs = new Map<string, { ref: pulumi.StackReference; checked: Promise<void> }>();

    constructor(
        private readonly core: CoreSettings,
        private readonly layers: LayerSet,
    ) {}

    private reference(layer: string): { fq: string; ref: pulumi.StackReference; checked: Promise<void> } {
        const fq = this.layers.references[layer];
        if (fq === undefined) throw new Error(`composition: layer ${layer} is neither deployed nor referenced (the loader should have said so)`);
        let entry = this.refs.get(fq);
        if (entry === undefined) {
            const ref = new pulumi.StackReference(fq, { name: fq });
            entry = { ref, checked: this.checkProfile(layer, fq, ref) };
            this.refs.set(fq, entry);
        }
        return { fq, ...entry };
    }

    private async checkProfile(layer: string, fq: string, ref: pulumi.StackReference): Promise<void> {
        const details = await ref.getOutputDetails("profile");
        const profile = details.value ?? details.secretValue;
        if (profile !== this.core.profile.name && !this.layers.allowCrossProfile) {
            throw new SettingsError(
                `${key("layerStacks")}.${layer} ${quote(fq)} is a stack of profile ${quote(profile)}, not ${quote(this.core.profile.name)}; ` +
                    `allowed: a ${this.core.profile.name} stack, or set ${key("allowCrossProfileReferences")}: true`,
            );
        }
    }

    private async read(layer: string, output: string): Promise<{ value: unknown; secret: boolean }> {
        const { fq, ref, checked } = this.reference(layer);
        await checked;
        const details = await ref.getOutputDetails(output);
        const secret = details.value === undefined && details.secretValue !== undefined;
        const value: unknown = secret ? details.secretValue : details.value;
        if (value === undefined) {
            throw new SettingsError(`${key("layerStacks")}.${layer} ${quote(fq)} has no stack output ${output}; deploy that stack first (docs/runbooks/deploy.md)`);
        }
        return { value, secret };
    }

    /** The outputs of `layer`, rebuilt from the stack that deploys it. */
    async layer<T>(layer: string): Promise<T> {
        const { value } = await this.read(layer, layerOutputName(layer));
        const exported = value as Partial<LayerExport>;
        if (typeof exported !== "object" || exported === null || exported.value === undefined || !Array.isArray(exported.secrets)) {
            throw new SettingsError(`${key("layerStacks")}.${layer} ${quote(this.layers.references[layer])}: output ${layerOutputName(layer)} is not a layer's outputs`);
        }
        // The secrets were secret in the deploying stack; the rest was not, though the whole output
        // reads as secret as soon as one member is.
        return withSecrets(exported.value, exported.secrets) as T;
    }

    /** The environment's random suffix, from the stack that created it. */
    async suffix(owner: string): Promise<pulumi.Output<string>> {
        const { value, secret } = await this.read(owner, SUFFIX_OUTPUT);
        const out = pulumi.output(String(value));
        return secret ? pulumi.secret(out) : out;
    }
}
