import type { DbProxyPublicArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

const CONNECTION = "alicloud:rds/connection:Connection";
const ENDPOINT_ADDRESS = "alicloud:rds/dbInstanceEndpointAddress:DbInstanceEndpointAddress";
const PROXY_PUBLIC = "alicloud:rds/dbProxyPublic:DbProxyPublic";

/** Public endpoints are whole resources (`rds.Connection` allocates an internet address; so do the two others). */
export const PUBLIC_ENDPOINT_TYPES: Record<string, string> = {
    [CONNECTION]: "instanceId",
    [ENDPOINT_ADDRESS]: "dbInstanceId",
    [PROXY_PUBLIC]: "dbInstanceId",
};

/** True when the resource gives an RDS instance an internet endpoint (a DbProxyPublic only when its net type is Public). */
export function isPublicEndpoint(type: string, props: Partial<ResourceProps<DbProxyPublicArgs>>): boolean {
    if (type === PROXY_PUBLIC) return props.dbProxyConnectionStringNetType?.toLowerCase() === "public";
    return type in PUBLIC_ENDPOINT_TYPES;
}

export const rdsPublicAccessCheck = resourceRule<Partial<ResourceProps<DbProxyPublicArgs>>>({
    meta: {
        id: "rds-public-access-check",
        service: "rds",
        title: text("RDS instances have no internet endpoint", "Les instances RDS n'ont pas de point d'accès Internet"),
        description: text(
            "No rds.Connection, rds.DbInstanceEndpointAddress or public rds.DbProxyPublic may give an RDS instance an internet "
                + "connection string: databases are reached from the VPC only.",
            "Aucun rds.Connection, rds.DbInstanceEndpointAddress ou rds.DbProxyPublic public ne doit donner à une instance RDS une "
                + "adresse de connexion Internet : les bases ne sont joignables que depuis le VPC.",
        ),
        remediation: text(
            "Remove the public endpoint resource and connect through the instance's intranet address from the VPC (bastion or "
                + "VPN for administrators).",
            "Supprimer la ressource de point d'accès public et se connecter via l'adresse intranet de l'instance depuis le VPC "
                + "(bastion ou VPN pour les administrateurs).",
        ),
        severity: "high",
        resourceTypes: [CONNECTION, ENDPOINT_ADDRESS, PROXY_PUBLIC],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-17"], senegal: ["Art. 71"] },
    },
    validate: (props, { args, report }) => {
        if (!isPublicEndpoint(args.type, props)) return;
        const kind = args.type.split(":")[2];
        report(
            text(
                `rds.${kind} "${args.name}" gives an RDS instance an internet endpoint; remove it and use the intranet address.`,
                `rds.${kind} « ${args.name} » donne à une instance RDS un point d'accès Internet ; le supprimer et utiliser l'adresse `
                    + `intranet.`,
            ),
        );
    },
});
