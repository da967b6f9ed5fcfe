/**
 * The identity layer in the offline plan of every stack of the repository, with the stacks' real
 * settings. The type-to-actions map (infra/identity/actions.ts) must name every Alibaba Cloud type
 * any stack plans and nothing else; each environment's deployer is granted exactly the actions of
 * the types its environment plans, scoped to its region, account and names; the CI roles trust
 * only the OIDC provider with the settings' claims; the operator cannot write RAM; the auditor is
 * denied the objects of the personal buckets; the account-wide resources exist only where the stack
 * owns the account, and outlive it.
 */
import { PROJECT } from "../../../infra/core/names";
import { TYPE_ACTIONS } from "../../../infra/identity/actions";
import { MAX_DOCUMENT_LENGTH } from "../../../infra/identity/documents";
import { trailLogstoreName } from "../../../infra/identity";
import { oidcProviderArn, ROLE_KINDS, trailDeliveryRoleArn } from "../../../infra/identity/outputs";
import { operateStatements, PERSONAL } from "../../../infra/identity/roles";
import { TRAIL_ALERTS } from "../../../infra/identity/alerts";
import { layerConfig, parseSettings, Settings } from "../../../infra/settings";
import { BUCKET_CLASSIFICATION, BUCKET_ROLES } from "../../../infra/storage/outputs";
import { readStackConfig } from "../../../tools/plan/stack-config";
import type { Plan, PlanResource } from "../../../tools/plan/types";
import { planIsolated } from "../../support/plan";
import { ROOT, STACKS, stacksDeploying } from "../../support/settings";

const PLANNING = 120_000;
const MAP_FILE = "infra/identity/actions.ts";
const plans = new Map<string, Plan>();
const settingsOf = new Map<string, Settings>();

beforeAll(async () => {
    for (const s of STACKS) {
        plans.set(s, await planIsolated(s));
        settingsOf.set(s, parseSettings(readStackConfig(ROOT, s).values, s));
    }
}, PLANNING * STACKS.length);

const plan = (s: string): Plan => plans.get(s) as Plan;
const settings = (s: string): Settings => settingsOf.get(s) as Settings;
const alicloudTypes = (p: Plan): string[] => [...new Set(p.resources.filter((r) => r.custom && r.type.startsWith("alicloud:")).map((r) => r.type))];
const ofType = (p: Plan, type: string): PlanResource[] => p.resources.filter((r) => r.type === type);

interface Statement {
    readonly Effect: string;
    readonly Action: string[];
    readonly Resource: string[];
    readonly Condition?: Record<string, Record<string, string | string[]>>;
    readonly Principal?: Record<string, string[]>;
}
const statementsOf = (doc: unknown): Statement[] => (JSON.parse(String(doc)) as { Statement: Statement[] }).Statement;

/** The custom policies attached to `roleName` in the plan, as parsed documents. */
function grantsOf(p: Plan, roleName: string): { name: string; text: string; statements: Statement[] }[] {
    const attached = ofType(p, "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment")
        .filter((a) => a.inputs.roleName === roleName)
        .map((a) => a.inputs.policyName);
    return ofType(p, "alicloud:ram/policy:Policy")
        .filter((r) => attached.includes(r.inputs.policyName))
        .map((r) => ({ name: String(r.inputs.policyName), text: String(r.inputs.policyDocument), statements: statementsOf(r.inputs.policyDocument) }));
}

/** The stacks of the environment `stack` belongs to that together hold its layers (a superseded single stack holds them alone). */
function environmentStacks(stack: string): string[] {
    const s = settings(stack);
    if (s.layers.supersededBy.length > 0) return [stack];
    return STACKS.filter((o) => settings(o).core.environment === s.core.environment && settings(o).layers.supersededBy.length === 0);
}

describe("the type-to-actions map", () => {
    it(`names every Alibaba Cloud type a stack plans (add a missing one to ${MAP_FILE})`, () => {
        const missing = STACKS.flatMap((s) => alicloudTypes(plan(s)).filter((t) => TYPE_ACTIONS[t] === undefined).map((t) => `${t} (planned by ${s}): add it to ${MAP_FILE}`));
        expect([...new Set(missing)]).toEqual([]);
    });

    it(`names no type that no stack plans: the deployer gets nothing broader (remove it from ${MAP_FILE})`, () => {
        const planned = new Set(STACKS.flatMap((s) => alicloudTypes(plan(s))));
        expect(Object.keys(TYPE_ACTIONS).filter((t) => !planned.has(t))).toEqual([]);
    });

    it("grants no wildcard action, and only actions of the form service:Action", () => {
        const bad = Object.entries(TYPE_ACTIONS).flatMap(([t, e]) => [...e.write, ...e.read].filter((a) => !/^[a-z-]+:[A-Za-z]+$/.test(a)).map((a) => `${t}: ${a}`));
        expect(bad).toEqual([]);
    });
});

describe.each(stacksDeploying("identity"))("the identity layer in the plan of %s", (stack) => {
    const s = (): Settings => settings(stack);
    const env = (): string => s().core.environment;
    const roleName = (kind: string): string => `${PROJECT}-${env()}-identity-${kind}`;
    const accountId = (): string => layerConfig(s(), "identity").accountId;

    // A type a setting brings (WAF by profile, scheduled tasks by calendar) must be deployable without
    // a new grant: the deployer gets the types any stack plans, the account-wide ones only in the owner.
    it("grants the deployer exactly the write and read actions of the types the stacks plan, account-wide ones only where it owns the account", () => {
        const owner = s().core.accountOwner;
        const types = new Set(STACKS.flatMap((o) => alicloudTypes(plan(o))).filter((t) => owner || TYPE_ACTIONS[t]?.accountWide !== true));
        for (const t of environmentStacks(stack).flatMap((o) => alicloudTypes(plan(o)))) expect({ t, granted: types.has(t) }).toEqual({ t, granted: true });
        const expected = new Set([...types].flatMap((t) => [...TYPE_ACTIONS[t].write, ...TYPE_ACTIONS[t].read]));
        const statements = grantsOf(plan(stack), roleName("deployer")).flatMap((g) => g.statements);
        const granted = new Set(statements.filter((st) => st.Effect === "Allow").flatMap((st) => st.Action));
        expect([...granted].sort()).toEqual([...expected].sort());
        expect(statements.filter((st) => st.Effect !== "Allow")).toEqual([]);
    });

    it("keeps every role's grant within RAM's document limit, with no * action and no * resource", () => {
        for (const kind of ROLE_KINDS) {
            const grants = grantsOf(plan(stack), roleName(kind));
            expect(grants.length).toBeGreaterThan(0);
            for (const g of grants) {
                expect({ policy: g.name, over: g.text.length > MAX_DOCUMENT_LENGTH }).toEqual({ policy: g.name, over: false });
                const wild = g.statements.filter((st) => st.Action.some((a) => a === "*" || a.endsWith(":*")) || st.Resource.some((r) => r === "*"));
                expect({ policy: g.name, wild }).toEqual({ policy: g.name, wild: [] });
            }
        }
    });

    it("scopes every resource to the stack's account, and to its region or its environment's names", () => {
        const { region } = s().core;
        const prefix = `${PROJECT}-${env()}-`;
        for (const kind of ROLE_KINDS) {
            for (const st of grantsOf(plan(stack), roleName(kind)).flatMap((g) => g.statements)) {
                for (const arn of st.Resource) {
                    const [acs, , arnRegion, account, ...rest] = arn.split(":");
                    const path = rest.join(":");
                    expect({ arn, acs, account }).toEqual({ arn, acs: "acs", account: accountId() });
                    // Region-less ARNs (RAM, OSS, CDN, billing, the all-regions trail) must carry the environment's names or an exact name.
                    const scoped = arnRegion === region || path.includes(prefix) || !path.includes("*") || /^domain\/\*$|^\*$/.test(path);
                    expect({ arn, scoped }).toEqual({ arn, scoped: true });
                }
            }
        }
    });

    it("lets only the CI's OIDC provider assume the deployer and previewer, for the configured issuer, audience and subject", () => {
        const config = layerConfig(s(), "identity");
        for (const [kind, subject] of [["deployer", config.ci.deployerSubject], ["previewer", config.ci.previewerSubject]] as const) {
            const role = ofType(plan(stack), "alicloud:ram/role:Role").find((r) => r.inputs.roleName === roleName(kind));
            expect(statementsOf(role?.inputs.assumeRolePolicyDocument)).toEqual([
                {
                    Effect: "Allow",
                    Action: "sts:AssumeRole",
                    Principal: { Federated: [oidcProviderArn(config.accountId)] },
                    Condition: { StringEquals: { "oidc:iss": config.ci.issuer, "oidc:aud": config.ci.audience, "oidc:sub": subject } },
                },
            ]);
        }
    });

    it("lets the RAM identities of the configured accounts, and only them, assume the operator and auditor", () => {
        const config = layerConfig(s(), "identity");
        for (const [kind, accounts] of [["operator", config.operatorAccounts], ["auditor", config.auditorAccounts]] as const) {
            const role = ofType(plan(stack), "alicloud:ram/role:Role").find((r) => r.inputs.roleName === roleName(kind));
            const [trust] = statementsOf(role?.inputs.assumeRolePolicyDocument);
            expect(trust.Principal).toEqual({ RAM: [...accounts].sort().map((a) => `acs:ram::${a}:root`) });
            expect(accounts[0]).toBe(config.accountId);
        }
    });

    it("gives the previewer and the auditor no write action of the map, and the operator only reads and its operating actions, none of RAM", () => {
        const writes = new Set(Object.values(TYPE_ACTIONS).flatMap((e) => e.write));
        for (const kind of ["previewer", "auditor"]) {
            const actions = grantsOf(plan(stack), roleName(kind)).flatMap((g) => g.statements.filter((st) => st.Effect === "Allow").flatMap((st) => st.Action));
            expect({ kind, writes: actions.filter((a) => writes.has(a)) }).toEqual({ kind, writes: [] });
        }
        const operator = grantsOf(plan(stack), roleName("operator")).flatMap((g) => g.statements.flatMap((st) => st.Action));
        expect(operator.filter((a) => a.startsWith("ram:") && !/^ram:(Get|List)/.test(a))).toEqual([]);
        const reads = new Set(Object.values(TYPE_ACTIONS).flatMap((e) => e.read));
        const scope = { accountId: accountId(), region: s().core.region, namePrefix: `${PROJECT}-${env()}-`, oidcProviderName: "", trailDeliveryRole: "" };
        const operating = new Set(operateStatements(scope).flatMap((st) => st.Action));
        expect(operator.filter((a) => !reads.has(a) && !operating.has(a))).toEqual([]);
    });

    it("denies the auditor object reads on exactly the buckets the storage layer classifies personal", () => {
        const buckets = ofType(plan(stack), "alicloud:oss/bucket:Bucket");
        const personal = BUCKET_ROLES.filter((r) => PERSONAL.includes(BUCKET_CLASSIFICATION[r]))
            .map((r) => buckets.find((b) => b.name.endsWith(`-storage-${r}`))?.inputs.bucket)
            .map((b) => `acs:oss:*:${accountId()}:${String(b)}/*`)
            .sort();
        expect(personal.length).toBeGreaterThan(0);
        const denies = grantsOf(plan(stack), roleName("auditor")).flatMap((g) => g.statements.filter((st) => st.Effect === "Deny"));
        expect(denies).toEqual([{ Effect: "Deny", Action: ["oss:GetObject", "oss:GetObjectVersion"], Resource: personal }]);
    });

    it("holds the account-wide resources exactly where the stack owns the account, retained on delete, and says so in its outputs", () => {
        const owner = s().core.accountOwner;
        const p = plan(stack);
        expect(p.outputs.accountOwner).toBe(owner);
        const accountWide = ["alicloud:ram/passwordPolicy:PasswordPolicy", "alicloud:ram/securityPreference:SecurityPreference", "alicloud:ims/oidcProvider:OidcProvider", "alicloud:actiontrail/trail:Trail"];
        for (const type of accountWide) {
            const found = ofType(p, type);
            expect({ type, count: found.length }).toEqual({ type, count: owner ? 1 : 0 });
            expect(found.filter((r) => !r.options.retainOnDelete).map((r) => r.name)).toEqual([]);
        }
        expect(ofType(p, "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy")).toEqual([]);
        expect(ofType(p, "alicloud:ram/accessKey:AccessKey")).toEqual([]);
    });

    it("in the owner's stack, sends every event of every region to the logs bucket and to an encrypted logstore kept for the profile's retention, with the four alerts", () => {
        if (!s().core.accountOwner) return;
        const p = plan(stack);
        const { core } = s();
        const [trail] = ofType(p, "alicloud:actiontrail/trail:Trail");
        const logsBucket = ofType(p, "alicloud:oss/bucket:Bucket").find((b) => b.name.endsWith("-storage-logs"))?.inputs.bucket;
        const [project] = ofType(p, "alicloud:log/project:Project").filter((r) => r.name.endsWith("-identity-trail-project"));
        const store = ofType(p, "alicloud:log/store:Store").find((r) => r.name.endsWith("-identity-trail-store"));
        const role = trailDeliveryRoleArn(accountId());
        expect(trail.inputs).toMatchObject({
            trailRegion: "All",
            eventRw: "All",
            status: "Enable",
            ossBucketName: logsBucket,
            ossWriteRoleArn: role,
            slsWriteRoleArn: role,
            slsProjectArn: `acs:log:${core.region}:${accountId()}:project/${String(project.inputs.projectName)}`,
        });
        const keyId = ofType(p, "alicloud:kms/key:Key").find((k) => k.name.endsWith("-keys-logs"))?.id;
        expect(store?.inputs).toMatchObject({
            logstoreName: trailLogstoreName(String(trail.inputs.trailName)),
            retentionPeriod: core.profile.logRetentionDays,
            encryptConf: { enable: true, userCmkInfo: { cmkKeyId: keyId } },
        });
        expect([project, store].map((r) => r?.options.protect)).toEqual([core.profile.protect, core.profile.protect]);
        const alerts = ofType(p, "alicloud:log/alert:Alert");
        expect(alerts.map((a) => a.inputs.alertName).sort()).toEqual(TRAIL_ALERTS.map((a) => `${String(trail.inputs.trailName)}-${a.id}`).sort());
        const policy = layerConfig(s(), "identity").account?.alertActionPolicy;
        for (const a of alerts) {
            expect(a.inputs).toMatchObject({ projectName: project.inputs.projectName, policyConfiguration: { actionPolicyId: policy } });
            expect((a.inputs.queryLists as { store: string }[]).map((q) => q.store)).toEqual([store?.inputs.logstoreName]);
        }
    });
});
