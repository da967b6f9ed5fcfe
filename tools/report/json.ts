/**
 * Machine-readable report. The shape (`findings[]` with `message` as a string and `waived` as a
 * boolean, plus `summary`) is what CI jobs and Senum's dashboards parse, so it is kept flat and the
 * output is byte-for-byte reproducible: no timestamps, fixed key order, input order of findings.
 */
import { waiverReason } from "../../policies/lib/waivers";
import { frameworkRefs, indexPolicies, metaOf, ReportInput, summarize } from "./model";

export function renderJson(input: ReportInput): string {
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
            message: f.message[input.lang],
            waived: f.waived !== undefined,
            ...(f.waived ? { waiver: { reason: waiverReason(f.waived, input.lang), owner: f.waived.owner, expires: f.waived.expires } } : {}),
            // A finding of a policy missing from the catalog keeps the required keys only, rather than made-up metadata.
            ...(meta
                ? {
                      title: meta.title[input.lang],
                      remediation: meta.remediation[input.lang],
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
    const doc = {
        project: input.project,
        stack: input.stack,
        environment: input.profile,
        lang: input.lang,
        findings,
        summary: summarize(input),
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
}
