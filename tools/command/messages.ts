/**
 * Every line the command line prints about itself (usage, errors, progress), as opposed to the data
 * it produces, in English and French. `useLanguage` picks the set before the command line is parsed
 * (tools/cli.ts reads --lang first), so that an auditor who asked for French gets French errors and
 * progress lines as well as a French report. Settings errors come from infra/ and stay English: they
 * name the keys and values of the stack files, which the engineers who fix them write in English.
 *
 * French typography as in the reports (tools/report/typography.ts): a narrow no-break space before
 * : ; ! ? and inside « ».
 */
import type { Lang } from "../../policies/lib/rule";

const NNBSP = "\u202f";

/** The commands behind `npm run <name>`, with their usage and examples (printed by --help and after a bad flag). */
export const USAGE = {
    plan: `Usage: npm run plan [-- options]
Evaluates a stack's Pulumi program offline (mock runtime, no cloud account) and prints what it
would create.
  --stack <stack>    stack of stacks/ to plan (default dev)
  --json <file>      also write the whole plan as JSON to <file>
  --preview          leave unknown what only a deployment can know, as pulumi preview does
  --root <checkout>  repository to plan (default this one)
  --against <file>   also list the stateful resources of a baseline the plan would delete or
                     rename (exit 1 on a deletion)
  --today <date>     plan as on this day, YYYY-MM-DD (default today): which calendar tasks exist
  --ref <stack>=<file>
                     take a referenced stack's outputs from its saved plan instead of planning
                     it first (may be given once per referenced stack)
  --env <env> --order
                     print the order of pulumi up over the environment's stacks, and of
                     pulumi destroy (computed from their references)
  -h, --help         this text
Examples:
  npm run plan
  npm run plan -- --stack prod
  npm run plan -- --stack prod-app --ref prod-data=plan-prod-data.json
  npm run plan -- --env prod --order
  npm run -s plan -- --stack prod --json plan-prod.json
  npm run plan -- --stack prod --against baseline/stateful-resources.json`,
    audit: `Usage: npm run audit -- --stack <stack> | --env <env> | --plan <file> --profile <profile> [options]
Plans a stack offline (or every stack of an environment, or reads an exported plan) and checks it
against the policy pack.
  --stack <stack>    stack of stacks/ to plan and audit
  --env <env>        plan every stack of the environment and audit them together, so that rules
                     spanning layers see them all
  --plan <file>      audit a plan written by npm run plan -- --json, instead of planning
  --profile <name>   pack configuration for --plan, policies/config/<name>.json (default: the
                     stack's profile); --env with --plan still means this, deprecated
  --format <format>  table (default), json, markdown, html, sarif or junit
  --out <file>       write the report to <file> instead of stdout
  --lang <lang>      en (default) or fr
  --today <date>     plan and judge waiver expiry as on this day, YYYY-MM-DD (default today)
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Exit codes: 0 nothing blocks, 1 a blocking finding, 2 bad input, 3 a bug.
Examples:
  npm run audit -- --stack prod
  npm run audit -- --env prod
  npm run -s audit -- --stack prod --format json > audit-prod.json
  npm run audit -- --stack prod --format html --lang fr --out rapport-prod.html
  npm run audit -- --plan plan-prod.json --profile prod --format sarif --out audit.sarif`,
    diagram: `Usage: npm run diagram [-- options]
Prints a Mermaid diagram of a stack's network, from its offline plan.
  --stack <stack>    stack of stacks/ to draw (default dev)
  --out <file>       write the diagram to <file> instead of stdout
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Examples:
  npm run diagram -- --stack prod
  npm run diagram -- --stack prod --out network-prod.mmd`,
    cost: `Usage: npm run cost -- --stack <stack> | --env <env> | --plan <file> [options]
Lists what a stack pays for, from its offline plan: one row per cost driver (resource, type,
billing unit, quantity at the minimum and at the maximum). Quantities only, unless --prices.
  --stack <stack>    stack of stacks/ to plan
  --env <env>        plan every stack of the environment and list them together
  --plan <file>      read a plan written by npm run plan -- --json, instead of planning
  --prices <file>    price sheet (JSON, docs/cost/README.md) that turns the quantities into a
                     monthly estimate at the minimum and at the maximum
  --format <format>  table (default) or json
  --out <file>       write the report to <file> instead of stdout
  --lang <lang>      en (default) or fr
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Exit codes: 0 done, 2 bad input, 3 a bug.
Examples:
  npm run cost -- --stack prod
  npm run cost -- --env prod --prices docs/cost/prices.example.json
  npm run -s cost -- --stack prod --format json > cost-prod.json
  npm run cost -- --plan plan-prod.json --lang fr`,
    "pack-config": `Usage: npm run pack-config [-- --check]
Writes policies/config/<profile>.json from the profiles in infra/.
  --check     write nothing; exit 1 when a file differs from what infra/ says
  -h, --help  this text
Examples:
  npm run pack-config
  npm run pack-config -- --check`,
    baseline: `Usage: npm run baseline [-- options]
Plans every stack offline and compares their stateful resources with the committed baseline.
  --update           rewrite the baseline from today's plans (a deletion or new resource meant)
  --file <file>      the baseline (default baseline/stateful-resources.json)
  --root <checkout>  repository to plan (default this one)
  -h, --help         this text
Exit codes: 0 nothing would be lost, 1 a stateful resource would be deleted or is unlisted,
2 bad input, 3 a bug.
Examples:
  npm run baseline
  npm run baseline -- --update`,
} as const;

export type CommandName = keyof typeof USAGE;

/** The usage of the one command that takes --lang, in French. */
const USAGE_AUDIT_FR = `Utilisation${NNBSP}: npm run audit -- --stack <pile> | --env <env> | --plan <fichier> --profile <profil>
Planifie une pile hors ligne (ou toutes les piles d'un environnement, ou lit un plan exporté) et la
contrôle avec le pack de règles.
  --stack <pile>     pile de stacks/ à planifier et à contrôler
  --env <env>        planifier toutes les piles de l'environnement et les contrôler ensemble, pour
                     que les règles qui couvrent plusieurs couches les voient toutes
  --plan <fichier>   contrôler un plan écrit par npm run plan -- --json, sans planifier
  --profile <nom>    configuration du pack pour --plan, policies/config/<nom>.json (défaut${NNBSP}: profil
                     de la pile)${NNBSP}; --env avec --plan a encore ce sens, obsolète
  --format <format>  table (par défaut), json, markdown, html, sarif ou junit
  --out <fichier>    écrire le rapport dans <fichier> plutôt que sur la sortie standard
  --lang <langue>    en (par défaut) ou fr
  --today <date>     planifier et juger les dérogations à ce jour, AAAA-MM-JJ (défaut${NNBSP}: ce jour)
  --root <copie>     dépôt à planifier (par défaut celui-ci)
  -h, --help         ce texte
Codes de sortie${NNBSP}: 0 rien ne bloque, 1 un constat bloquant, 2 entrée invalide, 3 un bogue.
Exemples${NNBSP}:
  npm run audit -- --stack prod --lang fr
  npm run audit -- --env prod --lang fr
  npm run -s audit -- --stack prod --format json --lang fr > audit-prod.json
  npm run audit -- --stack prod --format html --lang fr --out rapport-prod.html
  npm run audit -- --plan plan-prod.json --profile prod --format sarif --lang fr --out audit.sarif`;

const USAGE_COST_FR = `Utilisation${NNBSP}: npm run cost -- --stack <pile> | --env <env> | --plan <fichier> [options]
Liste ce qu'une pile paie, d'après son plan hors ligne${NNBSP}: une ligne par poste de coût (ressource,
type, unité de facturation, quantité au minimum et au maximum). Des quantités seulement, sauf
avec --prices.
  --stack <pile>     pile de stacks/ à planifier
  --env <env>        planifier toutes les piles de l'environnement et les lister ensemble
  --plan <fichier>   lire un plan écrit par npm run plan -- --json, sans planifier
  --prices <fichier> grille de prix (JSON, docs/cost/README.md) qui fait des quantités une
                     estimation mensuelle au minimum et au maximum
  --format <format>  table (par défaut) ou json
  --out <fichier>    écrire le rapport dans <fichier> plutôt que sur la sortie standard
  --lang <langue>    en (par défaut) ou fr
  --root <copie>     dépôt à planifier (par défaut celui-ci)
  -h, --help         ce texte
Codes de sortie${NNBSP}: 0 fait, 2 entrée invalide, 3 un bogue.
Exemples${NNBSP}:
  npm run cost -- --stack prod --lang fr
  npm run cost -- --env prod --prices docs/cost/prices.example.json --lang fr
  npm run -s cost -- --stack prod --format json --lang fr > cout-prod.json`;

/** The usage of a command in a language (only audit and cost have a French one: the others take no --lang). */
export function usage(command: CommandName, lang: Lang = language): string {
    if (lang === "fr" && command === "audit") return USAGE_AUDIT_FR;
    if (lang === "fr" && command === "cost") return USAGE_COST_FR;
    return USAGE[command];
}

const list = (xs: readonly string[]): string => xs.join(", ");

const EN = {
    errorPrefix: "error: ",
    unknownCommand: (command: string, known: readonly string[]) =>
        `unknown command ${JSON.stringify(command)}; commands: ${list(known)}`,
    unknownOption: (option: string, command: string, known: readonly string[], suggestion: string | undefined) =>
        `${option} is not an option of ${command}; ${suggestion ? `did you mean ${suggestion}? ` : ""}options: ${list(known)}`,
    missingValue: (option: string, placeholder: string) => `${option} needs a value: ${option} ${placeholder}`,
    unexpectedValue: (option: string, value: string) => `${option} takes no value (got ${JSON.stringify(value)})`,
    unexpectedArgument: (arg: string) => `unexpected argument ${JSON.stringify(arg)}; options start with --`,
    repeatedOption: (option: string) => `${option} is given more than once`,
    notOneOf: (option: string, value: string, allowed: readonly string[]) =>
        `${option} ${JSON.stringify(value)} is not one of ${list(allowed)}`,
    notADate: (option: string, value: string) =>
        `${option} ${JSON.stringify(value)} is not a day of the calendar in the form YYYY-MM-DD (e.g. 2026-11-13)`,
    stackOrPlan: "give one of --stack <stack>, --env <environment> or --plan <file> --profile <profile>",
    costSubject: "give one of --stack <stack>, --env <environment> or --plan <file>",
    unexpectedWith: (option: string, other: string) => `${option} cannot be used with ${other}`,
    planNeedsEnv: "--plan needs --profile <profile> to pick the pack configuration",
    envDeprecated: "warning: --env with --plan is deprecated and will go; it picks the pack configuration, which is now --profile",
    orderNeedsEnv: "--order needs --env <environment>",
    envNeedsOrder: "npm run plan -- --env <environment> needs --order (plan the stacks one by one with --stack)",
    badRef: (value: string) => `--ref ${JSON.stringify(value)} is not <stack>=<plan.json>`,
    refNotThatStack: (stack: string, file: string, planned: string) => `--ref ${stack}=${file}: that file is the plan of stack ${planned}, not ${stack}`,
    planningReference: (stack: string) => `planning referenced stack ${stack} first`,
    emptyPath: (option: string) => `${option} needs a file path, got an empty one`,
    specialPath: (option: string, file: string, where: string) =>
        `${option} ${file} is under ${where}, a special filesystem; give a regular file`,
    isDirectory: (option: string, file: string) => `${option} ${file} is a directory; give a file path`,
    notRegular: (option: string, file: string) => `${option} ${file} is not a regular file (a device, pipe or socket); give a regular file`,
    missingParent: (option: string, file: string, dir: string) =>
        `${option} ${file}: directory ${dir} does not exist; create it first (mkdir -p ${dir})`,
    parentNotDirectory: (option: string, file: string, dir: string) => `${option} ${file}: ${dir} is not a directory`,
    notWritable: (option: string, file: string, what: string) => `${option} ${file} cannot be written (${what})`,
    notReadable: (option: string, file: string, what: string) => `${option} ${file} cannot be read (${what})`,
    notFound: (option: string, file: string) => `${option} ${file} does not exist`,
    notADirectory: (option: string, dir: string) => `${option} ${dir} is not a directory`,
    pathThroughFile: (option: string, file: string) => `${option} ${file}: a folder on its path is a file`,
    writeFailed: (file: string, code: string) => `cannot write ${file}: ${code}`,
    notJson: (file: string, message: string) => `${file} is not valid JSON: ${message}`,
    badPriceValue: (file: string, key: string, value: string, allowed: string) => `${file}: ${key} is ${value}; expected ${allowed}`,
    badPriceKey: (file: string, where: string, key: string, allowed: readonly string[], suggestion: string | undefined) =>
        `${file}: ${JSON.stringify(key)} is not a key of ${where}; ${suggestion ? `did you mean ${suggestion}? ` : ""}keys: ${list(allowed)}`,
    unclassifiedTypes: (types: readonly string[]) =>
        `warning: ${types.length} planned resource type(s) are neither a cost driver nor declared free, so the report misses them: ${list(types)} (tools/cost/drivers.ts)`,
    costWritten: (rows: number, format: string, file: string) => `${rows} cost row(s); ${format} report written to ${file}`,
    // Progress and diagnostics (stderr).
    planWritten: (file: string) => `plan written to ${file}`,
    reportWritten: (findings: number, blocking: number, format: string, file: string) =>
        `${findings} finding(s), ${blocking} blocking; ${format} report written to ${file}`,
    diagramWritten: (file: string) => `diagram written to ${file}`,
    packConfigWritten: (file: string) => `wrote ${file}`,
    baselineWritten: (file: string, stacks: readonly string[]) => `wrote ${file} from the plans of ${list(stacks)}`,
    packConfigStale: (files: readonly string[]) => `stale pack configuration: ${list(files)}; run npm run pack-config`,
    bug: (version: string, message: string) =>
        `internal error (dakar2026-infra ${version}): ${message} — this is a bug; please report it to the maintainers ` +
        `with the command you ran and this line (DAKAR2026_DEBUG=1 shows the trace)`,
};

export type Messages = typeof EN;

const q = (s: string): string => `«${NNBSP}${s}${NNBSP}»`;
const listFr = (xs: readonly string[]): string => xs.join(", ");

const FR: Messages = {
    errorPrefix: `erreur${NNBSP}: `,
    unknownCommand: (command, known) => `commande inconnue ${q(command)}${NNBSP}; commandes${NNBSP}: ${listFr(known)}`,
    unknownOption: (option, command, known, suggestion) =>
        `${option} n'est pas une option de ${command}${NNBSP}; ${suggestion ? `vouliez-vous dire ${suggestion}${NNBSP}? ` : ""}options${NNBSP}: ${listFr(known)}`,
    missingValue: (option, placeholder) => `${option} attend une valeur${NNBSP}: ${option} ${placeholder}`,
    unexpectedValue: (option, value) => `${option} ne prend pas de valeur (reçu ${q(value)})`,
    unexpectedArgument: (arg) => `argument inattendu ${q(arg)}${NNBSP}; les options commencent par --`,
    repeatedOption: (option) => `${option} est donnée plus d'une fois`,
    notOneOf: (option, value, allowed) => `${option} ${q(value)} n'est pas l'une des valeurs ${listFr(allowed)}`,
    notADate: (option, value) => `${option} ${q(value)} n'est pas un jour du calendrier au format AAAA-MM-JJ (par exemple 2026-11-13)`,
    stackOrPlan: "indiquez l'une des options --stack <pile>, --env <environnement> ou --plan <fichier> --profile <profil>",
    costSubject: "indiquez l'une des options --stack <pile>, --env <environnement> ou --plan <fichier>",
    unexpectedWith: (option, other) => `${option} ne peut pas être utilisée avec ${other}`,
    planNeedsEnv: "--plan demande --profile <profil> pour choisir la configuration du pack",
    envDeprecated: `avertissement${NNBSP}: --env avec --plan est obsolète et disparaîtra${NNBSP}; il choisit la configuration du pack, désormais --profile`,
    orderNeedsEnv: "--order demande --env <environnement>",
    envNeedsOrder: "npm run plan -- --env <environnement> demande --order (planifiez les piles une à une avec --stack)",
    badRef: (value) => `--ref ${q(value)} n'est pas de la forme <pile>=<plan.json>`,
    refNotThatStack: (stack, file, planned) => `--ref ${stack}=${file}${NNBSP}: ce fichier est le plan de la pile ${planned}, pas de ${stack}`,
    planningReference: (stack) => `planification d'abord de la pile référencée ${stack}`,
    emptyPath: (option) => `${option} attend un chemin de fichier, reçu un chemin vide`,
    specialPath: (option, file, where) => `${option} ${file} est sous ${where}, un système de fichiers spécial${NNBSP}; indiquez un fichier ordinaire`,
    isDirectory: (option, file) => `${option} ${file} est un dossier${NNBSP}; indiquez un chemin de fichier`,
    notRegular: (option, file) =>
        `${option} ${file} n'est pas un fichier ordinaire (périphérique, tube ou socket)${NNBSP}; indiquez un fichier ordinaire`,
    missingParent: (option, file, dir) => `${option} ${file}${NNBSP}: le dossier ${dir} n'existe pas${NNBSP}; créez-le d'abord (mkdir -p ${dir})`,
    parentNotDirectory: (option, file, dir) => `${option} ${file}${NNBSP}: ${dir} n'est pas un dossier`,
    notWritable: (option, file, what) => `${option} ${file} ne peut pas être écrit (${what})`,
    notReadable: (option, file, what) => `${option} ${file} ne peut pas être lu (${what})`,
    notFound: (option, file) => `${option} ${file} n'existe pas`,
    notADirectory: (option, dir) => `${option} ${dir} n'est pas un dossier`,
    pathThroughFile: (option, file) => `${option} ${file}${NNBSP}: un dossier de son chemin est un fichier`,
    writeFailed: (file, code) => `impossible d'écrire ${file}${NNBSP}: ${code}`,
    notJson: (file, message) => `${file} n'est pas un JSON valide${NNBSP}: ${message}`,
    badPriceValue: (file, key, value, allowed) => `${file}${NNBSP}: ${key} vaut ${value}${NNBSP}; attendu${NNBSP}: ${allowed}`,
    badPriceKey: (file, where, key, allowed, suggestion) =>
        `${file}${NNBSP}: ${q(key)} n'est pas une clé de ${where}${NNBSP}; ${suggestion ? `vouliez-vous dire ${suggestion}${NNBSP}? ` : ""}clés${NNBSP}: ${listFr(allowed)}`,
    unclassifiedTypes: (types) =>
        `avertissement${NNBSP}: ${types.length} type(s) de ressource planifié(s) ne sont ni un poste de coût ni déclarés gratuits, le rapport les omet${NNBSP}: ${listFr(types)} (tools/cost/drivers.ts)`,
    costWritten: (rows, format, file) => `${rows} ligne(s) de coût${NNBSP}; rapport ${format} écrit dans ${file}`,
    planWritten: (file) => `plan écrit dans ${file}`,
    reportWritten: (findings, blocking, format, file) =>
        `${findings} constat(s), dont ${blocking} bloquant(s)${NNBSP}; rapport ${format} écrit dans ${file}`,
    diagramWritten: (file) => `diagramme écrit dans ${file}`,
    packConfigWritten: (file) => `${file} écrit`,
    baselineWritten: (file, stacks) => `${file} écrit d'après les plans de ${listFr(stacks)}`,
    packConfigStale: (files) => `configuration du pack périmée${NNBSP}: ${listFr(files)}${NNBSP}; lancez npm run pack-config`,
    bug: (version, message) =>
        `erreur interne (dakar2026-infra ${version})${NNBSP}: ${message} — c'est un bogue${NNBSP}; signalez-le aux mainteneurs ` +
        `avec la commande lancée et cette ligne (DAKAR2026_DEBUG=1 affiche la trace)`,
};

const MESSAGES: Readonly<Record<Lang, Messages>> = { en: EN, fr: FR };

let language: Lang = "en";

/** The lines of the language in use: English until useLanguage says otherwise. */
export let MSG: Messages = EN;

/** Every line printed from now on is in `lang`. */
export function useLanguage(lang: Lang): void {
    language = lang;
    MSG = MESSAGES[lang];
}
