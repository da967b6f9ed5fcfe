import { resourceRule, text } from "../../lib/rule";
import { shortType, TaggedProps, tagsOf } from "./shared";
import { TAGGABLE_TYPES } from "./taggable-types";

interface Config {
    requiredKeys: string[];
    allowedClassifications: string[];
    allowedEnvironments: string[];
}

/** Fixed by the project design: these two tags identify the estate and are not environment settings. */
const FIXED_VALUES: Readonly<Record<string, string>> = { project: "dakar2026", "managed-by": "pulumi" };

function isBlank(value: unknown): boolean {
    return typeof value !== "string" || value.trim() === "";
}

export const tagsMandatory = resourceRule<TaggedProps, Config>({
    meta: {
        id: "tags-mandatory",
        service: "governance",
        title: text("Every taggable resource carries the mandatory tags", "Chaque ressource étiquetable porte les étiquettes obligatoires"),
        description: text(
            "Every Alibaba Cloud resource that accepts tags carries project, environment, component, owner, cost-centre, " +
                "data-classification and managed-by, with project \"dakar2026\", managed-by \"pulumi\", a known environment and a " +
                "data-classification among public, internal, personal and sensitive-personal. The inventory, cost reports and the " +
                "data-residency rule all rely on these tags.",
            "Toute ressource Alibaba Cloud qui accepte des étiquettes porte project, environment, component, owner, cost-centre, " +
                "data-classification et managed-by, avec project « dakar2026 », managed-by « pulumi », un environnement connu et une " +
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
        resourceTypes: TAGGABLE_TYPES,
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
            allowedEnvironments: {
                type: "array",
                items: { type: "string" },
                default: ["dev", "staging", "prod"],
                description: "Values allowed for the environment tag (each environment's pack config narrows it to itself).",
            },
        },
    },
    validate: (props, { args, config, report }) => {
        const tags = tagsOf(props);
        const what = `${shortType(args.type)} "${args.name}"`;
        const quoi = `${shortType(args.type)} « ${args.name} »`;
        const missing = config.requiredKeys.filter((k) => isBlank(tags[k]));
        if (missing.length > 0) {
            report(
                text(
                    `${what} lacks the mandatory tag(s) ${missing.join(", ")}; set them in its tags.`,
                    `${quoi} n'a pas la ou les étiquettes obligatoires ${missing.join(", ")} ; les ajouter à ses tags.`,
                ),
            );
        }
        const wrong = (key: string, value: unknown, expected: string, attendu: string) =>
            report(
                text(
                    `${what} has tag ${key}=${JSON.stringify(value)}; expected ${expected}.`,
                    `${quoi} a l'étiquette ${key}=${JSON.stringify(value)} ; valeur attendue : ${attendu}.`,
                ),
            );
        for (const [key, expected] of Object.entries(FIXED_VALUES)) {
            if (!isBlank(tags[key]) && tags[key] !== expected) wrong(key, tags[key], `"${expected}"`, `« ${expected} »`);
        }
        const checkList = (key: string, allowed: readonly string[]) => {
            const value = tags[key];
            if (isBlank(value) || allowed.includes(value as string)) return;
            wrong(key, value, `one of ${allowed.join(", ")}`, `l'une de ${allowed.join(", ")}`);
        };
        checkList("data-classification", config.allowedClassifications);
        checkList("environment", config.allowedEnvironments);
    },
});
