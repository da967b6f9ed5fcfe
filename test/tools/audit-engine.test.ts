/**
 * Semantics of the offline audit harness (tools/audit/engine.ts, tools/audit/run.ts), checked with
 * small hand-made policies so that each test isolates one rule of the Pulumi engine it mirrors:
 * unknown values, notApplicable, getConfig, enforcement levels, waivers, stack linking, providers,
 * and the plan/config readers of `npm run audit`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { EnforcementLevel, PolicyConfigSchema, PolicyResource, ResourceValidationArgs } from "@pulumi/policy";
import { CatalogPolicy, CatalogResourcePolicy, resourceRule, RuleMeta, stackRule, text } from "../../policies/lib/rule";
import { applyWaivers, Waiver } from "../../policies/lib/waivers";
import { waiverNotExpired } from "../../policies/rules/governance/waiver-not-expired";
import { audit, AuditOptions, AuditResult, checkPackConfig, Finding, PackConfig, PackConfigError, UNKNOWN } from "../../tools/audit/engine";
import { AuditInputError, environments, exitCode, normalisePlan, readPackConfig, readPlanFile, REPO_ROOT } from "../../tools/audit/run";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { defaultProvider, res, TEST_TODAY } from "../support/policy";

const BUCKET = "alicloud:oss/bucket:Bucket";
const NETWORK = "alicloud:vpc/network:Network";
const SWITCH = "alicloud:vpc/switch:Switch";
const STACK_URN = "urn:pulumi:test::dakar2026::pulumi:pulumi:Stack::dakar2026-test";

interface BucketProps {
    readonly acl?: string;
    readonly bucket?: string;
    readonly logging?: { readonly targetBucket?: string };
}

function meta(id: string, extra: Partial<RuleMeta> = {}): RuleMeta {
    return {
        id,
        service: "test",
        title: text(`Title of ${id}`, `Titre de ${id}`),
        description: text(`Description of ${id}.`, `Description de ${id}.`),
        remediation: text(`Fix ${id}.`, `Corriger ${id}.`),
        severity: "high",
        resourceTypes: [BUCKET],
        frameworks: { iso27001: ["A.8.9"], nist: ["CM-6"] },
        ...extra,
    };
}

/** Reports every bucket whose ACL is not "private" (reads `acl` only). */
function aclRule(id: string, extra: Partial<RuleMeta> = {}): CatalogPolicy {
    return resourceRule<BucketProps>({
        meta: meta(id, extra),
        validate: (props, { report }) => {
            if (props.acl !== "private") report(text(`ACL is ${String(props.acl)}`, `l'ACL vaut ${String(props.acl)}`));
        },
    });
}

/** Reports every bucket without a cloud name (reads `bucket` only). */
const nameRule = resourceRule<BucketProps>({
    meta: meta("bucket-named"),
    validate: (props, { report }) => {
        if (props.bucket === undefined) report(text("bucket has no name", "le bucket n'a pas de nom"));
    },
});

/** Reports every bucket whose logs go nowhere (reads `logging.targetBucket`). */
const loggingRule = resourceRule<BucketProps>({
    meta: meta("bucket-logged"),
    validate: (props, { report }) => {
        if (!props.logging?.targetBucket) report(text("bucket logs go nowhere", "les journaux du bucket ne vont nulle part"));
    },
});

function plan(resources: readonly PlanResource[]): Plan {
    return { project: "dakar2026", stack: "test", profile: "prod", resources, outputs: {}, warnings: [] };
}

function runAudit(
    policies: readonly CatalogPolicy[],
    resources: readonly PlanResource[],
    o: Partial<AuditOptions> = {},
): Promise<AuditResult> {
    return audit(plan(resources), { policies, packConfig: {}, waivers: [], today: TEST_TODAY, ...o });
}

function finding(
    policy: string,
    r: PlanResource,
    en: string,
    fr: string,
    enforcement: Finding["enforcement"] = "mandatory",
): Finding {
    return { policy, severity: "high", enforcement, urn: r.urn, type: r.type, name: r.name, message: { en, fr } };
}

/** The engine's advisory for a check that read an unknown string at `property` (a dotted path). */
function preview(policy: string, r: PlanResource, property: string): Finding {
    const f = finding(
        policy,
        r,
        `can't run policy '${policy}' during preview: string value at .${property} can't be known during preview`,
        `impossible d'exécuter la règle « ${policy} » pendant l'aperçu : la valeur textuelle \`${property}\` ne peut pas être connue pendant l'aperçu`,
        "advisory",
    );
    return { ...f, preview: true };
}

/** The policy with no level of its own, so that the pack default decides. */
function withoutOwnLevel(p: CatalogPolicy): CatalogPolicy {
    const { enforcementLevel: _level, ...rest } = p;
    return rest as CatalogPolicy;
}

async function rejection(p: Promise<unknown>): Promise<Error> {
    try {
        await p;
    } catch (e) {
        return e as Error;
    }
    throw new Error("expected a rejection");
}

function thrown(fn: () => unknown): Error {
    try {
        fn();
    } catch (e) {
        return e as Error;
    }
    throw new Error("expected an exception");
}

describe("unknown values (preview)", () => {
    const media = res(BUCKET, "media", { acl: UNKNOWN, bucket: "dakar2026-prod-media" });

    it("turns a mandatory check reading the engine's unknown sentinel into one advisory finding", async () => {
        const result = await runAudit([aclRule("acl-private")], [media], { packConfig: { "acl-private": "mandatory" } });
        expect(result.findings).toEqual([preview("acl-private", media, "acl")]);
        expect(exitCode(result)).toBe(0);
    });

    it("treats a Pulumi mock Unknown object like the sentinel, with the property path in the message", async () => {
        const bucket = res(BUCKET, "archive", { acl: "private", logging: { targetBucket: { __pulumiUnknown: true } } });
        const result = await runAudit([loggingRule, aclRule("acl-private")], [bucket], { packConfig: { all: "mandatory" } });
        expect(result.findings).toEqual([
            preview("bucket-logged", bucket, "logging.targetBucket"),
        ]);
    });

    it("leaves a policy that does not read the unknown property unaffected", async () => {
        const unnamed = res(BUCKET, "scratch", { acl: { __pulumiUnknown: true } });
        const result = await runAudit([aclRule("acl-private"), nameRule], [media, unnamed]);
        expect(result.findings).toEqual([
            preview("acl-private", media, "acl"),
            preview("acl-private", unnamed, "acl"),
            finding("bucket-named", unnamed, "bucket has no name", "le bucket n'a pas de nom"),
        ]);
    });

    it("keeps what a check reported before it read an unknown, as the engine does", async () => {
        const reportsThenReads = resourceRule<BucketProps>({
            meta: meta("name-then-acl"),
            validate: (props, { report }) => {
                report(text("checked first", "vérifié d'abord"));
                if (props.acl !== "private") report(text("public", "public"));
            },
        });
        expect((await runAudit([reportsThenReads], [media])).findings).toEqual([
            finding("name-then-acl", media, "checked first", "vérifié d'abord"),
            preview("name-then-acl", media, "acl"),
        ]);
    });

    it("never waives the preview advisory, which says the policy did not run", async () => {
        const w: Waiver = { policy: "acl-private", resource: "*", reason: "r", reasonFr: "m", owner: "o", expires: "2030-01-01" };
        const result = await runAudit([aclRule("acl-private")], [media], { waivers: [w] });
        expect(result.findings).toEqual([preview("acl-private", media, "acl")]);
    });

    it("reports an unknown read by a stack policy on the stack itself", async () => {
        const readsAcl = stackRule({
            meta: meta("stack-acl"),
            validate: (resources, { report }) => {
                for (const r of resources) if (r.props.acl !== "private") report(text("public", "public"), r.urn);
            },
        });
        expect((await runAudit([readsAcl], [media])).findings).toEqual([
            {
                policy: "stack-acl",
                severity: "high",
                enforcement: "advisory",
                urn: STACK_URN,
                type: "pulumi:pulumi:Stack",
                name: "dakar2026-test",
                message: {
                    en: "can't run policy 'stack-acl' during preview: string value at .acl can't be known during preview",
                    fr: "impossible d'exécuter la règle « stack-acl » pendant l'aperçu : la valeur textuelle `acl` ne peut pas être connue "
                        + "pendant l'aperçu",
                },
                preview: true,
            },
        ]);
    });
});

describe("notApplicable and resource types", () => {
    it("ends a resource check without a finding", async () => {
        const rule = resourceRule<BucketProps>({
            meta: meta("private-only"),
            validate: (props, { args, report }) => {
                if (props.acl !== "private") args.notApplicable("public buckets are checked by acl-private");
                report(text("private bucket seen", "bucket privé vu"));
            },
        });
        const open = res(BUCKET, "open", { acl: "public-read" });
        const closed = res(BUCKET, "closed", { acl: "private" });
        const result = await runAudit([rule], [open, closed]);
        expect(result.findings).toEqual([finding("private-only", closed, "private bucket seen", "bucket privé vu")]);
        expect(result.evaluated).toEqual(["private-only"]);
    });

    it("ends a stack check without a finding", async () => {
        const rule = stackRule({
            meta: meta("stack-na"),
            validate: (resources, { args, report }) => {
                if (resources.length > 0) args.notApplicable();
                report(text("empty stack", "pile vide"), STACK_URN);
            },
        });
        const result = await runAudit([rule], [res(BUCKET, "media", {})]);
        expect(result.findings).toEqual([]);
        expect(result.evaluated).toEqual(["stack-na"]);
    });

    it("never calls a resource policy on resources of another type", async () => {
        const seen: string[] = [];
        const policy: CatalogResourcePolicy = {
            ...(aclRule("acl-private") as CatalogResourcePolicy),
            evaluate: async (args: ResourceValidationArgs) => {
                seen.push(`${args.type}::${args.name}`);
                return { violations: [] };
            },
        };
        const resources = [res(NETWORK, "vpc", {}), res(BUCKET, "media", {}), res(SWITCH, "vsw", {})];
        const result = await runAudit([policy], resources);
        expect(seen).toEqual([`${BUCKET}::media`]);
        expect(result.findings).toEqual([]);
    });

    it("orders findings by plan order, then policy order", async () => {
        const a = res(BUCKET, "a", {});
        const b = res(BUCKET, "b", {});
        const result = await runAudit([nameRule, aclRule("acl-private")], [a, b]);
        expect(result.findings.map((f) => `${f.name}/${f.policy}`)).toEqual([
            "a/bucket-named",
            "a/acl-private",
            "b/bucket-named",
            "b/acl-private",
        ]);
    });
});

describe("what each policy checked", () => {
    const open = res(BUCKET, "open", { acl: "public-read" });
    const closed = res(BUCKET, "closed", { acl: "private" });
    const unknownAcl = res(BUCKET, "pending", { acl: UNKNOWN });
    const vpc = res(NETWORK, "vpc", {});
    const privateOnly = resourceRule<BucketProps>({
        meta: meta("private-only"),
        validate: (props, { args }) => {
            if (props.acl !== "private") args.notApplicable("public buckets are checked by acl-private");
        },
    });
    const stackOf = (id: string, validate: Parameters<typeof stackRule>[0]["validate"], types = [BUCKET, SWITCH]) =>
        stackRule({ meta: meta(id, { resourceTypes: types }), validate });

    it("records, per resource policy, the resources of its types, where it was not applicable and where it could not run", async () => {
        const result = await runAudit([aclRule("acl-private"), privateOnly], [open, vpc, unknownAcl, closed]);
        expect(result.checks).toEqual([
            { policy: "acl-private", enforcement: "mandatory", checked: [open.urn, unknownAcl.urn, closed.urn], notApplicable: [], undetermined: [unknownAcl.urn] },
            { policy: "private-only", enforcement: "mandatory", checked: [open.urn, unknownAcl.urn, closed.urn], notApplicable: [open.urn], undetermined: [unknownAcl.urn] },
        ]);
    });

    it("records, per stack policy, the resources of the types it declares, and how it stopped for all of them", async () => {
        const finds = stackOf("stack-finds", (resources, { report }) => {
            for (const r of resources) if (r.type === BUCKET && r.props.acl !== "private") report(text("public", "public"), r.urn);
        });
        const na = stackOf("stack-na", (_resources, { args }) => args.notApplicable());
        const reads = stackOf("stack-reads", (resources) => {
            for (const r of resources) void r.props.acl;
        });
        const noTypes = stackOf("stack-none", () => undefined, []);
        const result = await runAudit([finds, na, reads, noTypes], [open, vpc, unknownAcl, closed]);
        const buckets = [open.urn, unknownAcl.urn, closed.urn];
        expect(result.checks).toEqual([
            { policy: "stack-finds", enforcement: "mandatory", checked: buckets, notApplicable: [], undetermined: buckets },
            { policy: "stack-na", enforcement: "mandatory", checked: buckets, notApplicable: buckets, undetermined: [] },
            { policy: "stack-reads", enforcement: "mandatory", checked: buckets, notApplicable: [], undetermined: buckets },
            { policy: "stack-none", enforcement: "mandatory", checked: [], notApplicable: [], undetermined: [] },
        ]);
    });

    it("lists one entry per policy that ran, none for a disabled one", async () => {
        const result = await runAudit([aclRule("acl-private"), nameRule], [closed], { packConfig: { "bucket-named": "disabled" } });
        expect(result.evaluated).toEqual(["acl-private"]);
        expect(result.checks.map((c) => c.policy)).toEqual(result.evaluated);
    });
});

describe("getConfig", () => {
    interface Limits {
        readonly maxMbps?: number;
        readonly families?: readonly string[];
        readonly note?: string;
    }
    const schema: PolicyConfigSchema = {
        properties: {
            maxMbps: { type: "integer", default: 100, description: "Highest bandwidth" },
            families: { type: "array", items: { type: "string" }, default: ["ecs.g7"], description: "Allowed families" },
            note: { type: "string", description: "Free text, no default" },
        },
    };
    const limitsRule = (seen: unknown[]): CatalogPolicy =>
        resourceRule<BucketProps, Limits>({
            meta: meta("limits"),
            configSchema: schema,
            validate: (_props, { args, config }) => {
                seen.push(config, args.getConfig());
            },
        });
    const media = res(BUCKET, "media", {});

    it.each<[string, PackConfig, Limits]>([
        ["no entry: schema defaults", {}, { maxMbps: 100, families: ["ecs.g7"] }],
        ["a bare level: schema defaults", { limits: "mandatory" }, { maxMbps: 100, families: ["ecs.g7"] }],
        ["a property overlays its default, enforcementLevel is not config", { limits: { enforcementLevel: "advisory", maxMbps: 20 } }, {
            maxMbps: 20,
            families: ["ecs.g7"],
        }],
        ["an array replaces the default array", { limits: { families: [] } }, { maxMbps: 100, families: [] }],
        ["a property without default appears only when given", { limits: { note: "load test" } }, {
            maxMbps: 100,
            families: ["ecs.g7"],
            note: "load test",
        }],
    ])("%s", async (_title, packConfig, expected) => {
        const seen: unknown[] = [];
        await runAudit([limitsRule(seen)], [media], { packConfig });
        expect(seen).toEqual([expected, expected]);
    });

    it("gives stack policies the same overlay", async () => {
        const seen: unknown[] = [];
        const rule = stackRule<Limits>({
            meta: meta("stack-limits"),
            configSchema: schema,
            validate: (_resources, { args }) => {
                seen.push(args.getConfig());
            },
        });
        await runAudit([rule], [], { packConfig: { "stack-limits": { maxMbps: 5 } } });
        expect(seen).toEqual([{ maxMbps: 5, families: ["ecs.g7"] }]);
    });

    it.each<[string, Record<string, unknown>, string]>([
        ["an unknown property", { maxMbs: 20 }, 'unknown property "maxMbs" (allowed: maxMbps, families, note)'],
        ["a string for an integer", { maxMbps: "20" }, '"maxMbps" must be of type integer (got "20")'],
        ["a fraction for an integer", { maxMbps: 2.5 }, '"maxMbps" must be of type integer (got 2.5)'],
        ["a string for an array", { families: "ecs.g7" }, '"families" must be of type array (got "ecs.g7")'],
    ])("refuses %s with a PackConfigError", async (_title, entry, problem) => {
        const e = await rejection(runAudit([limitsRule([])], [media], { packConfig: { limits: entry } }));
        expect(e).toBeInstanceOf(PackConfigError);
        expect(e.message).toBe(`pack config for "limits": ${problem}`);
    });

    it("refuses any property for a policy without a schema", async () => {
        const e = await rejection(runAudit([nameRule], [media], { packConfig: { "bucket-named": { maxMbps: 1 } } }));
        expect(e).toBeInstanceOf(PackConfigError);
        expect(e.message).toBe('pack config for "bucket-named": unknown property "maxMbps" (allowed: none)');
    });
});

describe("checkPackConfig", () => {
    const LEVELS = "advisory, mandatory, remediate, disabled";
    const policies = [aclRule("acl-private"), nameRule];

    it("keeps the entries", () => {
        const raw = { all: "mandatory", "acl-private": { enforcementLevel: "advisory" }, "bucket-named": "disabled" };
        expect(checkPackConfig(raw, policies, "dev.json")).toEqual({
            all: "mandatory",
            "acl-private": { enforcementLevel: "advisory" },
            "bucket-named": "disabled",
        });
    });

    it.each<[string, unknown, string]>([
        ["an array", [], "x.json: expected an object keyed by policy name"],
        ["null", null, "x.json: expected an object keyed by policy name"],
        ["an unknown policy", { "acl-public": "advisory" }, 'x.json: "acl-public" is not a policy of the pack'],
        // The Pulumi CLI refuses it too ("parsing enforcement level for \"$comment\"").
        ["a comment key", { $comment: "dev" }, 'x.json: "$comment" is not a policy of the pack'],
        ["a bad level string", { "acl-private": "strict" }, `x.json: "acl-private" has enforcement level "strict"; allowed: ${LEVELS}`],
        ["a bad level in an object", { all: { enforcementLevel: "off" } }, `x.json: "all" has enforcement level "off"; allowed: ${LEVELS}`],
        [
            "a threshold under all",
            { all: { enforcementLevel: "mandatory", maxMbps: 5 } },
            'x.json: "all" accepts only enforcementLevel; put thresholds under the policy they belong to',
        ],
    ])("refuses %s", (_title, raw, message) => {
        const e = thrown(() => checkPackConfig(raw, policies, "x.json"));
        expect(e).toBeInstanceOf(PackConfigError);
        expect(e.message).toBe(message);
    });
});

describe("enforcement level resolution", () => {
    const media = res(BUCKET, "media", { acl: "public-read" });
    const own = (level: EnforcementLevel): CatalogPolicy => aclRule("lvl", { enforcementLevel: level });
    const low = aclRule("lvl", { severity: "low" });

    it.each<[string, CatalogPolicy, PackConfig, EnforcementLevel | undefined, Finding["enforcement"]]>([
        ["the policy entry beats all (string)", own("advisory"), { all: "advisory", lvl: "mandatory" }, undefined, "mandatory"],
        ["the policy entry beats all (object)", own("mandatory"), { all: "mandatory", lvl: { enforcementLevel: "advisory" } }, undefined,
            "advisory"],
        ["an entry without a level falls back to all", own("advisory"), { all: "mandatory", lvl: {} }, undefined, "mandatory"],
        ["all beats the policy's own level", own("mandatory"), { all: "advisory" }, undefined, "advisory"],
        ["all beats the level derived from severity low", low, { all: "mandatory" }, undefined, "mandatory"],
        ["the policy's own level beats the pack default", own("mandatory"), {}, "advisory", "mandatory"],
        ["severity low gives an advisory own level", low, {}, "mandatory", "advisory"],
        ["severity high gives a mandatory own level", aclRule("lvl"), {}, "advisory", "mandatory"],
        ["the pack default applies without an own level", withoutOwnLevel(own("advisory")), {}, "mandatory", "mandatory"],
        ["the pack default is advisory when unset", withoutOwnLevel(own("mandatory")), {}, undefined, "advisory"],
        ["remediate reports as mandatory", own("advisory"), { lvl: "remediate" }, undefined, "mandatory"],
        ["remediate from all reports as mandatory", own("advisory"), { all: "remediate" }, undefined, "mandatory"],
    ])("%s", async (_title, policy, packConfig, packEnforcementLevel, expected) => {
        const result = await runAudit([policy], [media], { packConfig, ...(packEnforcementLevel ? { packEnforcementLevel } : {}) });
        expect(result.findings.map((f) => f.enforcement)).toEqual([expected]);
        expect(result.evaluated).toEqual(["lvl"]);
    });

    it("skips a disabled policy entirely: not called, no finding, not evaluated", async () => {
        const seen: string[] = [];
        const spy = resourceRule<BucketProps>({
            meta: meta("spy"),
            validate: (_props, { args }) => {
                seen.push(args.name);
            },
        });
        const result = await runAudit([spy, aclRule("acl-private")], [media], { packConfig: { spy: "disabled" } });
        expect(seen).toEqual([]);
        expect(result.evaluated).toEqual(["acl-private"]);
        expect(result.findings).toEqual([finding("acl-private", media, "ACL is public-read", "l'ACL vaut public-read")]);
    });

    it("lets a policy entry re-enable what all disables", async () => {
        const packConfig: PackConfig = { all: "disabled", "acl-private": "advisory" };
        const result = await runAudit([nameRule, aclRule("acl-private")], [media], { packConfig });
        expect(result.evaluated).toEqual(["acl-private"]);
        expect(result.findings).toEqual([finding("acl-private", media, "ACL is public-read", "l'ACL vaut public-read", "advisory")]);
    });
});

describe("waivers", () => {
    const raw = res(BUCKET, "media-raw", { acl: "public-read" });
    const logs = res(BUCKET, "logs", { acl: "public-read" });
    const waiver = (o: Partial<Waiver>): Waiver => ({
        policy: "acl-private",
        resource: "urn:pulumi:test::dakar2026::*::media-*",
        reason: "CDN origin until the OAI lands",
        reasonFr: "Origine CDN jusqu’à l’arrivée de l’OAI",
        owner: "cojoj-technology",
        expires: "2026-12-31",
        ...o,
    });

    it("marks a covered finding as waived and keeps it; other resources stay unwaived", async () => {
        const w = waiver({});
        const result = await runAudit([aclRule("acl-private")], [raw, logs], { waivers: [w] });
        expect(result.findings).toEqual([
            { ...finding("acl-private", raw, "ACL is public-read", "l'ACL vaut public-read"), waived: w },
            finding("acl-private", logs, "ACL is public-read", "l'ACL vaut public-read"),
        ]);
        expect(result.findings[0].waived).toBe(w);
        expect(exitCode(result)).toBe(1);
        expect(exitCode(await runAudit([aclRule("acl-private")], [raw], { waivers: [w] }))).toBe(0);
    });

    it("applies a waiver on its last day and not the day after", async () => {
        const w = waiver({ expires: TEST_TODAY });
        const onTheDay = await runAudit([aclRule("acl-private")], [raw], { waivers: [w] });
        expect(onTheDay.findings.map((f) => f.waived)).toEqual([w]);
        const expired = await runAudit([aclRule("acl-private")], [raw], { waivers: [waiver({ expires: "2026-11-25" })] });
        expect(expired.findings).toEqual([finding("acl-private", raw, "ACL is public-read", "l'ACL vaut public-read")]);
    });

    it("does not apply a waiver of another policy", async () => {
        const result = await runAudit([aclRule("acl-private")], [raw], { waivers: [waiver({ policy: "bucket-named" })] });
        expect(result.findings).toEqual([finding("acl-private", raw, "ACL is public-read", "l'ACL vaut public-read")]);
    });

    it("matches * across :: and $, and everything else literally", async () => {
        const child: PlanResource = { ...raw, urn: `urn:pulumi:test::dakar2026::dakar2026:storage:Storage$${BUCKET}::media-raw` };
        const covered = [
            "urn:pulumi:*::media-raw",
            "*media-raw",
            "urn:pulumi:test::dakar2026::dakar2026:storage:Storage$*::media-raw",
            `urn:pulumi:test::dakar2026::dakar2026:storage:Storage$${BUCKET}::media-raw`,
        ];
        const notCovered = [
            "urn:pulumi:test::dakar2026::dakar2026:storage:Storage$alicloud:oss/bucket:Bucket::media.raw",
            "urn:pulumi:prod::*::media-raw",
            "urn:pulumi:test::dakar2026::*::media",
            "media-raw",
        ];
        const waivedBy = async (pattern: string): Promise<boolean> => {
            const result = await runAudit([aclRule("acl-private")], [child], { waivers: [waiver({ resource: pattern })] });
            return result.findings[0].waived !== undefined;
        };
        for (const pattern of covered) expect([pattern, await waivedBy(pattern)]).toEqual([pattern, true]);
        for (const pattern of notCovered) expect([pattern, await waivedBy(pattern)]).toEqual([pattern, false]);
    });
});

describe("two audits in one process", () => {
    const media = res(BUCKET, "media-raw", { acl: "public-read" });
    const logs = res(BUCKET, "logs", { acl: "public-read" });
    const inForce: Waiver = {
        policy: "slow-acl",
        resource: "urn:pulumi:test::dakar2026::*::media-*",
        reason: "CDN origin until the OAI lands",
        reasonFr: "Origine CDN jusqu’à l’arrivée de l’OAI",
        owner: "cojoj-technology",
        expires: "2026-12-31",
    };

    it("are independent when they run interleaved with other waivers and another date", async () => {
        const steps: string[] = [];
        // Yields to the event loop between reads and reports, so that two audits alternate.
        const slowAcl = resourceRule<BucketProps>({
            meta: meta("slow-acl"),
            validate: async (props, { args, report, today }) => {
                steps.push(`${today} ${args.name}`);
                await new Promise((r) => setImmediate(r));
                if (props.acl !== "private") report(text(`ACL is ${String(props.acl)}`, `l'ACL vaut ${String(props.acl)}`));
            },
        });
        const policies = [slowAcl, waiverNotExpired];
        const packConfig: PackConfig = { all: "mandatory" };
        const before = { policies, packConfig, waivers: [inForce], today: "2026-11-26" };
        const after = { policies, packConfig, waivers: [inForce, { ...inForce, resource: "*logs" }], today: "2027-01-15" };

        const [a, b] = await Promise.all([audit(plan([media, logs]), before), audit(plan([media, logs]), after)]);
        expect(steps).toEqual(["2026-11-26 media-raw", "2027-01-15 media-raw", "2026-11-26 logs", "2027-01-15 logs"]);

        // In force on 2026-11-26: media-raw is waived, nothing has expired.
        expect(a.findings.map((f) => [f.policy, f.name, f.waived?.resource])).toEqual([
            ["slow-acl", "media-raw", inForce.resource],
            ["slow-acl", "logs", undefined],
        ]);
        // On 2027-01-15 both waivers have expired: nothing is waived and each expired entry is a finding.
        expect(b.findings.map((f) => [f.policy, f.name, f.waived?.resource])).toEqual([
            ["slow-acl", "media-raw", undefined],
            ["slow-acl", "logs", undefined],
            ["waiver-not-expired", "dakar2026-test", undefined],
            ["waiver-not-expired", "dakar2026-test", undefined],
        ]);
        // Each equals the same audit run alone.
        expect(a).toEqual(await audit(plan([media, logs]), before));
        expect(b).toEqual(await audit(plan([media, logs]), after));
    });
});

describe("applyWaivers", () => {
    const w: Waiver = { policy: "p", resource: "urn:pulumi:test::*::media", reason: "r", reasonFr: "m", owner: "o", expires: "2026-12-31" };
    const f = (urn: string | undefined, extra: { preview?: boolean } = {}) => ({ policy: "p", urn, ...extra });

    it("marks covered findings with their waiver and returns new objects, leaving its input unchanged", () => {
        const input = [f("urn:pulumi:test::dakar2026::t::media"), f("urn:pulumi:test::dakar2026::t::logs")];
        const copy = structuredClone(input);
        const out = applyWaivers(input, [w], "2026-12-31");
        expect(out).toEqual([{ ...input[0], waived: w }, input[1]]);
        expect(input).toEqual(copy);
    });
    it("waives nothing after the expiry date, nor a finding without URN, nor the preview advisory", () => {
        expect(applyWaivers([f("urn:pulumi:test::dakar2026::t::media")], [w], "2027-01-01")[0].waived).toBeUndefined();
        expect(applyWaivers([f(undefined)], [{ ...w, resource: "*" }], "2026-01-01")[0].waived).toBeUndefined();
        expect(applyWaivers([f("urn:pulumi:test::dakar2026::t::media", { preview: true })], [w], "2026-01-01")[0].waived).toBeUndefined();
    });
    it("uses the first waiver in force, in file order", () => {
        const other = { ...w, reason: "second" };
        expect(applyWaivers([f("urn:pulumi:test::dakar2026::t::media")], [{ ...w, expires: "2025-01-01" }, other, w], "2026-06-01")[0].waived).toBe(other);
    });
});

describe("stack policies", () => {
    const component: PlanResource = { ...res("dakar2026:network:Network", "net", {}), custom: false };
    const vpc = res(NETWORK, "vpc", { cidrBlock: "10.0.0.0/16" }, {
        parent: component.urn,
        outputs: { cidrBlock: "10.0.0.0/16", status: "Available" },
        id: "vpc-123",
    });
    const sg = res("alicloud:ecs/securityGroup:SecurityGroup", "sg", {}, { parent: component.urn });
    const vsw = res(SWITCH, "vsw", { vpcId: "vpc-123" }, {
        parent: component.urn,
        refs: { vpcId: [vpc] },
        options: { dependsOn: [sg.urn, "urn:pulumi:test::dakar2026::alicloud:vpc/network:Network::elsewhere"] },
    });

    async function linked(): Promise<Map<string, PolicyResource>> {
        let seen: readonly PolicyResource[] = [];
        const rule = stackRule({
            meta: meta("links"),
            validate: (resources) => {
                seen = resources;
            },
        });
        await runAudit([rule], [component, vpc, sg, vsw]);
        return new Map(seen.map((r) => [r.name, r]));
    }

    it("gives every resource in plan order", async () => {
        expect([...(await linked()).keys()]).toEqual(["net", "vpc", "sg", "vsw"]);
    });

    it("links parents as the same objects and keeps the parent URN in opts", async () => {
        const byName = await linked();
        expect(byName.get("net")?.parent).toBeUndefined();
        expect(byName.get("vpc")?.parent).toBe(byName.get("net"));
        expect(byName.get("vsw")?.parent).toBe(byName.get("net"));
        expect(byName.get("vsw")?.opts.parent).toBe(component.urn);
    });

    it("links dependsOn and property dependencies as the same objects, dropping URNs outside the plan", async () => {
        const byName = await linked();
        const switchRes = byName.get("vsw") as PolicyResource;
        expect(switchRes.dependencies.map((d) => d.name)).toEqual(["sg", "vpc"]);
        expect(switchRes.dependencies[0]).toBe(byName.get("sg"));
        expect(switchRes.dependencies[1]).toBe(byName.get("vpc"));
        expect(Object.keys(switchRes.propertyDependencies)).toEqual(["vpcId"]);
        expect(switchRes.propertyDependencies.vpcId).toHaveLength(1);
        expect(switchRes.propertyDependencies.vpcId[0]).toBe(byName.get("vpc"));
        expect(byName.get("vpc")?.dependencies).toEqual([]);
    });

    it("passes outputs with the id as props", async () => {
        const byName = await linked();
        expect(byName.get("vpc")?.props).toEqual({ cidrBlock: "10.0.0.0/16", status: "Available", id: "vpc-123" });
        expect(byName.get("sg")?.props).toEqual({ id: "sg-id" });
    });

    it("attributes a finding reported with a URN to that resource", async () => {
        const rule = stackRule({
            meta: meta("switch-check"),
            validate: (resources, { report }) => {
                for (const r of resources) if (r.type === SWITCH) report(text("switch seen", "commutateur vu"), r.urn);
            },
        });
        expect((await runAudit([rule], [component, vpc, sg, vsw])).findings).toEqual([
            finding("switch-check", vsw, "switch seen", "commutateur vu"),
        ]);
    });
});

describe("provider of a resource", () => {
    const capture = (out: ResourceValidationArgs[]): CatalogPolicy =>
        resourceRule<BucketProps>({
            meta: meta("provider-seen", { resourceTypes: [BUCKET, "pulumi:providers:alicloud"] }),
            validate: (_props, { args }) => {
                out.push(args);
            },
        });

    it("is the default provider of the package", async () => {
        const provider = defaultProvider("eu-central-1");
        const seen: ResourceValidationArgs[] = [];
        await runAudit([capture(seen)], [provider, res(BUCKET, "media", {})]);
        expect(seen.map((a) => a.name)).toEqual(["default_3_108_0", "media"]);
        expect("provider" in seen[0]).toBe(false);
        expect(seen[1].provider).toEqual({
            type: "pulumi:providers:alicloud",
            urn: "urn:pulumi:test::dakar2026::pulumi:providers:alicloud::default_3_108_0",
            name: "default_3_108_0",
            props: { region: "eu-central-1", version: "3.108.0" },
        });
    });

    it("is the explicit provider named in the options; provider resources get none", async () => {
        const frankfurt = res("pulumi:providers:alicloud", "frankfurt", { region: "eu-central-1" });
        const bucket = res(BUCKET, "media", {}, { options: { provider: frankfurt.urn } });
        const seen: ResourceValidationArgs[] = [];
        await runAudit([capture(seen)], [defaultProvider("cn-hangzhou"), frankfurt, bucket]);
        expect(seen.map((a) => [a.name, a.provider?.name, a.provider?.props.region])).toEqual([
            ["default_3_108_0", undefined, undefined],
            ["frankfurt", undefined, undefined],
            ["media", "frankfurt", "eu-central-1"],
        ]);
    });

    it("is absent when the options name a provider the plan does not hold (no fallback to the default)", async () => {
        const seen: ResourceValidationArgs[] = [];
        const bucket = res(BUCKET, "media", {}, { options: { provider: "urn:pulumi:test::dakar2026::pulumi:providers:alicloud::gone" } });
        await runAudit([capture(seen)], [defaultProvider("eu-central-1"), bucket]);
        expect(seen.filter((a) => a.name === "media").map((a) => "provider" in a)).toEqual([false]);
    });

    it("does not take an explicit provider named like a default one for the default", async () => {
        const seen: ResourceValidationArgs[] = [];
        await runAudit([capture(seen)], [res("pulumi:providers:alicloud", "default-eu", { region: "eu-west-1" }), res(BUCKET, "media", {})]);
        expect(seen.filter((a) => a.name === "media").map((a) => "provider" in a)).toEqual([false]);
    });

    it("is absent when the plan holds no provider of the package", async () => {
        const seen: ResourceValidationArgs[] = [];
        await runAudit([capture(seen)], [res("pulumi:providers:random", "default_4_21_2", {}), res(BUCKET, "media", {})]);
        expect(seen.map((a) => [a.name, "provider" in a])).toEqual([["media", false]]);
    });

    it("checks the provider's props for unknowns too", async () => {
        const bucket = res(BUCKET, "media", {});
        const rule = resourceRule<BucketProps>({
            meta: meta("region-read"),
            validate: (_props, { args, report }) => {
                if (args.provider?.props.region !== "eu-central-1") report(text("wrong region", "mauvaise région"));
            },
        });
        const result = await runAudit([rule], [res("pulumi:providers:alicloud", "default", { region: UNKNOWN }), bucket]);
        expect(result.findings).toEqual([preview("region-read", bucket, "region")]);
    });
});

describe("normalisePlan", () => {
    const NO_OPTIONS = {
        protect: false,
        dependsOn: [],
        ignoreChanges: [],
        retainOnDelete: false,
        deleteBeforeReplace: false,
        aliases: [],
        additionalSecretOutputs: [],
    };

    it("derives URN, id and outputs from type, name and inputs", () => {
        const inputs = { acl: "private" };
        expect(normalisePlan({ resources: [{ type: BUCKET, name: "media", inputs }] }, "plan.json")).toEqual({
            project: "dakar2026",
            stack: "offline",
            profile: "",
            resources: [
                {
                    urn: `urn:pulumi:offline::dakar2026::${BUCKET}::media`,
                    type: BUCKET,
                    name: "media",
                    custom: true,
                    id: "media",
                    inputs,
                    outputs: inputs,
                    options: NO_OPTIONS,
                    propertyDependencies: {},
                },
            ],
            outputs: {},
            warnings: [],
        });
    });

    it("keeps what the plan gives and merges partial options over the defaults", () => {
        const raw = {
            project: "p",
            stack: "s",
            profile: "prod",
            outputs: { vpcId: "vpc-1" },
            warnings: ["w", 3],
            resources: [
                {
                    type: BUCKET,
                    name: "media",
                    urn: "urn:x",
                    parent: "urn:parent",
                    custom: false,
                    id: "b-1",
                    inputs: { a: 1 },
                    outputs: { a: 1, b: 2 },
                    options: { protect: true },
                    propertyDependencies: { a: ["urn:y"] },
                },
                { type: NETWORK, name: "vpc", inputs: {} },
            ],
        };
        const p = normalisePlan(raw, "plan.json");
        expect(p.resources[0]).toEqual({
            urn: "urn:x",
            type: BUCKET,
            name: "media",
            parent: "urn:parent",
            custom: false,
            id: "b-1",
            inputs: { a: 1 },
            outputs: { a: 1, b: 2 },
            options: { ...NO_OPTIONS, protect: true },
            propertyDependencies: { a: ["urn:y"] },
        });
        expect(p.resources[1].urn).toBe(`urn:pulumi:s::p::${NETWORK}::vpc`);
        expect([p.project, p.stack, p.profile, p.outputs, p.warnings]).toEqual(["p", "s", "prod", { vpcId: "vpc-1" }, ["w", "3"]]);
    });

    const NO_INPUTS = 'plan.json: resources[0] (media) has no "inputs" object';
    it.each<[string, unknown, string]>([
        ["an array", [], 'plan.json: expected an object with a "resources" array'],
        ["resources not an array", { resources: {} }, 'plan.json: expected an object with a "resources" array'],
        ["a non-object resource", { resources: [{ type: "t", name: "a", inputs: {} }, 4] }, "plan.json: resources[1] is not an object"],
        ["an empty type", { resources: [{ type: "", name: "a", inputs: {} }] }, "plan.json: resources[0].type must be a non-empty string"],
        ["a missing name", { resources: [{ type: BUCKET, inputs: {} }] }, "plan.json: resources[0].name must be a non-empty string"],
        ["missing inputs", { resources: [{ type: BUCKET, name: "media" }] }, NO_INPUTS],
        ["array inputs", { resources: [{ type: BUCKET, name: "media", inputs: [1] }] }, NO_INPUTS],
    ])("refuses %s", (_title, raw, message) => {
        const e = thrown(() => normalisePlan(raw, "plan.json"));
        expect(e).toBeInstanceOf(AuditInputError);
        expect(e.name).toBe("AuditInputError");
        expect(e.message).toBe(message);
    });
});

describe("plan and pack config files", () => {
    let dir: string;
    beforeAll(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "audit-engine-"));
    });
    afterAll(() => {
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("reads a plan file and normalises it", () => {
        const file = path.join(dir, "plan.json");
        fs.writeFileSync(file, JSON.stringify({ stack: "dev", resources: [{ type: BUCKET, name: "media", inputs: {} }] }));
        expect(readPlanFile(file).resources.map((r) => r.urn)).toEqual([`urn:pulumi:dev::dakar2026::${BUCKET}::media`]);
    });

    it("reports a missing plan file with its error code", () => {
        const file = path.join(dir, "missing.json");
        const e = thrown(() => readPlanFile(file));
        expect(e).toBeInstanceOf(AuditInputError);
        expect(e.message).toBe(`cannot read plan ${file}: ENOENT`);
    });

    it("reports malformed JSON with the parser's message", () => {
        const file = path.join(dir, "broken.json");
        const content = '{ "resources": [ ';
        fs.writeFileSync(file, content);
        const parserMessage = thrown(() => JSON.parse(content)).message;
        const e = thrown(() => readPlanFile(file));
        expect(e).toBeInstanceOf(AuditInputError);
        expect(e.message).toBe(`${file} is not valid JSON: ${parserMessage}`);
    });

    it("refuses an unknown profile and lists the known ones", () => {
        expect(environments()).toEqual(["dev", "prod", "staging"]);
        const e = thrown(() => readPackConfig("qa"));
        expect(e).toBeInstanceOf(AuditInputError);
        expect(e.message).toBe('unknown profile "qa"; profiles with a pack configuration: dev, prod, staging');
    });

    it("reads an environment's pack config", () => {
        const dev = readPackConfig("dev");
        expect(dev["stateful-resources-protected"]).toBe("disabled");
        expect(REPO_ROOT).toBe(path.resolve(__dirname, "..", ".."));
    });

    it("turns a bad pack config file into an AuditInputError", () => {
        const root = path.join(dir, "repo");
        fs.mkdirSync(path.join(root, "policies", "config"), { recursive: true });
        const file = path.join(root, "policies", "config", "qa.json");
        fs.writeFileSync(file, JSON.stringify({ "no-such-policy": "mandatory" }));
        expect(environments(root)).toEqual(["qa"]);
        const e = thrown(() => readPackConfig("qa", root));
        expect(e).toBeInstanceOf(AuditInputError);
        expect(e.message).toBe(`${file}: "no-such-policy" is not a policy of the pack`);
    });
});

describe("exitCode", () => {
    const base = finding("p", res(BUCKET, "media", {}), "m", "m");
    const w: Waiver = { policy: "p", resource: "*", reason: "r", reasonFr: "m", owner: "o", expires: "2030-01-01" };

    it.each<[string, readonly Finding[], 0 | 1]>([
        ["no findings", [], 0],
        ["only advisory findings", [{ ...base, enforcement: "advisory" }], 0],
        ["a waived mandatory finding", [{ ...base, waived: w }], 0],
        ["an unwaived mandatory finding", [{ ...base, enforcement: "advisory" }, base], 1],
    ])("is right for %s", (_title, findings, code) => {
        expect(exitCode({ findings })).toBe(code);
    });
});

describe("a StackReference (a layer stack's read of another stack)", () => {
    it("reaches no policy, as under the engine, which keeps reads apart from the stack's resources", async () => {
        const seen: string[] = [];
        const meta: RuleMeta = {
            id: "sees-everything",
            service: "governance",
            title: text("t", "t"),
            description: text("d", "d"),
            remediation: text("r", "r"),
            severity: "low",
            resourceTypes: ["alicloud:vpc/network:Network", "pulumi:pulumi:StackReference"],
            frameworks: {},
        };
        const policy = stackRule({ meta, validate: (resources) => void seen.push(...resources.map((r) => r.type)) });
        const resources = [
            res("pulumi:pulumi:StackReference", "organization/dakar2026/prod-data", { name: "organization/dakar2026/prod-data" }),
            res("alicloud:vpc/network:Network", "vpc", { cidrBlock: "10.0.0.0/16" }),
        ];
        const result = await audit({ project: "dakar2026", stack: "prod-app", profile: "prod", resources, outputs: {}, warnings: [] }, {
            policies: [policy],
            packConfig: {},
            waivers: [],
            today: TEST_TODAY,
        });
        expect(seen).toEqual(["alicloud:vpc/network:Network"]);
        expect(result.checks[0].checked).toEqual([resources[1].urn]);
    });
});
