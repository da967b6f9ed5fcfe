import type { AlarmArgs } from "@pulumi/alicloud/cms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * The resources an alarm's metricDimensions name: a JSON list of objects, each a dimension key
 * (instanceId, loadBalancerId...) to one resource or a comma-separated list of them. Undefined when
 * the text is not such a list.
 */
export function parseDimensions(value: string): Record<string, string>[] | undefined {
    let parsed: unknown;
    try {
        parsed = JSON.parse(value);
    } catch {
        return undefined;
    }
    const list = Array.isArray(parsed) ? parsed : [parsed];
    if (list.length === 0) return undefined;
    const out: Record<string, string>[] = [];
    for (const entry of list) {
        if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return undefined;
        const pairs = Object.entries(entry as Record<string, unknown>);
        if (pairs.length === 0 || pairs.some(([, v]) => typeof v !== "string" || v.trim() === "")) return undefined;
        out.push(Object.fromEntries(pairs) as Record<string, string>);
    }
    return out;
}

export const cmsAlarmWatchesAResource = resourceRule<ResourceProps<AlarmArgs>>({
    meta: {
        id: "cms-alarm-watches-a-resource",
        service: "log",
        title: text("CloudMonitor alarms name the resources they watch", "Les alarmes CloudMonitor nomment les ressources qu'elles surveillent"),
        description: text(
            "An alarm's metricDimensions say which resource's metric it reads. Without them, or through the deprecated dimensions "
                + "input, the rule watches nothing we declared (or stops working when the provider drops the input).",
            "Les metricDimensions d'une alarme disent de quelle ressource elle lit la métrique. Sans elles, ou par l'entrée dépréciée "
                + "dimensions, la règle ne surveille rien de ce que nous déclarons (ou cesse de fonctionner quand le fournisseur retire "
                + "l'entrée).",
        ),
        remediation: text(
            "Set metricDimensions to a JSON list such as [{\"instanceId\":\"<id output of the resource>\"}], built from the watched "
                + "resource's output, and leave dimensions unset.",
            "Définir metricDimensions par une liste JSON comme [{\"instanceId\":\"<sortie id de la ressource>\"}], construite depuis la "
                + "sortie de la ressource surveillée, et laisser dimensions non défini.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:cms/alarm:Alarm"],
        frameworks: { iso27001: ["A.8.16"], nist: ["SI-4"] },
    },
    validate: (alarm, { args, report }) => {
        const name = alarm.name ?? args.name;
        const value = alarm.metricDimensions ?? "";
        if (value.trim() === "") {
            const deprecated = alarm.dimensions !== undefined && Object.keys(alarm.dimensions).length > 0;
            report(
                deprecated
                    ? text(
                          `CloudMonitor alarm "${name}" names its resource only through the deprecated dimensions; move it to metricDimensions.`,
                          `L'alarme CloudMonitor « ${name} » ne nomme sa ressource que par l'entrée dépréciée dimensions ; la déplacer dans metricDimensions.`,
                      )
                    : text(
                          `CloudMonitor alarm "${name}" (metric ${alarm.metric}) has no metricDimensions, so it watches no resource of ours; set them.`,
                          `L'alarme CloudMonitor « ${name} » (métrique ${alarm.metric}) n'a pas de metricDimensions et ne surveille donc aucune de nos ressources ; les définir.`,
                      ),
            );
            return;
        }
        if (parseDimensions(value) === undefined) {
            report(
                text(
                    `CloudMonitor alarm "${name}" has metricDimensions ${JSON.stringify(value)}, which is not a JSON list of objects with non-empty values; write e.g. [{"instanceId":"<id>"}].`,
                    `L'alarme CloudMonitor « ${name} » a pour metricDimensions ${JSON.stringify(value)}, qui n'est pas une liste JSON d'objets aux valeurs non vides ; écrire par exemple [{"instanceId":"<id>"}].`,
                ),
            );
        }
    },
});
