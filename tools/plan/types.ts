/** The offline plan: what `npm run plan -- --json FILE` writes and `npm run audit -- --plan FILE` reads. */

export interface PlanResourceOptions {
    readonly protect: boolean;
    /** URNs of explicit `dependsOn` resources. */
    readonly dependsOn: readonly string[];
    readonly ignoreChanges: readonly string[];
    readonly retainOnDelete: boolean;
    readonly deleteBeforeReplace: boolean;
    /** Aliases as URNs or `{ name, type, parent }` descriptions rendered to strings. */
    readonly aliases: readonly string[];
    readonly additionalSecretOutputs: readonly string[];
    /** URN of an explicit provider, when the resource names one. */
    readonly provider?: string;
}

export interface PlanResource {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    /** URN of the parent resource (the stack for top-level resources); absent on the stack itself and on default providers. */
    readonly parent?: string;
    /** `false` for ComponentResources. */
    readonly custom: boolean;
    /** What the mocks returned as the cloud id. */
    readonly id?: string;
    readonly inputs: Readonly<Record<string, unknown>>;
    /**
     * What the engine passes stack policies: inputs merged with the fake outputs of the mocks; for
     * components and the root stack, what they registered as outputs (the stack outputs).
     */
    readonly outputs: Readonly<Record<string, unknown>>;
    readonly options: PlanResourceOptions;
    /** For each input property, the URNs of the resources its value came from. */
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
}

export interface Plan {
    readonly project: string;
    readonly stack: string;
    /** Environment profile of the stack (dev | staging | prod): picks the pack configuration. */
    readonly profile: string;
    readonly resources: readonly PlanResource[];
    readonly outputs: Readonly<Record<string, unknown>>;
    readonly warnings: readonly string[];
}

/** The string every output of a plan carries in place of a secret value. */
export const REDACTED = "[secret]";

/** The engine's marker for a value not known until apply (`pulumi preview` shows it as "output<T>"). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** How text meant for people (the plan summary, the terminal table) shows an unknown value; the JSON keeps the marker. */
export const UNKNOWN_SHOWN = "(known after deploy)";

/** `value` as one line of text, unknowns shown as UNKNOWN_SHOWN wherever they are nested. */
export function showValue(value: unknown): string {
    if (typeof value === "string") return value.split(UNKNOWN).join(UNKNOWN_SHOWN);
    return JSON.stringify(value, (_k, v: unknown) => (v === UNKNOWN ? UNKNOWN_SHOWN : v)) ?? String(value);
}

/** Options of a resource that sets none: what the engine assumes when a plan omits them. */
export const NO_OPTIONS: PlanResourceOptions = Object.freeze({
    protect: false,
    dependsOn: [],
    ignoreChanges: [],
    retainOnDelete: false,
    deleteBeforeReplace: false,
    aliases: [],
    additionalSecretOutputs: [],
});
