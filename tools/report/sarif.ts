/**
 * SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps). Findings are about cloud resources,
 * not lines of code, so each result names its resource as a logical location (the URN) and points
 * at the stack's config file as the physical location that code scanning insists on.
 *
 * The evidence beyond findings sits where SARIF keeps tool-specific data: the pack's version as the
 * driver's version, the generation time as the invocation's end time, and in property bags the
 * provenance (run), each rule's counts of resources checked, passed, failed, waived, not applicable
 * and undetermined (rule), and the same counts per framework control (run).
 */
import { createHash } from "node:crypto";
import type { CatalogPolicy, RuleMeta, Severity } from "../../policies/lib/rule";
import { waiverReason } from "../../policies/lib/waivers";
import type { Finding } from "../audit/engine";
import { labels, waiverLine } from "./i18n";
import { mdRich } from "./markdown";
import { Counts, coverageOf, PolicyCoverage } from "./coverage";
import { controlLabel, frameworkRefs, ReportInput, reportedPolicies } from "./model";
import { plain } from "./typography";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const TOOL_NAME = "dakar2026-guardrails";
export const FINGERPRINT_KEY = "dakar2026/v1";

/** GitHub maps these to its critical/high/medium/low buckets (>= 9, >= 7, >= 4, > 0). */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };

type Level = "error" | "warning" | "note" | "none";

function defaultLevel(policy: CatalogPolicy): Level {
    switch (policy.enforcementLevel) {
        case "advisory":
            return "warning";
        case "disabled":
            return "none";
        default:
            return "error";
    }
}

function resultLevel(f: Finding): Level {
    // A waived finding is an accepted risk: still listed (with its suppression) but never an error.
    if (f.waived) return "note";
    return f.enforcement === "mandatory" ? "error" : "warning";
}

/** "sg-no-risky-ports-from-internet" → "SgNoRiskyPortsFromInternet": SARIF wants a name without spaces. */
function ruleName(id: string): string {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w.length > 0)
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join("");
}

export function fingerprint(policy: string, urn: string): string {
    return createHash("sha256").update(`${policy}\u0000${urn}`, "utf8").digest("hex");
}

function counts(c: Counts) {
    return {
        checked: c.checked,
        passed: c.passed,
        failed: c.failed,
        waived: c.waived,
        notApplicable: c.notApplicable,
        undetermined: c.undetermined,
    };
}

function rule(policy: CatalogPolicy, input: ReportInput, checks: PolicyCoverage | undefined) {
    const meta: RuleMeta = policy.meta;
    const lang = input.lang;
    const l = labels(lang);
    const refs = frameworkRefs(meta).map((r) => r.label);
    const refsText = refs.length > 0 ? `\n\n${l.frameworks}${l.colon}${refs.join(", ")}` : "";
    const refsMd = refs.length > 0 ? `\n\n**${l.frameworks}**${l.colon}${refs.map((r) => mdRich(r, lang)).join(", ")}` : "";
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: plain(meta.title[lang], lang) },
        fullDescription: { text: plain(meta.description[lang], lang) },
        help: {
            text: `${plain(meta.remediation[lang], lang)}${refsText}`,
            markdown: `${mdRich(meta.description[lang], lang)}\n\n**${l.remediation}**${l.colon}${mdRich(meta.remediation[lang], lang)}${refsMd}`,
        },
        defaultConfiguration: { level: defaultLevel(policy) },
        properties: {
            // The pack's own tags (service and "iso27001:A.8.20"-style references), so both surfaces filter alike.
            tags: ["security", ...(policy.tags ?? [meta.service])],
            "security-severity": SECURITY_SEVERITY[meta.severity],
            severity: meta.severity,
            ...(checks ? { enforcement: checks.enforcement, ...counts(checks) } : {}),
        },
    };
}

export function renderSarif(input: ReportInput): string {
    const rules = reportedPolicies(input);
    const ruleIndex = new Map(rules.map((p, i) => [p.name, i]));
    const configFile = `stacks/Pulumi.${input.stack}.yaml`;
    const l = labels(input.lang);
    const lang = input.lang;
    const cov = coverageOf(input);
    const byPolicy = new Map(cov.policies.map((p) => [p.policy, p]));
    const p = input.provenance;

    const results = input.findings.map((f) => {
        const index = ruleIndex.get(f.policy);
        const w = f.waived;
        return {
            ruleId: f.policy,
            ...(index !== undefined ? { ruleIndex: index } : {}),
            level: resultLevel(f),
            message: { text: plain(f.message[lang], lang) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri: configFile, uriBaseId: "%SRCROOT%" },
                        region: { startLine: 1 },
                    },
                    logicalLocations: [{ fullyQualifiedName: f.urn, name: f.name, kind: "resource" }],
                },
            ],
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.policy, f.urn) },
            ...(w
                ? {
                      suppressions: [
                          {
                              kind: "external",
                              status: "accepted",
                              justification: waiverLine(l, w),
                          },
                      ],
                  }
                : {}),
            properties: {
                severity: f.severity,
                enforcement: f.enforcement,
                resourceType: f.type,
                ...(w ? { waiver: { reason: plain(waiverReason(w, lang), lang), owner: w.owner, expires: w.expires } } : {}),
            },
        };
    });

    const log = {
        $schema: SARIF_SCHEMA,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: TOOL_NAME,
                        version: p.packVersion,
                        rules: rules.map((policy) => rule(policy, input, byPolicy.get(policy.name))),
                    },
                },
                // One category per stack, so that uploads for dev and prod do not close each other's alerts.
                automationDetails: { id: `${TOOL_NAME}/${input.stack}/` },
                language: input.lang,
                columnKind: "unicodeCodePoints",
                invocations: [{ executionSuccessful: true, endTimeUtc: p.generatedAt }],
                results,
                properties: {
                    project: input.project,
                    stack: input.stack,
                    environment: input.profile,
                    policiesEvaluated: input.evaluated.length,
                    resources: input.resourceCount,
                    evaluationDate: p.evaluationDate,
                    generatedAt: p.generatedAt,
                    commit: p.commit,
                    tree: p.tree,
                    packName: p.packName,
                    packVersion: p.packVersion,
                    packConfig: p.packConfig,
                    checks: counts(cov.totals),
                    controls: cov.controls.map((c) => ({
                        framework: c.framework,
                        control: c.item,
                        reference: controlLabel(c.framework, c.item),
                        policies: c.policies,
                        ...counts(c),
                    })),
                },
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
