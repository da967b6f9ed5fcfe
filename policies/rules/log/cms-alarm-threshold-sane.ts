import type { AlarmArgs } from "@pulumi/alicloud/cms";
import { ResourceProps, resourceRule, Text, text } from "../../lib/rule";

interface Config {
    maxPeriodSeconds: number;
}

/** Comparisons of a fixed threshold; the period-over-period ones (GreaterThanYesterday...) have no fixed threshold to judge. */
const FIXED = [">", ">=", "<", "<=", "==", "!="];
const RELATIVE = ["GreaterThanYesterday", "LessThanYesterday", "GreaterThanLastWeek", "LessThanLastWeek", "GreaterThanLastPeriod", "LessThanLastPeriod"];
/** Metrics measured in percent: a usage, a ratio, or the CDN's share of a status class (code5xx). */
const PERCENT_METRIC = /(Usage|Ratio|Percent|Utilization)$|^code\dxx$/;
/** CloudMonitor's default statistical period (s) when `period` is unset. */
const DEFAULT_PERIOD = 300;

type Escalation = { comparisonOperator?: string; threshold?: string; times?: number; statistics?: string };

export const cmsAlarmThresholdSane = resourceRule<ResourceProps<AlarmArgs>, Config>({
    meta: {
        id: "cms-alarm-threshold-sane",
        service: "log",
        title: text("CloudMonitor alarms can fire, and fire in time", "Les alarmes CloudMonitor peuvent se déclencher, et à temps"),
        description: text(
            "An alarm needs a level with a numeric threshold it can actually cross (a percentage between 0 and 100, a count not "
                + "below zero), at least one evaluation, and a period short enough for the profile: otherwise it never pages, or pages "
                + "too late.",
            "Une alarme a besoin d'un niveau avec un seuil numérique qu'elle peut réellement franchir (un pourcentage entre 0 et 100, "
                + "un compte non négatif), d'au moins une évaluation et d'une période assez courte pour le profil : sinon elle ne "
                + "prévient jamais, ou trop tard.",
        ),
        remediation: text(
            "Set escalationsCritical, escalationsWarn or escalationsInfo with comparisonOperator, a numeric threshold and times ≥ 1, "
                + "and period (a multiple of 60) no longer than the profile's maxPeriodSeconds (infra/observability/profile.ts).",
            "Définir escalationsCritical, escalationsWarn ou escalationsInfo avec comparisonOperator, un seuil numérique et times ≥ 1, "
                + "et une période (multiple de 60) pas plus longue que maxPeriodSeconds du profil (infra/observability/profile.ts).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:cms/alarm:Alarm"],
        frameworks: { iso27001: ["A.8.16"], nist: ["SI-4"] },
    },
    configSchema: {
        properties: {
            maxPeriodSeconds: {
                type: "integer",
                minimum: 60,
                default: DEFAULT_PERIOD,
                description: "Longest statistical period (s) an alarm may evaluate over; the profile's alarm period.",
            },
        },
    },
    validate: (alarm, { args, config, report }) => {
        const name = alarm.name ?? args.name;
        const say = (en: string, fr: string): void => report(text(`CloudMonitor alarm "${name}" ${en}`, `L'alarme CloudMonitor « ${name} » ${fr}`));
        const levels: [string, Escalation | undefined][] = [
            ["escalationsCritical", alarm.escalationsCritical],
            ["escalationsWarn", alarm.escalationsWarn],
            ["escalationsInfo", alarm.escalationsInfo],
        ];
        const set = levels.filter((l): l is [string, Escalation] => l[1] !== undefined && l[1] !== null);
        if (set.length === 0) {
            say(
                "has no level (escalationsCritical, escalationsWarn or escalationsInfo), so it can never fire; set one with a threshold.",
                "n'a aucun niveau (escalationsCritical, escalationsWarn ou escalationsInfo) et ne peut donc jamais se déclencher ; en définir un avec un seuil.",
            );
        }
        const percent = PERCENT_METRIC.test(alarm.metric ?? "");
        for (const [field, e] of set) {
            const op = e.comparisonOperator ?? ">";
            const problems: Text[] = [];
            if (!FIXED.includes(op) && !RELATIVE.includes(op)) {
                problems.push(text(`comparisonOperator "${op}" is not one CloudMonitor knows`, `comparisonOperator « ${op} » n'est pas un opérateur de CloudMonitor`));
            }
            const raw = (e.threshold ?? "").trim();
            const threshold = raw === "" ? NaN : Number(raw);
            if (!Number.isFinite(threshold)) {
                problems.push(text(`threshold "${e.threshold ?? ""}" is not a number`, `le seuil « ${e.threshold ?? ""} » n'est pas un nombre`));
            } else if (FIXED.includes(op)) {
                if (threshold < 0 && (op === ">" || op === ">=")) {
                    problems.push(text(`threshold ${raw} is negative, so "${op}" always holds`, `le seuil ${raw} est négatif : « ${op} » est toujours vrai`));
                }
                if (percent && (threshold <= 0 || threshold >= 100)) {
                    problems.push(
                        text(
                            `threshold ${raw} is outside 0–100 for the percentage metric ${alarm.metric}`,
                            `le seuil ${raw} sort de 0–100 pour la métrique en pourcentage ${alarm.metric}`,
                        ),
                    );
                }
            }
            if (e.times !== undefined && (!Number.isInteger(e.times) || e.times < 1)) {
                problems.push(text(`times ${e.times} is not a positive whole number`, `times ${e.times} n'est pas un entier positif`));
            }
            if (problems.length > 0) {
                say(
                    `${field}: ${problems.map((p) => p.en).join("; ")}; it cannot fire as meant.`,
                    `${field} : ${problems.map((p) => p.fr).join(" ; ")} ; elle ne peut pas se déclencher comme prévu.`,
                );
            }
        }
        const period = alarm.period ?? DEFAULT_PERIOD;
        if (!Number.isInteger(period) || period < 60 || period % 60 !== 0 || period > config.maxPeriodSeconds) {
            say(
                `evaluates over ${period} s${alarm.period === undefined ? " (period unset: CloudMonitor's default)" : ""}; use a multiple of `
                    + `60 no longer than ${config.maxPeriodSeconds} s.`,
                `est évaluée sur ${period} s${alarm.period === undefined ? " (period non défini : valeur par défaut de CloudMonitor)" : ""} ; `
                    + `utiliser un multiple de 60 d'au plus ${config.maxPeriodSeconds} s.`,
            );
        }
    },
});
