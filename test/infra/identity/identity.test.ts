/**
 * The identity component under Pulumi's mock runtime, in the stack that owns the account: the layer's
 * invariants (tags, names, identity, stateful-or-stateless, protection) and the bootstrap adoption,
 * where the OIDC provider and the deployer role with its policies made by hand are imported under the
 * ids the runbook gives them instead of being created.
 */
import type { Identity } from "../../../infra/identity";
import { componentName } from "../../../infra/core/names";
import { layerConfig, parseSettings, Settings } from "../../../infra/settings";
import { observe, Scene, settle } from "../../support/components";
import { layerFaults, NO_LAYER_FAULTS } from "../../support/invariants";
import { rawFor } from "../../support/settings";

const BUILDING = 60_000;

const owner = (adopt: boolean): Settings =>
    parseSettings(
        rawFor({
            profile: "prod",
            extra: {
                "dakar2026:accountOwner": "true",
                "dakar2026:ciOidcFingerprints": JSON.stringify(["6938fd4d98bab03faadb97b34396831e3780aea1"]),
                "dakar2026:trailAlertActionPolicy": "dakar2026-oncall",
                "dakar2026:adoptCiBootstrap": String(adopt),
            },
        }),
        "prod",
    );

async function build(settings: Settings): Promise<Scene<Identity>> {
    const { core } = settings;
    return observe("prod", core.region, async (opts) => {
        const { Identity } = await import("../../../infra/identity");
        return new Identity(
            componentName(core, "identity"),
            {
                core,
                config: layerConfig(settings, "identity"),
                keys: {
                    keyIds: { logs: "key-logs", storage: "key-storage", disks: "key-disks", databases: "key-databases" },
                    serviceRoleArns: { log: `acs:ram::${String(core.accountId)}:role/dakar2026-prod-keys-log-role`, rds: "r", ecs: "e" },
                },
                storage: {
                    bucketNames: { media: "dakar2026-prod-storage-media-x", static: "dakar2026-prod-storage-static-x", logs: "dakar2026-prod-storage-logs-x", backups: "dakar2026-prod-storage-backups-x" },
                },
                uniqueSuffix: "x1y2z3",
            },
            opts,
        );
    });
}

afterAll(settle);

describe("Identity in the stack that owns the account", () => {
    let scene: Scene<Identity>;
    beforeAll(async () => {
        scene = await build(owner(false));
    }, BUILDING);

    it("holds the layer's invariants", () => {
        const { core } = owner(false);
        expect(layerFaults(scene.resources, core)).toEqual(NO_LAYER_FAULTS);
    });
    it("creates, without adoption, nothing under a hand-made id", () => {
        const ids = scene.resources.filter((r) => r.custom).map((r) => r.id);
        expect(ids).not.toContain("dakar2026-ci");
        expect(ids).not.toContain("dakar2026-prod-identity-deployer");
    });
});

describe("Identity adopting the hand-made bootstrap", () => {
    let scene: Scene<Identity>;
    beforeAll(async () => {
        scene = await build(owner(true));
    }, BUILDING);

    it("imports the OIDC provider, the deployer role, its policies and their attachments under the runbook's ids, and nothing else", () => {
        const adopted = scene.resources
            .filter((r) => r.custom && r.id !== undefined && !/^[a-z]*-?[0-9a-f]{20}$/.test(r.id))
            .map((r) => `${r.type.split(":")[1]} ${String(r.id)}`)
            .sort();
        const policies = scene.resources.filter((r) => r.type === "alicloud:ram/policy:Policy" && String(r.inputs.policyName).includes("-deployer-")).map((r) => String(r.inputs.policyName)).sort();
        expect(policies.length).toBeGreaterThan(0);
        expect(adopted).toEqual(
            [
                "ims/oidcProvider dakar2026-ci",
                "ram/role dakar2026-prod-identity-deployer",
                ...policies.map((p) => `ram/policy ${p}`),
                ...policies.map((p) => `ram/rolePolicyAttachment role:${p}:Custom:dakar2026-prod-identity-deployer`),
            ].sort(),
        );
    });
});
