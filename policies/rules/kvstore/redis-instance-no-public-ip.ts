import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

const INSTANCE = "alicloud:kvstore/instance:Instance";
const CONNECTION = "alicloud:kvstore/connection:Connection";

/**
 * `enablePublic` is deprecated (1.101) in favour of a separate `kvstore.Connection`, which allocates the public
 * address; both are checked, each resource on its own.
 */
export const redisInstanceNoPublicIp = resourceRule<Partial<ResourceProps<InstanceArgs>>>({
    meta: {
        id: "redis-instance-no-public-ip",
        service: "kvstore",
        title: text("Redis / Tair instances have no public endpoint", "Les instances Redis / Tair n'ont pas de point d'accès public"),
        description: text(
            "No kvstore.Instance may set enablePublic: true and no kvstore.Connection may allocate a public connection string: "
                + "caches are reached from the VPC only.",
            "Aucune kvstore.Instance ne doit fixer enablePublic: true et aucun kvstore.Connection ne doit allouer d'adresse de "
                + "connexion publique : les caches ne sont joignables que depuis le VPC.",
        ),
        remediation: text(
            "Remove enablePublic from the kvstore.Instance and delete the kvstore.Connection; connect through the private endpoint.",
            "Retirer enablePublic de la kvstore.Instance et supprimer le kvstore.Connection ; se connecter via le point d'accès privé.",
        ),
        severity: "high",
        resourceTypes: [INSTANCE, CONNECTION],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-17"], senegal: ["Art. 71"] },
    },
    validate: (props, { args, report }) => {
        if (args.type === CONNECTION) {
            report(
                text(
                    `kvstore.Connection "${args.name}" gives a Redis / Tair instance a public endpoint; remove it.`,
                    `Le kvstore.Connection « ${args.name} » donne à une instance Redis / Tair un point d'accès public ; le supprimer.`,
                ),
            );
        } else if (props.enablePublic === true) {
            report(
                text(
                    `Redis / Tair instance "${args.name}" has enablePublic: true; remove it and use the private endpoint.`,
                    `L'instance Redis / Tair « ${args.name} » a enablePublic: true ; le retirer et utiliser le point d'accès privé.`,
                ),
            );
        }
    },
});
