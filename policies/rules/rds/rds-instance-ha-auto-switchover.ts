import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * A standby in a second zone only helps if the service fails over to it. With `haConfig: "Manual"` an operator must
 * switch by hand, at night or during the Games, which turns a zone failure into an outage.
 */
export const rdsInstanceHaAutoSwitchover = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-ha-auto-switchover",
        service: "rds",
        title: text("RDS instances fail over automatically", "Les instances RDS basculent automatiquement"),
        description: text(
            "The primary/secondary switchover mode (haConfig) of an RDS instance must stay Auto, the provider default, so that the "
                + "standby takes over without an operator when the primary fails.",
            "Le mode de bascule primaire/secondaire (haConfig) d'une instance RDS doit rester Auto, la valeur par défaut du "
                + "fournisseur, afin que l'instance de secours prenne le relais sans opérateur quand la principale tombe.",
        ),
        remediation: text(
            "Remove haConfig (and manualHaTime) from the rds.Instance, or set haConfig: \"Auto\".",
            "Retirer haConfig (et manualHaTime) de la rds.Instance, ou fixer haConfig: \"Auto\".",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "CP-7"] },
    },
    validate: (db, { args, report }) => {
        if (db.haConfig === undefined || db.haConfig === "Auto") return;
        report(
            text(
                `RDS instance "${args.name}" has haConfig "${db.haConfig}": a failed primary waits for an operator; set haConfig: "Auto".`,
                `L'instance RDS « ${args.name} » a haConfig "${db.haConfig}" : une instance principale en panne attend un opérateur ; `
                    + "fixer haConfig: \"Auto\".",
            ),
        );
    },
});
