import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * The survey's pass condition (≠ "single") is InfraGuard's old Terraform value; the current typings document
 * "MASTER_SLAVE" and "STAND_ALONE", so both spellings of a standalone node fail. Unset passes (master-replica default).
 */
const STANDALONE = ["stand_alone", "single"];

export const redisInstanceDoubleNodeType = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-instance-double-node-type",
        service: "kvstore",
        title: text("Redis / Tair instances have a replica", "Les instances Redis / Tair ont un réplica"),
        description: text(
            "No kvstore.Instance may use a standalone node (nodeType \"STAND_ALONE\"); the master-replica type keeps the cache up when a "
                + "node fails.",
            "Aucune kvstore.Instance ne doit utiliser un nœud unique (nodeType \"STAND_ALONE\") ; le type maître-réplica maintient "
                + "le cache en service en cas de panne d'un nœud.",
        ),
        remediation: text(
            "Set nodeType: \"MASTER_SLAVE\" on the kvstore.Instance (or leave it unset).",
            "Fixer nodeType: \"MASTER_SLAVE\" sur la kvstore.Instance (ou le laisser non défini).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10"] },
    },
    validate: (cache, { args, report }) => {
        if (!STANDALONE.includes((cache.nodeType ?? "").toLowerCase())) return;
        report(
            text(
                `Redis / Tair instance "${args.name}" is a single node (nodeType is "${cache.nodeType}"); set nodeType: "MASTER_SLAVE".`,
                `L'instance Redis / Tair « ${args.name} » n'a qu'un nœud (nodeType vaut "${cache.nodeType}") ; fixer nodeType: `
                    + `"MASTER_SLAVE".`,
            ),
        );
    },
});
