import type { StoreArgs } from "@pulumi/alicloud/log";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * Web tracking lets anyone on the internet write to the logstore without credentials (browsers and apps post logs to it
 * directly). A logstore that holds the ALB's access logs or flow logs is evidence; anonymous writes could pollute or bury
 * it. No store of the platform collects browser logs.
 */
export const slsLogstoreWebTrackingDisabled = resourceRule<ResourceProps<StoreArgs>>({
    meta: {
        id: "sls-logstore-web-tracking-disabled",
        service: "log",
        title: text("Logstores accept no anonymous writes", "Les logstores n'acceptent aucune écriture anonyme"),
        description: text(
            "enableWebTracking must not be true on a Log Service logstore: web tracking accepts log writes from anyone on the "
                + "internet, without credentials, into a store that holds audit evidence.",
            "enableWebTracking ne doit pas valoir true sur un logstore Log Service : le web tracking accepte des écritures de "
                + "journaux de n'importe qui sur Internet, sans identifiants, dans un magasin qui contient des preuves d'audit.",
        ),
        remediation: text(
            "Remove enableWebTracking from alicloud.log.Store or set it to false; collect browser logs, if ever needed, in a "
                + "separate store.",
            "Supprimer enableWebTracking de alicloud.log.Store ou le fixer à false ; collecter les journaux des navigateurs, si "
                + "besoin, dans un magasin distinct.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:log/store:Store"],
        frameworks: { iso27001: ["A.8.15"], nist: ["AU-9", "AC-3"] },
    },
    validate: (store, { args, report }) => {
        if (store.enableWebTracking !== true) return;
        report(
            text(
                `Logstore "${args.name}" accepts anonymous writes from the internet (enableWebTracking is true); set enableWebTracking: false.`,
                `Le logstore « ${args.name} » accepte des écritures anonymes depuis Internet (enableWebTracking vaut true) ; fixer `
                    + "enableWebTracking à false.",
            ),
        );
    },
});
