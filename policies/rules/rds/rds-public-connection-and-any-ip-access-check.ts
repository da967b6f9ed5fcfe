import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ANY_SOURCE, ofType, refersTo } from "../../lib/util";
import { isPublicEndpoint, PUBLIC_ENDPOINT_TYPES } from "./rds-public-access-check";

const INSTANCE = "alicloud:rds/instance:Instance";

/** The combination is what exposes the data: an internet endpoint that refers to an instance whose whitelist is open to all. */
export const rdsPublicConnectionAndAnyIpAccessCheck = stackRule({
    meta: {
        id: "rds-public-connection-and-any-ip-access-check",
        service: "rds",
        title: text("No RDS instance is open to the whole internet", "Aucune instance RDS n'est ouverte à tout Internet"),
        description: text(
            "An RDS instance must not have both an internet endpoint (rds.Connection, rds.DbInstanceEndpointAddress or public "
                + "rds.DbProxyPublic referring to it) and a whitelist containing 0.0.0.0/0, 0.0.0.0 or ::/0.",
            "Une instance RDS ne doit pas avoir à la fois un point d'accès Internet (rds.Connection, rds.DbInstanceEndpointAddress "
                + "ou rds.DbProxyPublic public qui la vise) et une liste blanche contenant 0.0.0.0/0, 0.0.0.0 ou ::/0.",
        ),
        remediation: text(
            "Remove the public endpoint resource and restrict securityIps to private CIDRs.",
            "Supprimer la ressource de point d'accès public et restreindre securityIps à des CIDR privés.",
        ),
        severity: "critical",
        resourceTypes: [INSTANCE, ...Object.keys(PUBLIC_ENDPOINT_TYPES)],
        frameworks: { cis: ["6.2"], iso27001: ["A.8.20", "A.8.3"], nist: ["SC-7", "AC-3"], senegal: ["Art. 71", "Art. 72"] },
    },
    validate: (resources, { report }) => {
        const endpoints = resources.filter((r) => r.type in PUBLIC_ENDPOINT_TYPES && isPublicEndpoint(r.type, r.props));
        for (const db of ofType(resources, INSTANCE)) {
            const open = ((db.props as ResourceProps<InstanceArgs>).securityIps ?? []).filter((ip) => ANY_SOURCE.includes(ip.trim()));
            if (open.length === 0) continue;
            const ep = endpoints.find((e) => refersTo(e, PUBLIC_ENDPOINT_TYPES[e.type], db));
            if (!ep) continue;
            report(
                text(
                    `RDS instance "${db.name}" is reachable from the whole internet: "${ep.name}" gives it a public endpoint and its `
                        + `whitelist contains ${open.join(", ")}.`,
                    `L'instance RDS « ${db.name} » est joignable depuis tout Internet : « ${ep.name} » lui donne un point d'accès public `
                        + `et sa liste blanche contient ${open.join(", ")}.`,
                ),
                db.urn,
            );
        }
    },
});
