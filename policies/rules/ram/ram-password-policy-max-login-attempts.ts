import { PASSWORD_POLICY_TYPES, passwordView } from "../../lib/password";
import { resourceRule, text } from "../../lib/rule";

interface Config {
    maximumLoginAttempts: number;
}


export const ramPasswordPolicyMaxLoginAttempts = resourceRule<Readonly<Record<string, unknown>>, Config>({
    meta: {
        id: "ram-password-policy-max-login-attempts",
        service: "ram",
        title: text("RAM logins lock after a few failed attempts", "Les connexions RAM sont bloquées après quelques échecs"),
        description: text(
            "The account password policy must lock a RAM user after at most 5 wrong passwords within an hour (CIS 1.14); 0 disables the "
                + "lockout.",
            "La politique de mots de passe du compte doit bloquer un utilisateur RAM après au plus 5 mots de passe erronés "
                + "en une heure (CIS 1.14) ; 0 désactive le blocage.",
        ),
        remediation: text(
            "Set maxLoginAttempts between 1 and 5 (or leave it out: the provider default is 5) on the alicloud.ram.AccountPasswordPolicy.",
            "Définir maxLoginAttempts entre 1 et 5 (ou l'omettre : la valeur par défaut du fournisseur est 5) "
                + "sur la ressource alicloud.ram.AccountPasswordPolicy.",
        ),
        severity: "high",
        resourceTypes: [...PASSWORD_POLICY_TYPES],
        frameworks: { cis: ["1.14"], iso27001: ["A.8.5"], nist: ["AC-7", "IA-5"] },
    },
    configSchema: {
        properties: {
            maximumLoginAttempts: {
                type: "integer",
                default: 5,
                description: "Largest acceptable maxLoginAttempts (failed logins per hour).",
            },
        },
    },
    validate: (props, { args, config, report }) => {
        // Unset means the class's default: 5 (AccountPasswordPolicy) or 0, no lockout (PasswordPolicy's maxLoginAttemps).
        const view = passwordView(args.type, props);
        const attempts = view.maxLoginAttempts;
        const input = view.attemptsInput;
        if (attempts >= 1 && attempts <= config.maximumLoginAttempts) return;
        const actual = attempts === 0 ? `never locks a user (${input} is 0)` : `allows ${attempts} failed logins per hour`;
        const actualFr =
            attempts === 0
                ? `ne bloque jamais un utilisateur (${input} vaut 0)`
                : `autorise ${attempts} échecs de connexion par heure`;
        report(
            text(
                `The RAM password policy ${actual}; set ${input} between 1 and ${config.maximumLoginAttempts}.`,
                `La politique de mots de passe RAM ${actualFr} ; définir ${input} entre 1 et ${config.maximumLoginAttempts}.`,
            ),
        );
    },
});
