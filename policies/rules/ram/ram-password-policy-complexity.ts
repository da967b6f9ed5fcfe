import { ComplexityInput, PASSWORD_POLICY_TYPES, passwordView } from "../../lib/password";
import { resourceRule, text } from "../../lib/rule";

/**
 * Character classes the policy must require. Unset is the class's default: true for
 * AccountPasswordPolicy (passes), false for PasswordPolicy (fails).
 */
const CLASSES: readonly { prop: ComplexityInput; en: string; fr: string }[] = [
    { prop: "requireUppercaseCharacters", en: "uppercase letters", fr: "des majuscules" },
    { prop: "requireLowercaseCharacters", en: "lowercase letters", fr: "des minuscules" },
    { prop: "requireNumbers", en: "numbers", fr: "des chiffres" },
    { prop: "requireSymbols", en: "symbols", fr: "des caractères spéciaux" },
];

export const ramPasswordPolicyComplexity = resourceRule<Readonly<Record<string, unknown>>>({
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
                + "on the alicloud.ram.PasswordPolicy (on the older AccountPasswordPolicy, leaving them out means true).",
            "Mettre requireUppercaseCharacters, requireLowercaseCharacters, requireNumbers et requireSymbols à true "
                + "sur la ressource alicloud.ram.PasswordPolicy (sur l'ancienne AccountPasswordPolicy, les omettre vaut true).",
        ),
        severity: "medium",
        resourceTypes: [...PASSWORD_POLICY_TYPES],
        frameworks: { cis: ["1.7", "1.8", "1.9", "1.10"], iso27001: ["A.5.17", "A.8.5"], nist: ["IA-5"] },
    },
    validate: (props, { args, report }) => {
        const view = passwordView(args.type, props);
        for (const c of CLASSES) {
            const { value, set } = view.complexity[c.prop];
            if (value) continue;
            if (!set) {
                report(
                    text(
                        `The RAM password policy does not require ${c.en} (${c.prop} is unset, false by default); set ${c.prop}: true.`,
                        `La politique de mots de passe RAM n'exige pas ${c.fr} (${c.prop} est absent, false par défaut) ; définir ${c.prop}: true.`,
                    ),
                );
                continue;
            }
            report(
                text(
                    `The RAM password policy does not require ${c.en} (${c.prop} is false); set ${c.prop}: true.`,
                    `La politique de mots de passe RAM n'exige pas ${c.fr} (${c.prop} vaut false) ; définir ${c.prop}: true.`,
                ),
            );
        }
    },
});
