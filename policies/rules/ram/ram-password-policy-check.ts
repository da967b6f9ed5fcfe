import { PASSWORD_POLICY_TYPES, passwordView } from "../../lib/password";
import { resourceRule, text } from "../../lib/rule";

interface Config {
    minimumLength: number;
}

export const ramPasswordPolicyCheck = resourceRule<Readonly<Record<string, unknown>>, Config>({
    meta: {
        id: "ram-password-policy-check",
        service: "ram",
        title: text("RAM password policy requires long passwords", "La politique de mots de passe RAM impose des mots de passe longs"),
        description: text(
            "The account password policy must require a minimum password length of at least 14 characters (CIS 1.11).",
            "La politique de mots de passe du compte doit imposer une longueur minimale d'au moins 14 caractères (CIS 1.11).",
        ),
        remediation: text(
            "Set minimumPasswordLength: 14 (or more) on the alicloud.ram.PasswordPolicy (or AccountPasswordPolicy).",
            "Définir minimumPasswordLength: 14 (ou plus) sur la ressource alicloud.ram.PasswordPolicy (ou AccountPasswordPolicy).",
        ),
        severity: "medium",
        resourceTypes: [...PASSWORD_POLICY_TYPES],
        frameworks: { cis: ["1.11"], iso27001: ["A.5.17", "A.8.5"], nist: ["IA-5"] },
    },
    configSchema: {
        properties: {
            minimumLength: { type: "integer", default: 14, description: "Smallest acceptable minimumPasswordLength." },
        },
    },
    validate: (props, { args, config, report }) => {
        // Unset means the class's default: 12 characters (AccountPasswordPolicy) or 8 (PasswordPolicy).
        const length = passwordView(args.type, props).minimumPasswordLength;
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
