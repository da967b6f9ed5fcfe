import type { AccountPasswordPolicyArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minimumLength: number;
}

/** The provider's default minimum length when `minimumPasswordLength` is left out. */
const PROVIDER_DEFAULT_LENGTH = 12;

export const ramPasswordPolicyCheck = resourceRule<ResourceProps<AccountPasswordPolicyArgs>, Config>({
    meta: {
        id: "ram-password-policy-check",
        service: "ram",
        title: text("RAM password policy requires long passwords", "La politique de mots de passe RAM impose des mots de passe longs"),
        description: text(
            "The account password policy must require a minimum password length of at least 14 characters (CIS 1.11).",
            "La politique de mots de passe du compte doit imposer une longueur minimale d'au moins 14 caractères (CIS 1.11).",
        ),
        remediation: text(
            "Set minimumPasswordLength: 14 (or more) on the alicloud.ram.AccountPasswordPolicy.",
            "Définir minimumPasswordLength: 14 (ou plus) sur la ressource alicloud.ram.AccountPasswordPolicy.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy"],
        frameworks: { cis: ["1.11"], iso27001: ["A.5.17", "A.8.5"], nist: ["IA-5"] },
    },
    configSchema: {
        properties: {
            minimumLength: { type: "integer", default: 14, description: "Smallest acceptable minimumPasswordLength." },
        },
    },
    validate: (policy, { config, report }) => {
        const length = policy.minimumPasswordLength ?? PROVIDER_DEFAULT_LENGTH;
        if (length >= config.minimumLength) return;
        report(
            text(
                `The RAM password policy allows passwords of ${length} characters; set minimumPasswordLength to at least `
                    + `${config.minimumLength}.`,
                `La politique de mots de passe RAM accepte des mots de passe de ${length} caractères ; `
                    + `définir minimumPasswordLength à au moins ${config.minimumLength}.`,
            ),
        );
    },
});
