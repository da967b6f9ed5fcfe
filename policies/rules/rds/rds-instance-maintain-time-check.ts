import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const rdsInstanceMaintainTimeCheck = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-maintain-time-check",
        service: "rds",
        title: text("RDS instances have a chosen maintenance window", "Les instances RDS ont une fenêtre de maintenance choisie"),
        description: text(
            "Every RDS instance must set maintainTime, so that Alibaba Cloud maintenance happens in a window chosen by the operators.",
            "Chaque instance RDS doit fixer maintainTime, afin que la maintenance d'Alibaba Cloud ait lieu dans une fenêtre choisie "
                + "par les exploitants.",
        ),
        remediation: text(
            "Set maintainTime on the rds.Instance, e.g. \"02:00Z-03:00Z\" (UTC, outside competition hours).",
            "Fixer maintainTime sur la rds.Instance, par ex. \"02:00Z-03:00Z\" (UTC, en dehors des heures de compétition).",
        ),
        severity: "low",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.32"], nist: ["CM-3", "MA-2"] },
    },
    validate: (db, { args, report }) => {
        if (isSet(db.maintainTime)) return;
        report(
            text(
                `RDS instance "${args.name}" has no maintainTime; set a maintenance window such as "02:00Z-03:00Z".`,
                `L'instance RDS « ${args.name} » n'a pas de maintainTime ; fixer une fenêtre de maintenance comme "02:00Z-03:00Z".`,
            ),
        );
    },
});
