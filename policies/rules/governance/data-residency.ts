import { resourceRule, text } from "../../lib/rule";
import { shortType, TaggedProps, tagsOf } from "./shared";
import { TAGGABLE_TYPES } from "./taggable-types";

export interface ResidencyEntry {
    regions: string[];
    legalBasis: string;
}

export interface ResidencyConfig {
    residency: Record<string, ResidencyEntry>;
}

/**
 * The `residency` config property. Rules that place copies of data (OSS replication) read the same map under
 * the same name with the same default, so that one generated pack-config value feeds all of them.
 */
export const RESIDENCY_PROPERTY = {
    type: "object" as const,
    default: {
        public: { regions: ["eu-central-1"], legalBasis: "public/internal data, no personal data" },
        internal: { regions: ["eu-central-1"], legalBasis: "public/internal data, no personal data" },
    },
    description:
        "data-classification → { regions: allowed region ids, legalBasis: why data of that class may live there }. " +
        "A classification without an entry may live nowhere.",
};

/** The entry of `classification`, when the map has one that names regions and states a legal basis. */
export function lawfulEntry(config: ResidencyConfig, classification: string): ResidencyEntry | undefined {
    const entry = Object.prototype.hasOwnProperty.call(config.residency, classification) ? config.residency[classification] : undefined;
    if (entry === undefined || !Array.isArray(entry.regions) || entry.regions.length === 0) return undefined;
    if (typeof entry.legalBasis !== "string" || entry.legalBasis.trim() === "") return undefined;
    return entry;
}

/**
 * Personal and sensitive-personal data have no entry by default on purpose: no Alibaba Cloud region
 * is in Senegal, so storing them anywhere is a transfer abroad (law 2008-12, Art. 49-50) that needs
 * a documented legal basis (CDP authorisation, adequacy, consent...) before any region is named.
 */
export const dataResidency = resourceRule<TaggedProps, ResidencyConfig>({
    meta: {
        id: "data-residency",
        service: "governance",
        title: text("Data lives only where its classification allows", "Les données ne résident que là où leur classification le permet"),
        description: text(
            "Each taggable resource lives in a region that the residency map allows for its data-classification tag, and every " +
                "entry of that map states its legal basis. Personal and sensitive-personal data may live nowhere until the map names " +
                "regions for them together with the legal basis of the transfer abroad (Senegal law 2008-12, Art. 49 and 50).",
            "Chaque ressource étiquetable réside dans une région que la table de résidence autorise pour son étiquette " +
                "data-classification, et chaque entrée de cette table indique sa base légale. Les données personnelles et personnelles " +
                "sensibles ne peuvent résider nulle part tant que la table ne leur associe pas des régions avec la base légale du " +
                "transfert à l'étranger (loi sénégalaise 2008-12, art. 49 et 50).",
        ),
        remediation: text(
            "Deploy the resource through a provider whose region the residency map allows for its classification; or, once the data " +
                "protection officer has documented the transfer, add the region and a non-empty legalBasis under that classification " +
                "in the data-residency `residency` config of the environment's policy pack config.",
            "Déployer la ressource via un fournisseur dont la région est autorisée pour sa classification ; ou, une fois le transfert " +
                "documenté par le délégué à la protection des données, ajouter la région et une legalBasis non vide sous cette " +
                "classification dans la configuration `residency` de data-residency du fichier de configuration de l'environnement.",
        ),
        severity: "high",
        resourceTypes: TAGGABLE_TYPES,
        frameworks: { iso27001: ["A.5.34", "A.5.31"], nist: ["SA-9(5)", "PT-2"], senegal: ["Art. 49", "Art. 50"] },
    },
    configSchema: {
        properties: {
            residency: RESIDENCY_PROPERTY,
        },
    },
    validate: (props, { args, config, report }) => {
        const classification = tagsOf(props)["data-classification"];
        // A missing or malformed classification is tags-mandatory's finding; there is nothing to place here.
        if (typeof classification !== "string" || classification === "") return;
        const what = `${shortType(args.type)} "${args.name}"`;
        const quoi = `${shortType(args.type)} « ${args.name} »`;
        const entry = Object.prototype.hasOwnProperty.call(config.residency, classification) ? config.residency[classification] : undefined;
        if (entry === undefined || !Array.isArray(entry.regions) || entry.regions.length === 0) {
            report(
                text(
                    `${what} is classified "${classification}", which the residency map allows in no region; name regions and a legal ` +
                        `basis for it in the data-residency config, or reclassify the data.`,
                    `${quoi} est classée « ${classification} », que la table de résidence n'autorise dans aucune région ; lui associer ` +
                        `des régions et une base légale dans la configuration de data-residency, ou reclasser les données.`,
                ),
            );
            return;
        }
        if (typeof entry.legalBasis !== "string" || entry.legalBasis.trim() === "") {
            report(
                text(
                    `${what} is classified "${classification}", whose residency entry names regions but no legal basis; state the ` +
                        `legalBasis before data of that class is placed anywhere.`,
                    `${quoi} est classée « ${classification} », dont l'entrée de résidence nomme des régions sans base légale ; ` +
                        `renseigner legalBasis avant de placer des données de cette classe où que ce soit.`,
                ),
            );
            return;
        }
        const region = args.provider?.props.region as unknown;
        if (typeof region !== "string" || region === "") {
            report(
                text(
                    `The region of ${what} cannot be determined (no provider region is known); data classified "${classification}" ` +
                        `may only live in ${entry.regions.join(", ")}.`,
                    `La région de ${quoi} ne peut pas être déterminée (aucune région de fournisseur connue) ; les données classées ` +
                        `« ${classification} » ne peuvent résider qu'en ${entry.regions.join(", ")}.`,
                ),
            );
            return;
        }
        if (entry.regions.includes(region)) return;
        const regions = entry.regions.join(", ");
        report(
            text(
                `${what} is classified "${classification}" and lives in ${region}; that class may only live in ${regions}.`,
                `${quoi} est classée « ${classification} » et réside en ${region} ; cette classe ne peut résider qu'en ${regions}.`,
            ),
        );
    },
});
