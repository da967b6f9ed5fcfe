/**
 * Pulumi mocks for the offline plan: every resource gets the deterministic id and fake outputs of
 * tools/plan/fake-outputs.ts (the same the stand-in providers give the real engine).
 */
import * as pulumi from "@pulumi/pulumi";
import { fakeId, fakeState, OFFLINE_ACCOUNT_ID, State } from "./fake-outputs";
import { REDACTED } from "./types";

export interface Recorded {
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    readonly id: string | undefined;
    readonly inputs: State;
    readonly state: State;
}

export const STACK_REFERENCE = "pulumi:pulumi:StackReference";

const hasSecret = (v: unknown): boolean =>
    v === REDACTED || (Array.isArray(v) ? v.some(hasSecret) : v !== null && typeof v === "object" && Object.values(v).some(hasSecret));

/** The plan's "[secret]" members as secrets again. */
function asSecrets(v: unknown): unknown {
    if (v === REDACTED) return pulumi.secret(REDACTED);
    if (Array.isArray(v)) return v.map(asSecrets);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asSecrets(x)]));
    return v;
}

export class PlanMocks implements pulumi.runtime.Mocks {
    public readonly recorded: Recorded[] = [];

    /**
     * @param preview behave like `pulumi preview` of a stack that does not exist yet: the provider
     *   returns no id and no output-only values, so everything derived from them is unknown.
     */
    constructor(
        private readonly preview = false,
        /** Region of the default provider (`alicloud:region`), for ARNs. */
        private readonly region = "eu-central-1",
        /** Stack outputs of the stacks the program may reference, by fully qualified name. */
        private readonly references: ReadonlyMap<string, Readonly<Record<string, unknown>>> = new Map(),
        /** The account its ARNs name (the stack's `dakar2026:accountId`, fake-outputs.ts). */
        private readonly account = OFFLINE_ACCOUNT_ID,
    ) {}
    /**
     * `additionalSecretOutputs` by "type::name". The engine, not the SDK, makes those outputs secret,
     * so the mocks wrap them as secrets: values derived from them (stack outputs) stay secret.
     */
    public readonly secretOutputs = new Map<string, readonly string[]>();

    newResource(args: pulumi.runtime.MockResourceArgs): { id: string | undefined; state: State } {
        const inputs = args.inputs as State;
        if (args.type === STACK_REFERENCE) return this.stackReference(args);
        if (this.preview && args.custom !== false) {
            this.recorded.push({ type: args.type, name: args.name, custom: true, id: undefined, inputs, state: inputs });
            return { id: undefined, state: inputs };
        }
        // `id` is "" (not undefined) for anything but imports and reads.
        const id = args.custom === false ? undefined : args.id || fakeId(args.type, args.name);
        const state = fakeState(args.type, args.name, inputs, id ?? "", this.region, this.account);
        this.recorded.push({ type: args.type, name: args.name, custom: args.custom !== false, id, inputs, state });
        const returned: State = { ...state };
        for (const k of this.secretOutputs.get(`${args.type}::${args.name}`) ?? []) {
            if (returned[k] !== undefined) returned[k] = pulumi.secret(returned[k]);
        }
        return { id, state: returned };
    }

    /**
     * A StackReference reads the referenced stack's state, in preview too: its outputs are the ones
     * the referenced stack's plan gave. What that plan shows as "[secret]" stays secret: the member
     * is a secret here and the output holding it is listed in `secretOutputNames`, as the engine
     * lists it.
     */
    private stackReference(args: pulumi.runtime.MockResourceArgs): { id: string; state: State } {
        const name = String(args.inputs.name ?? args.id ?? args.name);
        const outputs = this.references.get(name);
        if (outputs === undefined) {
            throw new Error(`offline plan: stack reference ${name} has no plan; plan that stack first or pass --ref ${name.split("/").pop() ?? name}=<plan.json>`);
        }
        const secretOutputNames = Object.keys(outputs).filter((k) => hasSecret(outputs[k])).sort();
        const state: State = { name, outputs: asSecrets(outputs) as State, secretOutputNames };
        this.recorded.push({ type: args.type, name: args.name, custom: true, id: name, inputs: args.inputs as State, state: { name, outputs, secretOutputNames } });
        return { id: name, state };
    }

    call(args: pulumi.runtime.MockCallArgs): Record<string, unknown> {
        // An unmocked data source would silently return nothing; fail loudly instead.
        throw new Error(`offline plan: data source ${args.token} is not mocked (add it to tools/plan/mocks.ts)`);
    }
}
