import type { AccountPasswordPolicyArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

type Policy = ResourceProps<AccountPasswordPolicyArgs>;

/** Character classes the policy must require; the provider defaults each of them to true, so unset passes. */
const CLASSES: readonly { prop: keyof Policy; en: string; fr: string }[] = [
    { prop: "requireUppercaseCharacters", en: "uppercase letters", fr: "des majuscules" },
    { prop: "requireLowercaseCharacters", en: "lowercase letters", fr: "des minuscules" },
    { prop: "requireNumbers", en: "numbers", fr: "des chiffres" },
    { prop: "requireSymbols", en: "symbols", fr: "des caractères spéciaux" },
];

export const ramPasswordPolicyComplexity = resourceRule<Policy>({
    meta: {
        id: "ram-password-policy-complexity",
        service: "ram",
        title: text(
            "RAM password policy requires every character class",
            "La politique de mots de passe RAM exige toutes les classes de caractères",
        ),
        description: text(
            "RAM passwords must contain uppercase and lowercase letters, numbers and symbols (CIS 1.7–1.10).",
            "Les mots de passe RAM doivent contenir des majuscules, des minuscules, des chiffres et des caractères spéciaux (CIS 1.7 à "
                + "1.10).",
        ),
        remediation: text(
            "Set requireUppercaseCharacters, requireLowercaseCharacters, requireNumbers and requireSymbols to true "
                + "(or leave them out: the provider default is true) on the alicloud.ram.AccountPasswordPolicy.",
            "Mettre requireUppercaseCharacters, requireLowercaseCharacters, requireNumbers et requireSymbols à true "
                + "(ou les omettre : la valeur par défaut du fournisseur est true) sur la ressource alicloud.ram.AccountPasswordPolicy.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy"],
        frameworks: { cis: ["1.7", "1.8", "1.9", "1.10"], iso27001: ["A.5.17", "A.8.5"], nist: ["IA-5"] },
    },
    validate: (policy, { report }) => {
        for (const c of CLASSES) {
            if (policy[c.prop] !== false) continue;
            report(
                text(
                    `The RAM password policy does not require ${c.en} (${c.prop} is false); set ${c.prop}: true.`,
                    `La politique de mots de passe RAM n'exige pas ${c.fr} (${c.prop} vaut false) ; définir ${c.prop}: true.`,
                ),
            );
        }
    },
});
