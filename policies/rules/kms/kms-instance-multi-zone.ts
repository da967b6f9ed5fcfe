import type { InstanceArgs } from "@pulumi/alicloud/kms";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const kmsInstanceMultiZone = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "kms-instance-multi-zone",
        service: "kms",
        title: text("KMS instances declare two zones", "Les instances KMS déclarent deux zones"),
        description: text(
            "A KMS instance always spans two zones; declaring fewer hides the real layout and makes every plan replace the instance "
                + "(zoneIds is ForceNew).",
            "Une instance KMS s'étend toujours sur deux zones ; en déclarer moins masque la disposition réelle "
                + "et fait remplacer l'instance à chaque plan (zoneIds force la recréation).",
        ),
        remediation: text(
            "List both zones in zoneIds of the alicloud.kms.Instance (and one or two matching vswitchIds).",
            "Lister les deux zones dans zoneIds de la ressource alicloud.kms.Instance (avec un ou deux vswitchIds correspondants).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:kms/instance:Instance"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-12"] },
    },
    validate: (instance, { args, report }) => {
        const zones = instance.zoneIds ?? [];
        if (new Set(zones).size >= 2) return;
        report(
            text(
                `KMS instance "${args.name}" declares ${zones.length} distinct zone(s) (${zones.join(", ") || "none"}); list two zones in `
                    + `zoneIds.`,
                `L'instance KMS « ${args.name} » déclare ${zones.length} zone(s) distincte(s) (${zones.join(", ") || "aucune"}) ; `
                    + "lister deux zones dans zoneIds.",
            ),
        );
    },
});
