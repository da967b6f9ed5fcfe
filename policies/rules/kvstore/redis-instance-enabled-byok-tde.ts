import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet, shown } from "../../lib/util";

interface Config {
    requireCustomerKey: boolean;
}

/** Without `encryptionKey` the typings say KMS generates a service key; BYOK means naming our own kms.Key. */
export const redisInstanceEnabledByokTde = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "redis-instance-enabled-byok-tde",
        service: "kvstore",
        title: text("Redis / Tair data is encrypted with our key", "Les données Redis / Tair sont chiffrées avec notre clé"),
        description: text(
            "Every kvstore.Instance must have TDE on (tdeStatus \"Enabled\") and, unless configured otherwise, a customer key "
                + "(encryptionKey).",
            "Chaque kvstore.Instance doit avoir le TDE activé (tdeStatus \"Enabled\") et, sauf configuration contraire, une clé "
                + "client (encryptionKey).",
        ),
        remediation: text(
            "Set tdeStatus: \"Enabled\" and encryptionKey to a kms.Key id on the kvstore.Instance (TDE cannot be turned off afterwards).",
            "Fixer tdeStatus: \"Enabled\" et encryptionKey à l'id d'une kms.Key sur la kvstore.Instance (le TDE ne peut plus être "
                + "désactivé ensuite).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28", "SC-12"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            requireCustomerKey: { type: "boolean", default: true, description: "Also require encryptionKey (a customer-managed KMS key)." },
        },
    },
    validate: (cache, { args, config, report }) => {
        if (cache.tdeStatus !== "Enabled") {
            report(
                text(
                    `Redis / Tair instance "${args.name}" does not use TDE (tdeStatus is ${shown(cache.tdeStatus)}); set tdeStatus: `
                        + `"Enabled".`,
                    `L'instance Redis / Tair « ${args.name} » n'utilise pas le TDE (tdeStatus est ${shown(cache.tdeStatus, "fr")}) ; `
                        + "fixer tdeStatus: \"Enabled\".",
                ),
            );
        } else if (config.requireCustomerKey && !isSet(cache.encryptionKey)) {
            report(
                text(
                    `Redis / Tair instance "${args.name}" uses TDE without a customer key (encryptionKey is unset); set encryptionKey to a `
                        + `kms.Key id.`,
                    `L'instance Redis / Tair « ${args.name} » utilise le TDE sans clé client (encryptionKey non défini) ; fixer `
                        + "encryptionKey à l'id d'une kms.Key.",
                ),
            );
        }
    },
});
