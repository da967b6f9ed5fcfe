/**
 * The pack's engine wrapper (policies/lib/engine-policy.ts): what the Pulumi engine receives from a
 * catalog policy. Checked by calling the wrapped validation directly with a recording
 * `reportViolation`, as @pulumi/policy's server would; the contract test runs the real pack.
 */
import type { PolicyResource, ReportViolation, ResourceValidationArgs, ResourceValidationPolicy, StackValidationArgs, StackValidationPolicy } from "@pulumi/policy";
import { forEngine } from "../../policies/lib/engine-policy";
import { resourceRule, RuleMeta, RunContext, stackRule, text } from "../../policies/lib/rule";
import type { Waiver } from "../../policies/lib/waivers";
import { waiverNotExpired } from "../../policies/rules/governance/waiver-not-expired";

const BUCKET = "alicloud:oss/bucket:Bucket";
const URN = (name: string): string => `urn:pulumi:test::dakar2026::${BUCKET}::${name}`;
const STACK_URN = "urn:pulumi:test::dakar2026::pulumi:pulumi:Stack::dakar2026-test";

class NotApplicable extends Error {}

const meta = (id: string): RuleMeta => ({
    id,
    service: "test",
    title: text(`Title of ${id}`, `Titre de ${id}`),
    description: text(`Description of ${id}.`, `Description de ${id}.`),
    remediation: text(`Fix ${id}.`, `Corriger ${id}.`),
    severity: "high",
    resourceTypes: [BUCKET],
    frameworks: { iso27001: ["A.8.9"], nist: ["CM-6"] },
});

/** Reports a public bucket, then (on a "stop" tag) declares itself not applicable. */
const aclRule = resourceRule<{ acl?: string; stop?: boolean }>({
    meta: meta("acl-private"),
    validate: (props, { args, report }) => {
        if (props.acl !== "private") report(text(`ACL is ${String(props.acl)}`, `l'ACL vaut ${String(props.acl)}`));
        if (props.stop) args.notApplicable("stopped");
    },
});

function resourceArgs(name: string, props: Record<string, unknown>): ResourceValidationArgs {
    return {
        type: BUCKET,
        props,
        urn: URN(name),
        name,
        opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
        stackTags: new Map(),
        isType: () => true,
        asType: (() => props) as ResourceValidationArgs["asType"],
        getConfig: <T>() => ({}) as T,
        notApplicable: (reason?: string) => {
            throw new NotApplicable(reason);
        },
    };
}

function recorder(): { report: ReportViolation; seen: [string, string | undefined][] } {
    const seen: [string, string | undefined][] = [];
    return { report: (message, urn) => seen.push([message, urn]), seen };
}

const waiver = (o: Partial<Waiver> = {}): Waiver => ({
    policy: "acl-private",
    resource: "urn:pulumi:test::*::media-*",
    reason: "CDN origin",
    reasonFr: "Origine CDN",
    owner: "cojoj-technology",
    expires: "2026-12-31",
    ...o,
});

type Validation = (args: ResourceValidationArgs, report: ReportViolation) => Promise<void>;

/** The single validation function the wrapper gives a resource policy. */
function validation(run: RunContext): Validation {
    return (forEngine(aclRule, run) as ResourceValidationPolicy).validateResource as Validation;
}

async function validate(run: RunContext, name: string, props: Record<string, unknown>): Promise<[string, string | undefined][]> {
    const { report, seen } = recorder();
    await validation(run)(resourceArgs(name, props), report);
    return seen;
}

describe("a catalog policy wrapped for the engine", () => {
    it("keeps CrossGuard's metadata and nothing the catalog alone uses", () => {
        const policy = forEngine(aclRule, { today: "2026-11-26", waivers: [] });
        expect(policy).toEqual({
            name: "acl-private",
            displayName: "Title of acl-private",
            description: "Description of acl-private.",
            remediationSteps: "Fix acl-private.",
            severity: "high",
            enforcementLevel: "mandatory",
            tags: ["test", "iso27001:A.8.9", "nist-800-53:CM-6"],
            validateResource: expect.any(Function),
        });
    });

    it("reports an unwaived violation in English, on the resource", async () => {
        expect(await validate({ today: "2026-11-26", waivers: [waiver()] }, "logs", { acl: "public-read" })).toEqual([
            ["ACL is public-read", URN("logs")],
        ]);
    });

    it("does not report a violation a waiver in force covers, and does once the waiver has expired", async () => {
        const run = { today: "2026-11-26", waivers: [waiver()] };
        expect(await validate(run, "media-raw", { acl: "public-read" })).toEqual([]);
        expect(await validate({ ...run, today: "2027-01-01" }, "media-raw", { acl: "public-read" })).toEqual([
            ["ACL is public-read", URN("media-raw")],
        ]);
    });

    it("reports what the rule found before it stopped, then rethrows what stopped it", async () => {
        const { report, seen } = recorder();
        const stopping = validation({ today: "2026-11-26", waivers: [] })(resourceArgs("logs", { acl: "public-read", stop: true }), report);
        await expect(stopping).rejects.toThrow(NotApplicable);
        expect(seen).toEqual([["ACL is public-read", URN("logs")]]);
    });

    it("gives a stack policy the run's waivers and date, and puts a finding without URN on the root stack", async () => {
        const root = { type: "pulumi:pulumi:Stack", urn: STACK_URN, name: "dakar2026-test", props: {} } as unknown as PolicyResource;
        const args = { resources: [root], stackTags: new Map(), getConfig: <T>() => ({}) as T, notApplicable: () => undefined as never } as StackValidationArgs;
        const expired = waiver({ expires: "2026-11-25" });
        const run = (today: string) => {
            const { report, seen } = recorder();
            const policy = forEngine(waiverNotExpired, { today, waivers: [expired] }) as StackValidationPolicy;
            return Promise.resolve(policy.validateStack(args, report)).then(() => seen.map(([m, u]) => [m.slice(0, 40), u]));
        };
        expect(await run("2026-11-25")).toEqual([]);
        expect(await run("2026-11-26")).toEqual([['The waiver of policy "acl-private" for "', STACK_URN]]);
    });

    it("wraps a stack rule as a stack validation only", () => {
        const policy = forEngine(stackRule({ meta: meta("s"), validate: () => undefined }), { today: "2026-11-26", waivers: [] });
        expect(["validateStack" in policy, "validateResource" in policy]).toEqual([true, false]);
    });
});
