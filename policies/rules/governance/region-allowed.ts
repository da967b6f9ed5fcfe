import type { ProviderArgs } from "@pulumi/alicloud/provider";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    regions: string[];
}

/**
 * Checks the provider resources only: every alicloud resource is created through one of them (the
 * engine adds the default provider to every plan), so a provider in an allowed region is where
 * the whole estate's region is decided. data-residency then judges each resource by its provider.
 */
export const regionAllowed = resourceRule<ResourceProps<ProviderArgs>, Config>({
    meta: {
        id: "region-allowed",
        service: "governance",
        title: text("Alibaba Cloud providers target an allowed region", "Les fournisseurs Alibaba Cloud visent une région autorisée"),
        description: text(
            "Every alicloud provider, including the default one the engine creates from alicloud:region, targets a region of the " +
                "allowed list (Frankfurt, eu-central-1, by default). No Alibaba Cloud region is in West Africa, so where the platform " +
                "runs is a transfer-abroad decision that the data protection officer signs off.",
            "Chaque fournisseur alicloud, y compris celui que le moteur crée par défaut à partir d'alicloud:region, vise une région " +
                "de la liste autorisée (Francfort, eu-central-1, par défaut). Aucune région Alibaba Cloud n'est en Afrique de l'Ouest : " +
                "le lieu d'exécution de la plateforme est donc une décision de transfert à l'étranger validée par le délégué à la " +
                "protection des données.",
        ),
        remediation: text(
            "Set `alicloud:region` in the stack configuration (or the `region` argument of an explicit alicloud.Provider) to an allowed " +
                "region such as \"eu-central-1\".",
            "Renseigner `alicloud:region` dans la configuration de la pile (ou l'argument `region` d'un alicloud.Provider explicite) " +
                "avec une région autorisée, par exemple « eu-central-1 ».",
        ),
        severity: "high",
        resourceTypes: ["pulumi:providers:alicloud"],
        frameworks: { iso27001: ["A.5.31", "A.5.34"], nist: ["SA-9(5)", "CM-6"], senegal: ["Art. 49"] },
    },
    configSchema: {
        properties: {
            regions: {
                type: "array",
                items: { type: "string" },
                default: ["eu-central-1"],
                description: "Alibaba Cloud region ids the platform may run in.",
            },
        },
    },
    validate: (provider, { args, config, report }) => {
        const region = provider.region;
        const allowed = config.regions.join(", ");
        if (region === undefined || region === "") {
            report(
                text(
                    `Provider "${args.name}" sets no region, so it would fall back to ALICLOUD_REGION; set region to one of ${allowed}.`,
                    `Le fournisseur « ${args.name} » ne fixe aucune région et retomberait sur ALICLOUD_REGION ; fixer region à l'une de ` +
                        `${allowed}.`,
                ),
            );
            return;
        }
        if (config.regions.includes(region)) return;
        report(
            text(
                `Provider "${args.name}" targets region "${region}", which is not allowed; allowed: ${allowed}.`,
                `Le fournisseur « ${args.name} » vise la région « ${region} », qui n'est pas autorisée ; régions autorisées : ${allowed}.`,
            ),
        );
    },
});
