import type { StoreArgs } from "@pulumi/alicloud/log";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slsLogstoreEnabledEncrypt = resourceRule<ResourceProps<StoreArgs>>({
    meta: {
        id: "sls-logstore-enabled-encrypt",
        service: "log",
        title: text("Log Service logstores are encrypted at rest", "Les logstores de Log Service sont chiffrés au repos"),
        description: text(
            "Logs hold personal data (IP addresses, user names, request contents); every logstore must encrypt its data at rest.",
            "Les journaux contiennent des données personnelles (adresses IP, noms d'utilisateur, contenu des requêtes) ; "
                + "chaque logstore doit chiffrer ses données au repos.",
        ),
        remediation: text(
            "Set encryptConf: { enable: true, encryptType: \"default\" } on the alicloud.log.Store (the provider default is false).",
            "Définir encryptConf: { enable: true, encryptType: \"default\" } sur la ressource alicloud.log.Store (la valeur par défaut du "
                + "fournisseur est false).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:log/store:Store"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-28"], senegal: ["Art. 71"] },
    },
    validate: (store, { args, report }) => {
        if (store.encryptConf?.enable === true) return;
        const name = store.logstoreName ?? store.name ?? args.name;
        report(
            text(
                `Logstore "${name}" is not encrypted at rest (encryptConf.enable is not true); set encryptConf: { enable: true }.`,
                `Le logstore « ${name} » n'est pas chiffré au repos (encryptConf.enable ne vaut pas true) ; définir encryptConf: { `
                    + `enable: true }.`,
            ),
        );
    },
});
