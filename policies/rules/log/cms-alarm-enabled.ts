import type { AlarmArgs } from "@pulumi/alicloud/cms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** The whole day, as CloudMonitor writes it; its default when effectiveInterval is unset. */
const WHOLE_DAY = /^0?0:00-23:59$/;

export const cmsAlarmEnabled = resourceRule<ResourceProps<AlarmArgs>>({
    meta: {
        id: "cms-alarm-enabled",
        service: "log",
        title: text("CloudMonitor alarms are enabled around the clock", "Les alarmes CloudMonitor sont actives jour et nuit"),
        description: text(
            "A declared alarm that is disabled, or active only part of the day, gives the comfort of monitoring without paging anyone "
                + "when the failure comes at another hour.",
            "Une alarme déclarée mais désactivée, ou active une partie de la journée seulement, donne l'illusion d'une surveillance "
                + "sans prévenir personne quand la panne survient à une autre heure.",
        ),
        remediation: text(
            "Leave enabled unset or true and effectiveInterval unset or \"00:00-23:59\" on the alicloud.cms.Alarm; to silence an "
                + "alarm for maintenance, use CloudMonitor's maintenance window, not the program.",
            "Laisser enabled non défini ou à true et effectiveInterval non défini ou à « 00:00-23:59 » sur l'alicloud.cms.Alarm ; "
                + "pour faire taire une alarme pendant une maintenance, utiliser la fenêtre de maintenance de CloudMonitor, pas le "
                + "programme.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:cms/alarm:Alarm"],
        frameworks: { iso27001: ["A.8.16"], nist: ["SI-4", "IR-5"] },
    },
    validate: (alarm, { args, report }) => {
        const name = alarm.name ?? args.name;
        if (alarm.enabled === false) {
            report(
                text(
                    `CloudMonitor alarm "${name}" is disabled (enabled is false); set enabled to true or remove it.`,
                    `L'alarme CloudMonitor « ${name} » est désactivée (enabled vaut false) ; mettre enabled à true ou le retirer.`,
                ),
            );
        }
        const interval = alarm.effectiveInterval;
        if (interval !== undefined && interval !== "" && !WHOLE_DAY.test(interval)) {
            report(
                text(
                    `CloudMonitor alarm "${name}" is active only during ${interval} (effectiveInterval); failures outside it page nobody. `
                        + `Remove effectiveInterval or set "00:00-23:59".`,
                    `L'alarme CloudMonitor « ${name} » n'est active que pendant ${interval} (effectiveInterval) ; une panne en dehors `
                        + `ne prévient personne. Retirer effectiveInterval ou le mettre à « 00:00-23:59 ».`,
                ),
            );
        }
    },
});
