import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * InfraGuard also reads a Terraform `auto_renew` flag; alicloud.ecs.Instance has no such input and
 * models automatic renewal only through renewalStatus.
 */
export const ecsInstanceAutoRenewalEnabled = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instance-auto-renewal-enabled",
        service: "ecs",
        title: text("Subscription ECS instances renew automatically", "Les instances ECS par abonnement se renouvellent automatiquement"),
        description: text(
            "A subscription (PrePaid) ECS instance must renew automatically so that it is not stopped and released when the "
                + "subscription ends, in the middle of the Games.",
            "Une instance ECS par abonnement (PrePaid) doit se renouveler automatiquement afin de ne pas être arrêtée puis libérée à "
                + "la fin de l'abonnement, en pleins Jeux.",
        ),
        remediation: text(
            "Set renewalStatus: \"AutoRenewal\" (and autoRenewPeriod) on a PrePaid alicloud.ecs.Instance.",
            "Fixer renewalStatus à « AutoRenewal » (et autoRenewPeriod) sur une alicloud.ecs.Instance en PrePaid.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.14", "A.5.30"], nist: ["CP-2", "CM-6"] },
    },
    validate: (inst, { args, report }) => {
        if (inst.instanceChargeType !== "PrePaid" || inst.renewalStatus === "AutoRenewal") return;
        report(
            text(
                `PrePaid instance "${args.name}" does not renew automatically (renewalStatus is ${inst.renewalStatus ?? "unset"}); `
                    + "set renewalStatus: \"AutoRenewal\".",
                `L'instance PrePaid « ${args.name} » ne se renouvelle pas automatiquement (renewalStatus vaut `
                    + `${inst.renewalStatus ?? "non renseigné"}) ; fixer renewalStatus à « AutoRenewal ».`,
            ),
        );
    },
});
