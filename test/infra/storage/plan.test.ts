/**
 * The storage layer in the offline plan of every stack of the repository, with the stack's real
 * settings and the real keys and network layers: secrets never reach the plan JSON, stateful
 * resources are protected as the profile says, the buckets ignore the inline twins of their
 * separate settings, the only findings left on the layer are the residency ones the data protection
 * officer owns, and no stateful resource of the committed baseline would be lost.
 */
import * as path from "node:path";
import { PROJECT } from "../../../infra/core/names";
import { BUCKET_INLINE_TWINS } from "../../../infra/storage";
import { BUCKET_CLASSIFICATION, BUCKET_ROLES } from "../../../infra/storage/outputs";
import { parseSettings } from "../../../infra/settings";
import { BASELINE_FILE, readBaseline } from "../../../tools/baseline";
import { auditPlan } from "../../../tools/audit/run";
import { compareWithBaseline, formatComparison, STATEFUL_TYPES } from "../../../tools/plan/baseline";
import { planToJson } from "../../../tools/plan/engine";
import { fakeState } from "../../../tools/plan/fake-outputs";
import { readStackConfig } from "../../../tools/plan/stack-config";
import { Plan, PlanResource, REDACTED } from "../../../tools/plan/types";
import { planIsolated } from "../../support/plan";
import { TEST_TODAY } from "../../support/policy";
import { ROOT, STACKS, stacksDeploying } from "../../support/settings";

const PLANNING = 120_000;
const plans = new Map<string, Plan>();

beforeAll(async () => {
    for (const s of STACKS) plans.set(s, await planIsolated(s));
}, PLANNING * STACKS.length);

const plan = (s: string): Plan => plans.get(s) as Plan;
const storage = (p: Plan): PlanResource[] => p.resources.filter((r) => r.urn.includes("::dakar2026:storage:Storage"));
const ofType = (p: Plan, type: string): PlanResource[] => p.resources.filter((r) => r.type === type);

describe.each(stacksDeploying("storage"))("the storage layer in the plan of %s", (stack) => {
    const { core } = parseSettings(readStackConfig(ROOT, stack).values, stack);

    it("keeps every generated password and credential out of the plan JSON: the values the mocks generated appear nowhere", () => {
        const p = plan(stack);
        const json = planToJson(p);
        const passwords = ofType(p, "random:index/randomPassword:RandomPassword");
        expect(passwords.map((r) => r.name).sort()).toEqual([`${PROJECT}-${core.environment}-storage-mysql-app-password`, `${PROJECT}-${core.environment}-storage-redis-password`]);
        for (const r of passwords) {
            // What the mocks answered for this password: the value a leak would show.
            const fake = fakeState(r.type, r.name, r.inputs, r.id ?? "", core.region).result as string;
            expect(fake.length).toBe(r.inputs.length);
            expect(json).not.toContain(fake);
            expect(json).not.toContain(JSON.stringify(fake).slice(1, -1));
            expect(r.outputs.result).toBe(REDACTED);
        }
        const input = (type: string, prop: string): unknown[] => ofType(p, type).map((r) => r.inputs[prop]);
        expect(input("alicloud:rds/rdsAccount:RdsAccount", "accountPassword")).toEqual([REDACTED]);
        expect(input("alicloud:kvstore/instance:Instance", "password")).toEqual([REDACTED]);
        expect(input("alicloud:kms/secret:Secret", "secretData")).toEqual([REDACTED, REDACTED]);
        expect([p.outputs.databasePassword, p.outputs.cachePassword]).toEqual([REDACTED, REDACTED]);
    });

    it("protects every stateful resource of the layer as the profile says, with the provider's guards where they exist", () => {
        const stateful = storage(plan(stack)).filter((r) => STATEFUL_TYPES.includes(r.type));
        expect(stateful.filter((r) => r.options.protect !== core.profile.protect).map((r) => r.name)).toEqual([]);
        expect(ofType(plan(stack), "alicloud:rds/instance:Instance").map((r) => r.inputs.deletionProtection)).toEqual([core.profile.protect]);
        expect(ofType(plan(stack), "alicloud:kvstore/instance:Instance").map((r) => r.inputs.instanceReleaseProtection)).toEqual([core.profile.protect]);
        expect(storage(plan(stack)).filter((r) => !STATEFUL_TYPES.includes(r.type) && r.options.protect).map((r) => r.name)).toEqual([]);
    });

    it("has each bucket ignore the inline inputs its separate resources set, so that an update never undoes them", () => {
        const buckets = ofType(plan(stack), "alicloud:oss/bucket:Bucket");
        expect(buckets).toHaveLength(BUCKET_ROLES.length);
        for (const b of buckets) expect([...b.options.ignoreChanges].sort()).toEqual([...BUCKET_INLINE_TWINS].sort());
    });

    it("leaves on the layer only findings that advise, or residency findings waived by the data protection officer for what holds personal data", async () => {
        const run = await auditPlan(plan(stack), plan(stack).profile, "en", TEST_TODAY);
        const urns = new Set(storage(plan(stack)).map((r) => r.urn));
        const mandatory = run.result.findings.filter((f) => f.urn !== undefined && urns.has(f.urn) && f.enforcement === "mandatory");
        expect(mandatory.filter((f) => !f.waived)).toEqual([]);
        expect([...new Set(mandatory.map((f) => `${f.policy} ${f.waived?.owner ?? ""}`))]).toEqual(["data-residency data protection officer"]);
        const personal = BUCKET_ROLES.filter((r) => BUCKET_CLASSIFICATION[r] === "personal" || BUCKET_CLASSIFICATION[r] === "sensitive-personal").map(
            (r) => `${PROJECT}-${core.environment}-storage-${r}`,
        );
        expect(mandatory.map((f) => f.name).sort()).toEqual([...personal, `${PROJECT}-${core.environment}-storage-mysql`, `${PROJECT}-${core.environment}-storage-redis`].sort());
    });
});

describe("the committed baseline of stateful resources", () => {
    it(`lists every stateful resource of every environment, and no plan would lose one (else: add an alias, or run npm run baseline -- --update)`, () => {
        const baseline = readBaseline(path.join(ROOT, BASELINE_FILE));
        const c = compareWithBaseline([...plans.values()], baseline);
        // On failure the report says which resource and what to do.
        expect({ deleted: c.deleted.length, unlisted: c.unlisted.length, unplanned: c.unplannedStacks, report: c.deleted.length + c.unlisted.length > 0 ? formatComparison(c) : "" }).toEqual({
            deleted: 0,
            unlisted: 0,
            unplanned: {},
            report: "",
        });
        expect(Object.keys(baseline.environments).sort()).toEqual([...new Set([...plans.values()].map((p) => p.outputs.environment as string))].sort());
    });
});
