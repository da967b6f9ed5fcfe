import type { InstanceArgs, WhitelistTemplateArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE } from "../../lib/util";

const INSTANCE = "alicloud:rds/instance:Instance";
const TEMPLATE = "alicloud:rds/whitelistTemplate:WhitelistTemplate";

type Props = ResourceProps<InstanceArgs> & Partial<ResourceProps<WhitelistTemplateArgs>>;

/** Whitelists live on the instance (`securityIps`) or in a reusable `rds.WhitelistTemplate` (`ipWhiteList`, comma-separated). */
export const rdsWhiteListInternetIpAccessCheck = resourceRule<Props>({
    meta: {
        id: "rds-white-list-internet-ip-access-check",
        service: "rds",
        title: text("RDS whitelists do not admit any address", "Les listes blanches RDS n'admettent pas n'importe quelle adresse"),
        description: text(
            "The IP whitelist of an RDS instance (securityIps) or of an rds.WhitelistTemplate (ipWhiteList) must not contain "
                + "0.0.0.0/0, 0.0.0.0 or ::/0.",
            "La liste blanche d'une instance RDS (securityIps) ou d'un rds.WhitelistTemplate (ipWhiteList) ne doit contenir ni "
                + "0.0.0.0/0, ni 0.0.0.0, ni ::/0.",
        ),
        remediation: text(
            "Replace the open entry by the CIDR of the application vSwitches in securityIps (or ipWhiteList), e.g. [\"10.0.16.0/20\"].",
            "Remplacer l'entrée ouverte par le CIDR des vSwitches applicatifs dans securityIps (ou ipWhiteList), par ex. "
                + "[\"10.0.16.0/20\"].",
        ),
        severity: "high",
        resourceTypes: [INSTANCE, TEMPLATE],
        frameworks: { cis: ["6.2"], iso27001: ["A.8.20", "A.8.3"], nist: ["SC-7", "AC-3"], senegal: ["Art. 71"] },
    },
    validate: (props, { args, report }) => {
        const entries = args.type === TEMPLATE ? (props.ipWhiteList ?? "").split(",") : (props.securityIps ?? []);
        const open = entries.map((e) => e.trim()).filter((e) => ANY_SOURCE.includes(e));
        if (open.length === 0) return;
        const kind = args.type === TEMPLATE ? "Whitelist template" : "RDS instance";
        const kindFr = args.type === TEMPLATE ? "Le modèle de liste blanche" : "L'instance RDS";
        report(
            text(
                `${kind} "${args.name}" whitelists ${open.join(", ")}; allow only the private ranges that need the database.`,
                `${kindFr} « ${args.name} » admet ${open.join(", ")} en liste blanche ; n'autoriser que les plages privées qui ont besoin `
                    + `de la base.`,
            ),
        );
    },
});
