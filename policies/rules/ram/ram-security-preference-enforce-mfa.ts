import type { SecurityPreferenceArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ramSecurityPreferenceEnforceMfa = resourceRule<ResourceProps<SecurityPreferenceArgs>>({
    meta: {
        id: "ram-security-preference-enforce-mfa",
        service: "ram",
        title: text(
            "MFA is mandatory for every RAM console login",
            "L'authentification multifacteur est obligatoire pour toute connexion RAM à la console",
        ),
        description: text(
            "The account security preference must require MFA for all RAM users logging on to the console (CIS 1.4).",
            "La préférence de sécurité du compte doit exiger l'authentification multifacteur (MFA) pour tous les utilisateurs RAM "
                + "qui se connectent à la console (CIS 1.4).",
        ),
        remediation: text(
            "Set mfaOperationForLogin: \"mandatory\" on the alicloud.ram.SecurityPreference (enforceMfaForLogin: true is the deprecated "
                + "equivalent).",
            "Définir mfaOperationForLogin: \"mandatory\" sur la ressource alicloud.ram.SecurityPreference "
                + "(enforceMfaForLogin: true en est l'équivalent obsolète).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ram/securityPreference:SecurityPreference"],
        frameworks: { cis: ["1.4"], iso27001: ["A.8.5"], nist: ["IA-2"] },
    },
    validate: (pref, { report }) => {
        // The Terraform anchors read `enforce_mfa_for_login`, deprecated since provider 1.248.0 in favour of
        // `mfaOperationForLogin`; either one set to its "mandatory" value passes. Unset means "independent": fail.
        if (pref.mfaOperationForLogin === "mandatory" || pref.enforceMfaForLogin === true) return;
        const actual = pref.mfaOperationForLogin ?? "independent (default)";
        report(
            text(
                `The RAM security preference does not enforce MFA at login (mfaOperationForLogin is ${actual}); set mfaOperationForLogin: `
                    + `"mandatory".`,
                `La préférence de sécurité RAM n'impose pas la MFA à la connexion (mfaOperationForLogin vaut ${actual}) ; `
                    + `définir mfaOperationForLogin: "mandatory".`,
            ),
        );
    },
});
