import type { KeyArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minDays: number;
}

/**
 * Deleting a key makes everything it encrypted unreadable for good; the pending-deletion window is the
 * only time in which the deletion can still be cancelled. The provider's delete schedules the deletion
 * with this window and refuses to run when neither input is set, so an unset window is reported too.
 * Deletion protection itself (deletionProtection) is checked by stateful-resources-protected.
 */
export const kmsKeyPendingWindowMinDays = resourceRule<ResourceProps<KeyArgs>, Config>({
    meta: {
        id: "kms-key-pending-window-min-days",
        service: "kms",
        title: text(
            "KMS keys keep a long pending-deletion window",
            "Les clés KMS gardent un long délai avant suppression",
        ),
        description: text(
            "A KMS key scheduled for deletion stays recoverable only during its pending-deletion window; after it, every piece of "
                + "data the key encrypted is lost. Each key sets pendingWindowInDays explicitly, at least the configured minimum.",
            "Une clé KMS dont la suppression est programmée ne reste récupérable que pendant son délai d'attente ; ensuite, toutes "
                + "les données qu'elle chiffrait sont perdues. Chaque clé fixe pendingWindowInDays explicitement, au moins au minimum "
                + "configuré.",
        ),
        remediation: text(
            "Set pendingWindowInDays on the alicloud.kms.Key to at least the configured minimum (30 days by default; the provider "
                + "accepts 7 to 366), instead of the deprecated deletionWindowInDays.",
            "Définir pendingWindowInDays sur la ressource alicloud.kms.Key à au moins le minimum configuré (30 jours par défaut ; "
                + "le fournisseur accepte de 7 à 366), à la place de l'entrée obsolète deletionWindowInDays.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/key:Key"],
        frameworks: { iso27001: ["A.8.24", "A.8.13"], nist: ["SC-12", "CP-10"] },
    },
    configSchema: {
        properties: {
            minDays: {
                type: "integer",
                default: 30,
                description: "Shortest acceptable pending-deletion window of a KMS key, in days (the provider accepts 7 to 366).",
            },
        },
    },
    validate: (key, { args, config, report }) => {
        // deletionWindowInDays is the deprecated name of the same setting; the provider uses it when the new one is unset.
        const [prop, days] =
            key.pendingWindowInDays !== undefined
                ? ["pendingWindowInDays", key.pendingWindowInDays]
                : ["deletionWindowInDays", key.deletionWindowInDays];
        if (days === undefined) {
            report(
                text(
                    `KMS key "${args.name}" sets no pending-deletion window; set pendingWindowInDays to at least ${config.minDays}.`,
                    `La clé KMS « ${args.name} » ne fixe aucun délai avant suppression ; définir pendingWindowInDays à au moins `
                        + `${config.minDays}.`,
                ),
            );
            return;
        }
        if (days >= config.minDays) return;
        report(
            text(
                `KMS key "${args.name}" can be deleted for good ${days} days after its deletion is scheduled (${prop} is ${days}); `
                    + `set pendingWindowInDays to at least ${config.minDays}.`,
                `La clé KMS « ${args.name} » peut être supprimée définitivement ${days} jours après la programmation de sa suppression `
                    + `(${prop} vaut ${days}) ; définir pendingWindowInDays à au moins ${config.minDays}.`,
            ),
        );
    },
});
