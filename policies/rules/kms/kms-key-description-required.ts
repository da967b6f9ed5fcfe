import type { KeyArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const kmsKeyDescriptionRequired = resourceRule<ResourceProps<KeyArgs>>({
    meta: {
        id: "kms-key-description-required",
        service: "kms",
        title: text("KMS keys are described", "Les clés KMS sont décrites"),
        description: text(
            "Each KMS key must say what it protects, so that auditors can tell which data a key change or deletion affects.",
            "Chaque clé KMS doit indiquer ce qu'elle protège, afin que les auditeurs sachent quelles données une modification ou une "
                + "suppression de clé affecte.",
        ),
        remediation: text(
            "Set description on the alicloud.kms.Key, e.g. \"Encrypts the athletes' RDS database\".",
            "Renseigner description sur la ressource alicloud.kms.Key, par exemple « Chiffre la base RDS des athlètes ».",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/key:Key"],
        frameworks: { iso27001: ["A.5.9", "A.8.9"], nist: ["CM-8"] },
    },
    validate: (key, { args, report }) => {
        if ((key.description ?? "").trim() !== "") return;
        report(
            text(
                `KMS key "${args.name}" has no description; set description to what the key protects.`,
                `La clé KMS « ${args.name} » n'a pas de description ; renseigner description avec ce que la clé protège.`,
            ),
        );
    },
});
