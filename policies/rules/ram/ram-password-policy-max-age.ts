import { PASSWORD_POLICY_TYPES, passwordView } from "../../lib/password";
import { resourceRule, text } from "../../lib/rule";

interface Config {
    maximumAgeDays: number;
}

export const ramPasswordPolicyMaxAge = resourceRule<Readonly<Record<string, unknown>>, Config>({
    meta: {
        id: "ram-password-policy-max-age",
        service: "ram",
        title: text("RAM passwords expire", "Les mots de passe RAM expirent"),
        description: text(
            "The account password policy must make passwords expire within 90 days (CIS 1.13); 0, the provider default, means never.",
            "La politique de mots de passe du compte doit faire expirer les mots de passe sous 90 jours (CIS 1.13) ; "
                + "0, la valeur par défaut du fournisseur, signifie « jamais ».",
        ),
        remediation: text(
            "Set maxPasswordAge to a value between 1 and 90 on the alicloud.ram.AccountPasswordPolicy.",
            "Définir maxPasswordAge à une valeur comprise entre 1 et 90 sur la ressource alicloud.ram.AccountPasswordPolicy.",
        ),
        severity: "medium",
        resourceTypes: [...PASSWORD_POLICY_TYPES],
        frameworks: { cis: ["1.13"], iso27001: ["A.5.17"], nist: ["IA-5"] },
    },
    configSchema: {
        properties: {
            maximumAgeDays: { type: "integer", default: 90, description: "Largest acceptable maxPasswordAge in days." },
        },
    },
    validate: (props, { args, config, report }) => {
        const age = passwordView(args.type, props).maxPasswordAge;
        if (age >= 1 && age <= config.maximumAgeDays) return;
        const actual = age === 0 ? "never expire (maxPasswordAge is 0)" : `expire after ${age} days`;
        const actualFr = age === 0 ? "n'expirent jamais (maxPasswordAge vaut 0)" : `expirent au bout de ${age} jours`;
        report(
            text(
                `RAM passwords ${actual}; set maxPasswordAge between 1 and ${config.maximumAgeDays}.`,
                `Les mots de passe RAM ${actualFr} ; définir maxPasswordAge entre 1 et ${config.maximumAgeDays}.`,
            ),
        );
    },
});
