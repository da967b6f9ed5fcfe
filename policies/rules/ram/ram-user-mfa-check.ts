import type { LoginProfileArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ramUserMfaCheck = resourceRule<ResourceProps<LoginProfileArgs>>({
    meta: {
        id: "ram-user-mfa-check",
        service: "ram",
        title: text(
            "RAM users with console access must bind MFA",
            "Les utilisateurs RAM ayant accès à la console doivent lier un dispositif MFA",
        ),
        description: text(
            "A RAM login profile (console password) must force the user to bind an MFA device.",
            "Un profil de connexion RAM (mot de passe console) doit obliger l'utilisateur à lier un dispositif MFA.",
        ),
        remediation: text(
            "Set mfaBindRequired: true on the alicloud.ram.LoginProfile (the provider default is false).",
            "Définir mfaBindRequired: true sur la ressource alicloud.ram.LoginProfile (la valeur par défaut du fournisseur est false).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ram/loginProfile:LoginProfile"],
        frameworks: { cis: ["1.4"], iso27001: ["A.8.5"], nist: ["IA-2"] },
    },
    validate: (profile, { report }) => {
        if (profile.mfaBindRequired === true) return;
        report(
            text(
                `The console login of RAM user "${profile.userName}" does not require MFA (mfaBindRequired is not true); set `
                    + `mfaBindRequired: true.`,
                `La connexion console de l'utilisateur RAM « ${profile.userName} » n'exige pas de MFA (mfaBindRequired ne vaut pas true) ; `
                    + "définir mfaBindRequired: true.",
            ),
        );
    },
});
