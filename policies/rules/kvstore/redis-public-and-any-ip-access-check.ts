import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ANY_SOURCE, linkedTo, ofType } from "../../lib/util";

const INSTANCE = "alicloud:kvstore/instance:Instance";
const CONNECTION = "alicloud:kvstore/connection:Connection";

/** Public means the deprecated `enablePublic` or a `kvstore.Connection` whose `instanceId` refers to the instance. */
export const redisPublicAndAnyIpAccessCheck = stackRule({
    meta: {
        id: "redis-public-and-any-ip-access-check",
        service: "kvstore",
        title: text("No Redis / Tair instance is open to the whole internet", "Aucune instance Redis / Tair n'est ouverte à tout Internet"),
        description: text(
            "A kvstore.Instance must not be both public (enablePublic: true or a kvstore.Connection referring to it) and "
                + "whitelisted for 0.0.0.0/0, 0.0.0.0 or ::/0.",
            "Une kvstore.Instance ne doit pas être à la fois publique (enablePublic: true ou un kvstore.Connection qui la vise) et "
                + "ouverte en liste blanche à 0.0.0.0/0, 0.0.0.0 ou ::/0.",
        ),
        remediation: text(
            "Delete the kvstore.Connection (or enablePublic) and restrict securityIps to private CIDRs.",
            "Supprimer le kvstore.Connection (ou enablePublic) et restreindre securityIps à des CIDR privés.",
        ),
        severity: "critical",
        resourceTypes: [INSTANCE, CONNECTION],
        frameworks: { iso27001: ["A.8.20", "A.8.3"], nist: ["SC-7", "AC-3"], senegal: ["Art. 71", "Art. 72"] },
    },
    validate: (resources, { report }) => {
        for (const cache of ofType(resources, INSTANCE)) {
            const props = cache.props as ResourceProps<InstanceArgs>;
            const open = (props.securityIps ?? []).map((ip) => ip.trim()).filter((ip) => ANY_SOURCE.includes(ip));
            if (open.length === 0) continue;
            const connection = linkedTo(resources, CONNECTION, "instanceId", cache)[0];
            if (props.enablePublic !== true && !connection) continue;
            const via = connection ? `kvstore.Connection "${connection.name}"` : "enablePublic";
            const viaFr = connection ? `le kvstore.Connection « ${connection.name} »` : "enablePublic";
            report(
                text(
                    `Redis / Tair instance "${cache.name}" is reachable from the whole internet: public through ${via} and whitelisted for `
                        + `${open.join(", ")}.`,
                    `L'instance Redis / Tair « ${cache.name} » est joignable depuis tout Internet : publique via ${viaFr} et ouverte en `
                        + `liste blanche à ${open.join(", ")}.`,
                ),
                cache.urn,
            );
        }
    },
});
