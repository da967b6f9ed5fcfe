import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE } from "../../lib/util";

/** Mirrors the RDS whitelist rule; InfraGuard only has the combined public-and-any-ip rule for Redis. */
export const redisWhiteListInternetIpAccessCheck = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-white-list-internet-ip-access-check",
        service: "kvstore",
        title: text(
            "Redis / Tair whitelists do not admit any address",
            "Les listes blanches Redis / Tair n'admettent pas n'importe quelle adresse",
        ),
        description: text(
            "The whitelist (securityIps) of a kvstore.Instance must not contain 0.0.0.0/0, 0.0.0.0 or ::/0.",
            "La liste blanche (securityIps) d'une kvstore.Instance ne doit contenir ni 0.0.0.0/0, ni 0.0.0.0, ni ::/0.",
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
        const open = (cache.securityIps ?? []).map((ip) => ip.trim()).filter((ip) => ANY_SOURCE.includes(ip));
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
