/**
 * The keys layer under Pulumi's mock runtime, for every profile and for environments named after
 * the stack or set explicitly (the longest allowed included). What must hold whatever the profile:
 * one rotated key per purpose, protected as the profile says, and service roles that can use
 * exactly their own key and that only their own service can assume.
 */
import type { Keys } from "../../../infra/keys";
import { KEY_PURPOSES, KEY_SERVICES, KeyService } from "../../../infra/keys/outputs";
import { KEYS_PROFILES } from "../../../infra/keys/profile";
import { componentName } from "../../../infra/core/names";
import { PROFILE_NAMES } from "../../../infra/core/profile";
import { layerConfig, parseSettings, Settings } from "../../../infra/settings";
import { Observed, observe, Scene, settle, valueOf } from "../../support/components";
import { identityFaults, nameFaults, protectionFaults, tagFaults, unclassified } from "../../support/invariants";
import { rawFor } from "../../support/settings";

const TYPE = {
    key: "alicloud:kms/key:Key",
    role: "alicloud:ram/role:Role",
    policy: "alicloud:ram/policy:Policy",
    attachment: "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
} as const;

const SERVICES = Object.keys(KEY_SERVICES) as KeyService[];
/** Building a layer under the mocks takes about a second, several on a busy machine: more than Jest's default 5 s allows. */
const BUILDING = 60_000;
/** The crypto calls a service makes with a key; anything else (managing, deleting, wildcards) is more than it needs. */
const KEY_USE = /^kms:(Encrypt|Decrypt|ReEncrypt\w*|GenerateDataKey\w*|DescribeKey)$/;

interface Scenario {
    readonly title: string;
    readonly stack: string;
    readonly settings: Settings;
}

/** Every profile, and the longest environment name in one of them (names depend on it, not on the profile). */
const SCENARIOS: readonly Scenario[] = [
    ...PROFILE_NAMES.map((profile) => ({ title: `${profile}, environment named after the stack`, stack: "alpha", settings: parseSettings(rawFor({ profile }), "alpha") })),
    {
        title: `${PROFILE_NAMES[0]}, a 16-character environment set for stack rehearsal-eu`,
        stack: "rehearsal-eu",
        settings: parseSettings(rawFor({ profile: PROFILE_NAMES[0], extra: { "dakar2026:environment": "rehearsal2026abc" } }), "rehearsal-eu"),
    },
];

interface PolicyDocument {
    readonly Version?: string;
    readonly Statement: readonly { Effect: string; Action: string | string[]; Resource?: string | string[]; Principal?: Record<string, string | string[]> }[];
}

const list = (v: string | readonly string[] | undefined): string[] => (v === undefined ? [] : typeof v === "string" ? [v] : [...v]);

afterAll(settle);

describe.each(SCENARIOS)("Keys: $title", ({ stack, settings }) => {
    const { core } = settings;
    let scene: Scene<Keys>;
    const ofType = (type: string): Observed[] => scene.resources.filter((r) => r.type === type);
    const one = (type: string, pick: (r: Observed) => boolean, what: string): Observed => {
        const found = ofType(type).filter(pick);
        if (found.length !== 1) throw new Error(`expected one ${type} that ${what}, found ${found.length}`);
        return found[0];
    };

    beforeAll(async () => {
        scene = await observe(stack, core.region, async (opts) => {
            const { Keys } = await import("../../../infra/keys");
            return new Keys(componentName(core, "keys"), { core, config: layerConfig(settings, "keys") }, opts);
        });
    }, BUILDING);

    it("registers one customer-managed key per purpose, each the one its output names", async () => {
        expect(ofType(TYPE.key)).toHaveLength(KEY_PURPOSES.length);
        expect(Object.keys(scene.value.keyIds).sort()).toEqual([...KEY_PURPOSES].sort());
        const ids = await Promise.all(KEY_PURPOSES.map((p) => valueOf(scene.value.keyIds[p])));
        expect(new Set(ids).size).toBe(KEY_PURPOSES.length);
        for (const [i, purpose] of KEY_PURPOSES.entries()) {
            const key = one(TYPE.key, (r) => r.id === ids[i], `has the id of keyIds.${purpose}`);
            expect(await valueOf(scene.value.keyArns[purpose])).toBe(key.state.arn);
        }
    });

    it("rotates every key automatically, waits the profile's pending window before deleting it, and describes it", () => {
        const descriptions = new Set<unknown>();
        for (const key of ofType(TYPE.key)) {
            expect(key.inputs).toMatchObject({ automaticRotation: "Enabled", keyUsage: "ENCRYPT/DECRYPT" });
            expect(key.inputs.rotationInterval).toEqual(expect.any(String));
            expect(key.inputs.pendingWindowInDays).toBe(KEYS_PROFILES[core.profile.name].pendingWindowInDays);
            expect(key.inputs.description).toEqual(expect.stringContaining(core.environment));
            descriptions.add(key.inputs.description);
        }
        expect(descriptions.size).toBe(KEY_PURPOSES.length);
    });

    it("protects every key, with protect and KMS deletion protection, exactly when the profile protects", () => {
        expect(ofType(TYPE.key).map((k) => k.protect)).toEqual(KEY_PURPOSES.map(() => core.profile.protect));
        expect(protectionFaults(scene.resources, core.profile.protect)).toEqual([]);
    });

    it.each(SERVICES)("lets only the %s service assume its role", async (service) => {
        const arn = await valueOf(scene.value.serviceRoleArns[service]);
        const role = one(TYPE.role, (r) => r.state.arn === arn, `has the ARN of serviceRoleArns.${service}`);
        const trust = JSON.parse(role.inputs.assumeRolePolicyDocument as string) as PolicyDocument;
        expect(trust.Statement).toHaveLength(1);
        const [statement] = trust.Statement;
        expect(statement.Effect).toBe("Allow");
        expect(list(statement.Action)).toEqual(["sts:AssumeRole"]);
        expect(Object.keys(statement.Principal ?? {})).toEqual(["Service"]);
        expect(list(statement.Principal?.Service)).toEqual([KEY_SERVICES[service].principal]);
    });

    it.each(SERVICES)("lets the %s role use its own key and nothing else, through one attached policy", async (service) => {
        const roleArn = await valueOf(scene.value.serviceRoleArns[service]);
        const role = one(TYPE.role, (r) => r.state.arn === roleArn, `has the ARN of serviceRoleArns.${service}`);
        const attachment = one(TYPE.attachment, (a) => a.inputs.roleName === role.inputs.roleName, `attaches to ${String(role.inputs.roleName)}`);
        expect(attachment.inputs.policyType).toBe("Custom");
        const policy = one(TYPE.policy, (p) => p.inputs.policyName === attachment.inputs.policyName, `is ${String(attachment.inputs.policyName)}`);
        const keyArn = await valueOf(scene.value.keyArns[KEY_SERVICES[service].key]);
        const doc = JSON.parse(policy.inputs.policyDocument as string) as PolicyDocument;
        expect(doc.Statement.length).toBeGreaterThan(0);
        for (const statement of doc.Statement) {
            expect(statement.Effect).toBe("Allow");
            expect(list(statement.Action).length).toBeGreaterThan(0);
            for (const action of list(statement.Action)) expect(action).toMatch(KEY_USE);
            expect(list(statement.Resource)).toEqual([keyArn]);
        }
    });

    it("has no role, policy or attachment besides the services'", () => {
        for (const type of [TYPE.role, TYPE.policy, TYPE.attachment]) expect(ofType(type)).toHaveLength(SERVICES.length);
    });

    it("tags, names and identifies every resource by the rules every layer follows", () => {
        expect(tagFaults(scene.resources, core)).toEqual([]);
        expect(nameFaults(scene.resources, core.environment)).toEqual([]);
        expect(identityFaults(scene.resources)).toEqual([]);
        expect(unclassified(scene.resources)).toEqual([]);
    });
});
