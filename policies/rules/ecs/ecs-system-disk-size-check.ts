import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    minSystemDiskSize: number;
}

export const ecsSystemDiskSizeCheck = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "ecs-system-disk-size-check",
        service: "ecs",
        title: text("ECS system disks are large enough", "Les disques système ECS sont suffisamment grands"),
        description: text(
            "The system disk of an ECS instance must be at least the configured size so that logs and patches cannot fill it.",
            "Le disque système d'une instance ECS doit avoir au moins la taille configurée afin que les journaux et les correctifs "
                + "ne puissent pas le remplir.",
        ),
        remediation: text(
            "Set systemDiskSize on alicloud.ecs.Instance to at least the minimum (40 GiB by default), or leave it unset.",
            "Fixer systemDiskSize sur alicloud.ecs.Instance à au moins le minimum (40 Gio par défaut), ou ne pas le renseigner.",
        ),
        severity: "low",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.6"], nist: ["CM-6", "SC-5"] },
    },
    configSchema: {
        properties: {
            minSystemDiskSize: { type: "integer", default: 40, description: "Smallest systemDiskSize allowed, in GiB." },
        },
    },
    validate: (inst, { args, config, report }) => {
        // Unset means the provider default max{40, image size}.
        const size = inst.systemDiskSize;
        if (size === undefined || size >= config.minSystemDiskSize) return;
        report(
            text(
                `Instance "${args.name}" has a ${size} GiB system disk, below the minimum of ${config.minSystemDiskSize} GiB; `
                    + `set systemDiskSize to ${config.minSystemDiskSize} or more.`,
                `L'instance « ${args.name} » a un disque système de ${size} Gio, sous le minimum de ${config.minSystemDiskSize} Gio ; `
                    + `fixer systemDiskSize à ${config.minSystemDiskSize} ou plus.`,
            ),
        );
    },
});
