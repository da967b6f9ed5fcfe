/**
 * A layer's outputs across stacks, under Pulumi's mock runtime: exported as `<layer>Layer` with the
 * paths of its secrets, read back through a StackReference into the same object, the secret
 * members secret again and the others not; a referenced stack of another profile refused unless
 * allowed; a missing output named with the stack to deploy first.
 */
import * as pulumi from "@pulumi/pulumi";
import { SettingsError } from "../../../infra/core/config";
import { CORE_PROFILES } from "../../../infra/core/profile";
import type { CoreSettings } from "../../../infra/core/settings";
import type { LayerSet } from "../../../infra/core/stacks";
import { PlanMocks } from "../../../tools/plan/mocks";
import { REDACTED } from "../../../tools/plan/types";
import { settle, valueOf } from "../../support/components";

const DATA = "organization/dakar2026/prod-data";
const STAGING = "organization/dakar2026/staging-data";

const core = { profile: CORE_PROFILES.prod } as unknown as CoreSettings;
const layers = (allowCrossProfile = false): LayerSet => ({
    deployed: ["edge"],
    references: { storage: DATA, keys: DATA, network: STAGING },
    organization: "organization",
    allowCrossProfile,
    supersededBy: [],
});

/** What the plan of prod-data gives as stack outputs: "[secret]" where the state holds a secret. */
const prodData = {
    profile: "prod",
    uniqueSuffix: "abc123",
    storageLayer: {
        value: { bucketNames: { media: "dakar2026-prod-storage-media-abc123" }, database: { name: "dakar2026", port: 3306, password: REDACTED } },
        secrets: ["database.password"],
    },
};

let refs: typeof import("../../../infra/core/references");
beforeAll(async () => {
    const references = new Map<string, Record<string, unknown>>([
        [DATA, prodData],
        [STAGING, { profile: "staging", networkLayer: { value: { vpcId: "vpc-1" }, secrets: [] } }],
    ]);
    await pulumi.runtime.setMocks(new PlanMocks(false, "eu-central-1", references), "dakar2026", "prod-app", false);
    refs = await import("../../../infra/core/references");
});
afterAll(settle);

describe("exportLayer", () => {
    it("keeps the outputs as they are and lists the paths of the secret ones", async () => {
        const exported = refs.exportLayer({ a: pulumi.output("x"), nested: { pw: pulumi.secret("p"), n: 3 }, plain: "y" });
        expect(await valueOf(exported.secrets)).toEqual(["nested.pw"]);
        expect(exported.value.plain).toBe("y");
    });
});

describe("LayerReferences", () => {
    it("rebuilds a layer's outputs: plain values plain, the secret paths secret", async () => {
        const storage = await new refs.LayerReferences(core, layers()).layer<{ bucketNames: { media: string }; database: { name: string; port: number; password: pulumi.Input<string> } }>("storage");
        // Plain values stay plain JavaScript values, which layers use synchronously (names, ports).
        expect(storage.bucketNames.media).toBe("dakar2026-prod-storage-media-abc123");
        expect(storage.database.port).toBe(3306);
        expect(pulumi.Output.isInstance(storage.database.password)).toBe(true);
        expect(await pulumi.isSecret(pulumi.output(storage.database.password))).toBe(true);
    });

    it("reads the environment's suffix from the stack that owns it", async () => {
        const suffix = await new refs.LayerReferences(core, layers()).suffix("keys");
        expect(await valueOf(suffix)).toBe("abc123");
        expect(await pulumi.isSecret(suffix)).toBe(false);
    });

    it("refuses a referenced stack of another profile, unless allowed", async () => {
        const err = await new refs.LayerReferences(core, layers()).layer("network").catch((e: unknown) => e);
        expect(err).toBeInstanceOf(SettingsError);
        expect((err as Error).message).toBe(
            `dakar2026:layerStacks.network "${STAGING}" is a stack of profile "staging", not "prod"; allowed: a prod stack, or set dakar2026:allowCrossProfileReferences: true`,
        );
        const allowed = await new refs.LayerReferences(core, layers(true)).layer<{ vpcId: string }>("network");
        expect(allowed.vpcId).toBe("vpc-1");
    });

    it("says which stack to deploy first when the output is missing", async () => {
        const err = await new refs.LayerReferences(core, layers()).layer("keys").catch((e: unknown) => e);
        expect((err as Error).message).toBe(`dakar2026:layerStacks.keys "${DATA}" has no stack output keysLayer; deploy that stack first (docs/runbooks/deploy.md)`);
    });
});
