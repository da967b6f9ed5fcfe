import { PASSWORD_POLICY_TYPES, passwordView } from "../../lib/password";
import { resourceRule, text } from "../../lib/rule";

interface Config {
    minimumReusePrevention: number;
}

export const ramPasswordPolicyReusePrevention = resourceRule<Readonly<Record<string, unknown>>, Config>({
    meta: {
        id: "ram-password-policy-reuse-prevention",
        service: "ram",
        title: text(
            "RAM password policy prevents password reuse",
            "La politique de mots de passe RAM empêche la réutilisation des mots de passe",
        ),
        description: text(
            "The account password policy must remember previous passwords so that users cannot cycle back to them (CIS 1.12).",
            "La politique de mots de passe du compte doit mémoriser les mots de passe précédents afin que les utilisateurs ne puissent "
                + "pas les réutiliser (CIS 1.12).",
        ),
        remediation: text(
            "Set passwordReusePrevention: 24 (the provider maximum; 0, the default, disables the check) on the "
                + "alicloud.ram.AccountPasswordPolicy.",
            "Définir passwordReusePrevention: 24 (maximum du fournisseur ; 0, la valeur par défaut, désactive le contrôle) "
                + "sur la ressource alicloud.ram.AccountPasswordPolicy.",
        ),
        severity: "medium",
        resourceTypes: [...PASSWORD_POLICY_TYPES],
        frameworks: { cis: ["1.12"], iso27001: ["A.5.17"], nist: ["IA-5"] },
    },
    configSchema: {
        properties: {
            minimumReusePrevention: {
                type: "integer",
                default: 24,
                description: "Smallest acceptable passwordReusePrevention (number of remembered passwords, 0–24).",
            },
        },
    },
    validate: (props, { args, config, report }) => {
        const remembered = passwordView(args.type, props).passwordReusePrevention;
        if (remembered >= config.minimumReusePrevention) return;
        report(
            text(
                `The RAM password policy remembers ${remembered} previous password(s); `
                    + `set passwordReusePrevention to at least ${config.minimumReusePrevention}.`,
                `La politique de mots de passe RAM mémorise ${remembered} mot(s) de passe précédent(s) ; `
                    + `définir passwordReusePrevention à au moins ${config.minimumReusePrevention}.`,
            ),
        );
    },
});
