/**
 * Every word the reports print around the findings themselves, in both languages of the project's
 * readers. Senum SA's auditors read French first, so no renderer may hard-code an English label:
 * a missing key here is a type error, not an English word in a French report.
 */
import type { Lang, Severity } from "../../policies/lib/rule";
import { Waiver, waiverReason } from "../../policies/lib/waivers";

export type FrameworkKey = "cis" | "iso27001" | "nist" | "senegal";

export interface Labels {
    /** The language these labels are in; picks the language of texts that carry both (waiver reasons). */
    readonly lang: Lang;
    readonly reportTitle: string;
    readonly project: string;
    readonly stack: string;
    readonly environment: string;
    readonly policiesEvaluated: string;
    readonly resources: string;
    readonly summary: string;
    readonly findings: string;
    readonly noFindings: string;
    readonly severity: string;
    readonly severities: Readonly<Record<Severity, string>>;
    readonly enforcement: string;
    readonly enforcements: Readonly<Record<"advisory" | "mandatory", string>>;
    readonly status: string;
    /** Short upper-case marker for the terminal table. */
    readonly waivedMarker: string;
    /** Badge and column label. */
    readonly waived: string;
    readonly open: string;
    readonly policy: string;
    readonly title: string;
    readonly resource: string;
    readonly type: string;
    readonly urn: string;
    readonly message: string;
    readonly remediation: string;
    readonly frameworks: string;
    readonly framework: string;
    readonly frameworkNames: Readonly<Record<FrameworkKey, string>>;
    readonly count: string;
    readonly openFindings: string;
    readonly total: string;
    readonly totalFindings: string;
    readonly blocking: string;
    readonly mandatoryCount: string;
    readonly advisoryCount: string;
    readonly waivedCount: string;
    readonly waivers: string;
    readonly reason: string;
    readonly owner: string;
    readonly expires: string;
    readonly verdictBlocked: string;
    readonly verdictPassed: string;
    readonly filters: string;
    readonly all: string;
    readonly showWaived: string;
    readonly search: string;
    readonly searchPlaceholder: string;
    /** `{shown}` and `{total}` are replaced by the page script. */
    readonly shownTemplate: string;
    readonly noMatch: string;
    readonly advisoryNote: string;
    readonly noFindingsCase: string;
    /** French typography puts a space before the colon. */
    readonly colon: string;
}

const EN: Labels = {
    lang: "en",
    reportTitle: "Compliance report",
    project: "Project",
    stack: "Stack",
    environment: "Environment",
    policiesEvaluated: "Policies evaluated",
    resources: "Resources",
    summary: "Summary",
    findings: "Findings",
    noFindings: "No findings.",
    severity: "Severity",
    severities: { critical: "critical", high: "high", medium: "medium", low: "low" },
    enforcement: "Enforcement",
    enforcements: { mandatory: "mandatory", advisory: "advisory" },
    status: "Status",
    waivedMarker: "WAIVED",
    waived: "waived",
    open: "open",
    policy: "Policy",
    title: "Title",
    resource: "Resource",
    type: "Type",
    urn: "URN",
    message: "Message",
    remediation: "Remediation",
    frameworks: "Framework references",
    framework: "Framework",
    frameworkNames: {
        cis: "CIS Alibaba Cloud",
        iso27001: "ISO/IEC 27001:2022",
        nist: "NIST SP 800-53 r5",
        senegal: "Senegal law 2008-12",
    },
    count: "Count",
    openFindings: "Open findings",
    total: "Total",
    totalFindings: "Total findings",
    blocking: "Blocking (mandatory, not waived)",
    mandatoryCount: "Mandatory",
    advisoryCount: "Advisory",
    waivedCount: "Waived",
    waivers: "Waivers",
    reason: "Reason",
    owner: "Owner",
    expires: "Expires",
    verdictBlocked: "BLOCKED: mandatory findings without a waiver",
    verdictPassed: "PASSED: no blocking finding",
    filters: "Filters",
    all: "all",
    showWaived: "Show waived findings",
    search: "Search",
    searchPlaceholder: "policy, resource, message…",
    shownTemplate: "{shown} of {total} findings shown",
    noMatch: "No finding matches the filters.",
    advisoryNote: "Advisory finding (does not block)",
    noFindingsCase: "no findings",
    colon: ": ",
};

const FR: Labels = {
    lang: "fr",
    reportTitle: "Rapport de conformité",
    project: "Projet",
    stack: "Stack",
    environment: "Environnement",
    policiesEvaluated: "Règles évaluées",
    resources: "Ressources",
    summary: "Synthèse",
    findings: "Constats",
    noFindings: "Aucun constat.",
    severity: "Sévérité",
    severities: { critical: "critique", high: "élevée", medium: "moyenne", low: "faible" },
    enforcement: "Application",
    enforcements: { mandatory: "obligatoire", advisory: "consultatif" },
    status: "Statut",
    waivedMarker: "DÉROGATION",
    waived: "dérogation",
    open: "ouvert",
    policy: "Règle",
    title: "Intitulé",
    resource: "Ressource",
    type: "Type",
    urn: "URN",
    message: "Message",
    remediation: "Remédiation",
    frameworks: "Références normatives",
    framework: "Référentiel",
    frameworkNames: {
        cis: "CIS Alibaba Cloud",
        iso27001: "ISO/IEC 27001:2022",
        nist: "NIST SP 800-53 r5",
        senegal: "Loi sénégalaise 2008-12",
    },
    count: "Nombre",
    openFindings: "Constats ouverts",
    total: "Total",
    totalFindings: "Total des constats",
    blocking: "Bloquants (obligatoires, sans dérogation)",
    mandatoryCount: "Obligatoires",
    advisoryCount: "Consultatifs",
    waivedCount: "Sous dérogation",
    waivers: "Dérogations",
    reason: "Motif",
    owner: "Responsable",
    expires: "Échéance",
    verdictBlocked: "BLOQUÉ\u00a0: constats obligatoires sans dérogation",
    verdictPassed: "CONFORME\u00a0: aucun constat bloquant",
    filters: "Filtres",
    all: "tous",
    showWaived: "Afficher les constats sous dérogation",
    search: "Recherche",
    searchPlaceholder: "règle, ressource, message…",
    shownTemplate: "{shown} constat(s) affiché(s) sur {total}",
    noMatch: "Aucun constat ne correspond aux filtres.",
    advisoryNote: "Constat consultatif (non bloquant)",
    noFindingsCase: "aucun constat",
    colon: "\u00a0: ",
};

const LABELS: Readonly<Record<Lang, Labels>> = { en: EN, fr: FR };

export function labels(lang: Lang): Labels {
    return LABELS[lang];
}

/** "reason (owner: x, expires: y)", the one-line form of a waiver in text formats. */
export function waiverLine(l: Labels, w: Pick<Waiver, "reason" | "reasonFr" | "owner" | "expires">): string {
    return `${waiverReason(w, l.lang)} (${l.owner.toLowerCase()}${l.colon}${w.owner}, ${l.expires.toLowerCase()}${l.colon}${w.expires})`;
}
