import type { SecretArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

/**
 * True when the input holds a value, including one that is unknown during `pulumi preview`: a key
 * created in the same deployment has no id yet, and an unknown id is still a key id. (The engine's
 * proxy throws an UnknownValueError, recognisable by its `unknownTypeSentinel`, on such a read.)
 */
function hasValue(read: () => unknown): boolean {
    try {
        return isSet(read());
    } catch (e) {
        if (e instanceof Error && "unknownTypeSentinel" in e) return true;
        throw e;
    }
}

/**
 * Without encryptionKeyId, KMS encrypts the secret with a key it creates and manages itself: the
 * project then controls neither its rotation, nor its policy, nor its deletion. KMS 3.0 instances
 * require the input anyway.
 */
export const kmsSecretEncryptedWithCmk = resourceRule<ResourceProps<SecretArgs>>({
    meta: {
        id: "kms-secret-encrypted-with-cmk",
        service: "kms",
        title: text(
            "KMS secrets are encrypted with a customer-managed key",
            "Les secrets KMS sont chiffrés avec une clé gérée par le client",
        ),
        description: text(
            "Each KMS secret names the customer-managed key that encrypts its value (encryptionKeyId), so that the key's rotation, "
                + "policy, deletion protection and audit trail are ours; without it KMS uses a key of its own.",
            "Chaque secret KMS désigne la clé gérée par le client qui chiffre sa valeur (encryptionKeyId), afin que la rotation, la "
                + "politique, la protection contre la suppression et la traçabilité de la clé soient les nôtres ; sans elle, KMS "
                + "utilise une clé qui lui est propre.",
        ),
        remediation: text(
            "Set encryptionKeyId on the alicloud.kms.Secret to the id of a symmetric customer-managed key of the keys layer (in the "
                + "same KMS instance as the secret).",
            "Définir encryptionKeyId sur la ressource alicloud.kms.Secret avec l'identifiant d'une clé symétrique gérée par le client "
                + "de la couche des clés (dans la même instance KMS que le secret).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/secret:Secret"],
        frameworks: { iso27001: ["A.8.24", "A.5.17"], nist: ["SC-12", "SC-28"] },
    },
    validate: (secret, { args, report }) => {
        if (hasValue(() => secret.encryptionKeyId)) return;
        report(
            text(
                `KMS secret "${args.name}" is encrypted with a key KMS manages (encryptionKeyId is unset); set encryptionKeyId to a `
                    + "customer-managed key.",
                `Le secret KMS « ${args.name} » est chiffré avec une clé gérée par KMS (encryptionKeyId n'est pas défini) ; définir `
                    + "encryptionKeyId avec une clé gérée par le client.",
            ),
        );
    },
});
