import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

interface Config {
    allowedSslValues: string[];
}

/** "Update" renews the certificate of an instance whose SSL is on, so it passes like "Enable"; unset means SSL off. */
export const redisInstanceEnabledSsl = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "redis-instance-enabled-ssl",
        service: "kvstore",
        title: text("Redis / Tair connections are encrypted", "Les connexions Redis / Tair sont chiffrées"),
        description: text(
            "Every kvstore.Instance must have SSL on (sslEnable \"Enable\", or \"Update\" to renew its certificate).",
            "Chaque kvstore.Instance doit avoir SSL activé (sslEnable \"Enable\", ou \"Update\" pour renouveler son certificat).",
        ),
        remediation: text("Set sslEnable: \"Enable\" on the kvstore.Instance.", "Fixer sslEnable: \"Enable\" sur la kvstore.Instance."),
        severity: "medium",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedSslValues: {
                type: "array",
                items: { type: "string" },
                default: ["Enable", "Update"],
                description: "sslEnable values that leave SSL on.",
            },
        },
    },
    validate: (cache, { args, config, report }) => {
        if (cache.sslEnable !== undefined && config.allowedSslValues.includes(cache.sslEnable)) return;
        report(
            text(
                `Redis / Tair instance "${args.name}" does not encrypt connections (sslEnable is ${shown(cache.sslEnable)}); set `
                    + `sslEnable: "Enable".`,
                `L'instance Redis / Tair « ${args.name} » ne chiffre pas les connexions (sslEnable est ${shown(cache.sslEnable, "fr")}) ; `
                    + "fixer sslEnable: \"Enable\".",
            ),
        );
    },
});
