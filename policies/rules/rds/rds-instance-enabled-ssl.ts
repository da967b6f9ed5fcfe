import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

interface Config {
    allowedSslActions: string[];
}

/** `sslAction` "Update" renews the certificate of an instance whose SSL is on, so it passes like "Open" (as Checkov does). */
export const rdsInstanceEnabledSsl = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "rds-instance-enabled-ssl",
        service: "rds",
        title: text("RDS connections are encrypted with SSL", "Les connexions RDS sont chiffrées par SSL"),
        description: text(
            "Every RDS instance must have SSL turned on (sslAction \"Open\", or \"Update\" to renew its certificate); unset means off.",
            "Chaque instance RDS doit avoir SSL activé (sslAction \"Open\", ou \"Update\" pour renouveler son certificat) ; "
                + "non défini signifie désactivé.",
        ),
        remediation: text("Set sslAction: \"Open\" on the rds.Instance.", "Fixer sslAction: \"Open\" sur la rds.Instance."),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { cis: ["6.1"], iso27001: ["A.8.24"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedSslActions: {
                type: "array",
                items: { type: "string" },
                default: ["Open", "Update"],
                description: "sslAction values that leave SSL on.",
            },
        },
    },
    validate: (db, { args, config, report }) => {
        if (db.sslAction !== undefined && config.allowedSslActions.includes(db.sslAction)) return;
        report(
            text(
                `RDS instance "${args.name}" does not enforce SSL (sslAction is ${shown(db.sslAction)}); set sslAction: "Open".`,
                `L'instance RDS « ${args.name} » n'active pas SSL (sslAction est ${shown(db.sslAction, "fr")}) ; fixer sslAction: "Open".`,
            ),
        );
    },
});
