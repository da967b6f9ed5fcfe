import type { StoreArgs } from "@pulumi/alicloud/log";
import { retiredLogStores, writersOf } from "../../lib/retired";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { checkEach } from "../../lib/stack";
import { ofType } from "../../lib/util";

const STORE = "alicloud:log/store:Store";

/**
 * A stack rule so that it can tell a store that receives logs from a retired one: Log Service
 * cannot re-key a store, so the logs written before the customer key existed stay under the
 * service key until they expire. What the control asks (Senum holds the key of every log the
 * platform writes) then holds as long as nothing writes to that store and it is gone by its
 * declared day; the rule checks both and fails the day after.
 */
export const slsLogstoreEncryptKeyOriginCheck = stackRule({
    meta: {
        id: "sls-logstore-encrypt-key-origin-check",
        service: "log",
        title: text("Logstores are encrypted with our own KMS key", "Les logstores sont chiffrés avec notre propre clé KMS"),
        description: text(
            "Logstore encryption must use a customer-managed KMS key (BYOK), so that Senum SA controls, rotates and can revoke the key. "
                + "A store the stack declares retired (retiredLogStores output) may keep the service key for the logs it already holds, "
                + "since Log Service cannot re-key a store, only while nothing writes to it and until its declared last day.",
            "Le chiffrement des logstores doit utiliser une clé KMS gérée par le client (BYOK), afin que Senum SA contrôle, renouvelle "
                + "et puisse révoquer la clé. Un logstore que la pile déclare retiré (sortie retiredLogStores) peut garder la clé du "
                + "service pour les journaux qu'il contient déjà, Log Service ne sachant pas changer la clé d'un logstore, tant que rien "
                + "n'y écrit et jusqu'à son dernier jour déclaré.",
        ),
        remediation: text(
            "Set encryptConf.userCmkInfo: { cmkKeyId, arn, regionId } on the alicloud.log.Store, with cmkKeyId the id of an "
                + "alicloud.kms.Key; for a store made before the key, write to a new store on the key and declare the old one retired "
                + "(docs/decisions/0004-flow-logs-move-to-the-logs-key.md).",
            "Définir encryptConf.userCmkInfo: { cmkKeyId, arn, regionId } sur la ressource alicloud.log.Store, cmkKeyId étant l'id "
                + "d'une alicloud.kms.Key ; pour un logstore antérieur à la clé, écrire dans un nouveau logstore sur la clé et déclarer "
                + "l'ancien retiré (docs/decisions/0004-flow-logs-move-to-the-logs-key.md).",
        ),
        severity: "medium",
        resourceTypes: [STORE],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-12", "SC-28"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report, today }) => {
        const retired = retiredLogStores(resources);
        checkEach(ofType(resources, STORE), (r) => {
            const store = r.props as ResourceProps<StoreArgs>;
            if ((store.encryptConf?.userCmkInfo?.cmkKeyId ?? "") !== "") return;
            const name = store.logstoreName ?? store.name ?? r.name;
            const until = retired.get(name);
            if (until === undefined) {
                report(
                    text(
                        `Logstore "${name}" is not encrypted with a customer-managed key (encryptConf.userCmkInfo.cmkKeyId is unset); `
                            + "set it to a KMS key id.",
                        `Le logstore « ${name} » n'est pas chiffré avec une clé gérée par le client (encryptConf.userCmkInfo.cmkKeyId n'est pas `
                            + `défini) ; `
                            + "y indiquer l'id d'une clé KMS.",
                    ),
                    r.urn,
                );
                return;
            }
            if (today > until) {
                report(
                    text(
                        `Logstore "${name}" on the service key was to be kept until ${until}, which has passed; check its newest logs have `
                            + "expired, delete it and remove its retirement (docs/decisions/0004).",
                        `Le logstore « ${name} » sur la clé du service devait être conservé jusqu'au ${until}, date passée ; vérifier que ses `
                            + "journaux les plus récents ont expiré, le supprimer et retirer sa déclaration de retrait (docs/decisions/0004).",
                    ),
                    r.urn,
                );
            }
            for (const w of writersOf(resources, r, name)) {
                report(
                    text(
                        `Logstore "${name}" is declared retired until ${until} but ${w.type.split(":").pop() ?? w.type} "${w.name}" writes to it; `
                            + "point it at a store on a customer-managed key.",
                        `Le logstore « ${name} » est déclaré retiré jusqu'au ${until} mais ${w.type.split(":").pop() ?? w.type} « ${w.name} » y `
                            + "écrit ; le diriger vers un logstore sur une clé gérée par le client.",
                    ),
                    r.urn,
                );
            }
        });
    },
});
