/**
 * TEST TOOLING. A stand-in for the `alicloud` or `random` resource provider, so that the real
 * Pulumi engine (`npm run engine`) can preview, create, update and destroy this project's stacks
 * with no cloud account and no network. It is served by the Node SDK's own provider server
 * (`@pulumi/pulumi/provider`), so the engine talks to it exactly as to any provider plugin.
 *
 * What it does, per resource: accepts the inputs as given (no provider-side validation, no
 * defaults), answers with the deterministic id and fake outputs of tools/plan/fake-outputs.ts (the
 * offline plan's mocks give the same), and leaves the state to the engine, which keeps it in the
 * stack. Nothing exists anywhere else: deleting is a no-op.
 *
 * Started by `tools/engine/stand-in/bin/pulumi-resource-<package>`; never put that folder on a
 * user's PATH: a real `pulumi up` would then "succeed" against nothing.
 */
import { isDeepStrictEqual } from "node:util";
import { main, Provider } from "@pulumi/pulumi/provider";
import { fakeId, fakeState, offlineAccount, State } from "../../plan/fake-outputs";

/** Packages the stand-in can play, with the SDK package whose version it reports. */
const PACKAGES: Readonly<Record<string, string>> = { alicloud: "@pulumi/alicloud", random: "@pulumi/random" };

/** The variable `npm run engine` sets to the stack's `alicloud:region` (ARNs name it). */
export const REGION_VARIABLE = "DAKAR2026_STAND_IN_REGION";
/** The variable `npm run engine` sets to the stack's `dakar2026:accountId` (ARNs name it too). */
export const ACCOUNT_VARIABLE = "DAKAR2026_STAND_IN_ACCOUNT";

/** The engine's marker around a secret value in provider requests (acceptSecrets is on). */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";

/** Type and logical name from a URN `urn:pulumi:<stack>::<project>::<parent$...$type>::<name>`. */
export function typeAndName(urn: string): { type: string; name: string } {
    const parts = urn.split("::");
    if (parts.length < 4) throw new Error(`stand-in provider: malformed URN ${urn}`);
    const qualified = parts[2].split("$");
    return { type: qualified[qualified.length - 1], name: parts.slice(3).join("::") };
}

/** The value without secret markers: the engine marks some outputs secret after the provider answers. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plain);
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (SECRET_SIG_KEY in o) return plain(o.value);
        return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, plain(v)]));
    }
    return value;
}

function region(): string {
    const r = process.env[REGION_VARIABLE];
    if (!r) throw new Error(`stand-in provider: ${REGION_VARIABLE} is not set; run it through npm run engine`);
    return r;
}

export function standInProvider(pkg: string): Provider {
    const sdk = PACKAGES[pkg];
    if (!sdk) throw new Error(`stand-in provider: unknown package "${pkg}" (known: ${Object.keys(PACKAGES).join(", ")})`);
    // The version the program's SDK asks the engine for: the stand-in must claim exactly that one.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a JSON file resolved at run time
    const version = (require(`${sdk}/package.json`) as { version: string }).version;
    const stateOf = (urn: string, id: string, inputs: State): State => {
        const { type, name } = typeAndName(urn);
        return fakeState(type, name, inputs, id, region(), offlineAccount(process.env[ACCOUNT_VARIABLE]));
    };
    return {
        version,
        // Enough of a schema for the engine's handshake; the SDK in node_modules carries the real one.
        schema: JSON.stringify({ name: pkg, version }),
        check: async (_urn, _olds, news) => ({ inputs: news }),
        // Outputs are a function of the inputs, so "no change" means "the same outputs again". A real
        // provider also says which changes force a replacement; the stand-in cannot know.
        diff: async (id, urn, olds, news) => ({ changes: !isDeepStrictEqual(plain(olds), plain(stateOf(urn, id, news as State))) }),
        create: async (urn, inputs) => {
            const { type, name } = typeAndName(urn);
            const id = fakeId(type, name);
            return { id, outs: stateOf(urn, id, inputs as State) };
        },
        update: async (id, urn, _olds, news) => ({ outs: stateOf(urn, id, news as State) }),
        delete: async () => undefined,
    };
}

if (require.main === module) {
    const [pkg, ...args] = process.argv.slice(2);
    try {
        void main(standInProvider(pkg ?? ""), args);
    } catch (e) {
        process.stderr.write(`${(e as Error).message}\n`);
        process.exitCode = 2;
    }
}
