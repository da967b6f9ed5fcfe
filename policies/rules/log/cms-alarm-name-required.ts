import type { AlarmArgs } from "@pulumi/alicloud/cms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const cmsAlarmNameRequired = resourceRule<ResourceProps<AlarmArgs>>({
    meta: {
        id: "cms-alarm-name-required",
        service: "log",
        title: text("CloudMonitor alarms are named", "Les alarmes CloudMonitor sont nommées"),
        description: text(
            "An alarm rule without a name produces notifications the on-call team cannot recognise.",
            "Une règle d'alarme sans nom produit des notifications que l'équipe d'astreinte ne peut pas identifier.",
        ),
        remediation: text(
            "Set name on the alicloud.cms.Alarm, e.g. \"ecs-cpu-above-80\".",
            "Renseigner name sur la ressource alicloud.cms.Alarm, par exemple « ecs-cpu-above-80 ».",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:cms/alarm:Alarm"],
        frameworks: { iso27001: ["A.8.16"], nist: ["SI-4"] },
    },
    validate: (alarm, { args, report }) => {
        if ((alarm.name ?? "").trim() !== "") return;
        report(
            text(
                `CloudMonitor alarm "${args.name}" (metric ${alarm.metric}) has no name; set name.`,
                `L'alarme CloudMonitor « ${args.name} » (métrique ${alarm.metric}) n'a pas de nom ; renseigner name.`,
            ),
        );
    },
});
