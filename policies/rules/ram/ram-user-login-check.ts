import type { LoginProfileArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedUsers: string[];
}

export const ramUserLoginCheck = resourceRule<ResourceProps<LoginProfileArgs>, Config>({
    meta: {
        id: "ram-user-login-check",
        service: "ram",
        title: text("No RAM user has a console password", "Aucun utilisateur RAM n'a de mot de passe console"),
        description: text(
            "People should reach the console through SSO; a RAM login profile creates a long-lived console password for a RAM user.",
            "Les personnes doivent accéder à la console par SSO ; un profil de connexion RAM crée un mot de passe console durable pour un "
                + "utilisateur RAM.",
        ),
        remediation: text(
            "Remove the alicloud.ram.LoginProfile and grant console access through SSO "
                + "(alicloud.cloudsso or an alicloud.ram.SamlProvider), or list the user in this policy's allowedUsers with a "
                + "justification.",
            "Supprimer la ressource alicloud.ram.LoginProfile et donner l'accès console par SSO "
                + "(alicloud.cloudsso ou un alicloud.ram.SamlProvider), ou inscrire l'utilisateur dans allowedUsers de cette règle "
                + "avec une justification.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ram/loginProfile:LoginProfile"],
        frameworks: { iso27001: ["A.5.15", "A.8.5"], nist: ["AC-2", "IA-2"] },
    },
    configSchema: {
        properties: {
            allowedUsers: {
                type: "array",
                items: { type: "string" },
                default: [],
                description: "RAM user names allowed to keep a console password (break-glass accounts).",
            },
        },
    },
    validate: (profile, { config, report }) => {
        if (config.allowedUsers.includes(profile.userName)) return;
        report(
            text(
                `RAM user "${profile.userName}" has a console password (alicloud.ram.LoginProfile); use SSO or add the user to `
                    + `allowedUsers.`,
                `L'utilisateur RAM « ${profile.userName} » a un mot de passe console (alicloud.ram.LoginProfile) ; `
                    + "passer par le SSO ou inscrire l'utilisateur dans allowedUsers.",
            ),
        );
    },
});
