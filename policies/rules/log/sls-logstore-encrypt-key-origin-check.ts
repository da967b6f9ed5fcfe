import type { StoreArgs } from "@pulumi/alicloud/log";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slsLogstoreEncryptKeyOriginCheck = resourceRule<ResourceProps<StoreArgs>>({
    meta: {
        id: "sls-logstore-encrypt-key-origin-check",
        service: "log",
        title: text("Logstores are encrypted with our own KMS key", "Les logstores sont chiffrés avec notre propre clé KMS"),
        description: text(
            "Logstore encryption must use a customer-managed KMS key (BYOK), so that Senum SA controls, rotates and can revoke the key.",
            "Le chiffrement des logstores doit utiliser une clé KMS gérée par le client (BYOK), afin que Senum SA contrôle, renouvelle "
                + "et puisse révoquer la clé.",
        ),
        remediation: text(
            "Set encryptConf.userCmkInfo: { cmkKeyId, arn, regionId } on the alicloud.log.Store, with cmkKeyId the id of an "
                + "alicloud.kms.Key.",
            "Définir encryptConf.userCmkInfo: { cmkKeyId, arn, regionId } sur la ressource alicloud.log.Store, cmkKeyId étant l'id "
                + "d'une alicloud.kms.Key.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:log/store:Store"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-12", "SC-28"], senegal: ["Art. 71"] },
    },
    validate: (store, { args, report }) => {
        if ((store.encryptConf?.userCmkInfo?.cmkKeyId ?? "") !== "") return;
        const name = store.logstoreName ?? store.name ?? args.name;
        report(
            text(
                `Logstore "${name}" is not encrypted with a customer-managed key (encryptConf.userCmkInfo.cmkKeyId is unset); `
                    + "set it to a KMS key id.",
                `Le logstore « ${name} » n'est pas chiffré avec une clé gérée par le client (encryptConf.userCmkInfo.cmkKeyId n'est pas `
                    + `défini) ; `
                    + "y indiquer l'id d'une clé KMS.",
            ),
        );
    },
});
