import type { BucketArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ossZoneRedundant = resourceRule<ResourceProps<BucketArgs>>({
    meta: {
        id: "oss-zone-redundant",
        service: "governance",
        title: text("OSS buckets use zone-redundant storage", "Les buckets OSS utilisent le stockage redondant entre zones"),
        description: text(
            "An OSS bucket stores its objects in several zones of the region (redundancyType \"ZRS\"), so that a zone outage loses " +
                "no data and keeps it readable. The provider default is \"LRS\" (a single zone), so an unset value fails.",
            "Un bucket OSS stocke ses objets dans plusieurs zones de la région (redundancyType « ZRS »), afin qu'une panne de zone " +
                "ne fasse perdre aucune donnée et les laisse lisibles. La valeur par défaut du fournisseur est « LRS » (une seule " +
                "zone) : une valeur absente est donc une non-conformité.",
        ),
        remediation: text(
            "Set redundancyType: \"ZRS\" on the alicloud.oss.Bucket (it can only be chosen at creation: an existing LRS bucket is " +
                "replaced, so copy its objects first).",
            "Fixer redundancyType: « ZRS » sur l'alicloud.oss.Bucket (ce choix n'est possible qu'à la création : un bucket LRS " +
                "existant est remplacé, copier d'abord ses objets).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:oss/bucket:Bucket"],
        frameworks: { iso27001: ["A.8.14", "A.8.13"], nist: ["SC-36", "CP-9"], senegal: ["Art. 71"] },
    },
    validate: (bucket, { args, report }) => {
        const redundancy = bucket.redundancyType ?? "LRS";
        if (redundancy === "ZRS") return;
        const set = bucket.redundancyType === undefined ? "unset, so LRS" : `"${redundancy}"`;
        const fixe = bucket.redundancyType === undefined ? "non défini, donc LRS" : `« ${redundancy} »`;
        report(
            text(
                `OSS bucket "${args.name}" keeps its objects in a single zone (redundancyType ${set}); set redundancyType: "ZRS".`,
                `Le bucket OSS « ${args.name} » conserve ses objets dans une seule zone (redundancyType ${fixe}) ; ` +
                    `fixer redundancyType : « ZRS ».`,
            ),
        );
    },
});
