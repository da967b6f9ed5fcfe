import { ownsAccount } from "../../lib/account";
import { PASSWORD_POLICY_TYPES } from "../../lib/password";
import { stackRule, text } from "../../lib/rule";
import { ofType } from "../../lib/util";

const SECURITY_PREFERENCE = "alicloud:ram/securityPreference:SecurityPreference";
const OIDC_PROVIDER = "alicloud:ims/oidcProvider:OidcProvider";
const TRAIL = "alicloud:actiontrail/trail:Trail";

/** What exists once per account, and what the stack that owns the account must declare of it. */
const ACCOUNT_WIDE: readonly { types: readonly string[]; what: string; quoi: string; required: boolean }[] = [
    { types: PASSWORD_POLICY_TYPES, what: "the account password policy", quoi: "la politique de mots de passe du compte", required: true },
    { types: [SECURITY_PREFERENCE], what: "the account security preference (MFA at console login)", quoi: "la préférence de sécurité du compte (MFA à la connexion)", required: true },
    { types: [OIDC_PROVIDER], what: "the CI's OIDC provider", quoi: "le fournisseur OIDC de la CI", required: true },
    // Its presence in the owner stack is actiontrail-enabled's business.
    { types: [TRAIL], what: "an ActionTrail trail", quoi: "une piste ActionTrail", required: false },
];

/**
 * One stack per account owns the account-wide resources (its `accountOwner` output is true,
 * lib/account.ts). There the baseline must be complete; anywhere else none of it may be declared,
 * since two stacks would fight over it and destroying the other one would reset the account.
 */
export const ramAccountBaselineOwned = stackRule({
    meta: {
        id: "ram-account-baseline-owned",
        service: "ram",
        title: text("One stack owns the account's baseline", "Une seule pile détient le socle du compte"),
        description: text(
            "The stack that owns the account (accountOwner output true) declares the password policy, the console MFA preference and "
                + "the CI's OIDC provider; a stack that does not own it declares none of them nor a trail, so that destroying it never "
                + "resets the account's rules.",
            "La pile qui détient le compte (sortie accountOwner à true) déclare la politique de mots de passe, la préférence MFA de "
                + "la console et le fournisseur OIDC de la CI ; une pile qui ne le détient pas n'en déclare aucun, ni de piste, afin "
                + "que sa destruction ne réinitialise jamais les règles du compte.",
        ),
        remediation: text(
            "Set dakar2026:accountOwner: true in exactly one stack per account (the identity layer then declares the baseline) and "
                + "remove account-wide resources from every other stack.",
            "Définir dakar2026:accountOwner: true dans une seule pile par compte (la couche identity déclare alors le socle) et "
                + "retirer les ressources du compte de toutes les autres piles.",
        ),
        severity: "high",
        resourceTypes: [...PASSWORD_POLICY_TYPES, SECURITY_PREFERENCE, OIDC_PROVIDER, TRAIL],
        frameworks: { cis: ["1.4", "1.7", "2.1"], iso27001: ["A.5.17", "A.8.5", "A.8.9"], nist: ["CM-2", "IA-5"] },
    },
    validate: (resources, { report }) => {
        const owner = ownsAccount(resources);
        for (const item of ACCOUNT_WIDE) {
            const found = item.types.flatMap((t) => ofType(resources, t));
            if (owner && item.required && found.length === 0) {
                report(
                    text(
                        `The stack owns the account (accountOwner is true) but does not declare ${item.what}; declare it here (${item.types.join(" or ")}).`,
                        `La pile détient le compte (accountOwner vaut true) mais ne déclare pas ${item.quoi} ; la déclarer ici (${item.types.join(" ou ")}).`,
                    ),
                );
            }
            if (!owner) {
                for (const r of found) {
                    report(
                        text(
                            `"${r.name}" is ${item.what}, which exists once per account, but this stack does not own the account (accountOwner is not true); `
                                + "declare it only in the stack that does.",
                            `« ${r.name} » est ${item.quoi}, qui n'existe qu'une fois par compte, mais cette pile ne détient pas le compte (accountOwner `
                                + "ne vaut pas true) ; ne la déclarer que dans la pile qui le détient.",
                        ),
                        r.urn,
                    );
                }
            }
        }
    },
});
