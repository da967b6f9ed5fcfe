import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

interface Config {
    expiredImagePrefixes: string[];
}

export const ecsInstanceImageExpiredCheck = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "ecs-instance-image-expired-check",
        service: "ecs",
        title: text("ECS instances use a supported image", "Les instances ECS utilisent une image maintenue"),
        description: text(
            "An ECS instance must name its image (imageId) and the image must not be an operating system past its end of life, "
                + "which no longer receives security patches.",
            "Une instance ECS doit désigner son image (imageId) et cette image ne doit pas être un système d'exploitation en fin de vie, "
                + "qui ne reçoit plus de correctifs de sécurité.",
        ),
        remediation: text(
            "Set imageId on alicloud.ecs.Instance to a supported image (e.g. aliyun_3, ubuntu_22_04, debian_12, win2022).",
            "Renseigner imageId sur alicloud.ecs.Instance avec une image maintenue (par ex. aliyun_3, ubuntu_22_04, debian_12, win2022).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.8", "A.8.9"], nist: ["SI-2", "SA-22"] },
    },
    configSchema: {
        properties: {
            expiredImagePrefixes: {
                type: "array",
                items: { type: "string" },
                default: [
                    "centos_5", "centos_6", "ubuntu_12", "ubuntu_14", "debian_8", "win2008", "win2012", "windows_2008", "windows_2012",
                ],
                description: "Image id prefixes of end-of-life operating systems (compared case-insensitively).",
            },
        },
    },
    validate: (inst, { args, config, report }) => {
        if (!isSet(inst.imageId)) {
            // An instance launched from a template takes its image from it; the launch-template rule checks that.
            if (isSet(inst.launchTemplateId) || isSet(inst.launchTemplateName)) return;
            report(
                text(
                    `Instance "${args.name}" does not set imageId; name a supported image.`,
                    `L'instance « ${args.name} » ne renseigne pas imageId ; désigner une image maintenue.`,
                ),
            );
            return;
        }
        const image = (inst.imageId ?? "").toLowerCase();
        const prefix = config.expiredImagePrefixes.find((p) => image.startsWith(p.toLowerCase()));
        if (prefix === undefined) return;
        report(
            text(
                `Instance "${args.name}" uses end-of-life image "${inst.imageId}" (prefix ${prefix}); switch to a supported image.`,
                `L'instance « ${args.name} » utilise l'image en fin de vie « ${inst.imageId} » (préfixe ${prefix}) ; passer à une image `
                    + "maintenue.",
            ),
        );
    },
});
