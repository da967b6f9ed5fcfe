import type { PolicyResource } from "@pulumi/policy";
import type { InstanceArgs as EcsInstanceArgs } from "@pulumi/alicloud/ecs";
import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import type { SecretArgs } from "@pulumi/alicloud/kms";
import type { AccountArgs as KvstoreAccountArgs, InstanceArgs as KvstoreInstanceArgs } from "@pulumi/alicloud/kvstore";
import type { AccountArgs as PolardbAccountArgs } from "@pulumi/alicloud/polardb";
import type { LoginProfileArgs } from "@pulumi/alicloud/ram";
import type { AccountArgs as RdsLegacyAccountArgs, InstanceArgs as RdsInstanceArgs, RdsAccountArgs } from "@pulumi/alicloud/rds";
import { stackRule, text } from "../../lib/rule";
import { shortType } from "./shared";

/** `keyof` makes the compiler check each input against the class's `...Args` interface. */
function secretInputs<A>(...props: (keyof A & string)[]): readonly string[] {
    return props;
}

/** Secret-bearing inputs per class (3.108.0). kmsEncryptedPassword is ciphertext and needs no check. */
const SECRET_INPUTS: Readonly<Record<string, readonly string[]>> = {
    "alicloud:rds/account:Account": secretInputs<RdsLegacyAccountArgs>("accountPassword", "password"),
    "alicloud:rds/rdsAccount:RdsAccount": secretInputs<RdsAccountArgs>("accountPassword", "password"),
    "alicloud:rds/instance:Instance": secretInputs<RdsInstanceArgs>("tdePassword", "sslPassword", "serverKey", "tdePrivateKey"),
    "alicloud:kvstore/instance:Instance": secretInputs<KvstoreInstanceArgs>("password"),
    "alicloud:kvstore/account:Account": secretInputs<KvstoreAccountArgs>("accountPassword"),
    "alicloud:polardb/account:Account": secretInputs<PolardbAccountArgs>("accountPassword"),
    "alicloud:ecs/instance:Instance": secretInputs<EcsInstanceArgs>("password"),
    "alicloud:ess/scalingConfiguration:ScalingConfiguration": secretInputs<ScalingConfigurationArgs>("password"),
    "alicloud:ram/loginProfile:LoginProfile": secretInputs<LoginProfileArgs>("password"),
    "alicloud:kms/secret:Secret": secretInputs<SecretArgs>("secretData"),
};

/**
 * Secrets inside a list of blocks: input → field of each element. The Babelfish block of a PostgreSQL instance carries the
 * password of its master user.
 */
const NESTED_SECRET_INPUTS: Readonly<Record<string, readonly { readonly prop: string; readonly field: string }[]>> = {
    "alicloud:rds/instance:Instance": [{ prop: "babelfishConfigs" satisfies keyof RdsInstanceArgs, field: "masterUserPassword" }],
};

/**
 * For KMS secrets of these types the typings of SecretArgs prescribe the literal marker "$Auto" as
 * secretData instead of a value; it carries no secret.
 */
const AUTO_SECRET_TYPES = ["Redis", "PolarDB"];

function isAutoSecretData(r: PolicyResource, prop: string, value: unknown): boolean {
    if (r.type !== "alicloud:kms/secret:Secret" || prop !== "secretData" || value !== "$Auto") return false;
    return AUTO_SECRET_TYPES.includes(String((r.props as Record<string, unknown>).secretType));
}

/** What the offline plan writes in place of every Pulumi secret (tools/plan/types.ts REDACTED). */
const REDACTED = "[secret]";
const GENERATORS = ["random:index/randomPassword:RandomPassword", "random:index/randomString:RandomString"];

function fromGenerator(r: PolicyResource, prop: string): boolean {
    return (r.propertyDependencies[prop] ?? []).some((d) => GENERATORS.includes(d.type));
}

/**
 * Under `pulumi preview` a stack policy sees secrets unwrapped: a value read from an encrypted
 * config secret and a literal typed into the code look the same. The rule the policy can enforce is
 * therefore "secrets come from @pulumi/random" (the engine records that dependency); a secret that
 * must come from stack config needs a reviewed waiver. Messages never include the value.
 */
export const secretsNotPlaintext = stackRule({
    meta: {
        id: "secrets-not-plaintext",
        service: "governance",
        title: text(
            "Passwords and secrets are generated, never written in the code",
            "Mots de passe et secrets générés, jamais écrits dans le code",
        ),
        description: text(
            "Database and cache account passwords, RDS certificate keys and passwords (SSL, TDE, Babelfish), ECS and " +
                "scaling-configuration passwords, RAM console passwords and KMS secret values come from a @pulumi/random " +
                "RandomPassword (or RandomString) resource, or are Pulumi secrets (shown as \"[secret]\" in the offline plan). " +
                "Any other value is a plaintext secret in the code or the state. Under pulumi preview the policy cannot tell a " +
                "config secret from a literal, so a password taken from stack config needs a waiver.",
            "Les mots de passe des comptes de bases de données et de caches, les clés et mots de passe des certificats RDS (SSL, " +
                "TDE, Babelfish), ceux des instances ECS et des configurations de mise à l'échelle, les mots de passe de console " +
                "RAM et les valeurs des secrets KMS proviennent d'une ressource @pulumi/random RandomPassword (ou RandomString), ou " +
                "sont des secrets Pulumi (affichés « [secret] » dans le plan hors ligne). Toute autre valeur est un secret en clair " +
                "dans le code ou l'état. Sous pulumi preview, la règle ne distingue pas un secret de configuration d'un littéral : " +
                "un mot de passe lu dans la configuration de la pile nécessite une dérogation.",
        ),
        remediation: text(
            "Create a random.RandomPassword (length ≥ 16, special characters) and pass its `result` to the input (accountPassword, " +
                "password, secretData...); for a value that must come from stack config, use config.requireSecret and file a waiver.",
            "Créer un random.RandomPassword (longueur ≥ 16, caractères spéciaux) et passer son `result` à l'entrée (accountPassword, " +
                "password, secretData...) ; pour une valeur qui doit venir de la configuration de la pile, utiliser " +
                "config.requireSecret et déposer une dérogation.",
        ),
        severity: "critical",
        resourceTypes: [...Object.keys(SECRET_INPUTS), ...GENERATORS],
        frameworks: { iso27001: ["A.5.17", "A.8.24"], nist: ["IA-5", "SC-28"] },
    },
    validate: (resources, { report }) => {
        const plaintext = (r: PolicyResource, input: string): void =>
            report(
                text(
                    `${shortType(r.type)} "${r.name}" sets ${input} to a plaintext value; pass the result of a random.RandomPassword ` +
                        `instead (a config secret needs a waiver).`,
                    `${shortType(r.type)} « ${r.name} » fixe ${input} à une valeur en clair ; lui passer plutôt le résultat d'un ` +
                        `random.RandomPassword (un secret de configuration nécessite une dérogation).`,
                ),
                r.urn,
            );
        const isClear = (value: unknown): boolean => !(value === undefined || value === null || value === "" || value === REDACTED);
        for (const r of resources) {
            for (const prop of SECRET_INPUTS[r.type] ?? []) {
                // The dependency is checked first: a generated password is unknown during preview, and reading it would abort.
                if (fromGenerator(r, prop)) continue;
                const value = (r.props as Record<string, unknown>)[prop];
                if (!isClear(value)) continue;
                if (isAutoSecretData(r, prop, value)) continue;
                plaintext(r, prop);
            }
            for (const { prop, field } of NESTED_SECRET_INPUTS[r.type] ?? []) {
                if (fromGenerator(r, prop)) continue;
                // A block holding a Pulumi secret is a secret as a whole: the plan shows "[secret]" instead of the list.
                const blocks = (r.props as Record<string, unknown>)[prop];
                if (!Array.isArray(blocks)) continue;
                blocks.forEach((block: unknown, i) => {
                    const value = (block as Record<string, unknown> | null)?.[field];
                    if (isClear(value)) plaintext(r, `${prop}[${i}].${field}`);
                });
            }
        }
    },
});
