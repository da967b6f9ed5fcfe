import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isPrivateEntry } from "../rds/rds-white-list-internet-ip-access-check";

/**
 * Mirrors the RDS whitelist rule (same notion of a private entry); InfraGuard only has the combined public-and-any-ip rule
 * for Redis. Extended in issue 8 from "not 0.0.0.0/0" to "private ranges only".
 */
export const redisWhiteListInternetIpAccessCheck = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-white-list-internet-ip-access-check",
        service: "kvstore",
        title: text(
            "Redis / Tair whitelists admit no internet address",
            "Les listes blanches Redis / Tair n'admettent aucune adresse d'internet",
        ),
        description: text(
            "The whitelist (securityIps) of a kvstore.Instance may only contain private addresses (10.0.0.0/8, 172.16.0.0/12, "
                + "192.168.0.0/16, 100.64.0.0/10, loopback, IPv6 unique-local); 0.0.0.0/0, 0.0.0.0, ::/0 and every public range are "
                + "refused.",
            "La liste blanche (securityIps) d'une kvstore.Instance ne peut contenir que des adresses privées (10.0.0.0/8, "
                + "172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, boucle locale, IPv6 unique-local) ; 0.0.0.0/0, 0.0.0.0, ::/0 et "
                + "toute plage publique sont refusés.",
        ),
        remediation: text(
            "Set securityIps on the kvstore.Instance to the CIDRs of the application vSwitches only.",
            "Limiter securityIps de la kvstore.Instance aux CIDR des vSwitches applicatifs.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.20", "A.8.3"], nist: ["SC-7", "AC-3"], senegal: ["Art. 71"] },
    },
    validate: (cache, { args, report }) => {
        const open = (cache.securityIps ?? []).map((ip) => ip.trim()).filter((ip) => ip !== "" && !isPrivateEntry(ip));
        if (open.length === 0) return;
        report(
            text(
                `Redis / Tair instance "${args.name}" whitelists ${open.join(", ")}; allow only the private ranges that need the cache.`,
                `L'instance Redis / Tair « ${args.name} » admet ${open.join(", ")} en liste blanche ; n'autoriser que les plages privées `
                    + "qui ont besoin du cache.",
            ),
        );
    },
});
