import type { KeyArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const kmsKeyEnabled = resourceRule<ResourceProps<KeyArgs>>({
    meta: {
        id: "kms-key-enabled",
        service: "kms",
        title: text("KMS keys are usable", "Les clés KMS sont utilisables"),
        description: text(
            "A KMS key declared by the stack must be enabled; a disabled or pending-deletion key makes the data it protects unreadable.",
            "Une clé KMS déclarée par la pile doit être activée ; une clé désactivée ou en attente de suppression rend illisibles les "
                + "données qu'elle protège.",
        ),
        remediation: text(
            "Set status: \"Enabled\" on the alicloud.kms.Key (the default), and drop the deprecated isEnabled and keyState inputs.",
            "Définir status: \"Enabled\" sur la ressource alicloud.kms.Key (valeur par défaut) et retirer les entrées obsolètes isEnabled "
                + "et keyState.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/key:Key"],
        frameworks: { iso27001: ["A.8.24", "A.8.14"], nist: ["SC-12", "CP-10"] },
    },
    validate: (key, { args, report }) => {
        const label = args.name;
        // `status` replaced `keyState` and `isEnabled` (both deprecated but still inputs); any of them can disable the key.
        const states: [string, unknown][] = [
            ["status", key.status],
            ["keyState", key.keyState],
            ["isEnabled", key.isEnabled],
        ];
        for (const [prop, value] of states) {
            if (value === undefined || value === "Enabled" || value === true) continue;
            report(
                text(
                    `KMS key "${label}" is not usable (${prop} is ${String(value)}); set status: "Enabled".`,
                    `La clé KMS « ${label} » n'est pas utilisable (${prop} vaut ${String(value)}) ; définir status: "Enabled".`,
                ),
            );
            return;
        }
    },
});
