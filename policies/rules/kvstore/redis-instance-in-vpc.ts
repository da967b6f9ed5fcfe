import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const redisInstanceInVpc = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-instance-in-vpc",
        service: "kvstore",
        title: text("Redis / Tair instances run in a VPC", "Les instances Redis / Tair s'exécutent dans un VPC"),
        description: text(
            "Every kvstore.Instance must be placed in a VPC vSwitch (vswitchId set).",
            "Chaque kvstore.Instance doit être placée dans un vSwitch de VPC (vswitchId défini).",
        ),
        remediation: text(
            "Set vswitchId on the kvstore.Instance to a data vSwitch of the platform's VPC.",
            "Fixer vswitchId sur la kvstore.Instance à un vSwitch de données du VPC de la plateforme.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (cache, { args, report }) => {
        if (isSet(cache.vswitchId)) return;
        report(
            text(
                `Redis / Tair instance "${args.name}" has no vswitchId; place it in a VPC vSwitch.`,
                `L'instance Redis / Tair « ${args.name} » n'a pas de vswitchId ; la placer dans un vSwitch de VPC.`,
            ),
        );
    },
});
