import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

export const rdsInstanceStorageAutoscaleEnable = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-storage-autoscale-enable",
        service: "rds",
        title: text("RDS storage grows automatically", "Le stockage RDS s'agrandit automatiquement"),
        description: text(
            "Every RDS instance must have automatic storage expansion on (storageAutoScale \"Enable\"), so that a full disk does not "
                + "stop the database during the Games.",
            "Chaque instance RDS doit avoir l'extension automatique du stockage activée (storageAutoScale \"Enable\"), afin qu'un "
                + "disque plein n'arrête pas la base pendant les Jeux.",
        ),
        remediation: text(
            "Set storageAutoScale: \"Enable\", storageThreshold (e.g. 20) and storageUpperBound on the rds.Instance.",
            "Fixer storageAutoScale: \"Enable\", storageThreshold (par ex. 20) et storageUpperBound sur la rds.Instance.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.6"], nist: ["CP-2(2)", "SC-5"] },
    },
    validate: (db, { args, report }) => {
        if (db.storageAutoScale === "Enable") return;
        report(
            text(
                `RDS instance "${args.name}" does not grow its storage automatically (storageAutoScale is ${shown(db.storageAutoScale)}); `
                    + "set storageAutoScale: \"Enable\".",
                `L'instance RDS « ${args.name} » n'étend pas son stockage automatiquement (storageAutoScale est `
                    + `${shown(db.storageAutoScale, "fr")}) ; fixer storageAutoScale: "Enable".`,
            ),
        );
    },
});
