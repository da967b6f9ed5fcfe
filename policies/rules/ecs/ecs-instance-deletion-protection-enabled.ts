import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

const SPOT = ["SpotWithPriceLimit", "SpotAsPriceGo"];

export const ecsInstanceDeletionProtectionEnabled = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instance-deletion-protection-enabled",
        service: "ecs",
        title: text("ECS instances have deletion protection", "Les instances ECS sont protégées contre la suppression"),
        description: text(
            "Pay-as-you-go ECS instances must have deletion protection so that a console or API mistake cannot release them.",
            "Les instances ECS à l'usage doivent être protégées contre la suppression afin qu'une erreur dans la console ou l'API "
                + "ne puisse pas les libérer.",
        ),
        remediation: text(
            "Set deletionProtection: true on alicloud.ecs.Instance.",
            "Fixer deletionProtection à true sur alicloud.ecs.Instance.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.9", "A.8.14"], nist: ["CM-6", "CP-10"] },
    },
    validate: (inst, { args, report }) => {
        // The typings say deletion protection does not work for spot instances, so they cannot comply.
        if (inst.spotStrategy !== undefined && SPOT.includes(inst.spotStrategy)) return;
        if (inst.deletionProtection === true) return;
        report(
            text(
                `Instance "${args.name}" has no deletion protection (deletionProtection is ${inst.deletionProtection ?? "unset"}); `
                    + "set deletionProtection: true.",
                `L'instance « ${args.name} » n'est pas protégée contre la suppression (deletionProtection vaut `
                    + `${inst.deletionProtection ?? "non renseigné"}) ; fixer deletionProtection à true.`,
            ),
        );
    },
});
