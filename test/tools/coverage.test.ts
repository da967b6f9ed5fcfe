import { resourceRule, text } from "../../policies/lib/rule";
import type { CatalogPolicy, Frameworks } from "../../policies/lib/rule";
import type { Waiver } from "../../policies/lib/waivers";
import type { Finding, PolicyChecks } from "../../tools/audit/engine";
import { byResource, coverage, Outcome } from "../../tools/report/coverage";
import { indexPolicies } from "../../tools/report/model";

const BUCKET = "alicloud:oss/bucket:Bucket";
const urn = (name: string) => `urn:pulumi:prod::dakar2026::${BUCKET}::${name}`;
const [A, B, C, D] = ["a", "b", "c", "d"].map(urn);

function policy(id: string, frameworks: Frameworks): CatalogPolicy {
    return resourceRule({
        meta: {
            id,
            service: "oss",
            title: text(id, id),
            description: text(id, id),
            remediation: text(id, id),
            severity: "high",
            resourceTypes: [BUCKET],
            frameworks,
        },
        validate: () => undefined,
    });
}

const WAIVER: Waiver = { policy: "p", resource: "*", reason: "r", reasonFr: "m", owner: "o", expires: "2030-01-01" };

function finding(policyId: string, u: string, o: { waived?: boolean; preview?: boolean; enforcement?: Finding["enforcement"] } = {}): Finding {
    return {
        policy: policyId,
        severity: "high",
        enforcement: o.enforcement ?? "mandatory",
        urn: u,
        type: BUCKET,
        name: u.split("::").pop() ?? u,
        message: text("m", "m"),
        ...(o.preview ? { preview: true as const } : {}),
        ...(o.waived ? { waived: WAIVER } : {}),
    };
}

const check = (p: string, checked: string[], notApplicable: string[] = [], undetermined: string[] = []): PolicyChecks => ({
    policy: p,
    enforcement: "mandatory",
    checked,
    notApplicable,
    undetermined,
});

const INDEX = indexPolicies([
    policy("enc", { iso27001: ["A.8.24"], nist: ["SC-28"] }),
    policy("acl", { cis: ["4.10"], iso27001: ["A.8.24", "A.8.3"] }),
    policy("tags", { cis: ["4.3"] }),
]);

describe("coverage per policy", () => {
    it("gives each checked resource the first outcome that holds: failed, undetermined, waived, passed, not applicable", () => {
        const cov = coverage(
            [check("enc", [A, B, C, D], [D], [])],
            [finding("enc", A), finding("enc", A, { waived: true }), finding("enc", B, { waived: true }), finding("enc", D, { enforcement: "advisory" })],
            INDEX,
        );
        const [enc] = cov.policies;
        expect([...enc.resources]).toEqual<[string, Outcome][]>([
            [A, "failed"],
            [B, "waived"],
            [C, "passed"],
            [D, "failed"],
        ]);
        expect(enc).toMatchObject({ checked: 4, passed: 1, failed: 2, waived: 1, notApplicable: 0, undetermined: 0 });
    });

    it("counts a resource the policy could not run on as undetermined, even with a waived finding, and never as failed for the preview advisory", () => {
        const cov = coverage(
            [check("enc", [A, B, C], [C], [A, B])],
            [finding("enc", A, { preview: true }), finding("enc", B, { waived: true }), finding("enc", B, { preview: true })],
            INDEX,
        );
        expect(cov.policies[0]).toMatchObject({ checked: 3, passed: 0, failed: 0, waived: 0, notApplicable: 1, undetermined: 2 });
    });

    it("counts a resource only a finding names as checked, so that no finding falls outside the counts", () => {
        const stack = "urn:pulumi:prod::dakar2026::pulumi:pulumi:Stack::dakar2026-prod";
        const cov = coverage([check("tags", [A])], [finding("tags", stack)], INDEX);
        expect([...cov.policies[0].resources]).toEqual([
            [A, "passed"],
            [stack, "failed"],
        ]);
        expect(cov.policies[0]).toMatchObject({ checked: 2, passed: 1, failed: 1 });
    });

    it("sums every policy's counts into the totals (one check = one policy on one resource)", () => {
        const cov = coverage([check("enc", [A, B]), check("acl", [A, B, C], [C]), check("tags", [])], [finding("acl", B)], INDEX);
        expect(cov.policies.map((p) => [p.policy, p.checked])).toEqual([["enc", 2], ["acl", 3], ["tags", 0]]);
        expect(cov.totals).toEqual({ checked: 5, passed: 3, failed: 1, waived: 0, notApplicable: 1, undetermined: 0 });
    });
});

describe("coverage per control", () => {
    const cov = coverage(
        [check("enc", [A, B, C]), check("acl", [B, C, D], [D]), check("tags", [A, D])],
        [finding("enc", B, { waived: true }), finding("acl", C), finding("tags", D, { waived: true })],
        INDEX,
    );
    const control = (framework: string, item: string) => cov.controls.find((c) => c.framework === framework && c.item === item);

    it("lists every control a policy that ran cites, by framework then item in natural order", () => {
        expect(cov.controls.map((c) => `${c.framework} ${c.item}`)).toEqual(["cis 4.3", "cis 4.10", "iso27001 A.8.3", "iso27001 A.8.24", "nist SC-28"]);
    });

    it("counts the policies citing a control and the distinct resources they checked, each with its worst outcome", () => {
        // A.8.24: enc on a (passed), b (waived), c (passed); acl on b (passed), c (failed), d (not applicable).
        expect(control("iso27001", "A.8.24")).toEqual({
            framework: "iso27001",
            item: "A.8.24",
            policies: ["enc", "acl"],
            checked: 4,
            passed: 1,
            failed: 1,
            waived: 1,
            notApplicable: 1,
            undetermined: 0,
        });
        expect(control("nist", "SC-28")).toMatchObject({ policies: ["enc"], checked: 3, passed: 2, waived: 1 });
        expect(control("cis", "4.3")).toMatchObject({ policies: ["tags"], checked: 2, passed: 1, waived: 1 });
    });

    it("keeps checked = passed + failed + waived + not applicable + undetermined for every control and policy", () => {
        for (const c of [...cov.controls, ...cov.policies, cov.totals]) {
            expect(c.passed + c.failed + c.waived + c.notApplicable + c.undetermined).toBe(c.checked);
        }
    });
});

describe("coverage per resource", () => {
    it("counts, per resource, the policies that checked it by outcome, sorted by URN", () => {
        const cov = coverage([check("enc", [B, A]), check("acl", [A, C], [C])], [finding("acl", A, { waived: true })], INDEX);
        expect(byResource(cov)).toEqual([
            { urn: A, checked: 2, passed: 1, failed: 0, waived: 1, notApplicable: 0, undetermined: 0 },
            { urn: B, checked: 1, passed: 1, failed: 0, waived: 0, notApplicable: 0, undetermined: 0 },
            { urn: C, checked: 1, passed: 0, failed: 0, waived: 0, notApplicable: 1, undetermined: 0 },
        ]);
    });
});
