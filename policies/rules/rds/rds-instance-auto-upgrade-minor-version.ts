import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * Checkov CKV_ALI_30. Only "Manual" fails: the typings document no default and the RDS API applies "Auto" when the
 * parameter is omitted, so an unset value passes.
 */
export const rdsInstanceAutoUpgradeMinorVersion = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-auto-upgrade-minor-version",
        service: "rds",
        title: text("RDS minor versions are upgraded automatically", "Les versions mineures RDS sont mises à jour automatiquement"),
        description: text(
            "No RDS instance may set autoUpgradeMinorVersion to \"Manual\": minor versions carry security fixes.",
            "Aucune instance RDS ne doit fixer autoUpgradeMinorVersion à \"Manual\" : les versions mineures apportent des correctifs de "
                + "sécurité.",
        ),
        remediation: text(
            "Set autoUpgradeMinorVersion: \"Auto\" on the rds.Instance (upgrades then run in the maintainTime window).",
            "Fixer autoUpgradeMinorVersion: \"Auto\" sur la rds.Instance (les mises à jour ont alors lieu dans la fenêtre maintainTime).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.8"], nist: ["SI-2"] },
    },
    validate: (db, { args, report }) => {
        if (db.autoUpgradeMinorVersion !== "Manual") return;
        report(
            text(
                `RDS instance "${args.name}" has autoUpgradeMinorVersion "Manual"; set it to "Auto" to receive security fixes.`,
                `L'instance RDS « ${args.name} » a autoUpgradeMinorVersion "Manual" ; le fixer à "Auto" pour recevoir les correctifs de `
                    + `sécurité.`,
            ),
        );
    },
});
