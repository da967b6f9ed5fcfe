/**
 * Planning layer stacks offline. A stack that reads layers from other stacks (dakar2026:layerStacks)
 * gets their outputs from their plans: each referenced stack is planned first, one after the other
 * (the Pulumi runtime is one per process), or its saved plan is given (`--ref STACK=plan.json`).
 * Every stack file is readable here, so the checks no single program can make (reference cycles,
 * a layer deployed twice in an environment, references across profiles, a superseded single stack
 * whose successors miss a layer) are made before anything is planned.
 */
import { SettingsError } from "../../infra/core/config";
import { checkEnvironment, deployOrder, environmentStacks, parseLayerSet, splitStackName, StackLayers } from "../../infra/core/stacks";
import { LAYER_NEEDS } from "../../infra/settings";
import { listStacks, readStackConfig, StackConfig } from "./stack-config";
import type { PlanOptions } from "./engine";
import type { Plan } from "./types";

/** What the environment checks need of one stack file. */
export function stackLayers(config: StackConfig): StackLayers {
    const v = config.values;
    const env = v[`${config.project}:environment`];
    return {
        stack: config.stack,
        environment: env === undefined || env === "" ? config.stack : env,
        profile: v[`${config.project}:profile`] ?? "",
        layers: parseLayerSet(v, config.stack, config.project, LAYER_NEEDS),
    };
}

/** Every stack file of the checkout, read and checked together; throws the first problem as one line. */
export function readEnvironments(root: string): StackLayers[] {
    const all = listStacks(root).map((s) => {
        try {
            return stackLayers(readStackConfig(root, s));
        } catch (e) {
            // Which file is wrong matters when the stack being planned is another one.
            if (e instanceof SettingsError) throw new SettingsError(`stacks/Pulumi.${s}.yaml: ${e.message}`);
            throw e;
        }
    });
    checkEnvironment(all);
    return all;
}

/** The stacks of `environment`'s layered form in deploy order; an unknown environment is bad input. */
export function environmentOrder(root: string, environment: string): string[] {
    const all = readEnvironments(root);
    const stacks = environmentStacks(all, environment);
    if (stacks.length === 0) {
        const known = [...new Set(all.filter((s) => s.layers.supersededBy.length === 0).map((s) => s.environment))].sort();
        throw new SettingsError(`environment ${JSON.stringify(environment)} has no stack; environments: ${known.join(", ")}`);
    }
    return deployOrder(stacks);
}

/**
 * The stacks to plan together with `stack` to see its whole environment: the stacks of its
 * environment's layered form when it is one of them, else (a single stack, or one being superseded)
 * the stack alone.
 */
export function environmentPeers(root: string, stack: string): string[] {
    const all = readEnvironments(root);
    const self = all.find((s) => s.stack === stack);
    if (self === undefined || self.layers.supersededBy.length > 0) return [stack];
    return deployOrder(environmentStacks(all, self.environment));
}

/**
 * One stack per environment that holds all of it: the single stacks, and each layered environment's
 * superseded single form where there is one. The benchmark replicates these, so that no two
 * sources share an environment's names (a layer stack shares them with the single form it replaces).
 */
export function wholeEnvironmentStacks(root: string): string[] {
    const all = readEnvironments(root);
    return all.filter((s) => Object.keys(s.layers.references).length === 0 && !all.some((o) => o.layers.supersededBy.includes(s.stack))).map((s) => s.stack);
}

export interface LayeredPlanOptions extends PlanOptions {
    readonly root: string;
    /** Saved plans of referenced stacks, by stack name (`--ref`). */
    readonly saved?: ReadonlyMap<string, Plan>;
    /** Plans made already in this process, by stack name; filled as stacks are planned. */
    readonly planned?: Map<string, Plan>;
    /** Told each time a referenced stack is planned (progress on stderr). */
    readonly onReference?: (stack: string) => void;
}

/**
 * Plans `config`'s stack, after planning (or reading) every stack it references, transitively. The
 * plan of each referenced stack is kept in `options.planned`, so that an environment is planned
 * once per stack.
 */
export async function planLayered(config: StackConfig, options: LayeredPlanOptions): Promise<Plan> {
    const { planConfig } = await import("./engine");
    const planned = options.planned ?? new Map<string, Plan>();
    // The planned stack's own mistakes first, in the words the program would use under Pulumi.
    stackLayers(config);
    const all = readEnvironments(options.root);
    const byName = new Map(all.map((s) => [s.stack, s]));

    // In preview mode `planned` holds previews; a referenced stack must come from a deployed-mode plan.
    const reusable = (stack: string, isTarget: boolean): Plan | undefined =>
        options.saved?.get(stack) ?? (isTarget || !options.preview ? planned.get(stack) : undefined);
    const planOne = async (stack: string, cfg: StackConfig, isTarget: boolean): Promise<Plan> => {
        const done = reusable(stack, isTarget);
        if (done !== undefined) return done;
        const layers = byName.get(stack)?.layers;
        const references = new Map<string, Readonly<Record<string, unknown>>>();
        for (const fq of new Set(Object.values(layers?.references ?? {}))) {
            const target = splitStackName(fq)?.stack ?? fq;
            let plan = reusable(target, false);
            if (plan === undefined) {
                options.onReference?.(target);
                plan = await planOne(target, readStackConfig(options.root, target), false);
            }
            // planOne plans a referenced stack as deployed (see below), whatever the mode of this one.
            references.set(fq, plan.outputs);
        }
        // A StackReference reads the referenced stack's state: its outputs are known even in a
        // preview, so a referenced stack is planned as deployed, not as previewed.
        const plan = await planConfig(cfg, { root: options.root, preview: isTarget ? options.preview : false, program: options.program, references });
        if (isTarget || !options.preview) planned.set(stack, plan);
        return plan;
    };
    return planOne(config.stack, config, true);
}

/**
 * The plans of an environment's stacks as one plan, for the audit of the environment as a whole:
 * stack rules then see every layer together, as they do in a single-stack environment.
 */
export function combinePlans(environment: string, plans: readonly Plan[]): Plan {
    if (plans.length === 0) throw new Error("combinePlans: no plan");
    return {
        project: plans[0].project,
        stack: plans.map((p) => p.stack).join("+"),
        profile: plans[0].profile,
        resources: plans.flatMap((p) => p.resources),
        outputs: Object.assign({}, ...plans.map((p) => p.outputs), { environment }) as Record<string, unknown>,
        warnings: [...new Set(plans.flatMap((p) => p.warnings))].sort(),
    };
}
