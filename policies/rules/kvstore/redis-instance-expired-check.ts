import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** `paymentType` replaced `instanceChargeType` (deprecated 1.101); the deprecated input still counts when it is the one set. */
export const redisInstanceExpiredCheck = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-instance-expired-check",
        service: "kvstore",
        title: text(
            "Subscription Redis / Tair instances renew automatically",
            "Les instances Redis / Tair par abonnement se renouvellent automatiquement",
        ),
        description: text(
            "A kvstore.Instance billed by subscription (paymentType \"PrePaid\") must have autoRenew: true, so that it is not "
                + "released when the subscription ends.",
            "Une kvstore.Instance facturée par abonnement (paymentType \"PrePaid\") doit avoir autoRenew: true, afin de ne pas "
                + "être libérée à la fin de l'abonnement.",
        ),
        remediation: text(
            "Set autoRenew: true (and autoRenewPeriod) on the kvstore.Instance, or use paymentType: \"PostPaid\".",
            "Fixer autoRenew: true (et autoRenewPeriod) sur la kvstore.Instance, ou utiliser paymentType: \"PostPaid\".",
        ),
        severity: "high",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.5.30", "A.8.14"], nist: ["CP-2", "CP-10"] },
    },
    validate: (cache, { args, report }) => {
        const payment = cache.paymentType ?? cache.instanceChargeType ?? "PostPaid";
        if (payment.toLowerCase() !== "prepaid" || cache.autoRenew === true) return;
        report(
            text(
                `Redis / Tair instance "${args.name}" is prepaid without autoRenew; set autoRenew: true so that it is not released at `
                    + `expiry.`,
                `L'instance Redis / Tair « ${args.name} » est prépayée sans autoRenew ; fixer autoRenew: true pour qu'elle ne soit pas `
                    + "libérée à l'échéance.",
            ),
        );
    },
});
