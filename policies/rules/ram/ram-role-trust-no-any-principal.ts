import type { RoleArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { PolicyStatement, policyStatements } from "../../lib/util";

/**
 * "*" on its own, or a RAM principal whose account is "*", is every Alibaba Cloud identity (as in kms-policy-no-any-principal).
 * A service principal ("cdn.aliyuncs.com") or a principal naming one account stays allowed.
 */
const anyone = (principal: string): boolean => principal.trim() === "*" || /^acs:ram::\*:/.test(principal.trim());

/** An OIDC identity provider as a trust principal (`acs:ram::<account>:oidc-provider/<name>`). */
const OIDC_PROVIDER = /^acs:ram::\d+:oidc-provider\//;

/**
 * The token claims an OIDC trust must pin: the subject says which workflow (without it any job the
 * issuer serves, in any repository, could assume the role), the audience which client it was issued for.
 */
const OIDC_CLAIMS = ["oidc:sub", "oidc:aud"] as const;

/** Operators that pin a claim to the values they list (StringLike only when no value holds a wildcard). */
const PINNING = ["StringEquals", "StringLike"];

/** Claims of `OIDC_CLAIMS` the statement leaves open: not conditioned, or conditioned on a wildcard. */
function openClaims(s: PolicyStatement): string[] {
    return OIDC_CLAIMS.filter((claim) => {
        const values = PINNING.flatMap((op) => s.condition[op]?.[claim] ?? []);
        return values.length === 0 || values.some((v) => v.trim() === "" || v.includes("*") || v.includes("?"));
    });
}

/**
 * The trust policy decides who may assume a role and act with its permissions: the CDN origin role reads the media and
 * static buckets, the key roles use the data keys. A trust to every principal hands those rights to any account. The
 * document is `assumeRolePolicyDocument`, or the deprecated `document` when only that is set; without either, the trusted
 * principals are the deprecated `ramUsers` and `services` lists (provider 1.48 and before).
 */
export const ramRoleTrustNoAnyPrincipal = resourceRule<ResourceProps<RoleArgs>>({
    meta: {
        id: "ram-role-trust-no-any-principal",
        service: "ram",
        title: text("RAM roles are not assumable by everyone", "Les rôles RAM ne peuvent pas être endossés par tout le monde"),
        description: text(
            "The trust policy of a RAM role (assumeRolePolicyDocument, or the deprecated document, ramUsers and services) must be "
                + "valid JSON and must not allow sts:AssumeRole to \"*\" or to a RAM principal of any account (\"acs:ram::*:...\"). A "
                + "trust of an OIDC provider must pin the token's subject (oidc:sub) and audience (oidc:aud), without wildcards.",
            "La politique d'approbation d'un rôle RAM (assumeRolePolicyDocument, ou les entrées dépréciées document, ramUsers et "
                + "services) doit être du JSON valide et ne doit pas autoriser sts:AssumeRole pour \"*\" ni pour un principal RAM de "
                + "n'importe quel compte (\"acs:ram::*:...\"). Une approbation d'un fournisseur OIDC doit fixer le sujet (oidc:sub) et "
                + "l'audience (oidc:aud) du jeton, sans caractère générique.",
        ),
        remediation: text(
            "In the role's assumeRolePolicyDocument, name the service (Principal: { Service: [\"cdn.aliyuncs.com\"] }) or the "
                + "account (\"acs:ram::<account id>:root\") that needs the role.",
            "Dans l'assumeRolePolicyDocument du rôle, nommer le service (Principal: { Service: [\"cdn.aliyuncs.com\"] }) ou le "
                + "compte (\"acs:ram::<identifiant du compte>:root\") qui a besoin du rôle.",
        ),
        severity: "critical",
        resourceTypes: ["alicloud:ram/role:Role"],
        frameworks: { iso27001: ["A.5.15", "A.8.2"], nist: ["AC-3", "AC-6"] },
    },
    validate: (role, { args, report }) => {
        const doc = role.assumeRolePolicyDocument ?? role.document;
        const legacy = doc === undefined ? [...(role.ramUsers ?? []), ...(role.services ?? [])] : [];
        const statements: PolicyStatement[] | undefined =
            doc === undefined ? [{ effect: "Allow", principals: legacy, actions: ["sts:AssumeRole"], resources: [], condition: {} }] : policyStatements(doc);
        if (statements === undefined) {
            report(
                text(
                    `RAM role "${args.name}" has a trust policy that is not valid JSON; it cannot be checked.`,
                    `Le rôle RAM « ${args.name} » a une politique d'approbation qui n'est pas du JSON valide ; elle ne peut pas être vérifiée.`,
                ),
            );
            return;
        }
        for (const s of statements) {
            const providers = s.effect === "Allow" ? s.principals.filter((p) => OIDC_PROVIDER.test(p.trim())) : [];
            const open = providers.length > 0 ? openClaims(s) : [];
            if (open.length > 0) {
                report(
                    text(
                        `RAM role "${args.name}" trusts OIDC provider ${providers.join(", ")} without pinning ${open.join(" and ")}; add a `
                            + `StringEquals condition on ${open.join(" and ")} with the exact value(s) of the CI's token.`,
                        `Le rôle RAM « ${args.name} » approuve le fournisseur OIDC ${providers.join(", ")} sans fixer ${open.join(" et ")} ; `
                            + `ajouter une condition StringEquals sur ${open.join(" et ")} avec la ou les valeurs exactes du jeton de la CI.`,
                    ),
                );
            }
            if (s.effect !== "Allow" || !s.principals.some(anyone)) continue;
            const principals = s.principals.filter(anyone).join(", ");
            report(
                text(
                    `RAM role "${args.name}" can be assumed by any principal (${principals}); name the service or account that needs it.`,
                    `Le rôle RAM « ${args.name} » peut être endossé par tout principal (${principals}) ; nommer le service ou le compte `
                        + "qui en a besoin.",
                ),
            );
        }
    },
});
