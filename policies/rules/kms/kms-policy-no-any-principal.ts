import type { KeyArgs, SecretArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { policyStatements } from "../../lib/util";

const KEY = "alicloud:kms/key:Key";

/**
 * "*" on its own, or a RAM principal whose account is "*", is every Alibaba Cloud identity. A
 * principal naming one account ("acs:ram::<uid>:*") is that account's identities and stays allowed.
 */
function anyone(principal: string): boolean {
    return principal.trim() === "*" || /^acs:ram::\*:/.test(principal.trim());
}

/**
 * KMS key and secret policies (keys and secrets of a KMS instance) decide who may use a key or read a
 * secret, next to RAM. An Allow to every principal would hand the key or the credentials to any
 * account. A document that is not valid JSON cannot be checked and is reported as well.
 */
export const kmsPolicyNoAnyPrincipal = resourceRule<ResourceProps<KeyArgs> | ResourceProps<SecretArgs>>({
    meta: {
        id: "kms-policy-no-any-principal",
        service: "kms",
        title: text(
            "KMS key and secret policies grant nothing to everyone",
            "Les politiques des clés et secrets KMS n'accordent rien à tout le monde",
        ),
        description: text(
            "The policy document of a KMS key or secret must not contain an Allow statement whose principal is \"*\" or a RAM "
                + "principal of any account (\"acs:ram::*:...\").",
            "La politique d'une clé ou d'un secret KMS ne doit contenir aucune instruction Allow dont le principal est \"*\" ou un "
                + "principal RAM de n'importe quel compte (\"acs:ram::*:...\").",
        ),
        remediation: text(
            "In the policy JSON of the alicloud.kms.Key or alicloud.kms.Secret, name the accounts (\"acs:ram::<account id>:*\"), "
                + "users or roles that need access instead of \"*\".",
            "Dans le JSON de la politique de la ressource alicloud.kms.Key ou alicloud.kms.Secret, nommer les comptes "
                + "(\"acs:ram::<identifiant du compte>:*\"), utilisateurs ou rôles qui ont besoin de l'accès au lieu de \"*\".",
        ),
        severity: "high",
        resourceTypes: [KEY, "alicloud:kms/secret:Secret"],
        frameworks: { iso27001: ["A.5.15", "A.8.3"], nist: ["AC-3", "AC-6"] },
    },
    validate: (props, { args, report }) => {
        if (props.policy === undefined) return;
        const [what, quoi] = args.type === KEY ? ["KMS key", "La clé KMS"] : ["KMS secret", "Le secret KMS"];
        const statements = policyStatements(props.policy);
        if (statements === undefined) {
            report(
                text(
                    `${what} "${args.name}" has a policy that is not valid JSON; it cannot be checked.`,
                    `${quoi} « ${args.name} » a une politique qui n'est pas du JSON valide ; elle ne peut pas être vérifiée.`,
                ),
            );
            return;
        }
        for (const s of statements) {
            if (s.effect !== "Allow" || !s.principals.some(anyone)) continue;
            const actions = s.actions.join(", ") || "(none)";
            const principals = s.principals.filter(anyone).join(", ");
            report(
                text(
                    `${what} "${args.name}" allows ${actions} to any principal (${principals}); name the accounts, users or roles `
                        + "that need access.",
                    `${quoi} « ${args.name} » autorise ${actions} à tout principal (${principals}) ; nommer les comptes, `
                        + "utilisateurs ou rôles qui ont besoin de l'accès.",
                ),
            );
        }
    },
});
