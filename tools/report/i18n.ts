/**
 * Every word the reports print around the findings themselves, in both languages of the project's
 * readers. Senum SA's auditors read French first, so no renderer may hard-code an English label:
 * a missing key here is a type error, not an English word in a French report.
 */
import type { Lang, Severity } from "../../policies/lib/rule";
import { Waiver, waiverReason } from "../../policies/lib/waivers";
import type { Provenance, TreeState } from "../audit/provenance";
import type { Outcome } from "./coverage";
import { plain } from "./typography";

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
    /** French typography puts a narrow no-break space before the colon. */
    readonly colon: string;
    // Provenance: where the report comes from.
    readonly provenance: string;
    readonly evaluationDate: string;
    readonly generatedAt: string;
    readonly commit: string;
    readonly tree: string;
    /** "modified": a tracked file differs from the commit or an untracked file is not ignored (provenance.ts). */
    readonly treeStates: Readonly<Record<TreeState, string>>;
    /** Shown for a commit git could not give. */
    readonly unknown: string;
    readonly pack: string;
    readonly packConfig: string;
    // What was checked.
    readonly outcomes: Readonly<Record<Outcome, string>>;
    /** One resource's outcome, for lists of resources. */
    readonly outcome: Readonly<Record<Outcome, string>>;
    readonly checked: string;
    /** One check is one policy on one resource. */
    readonly checks: string;
    readonly policiesChecked: string;
    readonly policiesCheckedIntro: string;
    readonly controls: string;
    readonly controlsIntro: string;
    readonly control: string;
    readonly policiesCiting: string;
    readonly resourcesChecked: string;
    readonly resourcesCheckedIntro: string;
    readonly nothingToCheck: string;
    readonly undeterminedNote: string;
    readonly tabs: string;
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
    provenance: "Provenance",
    evaluationDate: "Evaluation date (waivers judged at)",
    generatedAt: "Generated (UTC)",
    commit: "Git commit",
    tree: "Working tree",
    treeStates: { clean: "clean", modified: "modified", unknown: "unknown" },
    unknown: "unknown",
    pack: "Policy pack",
    packConfig: "Pack configuration",
    outcomes: { passed: "Passed", failed: "Failed", waived: "Waived", notApplicable: "Not applicable", undetermined: "Undetermined" },
    outcome: { passed: "passed", failed: "failed", waived: "waived", notApplicable: "not applicable", undetermined: "undetermined" },
    checked: "Checked",
    checks: "Checks (policy × resource)",
    policiesChecked: "Policies checked",
    policiesCheckedIntro:
        "Every policy that ran, with the resources it checked: those of the types it reads. Failed: an unwaived finding " +
        "(advisory ones included); waived: every finding covered by a waiver; not applicable: the policy declared itself " +
        "so; undetermined: a value it reads is known only after deploy.",
    controls: "Controls",
    controlsIntro:
        "Each framework control cited by a policy that ran: how many of those policies cite it and how many distinct " +
        "resources they checked. A resource counts once per control, with its worst outcome (failed, undetermined, " +
        "waived, passed, not applicable).",
    control: "Control",
    policiesCiting: "Policies",
    resourcesChecked: "Resources checked",
    resourcesCheckedIntro: "Each resource some policy checked, with how many policies checked it and how those checks ended.",
    nothingToCheck: "no resource of the types it reads",
    undeterminedNote: "could not run: a value it reads is known only after deploy",
    tabs: "Views",
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
    verdictBlocked: "BLOQUÉ\u202f: constats obligatoires sans dérogation",
    verdictPassed: "CONFORME\u202f: aucun constat bloquant",
    filters: "Filtres",
    all: "tous",
    showWaived: "Afficher les constats sous dérogation",
    search: "Recherche",
    searchPlaceholder: "règle, ressource, message…",
    shownTemplate: "{shown} constat(s) affiché(s) sur {total}",
    noMatch: "Aucun constat ne correspond aux filtres.",
    advisoryNote: "Constat consultatif (non bloquant)",
    noFindingsCase: "aucun constat",
    colon: "\u202f: ",
    provenance: "Provenance",
    evaluationDate: "Date d'évaluation (des dérogations)",
    generatedAt: "Généré le (UTC)",
    commit: "Commit Git",
    tree: "Copie de travail",
    treeStates: { clean: "propre", modified: "modifiée", unknown: "inconnue" },
    unknown: "inconnu",
    pack: "Jeu de règles",
    packConfig: "Configuration du jeu de règles",
    outcomes: {
        passed: "Conformes",
        failed: "Non conformes",
        waived: "Sous dérogation",
        notApplicable: "Sans objet",
        undetermined: "Indéterminées",
    },
    outcome: { passed: "conforme", failed: "non conforme", waived: "sous dérogation", notApplicable: "sans objet", undetermined: "indéterminée" },
    checked: "Vérifiées",
    checks: "Vérifications (règle × ressource)",
    policiesChecked: "Règles vérifiées",
    policiesCheckedIntro:
        "Chaque règle exécutée, avec les ressources qu'elle a vérifiées\u202f: celles des types qu'elle lit. Non conforme\u202f: " +
        "un constat sans dérogation (consultatif compris)\u202f; sous dérogation\u202f: tous ses constats couverts par une " +
        "dérogation\u202f; sans objet\u202f: la règle s'est déclarée non applicable\u202f; indéterminée\u202f: une valeur " +
        "qu'elle lit n'est connue qu'après le déploiement.",
    controls: "Contrôles",
    controlsIntro:
        "Chaque contrôle des référentiels cité par une règle exécutée\u202f: combien de ces règles le citent et combien de " +
        "ressources distinctes elles ont vérifiées. Une ressource compte une fois par contrôle, avec son pire résultat (non " +
        "conforme, indéterminée, sous dérogation, conforme, sans objet).",
    control: "Contrôle",
    policiesCiting: "Règles",
    resourcesChecked: "Ressources vérifiées",
    resourcesCheckedIntro: "Chaque ressource vérifiée par au moins une règle, avec le nombre de règles qui l'ont vérifiée et leurs résultats.",
    nothingToCheck: "aucune ressource des types qu'elle lit",
    undeterminedNote: "exécution impossible\u202f: une valeur lue n'est connue qu'après le déploiement",
    tabs: "Vues",
};

const LABELS: Readonly<Record<Lang, Labels>> = { en: EN, fr: FR };

export function labels(lang: Lang): Labels {
    return LABELS[lang];
}

/**
 * "owner: x, expires: y — reason", the one-line form of a waiver in the plain formats. The reason
 * comes last: it is a sentence with its own full stop, which nothing should follow.
 */
export function waiverLine(l: Labels, w: Pick<Waiver, "reason" | "reasonFr" | "owner" | "expires">): string {
    const reason = plain(waiverReason(w, l.lang), l.lang);
    return `${l.owner.toLowerCase()}${l.colon}${w.owner}, ${l.expires.toLowerCase()}${l.colon}${w.expires} — ${reason}`;
}

/** The provenance of a report as short lines of text (terminal table; JUnit and SARIF carry fields). */
export function provenanceLines(l: Labels, p: Provenance): string[] {
    const commit = p.commit === "unknown" ? l.unknown : p.commit;
    return [
        `${l.evaluationDate}${l.colon}${p.evaluationDate} · ${l.generatedAt}${l.colon}${p.generatedAt}`,
        `${l.commit}${l.colon}${commit} (${l.tree.toLowerCase()}${l.colon}${l.treeStates[p.tree]})`,
        // Two lines rather than one: the French labels would pass the terminal's 100 columns.
        `${l.pack}${l.colon}${p.packName} ${p.packVersion}`,
        `${l.packConfig}${l.colon}${p.packConfig}`,
    ];
}
