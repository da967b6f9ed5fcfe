import type { BucketArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** Lifecycle rules exist only inline on `oss.Bucket` (the provider has no separate lifecycle resource). */
export const ossBucketLifecycleEnabled = resourceRule<ResourceProps<BucketArgs>>({
    meta: {
        id: "oss-bucket-lifecycle-enabled",
        service: "oss",
        title: text("OSS buckets have a lifecycle rule", "Les buckets OSS ont une règle de cycle de vie"),
        description: text(
            "Every OSS bucket must have at least one enabled lifecycle rule, so that data is not kept longer than needed.",
            "Chaque bucket OSS doit avoir au moins une règle de cycle de vie activée, afin que les données ne soient pas conservées "
                + "plus longtemps que nécessaire.",
        ),
        remediation: text(
            "Add to the oss.Bucket a lifecycleRules entry with enabled: true and an expirations (or transitions) block matching the "
                + "retention of its data.",
            "Ajouter à l'oss.Bucket une entrée lifecycleRules avec enabled: true et un bloc expirations (ou transitions) adapté à la "
                + "durée de conservation de ses données.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:oss/bucket:Bucket"],
        frameworks: { iso27001: ["A.8.10"], nist: ["SI-12"] },
    },
    validate: (bucket, { args, report }) => {
        if ((bucket.lifecycleRules ?? []).some((r) => r.enabled === true)) return;
        report(
            text(
                `Bucket "${args.name}" has no enabled lifecycle rule; add lifecycleRules with enabled: true.`,
                `Le bucket « ${args.name} » n'a aucune règle de cycle de vie activée ; ajouter lifecycleRules avec enabled: true.`,
            ),
        );
    },
});
