import { ECS_INSTANCE, ESS_SCALING_CONFIGURATION, LAUNCH_TEMPLATES, launchSubject } from "../../lib/launch-paths";
import { resourceRule, text, Text } from "../../lib/rule";

/** User data inputs per class: `userData` everywhere, and the deprecated `userdata` of the launch templates. */
interface UserDataProps {
    readonly userData?: string;
    readonly userdata?: string;
}

/** What the offline plan writes in place of a Pulumi secret (tools/plan/types.ts REDACTED); a secret makes the whole value one. */
const REDACTED = "[secret]";

/** Credentials that must never travel in user data, which any process on the instance can read from the metadata service. */
const PATTERNS: readonly { readonly re: RegExp; readonly what: Text }[] = [
    { re: /\bLTAI[0-9A-Za-z]{12,}/, what: text("an AccessKey ID (LTAI…)", "un identifiant d'AccessKey (LTAI…)") },
    { re: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: text("a private key", "une clé privée") },
    {
        // A key that ends in password/secret/access key (DB_PASSWORD, API_SECRET), set to a literal. "$(...)", "${VAR}" and
        // quotes around them are lookups at boot; keys that name a secret (DB_SECRET_NAME, SECRET_ID) are not values.
        re: /\b[A-Za-z0-9_]*(?:password|passwd|secret|access_?key)\s*[=:]\s*["']?(?![$"'\s(])[^\s"']{4,}/i,
        what: text("a password or secret assigned a literal value", "un mot de passe ou un secret affecté d'une valeur littérale"),
    },
];

/** The text of user data as the instance sees it: the value itself, and its base64 decoding when it is base64 of UTF-8 text. */
function readable(value: string): string[] {
    const compact = value.replace(/\s+/g, "");
    if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return [value];
    const decoded = Buffer.from(compact, "base64").toString("utf8");
    return decoded.includes("\uFFFD") ? [value] : [value, decoded];
}

/**
 * Issue 9: the app servers read their credentials at boot from the KMS secrets, through their role; user data only says
 * where to look. User data is readable by every process on the instance (metadata service) and stored in the template, so
 * a credential in it leaks to whoever can read either. Every launch path is read. A Pulumi secret flowing into user data
 * is itself the finding: only the offline plan can see it (as the redaction marker); under `pulumi preview` secret values
 * reach policies unwrapped and the patterns below are what catches them.
 */
export const ecsUserDataNoSecrets = resourceRule<UserDataProps>({
    meta: {
        id: "ecs-user-data-no-secrets",
        service: "ecs",
        title: text("User data carries no credential", "Les données utilisateur ne portent aucun identifiant"),
        description: text(
            "The user data of an instance, launch template or scaling configuration must not contain a Pulumi secret, an AccessKey "
                + "ID, a private key or a password written as a literal: instances read their credentials at boot from KMS Secrets "
                + "Manager through their RAM role.",
            "Les données utilisateur d'une instance, d'un modèle de lancement ou d'une configuration de mise à l'échelle ne doivent "
                + "contenir ni secret Pulumi, ni identifiant d'AccessKey, ni clé privée, ni mot de passe écrit en clair : les instances "
                + "lisent leurs identifiants au démarrage dans KMS Secrets Manager grâce à leur rôle RAM.",
        ),
        remediation: text(
            "Remove the credential from userData and have the boot script fetch it from KMS Secrets Manager (GetSecretValue) with the "
                + "instance's RAM role.",
            "Retirer l'identifiant de userData et faire lire le secret par le script de démarrage dans KMS Secrets Manager "
                + "(GetSecretValue) avec le rôle RAM de l'instance.",
        ),
        severity: "high",
        resourceTypes: [ECS_INSTANCE, ...LAUNCH_TEMPLATES, ESS_SCALING_CONFIGURATION],
        frameworks: { iso27001: ["A.5.17", "A.8.24"], nist: ["IA-5", "SC-28"], senegal: ["Art. 71"] },
    },
    validate: (p, { args, report }) => {
        const who = launchSubject(args.type, args.name);
        for (const prop of ["userData", "userdata"] as const) {
            const value = p[prop];
            if (typeof value !== "string" || value.trim() === "") continue;
            if (value === REDACTED) {
                report(
                    text(
                        `${who.en} puts a Pulumi secret in ${prop}; have the boot script read it from KMS Secrets Manager instead.`,
                        `${who.fr} met un secret Pulumi dans ${prop} ; le faire lire par le script de démarrage dans KMS Secrets Manager.`,
                    ),
                );
                continue;
            }
            const texts = readable(value);
            const found = PATTERNS.filter((pattern) => texts.some((t) => pattern.re.test(t)));
            if (found.length === 0) continue;
            report(
                text(
                    `${who.en} has ${found.map((f) => f.what.en).join(", ")} in ${prop}; have the boot script read credentials from `
                        + "KMS Secrets Manager instead.",
                    `${who.fr} a ${found.map((f) => f.what.fr).join(", ")} dans ${prop} ; faire lire les identifiants par le script de `
                        + "démarrage dans KMS Secrets Manager.",
                ),
            );
        }
    },
});
