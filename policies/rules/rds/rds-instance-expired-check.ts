import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** A subscription instance that is not renewed is stopped then released at expiry; pay-as-you-go ones never expire. */
export const rdsInstanceExpiredCheck = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-expired-check",
        service: "rds",
        title: text("Subscription RDS instances renew automatically", "Les instances RDS par abonnement se renouvellent automatiquement"),
        description: text(
            "An RDS instance billed by subscription (instanceChargeType \"Prepaid\") must have autoRenew: true, so that it is not "
                + "stopped and released when the subscription ends.",
            "Une instance RDS facturée par abonnement (instanceChargeType \"Prepaid\") doit avoir autoRenew: true, afin de ne pas "
                + "être arrêtée puis libérée à la fin de l'abonnement.",
        ),
        remediation: text(
            "Set autoRenew: true (and autoRenewPeriod) on the rds.Instance, or use instanceChargeType: \"Postpaid\".",
            "Fixer autoRenew: true (et autoRenewPeriod) sur la rds.Instance, ou utiliser instanceChargeType: \"Postpaid\".",
        ),
        severity: "high",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.5.30", "A.8.14"], nist: ["CP-2", "CP-10"] },
    },
    validate: (db, { args, report }) => {
        if ((db.instanceChargeType ?? "Postpaid").toLowerCase() !== "prepaid" || db.autoRenew === true) return;
        report(
            text(
                `RDS instance "${args.name}" is prepaid without autoRenew; set autoRenew: true so that it is not released at expiry.`,
                `L'instance RDS « ${args.name} » est prépayée sans autoRenew ; fixer autoRenew: true pour qu'elle ne soit pas libérée à `
                    + `l'échéance.`,
            ),
        );
    },
});
