import { STACK_TYPE, stackRule, text } from "../../lib/rule";
import { checkEach, stackIdentity } from "../../lib/stack";
import { shortType, tagsOf } from "./shared";
import { TAGGABLE_TYPES } from "./taggable-types";

interface Config {
    requiredKeys: string[];
    allowedClassifications: string[];
}

const TAGGABLE = new Set(TAGGABLE_TYPES);

/** Fixed by the project design: these two tags identify the estate and are not environment settings. */
const FIXED_VALUES: Readonly<Record<string, string>> = { project: "dakar2026", "managed-by": "pulumi" };

function isBlank(value: unknown): boolean {
    return typeof value !== "string" || value.trim() === "";
}

/**
 * A stack rule so that it can read the environment of the stack being checked (the root stack's
 * `environment` output): one pack configuration then serves every stack of a profile.
 */
export const tagsMandatory = stackRule<Config>({
    meta: {
        id: "tags-mandatory",
        service: "governance",
        title: text("Every taggable resource carries the mandatory tags", "Chaque ressource étiquetable porte les étiquettes obligatoires"),
        description: text(
            "Every Alibaba Cloud resource that accepts tags carries project, environment, component, owner, cost-centre, " +
                "data-classification and managed-by, with project \"dakar2026\", managed-by \"pulumi\", environment equal to the " +
                "environment of the stack being checked (its `environment` output, or else the stack name) and a " +
                "data-classification among public, internal, personal and sensitive-personal. The inventory, cost reports and the " +
                "data-residency rule all rely on these tags.",
            "Toute ressource Alibaba Cloud qui accepte des étiquettes porte project, environment, component, owner, cost-centre, " +
                "data-classification et managed-by, avec project « dakar2026 », managed-by « pulumi », environment égal à " +
                "l'environnement de la pile vérifiée (sa sortie `environment`, à défaut le nom de la pile) et une " +
                "data-classification parmi public, internal, personal et sensitive-personal. L'inventaire, les rapports de coûts et la " +
                "règle de résidence des données reposent sur ces étiquettes.",
        ),
        remediation: text(
            "Set the resource's `tags` input to the project's standard tag map (project, environment, component, owner, cost-centre, " +
                "data-classification, managed-by: \"pulumi\"), built once by the naming/tagging helper of infra/.",
            "Renseigner l'entrée `tags` de la ressource avec le jeu d'étiquettes standard du projet (project, environment, component, " +
                "owner, cost-centre, data-classification, managed-by : « pulumi »), construit une seule fois par l'utilitaire de " +
                "nommage et d'étiquetage d'infra/.",
        ),
        severity: "medium",
        resourceTypes: [...TAGGABLE_TYPES, STACK_TYPE],
        frameworks: { iso27001: ["A.5.9", "A.5.12", "A.5.13"], nist: ["CM-8", "RA-2"] },
    },
    configSchema: {
        properties: {
            requiredKeys: {
                type: "array",
                items: { type: "string" },
                default: ["project", "environment", "component", "owner", "cost-centre", "data-classification", "managed-by"],
                description: "Tag keys every taggable resource must carry with a non-empty value.",
            },
            allowedClassifications: {
                type: "array",
                items: { type: "string" },
                default: ["public", "internal", "personal", "sensitive-personal"],
                description: "Values allowed for the data-classification tag.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        const environment = stackIdentity(resources)?.environment;
        checkEach(resources, (r) => {
            if (!TAGGABLE.has(r.type)) return;
            const tags = tagsOf(r.props);
            const what = `${shortType(r.type)} "${r.name}"`;
            const quoi = `${shortType(r.type)} « ${r.name} »`;
            const missing = config.requiredKeys.filter((k) => isBlank(tags[k]));
            if (missing.length > 0) {
                report(
                    text(
                        `${what} lacks the mandatory tag(s) ${missing.join(", ")}; set them in its tags.`,
                        `${quoi} n'a pas la ou les étiquettes obligatoires ${missing.join(", ")} ; les ajouter à ses tags.`,
                    ),
                    r.urn,
                );
            }
            const wrong = (key: string, value: unknown, expected: string, attendu: string) =>
                report(
                    text(
                        `${what} has tag ${key}=${JSON.stringify(value)}; expected ${expected}.`,
                        `${quoi} a l'étiquette ${key}=${JSON.stringify(value)} ; valeur attendue : ${attendu}.`,
                    ),
                    r.urn,
                );
            for (const [key, expected] of Object.entries(FIXED_VALUES)) {
                if (!isBlank(tags[key]) && tags[key] !== expected) wrong(key, tags[key], `"${expected}"`, `« ${expected} »`);
            }
            const value = tags["data-classification"];
            if (!isBlank(value) && !config.allowedClassifications.includes(value as string)) {
                const allowed = config.allowedClassifications.join(", ");
                wrong("data-classification", value, `one of ${allowed}`, `l'une de ${allowed}`);
            }
            const env = tags.environment;
            if (environment !== undefined && !isBlank(env) && env !== environment) {
                wrong("environment", env, `"${environment}", the environment of the stack`, `« ${environment} », l'environnement de la pile`);
            }
        });
    },
});
