import type { ScalingRuleArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

type Rule = ResourceProps<ScalingRuleArgs>;

/** Inputs a scaling rule needs to say what it does, by scalingRuleType (the typings' default is SimpleScalingRule). */
const REQUIRED: Record<string, readonly (keyof Rule)[]> = {
    SimpleScalingRule: ["adjustmentType", "adjustmentValue"],
    StepScalingRule: ["adjustmentType", "stepAdjustments"],
    TargetTrackingScalingRule: ["metricName", "targetValue"],
    PredictiveScalingRule: ["metricName", "targetValue"],
};

export const essScalingRuleActionConfigured = resourceRule<Rule>({
    meta: {
        id: "ess-scaling-rule-action-configured",
        service: "ess",
        title: text("Scaling rules state their action", "Les règles de mise à l'échelle précisent leur action"),
        description: text(
            "A scaling rule must state how it changes capacity (adjustmentType and adjustmentValue for simple rules, steps for step "
                + "rules, metric and target for target-tracking and predictive rules), so that scaling is predictable under load.",
            "Une règle de mise à l'échelle doit préciser comment elle modifie la capacité (adjustmentType et adjustmentValue pour une "
                + "règle simple, paliers pour une règle par paliers, métrique et cible pour les règles de suivi de cible et prédictives), "
                + "afin que la mise à l'échelle soit prévisible sous charge.",
        ),
        remediation: text(
            "On alicloud.ess.ScalingRule set the inputs its scalingRuleType needs, e.g. adjustmentType: \"QuantityChangeInCapacity\" "
                + "and adjustmentValue for a SimpleScalingRule.",
            "Sur alicloud.ess.ScalingRule, renseigner les entrées exigées par son scalingRuleType, par ex. adjustmentType à "
                + "« QuantityChangeInCapacity » et adjustmentValue pour une SimpleScalingRule.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ess/scalingRule:ScalingRule"],
        frameworks: { iso27001: ["A.8.6"], nist: ["CM-6", "SC-5"] },
    },
    validate: (rule, { args, report }) => {
        const type = rule.scalingRuleType ?? "SimpleScalingRule";
        const missing = (REQUIRED[type] ?? []).filter((k) => !isSet(rule[k]));
        if (missing.length === 0) return;
        report(
            text(
                `Scaling rule "${args.name}" (${type}) does not set ${missing.join(", ")}; set ${missing.join(" and ")}.`,
                `La règle de mise à l'échelle « ${args.name} » (${type}) ne renseigne pas ${missing.join(", ")} ; renseigner `
                    + `${missing.join(" et ")}.`,
            ),
        );
    },
});
