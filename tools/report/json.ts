/**
 * Machine-readable report. The shape (`findings[]` with `message` as a string and `waived` as a
 * boolean, plus `summary`) is what CI jobs and Senum's dashboards parse, so it is kept flat and the
 * output is reproducible: fixed key order, input order of findings and policies, and only one field
 * that differs between two runs on the same inputs, `provenance.generatedAt`.
 */
import { waiverReason } from "../../policies/lib/waivers";
import { coverageOf } from "./coverage";
import { controlLabel, frameworkRefs, indexPolicies, metaOf, ReportInput, summarize } from "./model";
import { plain } from "./typography";

export function renderJson(input: ReportInput): string {
    const lang = input.lang;
    const index = indexPolicies(input.policies);
    const findings = input.findings.map((f) => {
        const meta = metaOf(index, f);
        return {
            policy: f.policy,
            severity: f.severity,
            enforcement: f.enforcement,
            urn: f.urn,
            type: f.type,
            name: f.name,
            message: plain(f.message[lang], lang),
            waived: f.waived !== undefined,
            ...(f.waived ? { waiver: { reason: plain(waiverReason(f.waived, lang), lang), owner: f.waived.owner, expires: f.waived.expires } } : {}),
            // A finding of a policy missing from the catalog keeps the required keys only, rather than made-up metadata.
            ...(meta
                ? {
                      title: plain(meta.title[lang], lang),
                      remediation: plain(meta.remediation[lang], lang),
                      frameworks: {
                          cis: [...(meta.frameworks.cis ?? [])],
                          iso27001: [...(meta.frameworks.iso27001 ?? [])],
                          nist: [...(meta.frameworks.nist ?? [])],
                          senegal: [...(meta.frameworks.senegal ?? [])],
                      },
                      references: frameworkRefs(meta).map((r) => r.label),
                  }
                : {}),
        };
    });
    const cov = coverageOf(input);
    const policies = cov.policies.map((p) => {
        const policy = index.get(p.policy);
        return {
            policy: p.policy,
            ...(policy ? { title: plain(policy.meta.title[lang], lang), severity: policy.meta.severity } : {}),
            enforcement: p.enforcement,
            checked: p.checked,
            passed: p.passed,
            failed: p.failed,
            waived: p.waived,
            notApplicable: p.notApplicable,
            undetermined: p.undetermined,
            references: frameworkRefs(policy?.meta).map((r) => r.label),
        };
    });
    const controls = cov.controls.map((c) => ({
        framework: c.framework,
        control: c.item,
        reference: controlLabel(c.framework, c.item),
        policies: c.policies,
        checked: c.checked,
        passed: c.passed,
        failed: c.failed,
        waived: c.waived,
        notApplicable: c.notApplicable,
        undetermined: c.undetermined,
    }));
    const doc = {
        project: input.project,
        stack: input.stack,
        environment: input.profile,
        lang,
        provenance: {
            evaluationDate: input.provenance.evaluationDate,
            generatedAt: input.provenance.generatedAt,
            commit: input.provenance.commit,
            tree: input.provenance.tree,
            packName: input.provenance.packName,
            packVersion: input.provenance.packVersion,
            packConfig: input.provenance.packConfig,
        },
        findings,
        summary: summarize(input),
        checks: cov.totals,
        policies,
        controls,
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}
