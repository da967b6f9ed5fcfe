/**
 * The rule catalog: every policy of the pack, in a fixed order. The pack (`index.ts`), the offline
 * audit and the tests all import this list; nothing else decides what the pack contains.
 */
import type { PolicyPackArgs } from "@pulumi/policy";
import type { CatalogPolicy } from "./lib/rule";
import { albPolicies } from "./rules/alb";
import { cdnPolicies } from "./rules/cdn";
import { dnsPolicies } from "./rules/dns";
import { ecsPolicies } from "./rules/ecs";
import { essPolicies } from "./rules/ess";
import { governancePolicies } from "./rules/governance";
import { kmsPolicies } from "./rules/kms";
import { kvstorePolicies } from "./rules/kvstore";
import { logPolicies } from "./rules/log";
import { ossPolicies } from "./rules/oss";
import { ramPolicies } from "./rules/ram";
import { rdsPolicies } from "./rules/rds";
import { securitygroupPolicies } from "./rules/securitygroup";
import { slbPolicies } from "./rules/slb";
import { vpcPolicies } from "./rules/vpc";
import { wafPolicies } from "./rules/waf";

export const PACK_NAME = "dakar2026-guardrails";

export const catalog: readonly CatalogPolicy[] = [
    ...governancePolicies,
    ...vpcPolicies,
    ...securitygroupPolicies,
    ...ecsPolicies,
    ...essPolicies,
    ...slbPolicies,
    ...albPolicies,
    ...cdnPolicies,
    ...wafPolicies,
    ...dnsPolicies,
    ...ossPolicies,
    ...rdsPolicies,
    ...kvstorePolicies,
    ...ramPolicies,
    ...kmsPolicies,
    ...logPolicies,
];

export const packArgs: PolicyPackArgs = {
    description: "Dakar 2026 platform guardrails: security, data protection (Senegal law 2008-12), availability and cost, for Alibaba Cloud.",
    enforcementLevel: "advisory",
    policies: [...catalog],
};
