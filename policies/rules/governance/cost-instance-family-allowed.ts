import type { EcsLaunchTemplateArgs, InstanceArgs, LaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import type { ScalingConfigurationArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shortType } from "./shared";

interface Config {
    allowedFamilies: string[];
}

type Props = Partial<
    ResourceProps<InstanceArgs> &
        ResourceProps<EcsLaunchTemplateArgs> &
        ResourceProps<LaunchTemplateArgs> &
        ResourceProps<ScalingConfigurationArgs>
>;

/**
 * The family as Alibaba Cloud names it (DescribeInstanceTypes' InstanceTypeFamily): "ecs.g7.large" →
 * "ecs.g7", and the memory/CPU ratio suffix is not part of it: "ecs.t6-c1m2.large" → "ecs.t6".
 */
export function familyOf(instanceType: string): string {
    const [prefix, family] = instanceType.split(".");
    return family === undefined ? instanceType : `${prefix}.${family.split("-")[0]}`;
}

export const costInstanceFamilyAllowed = resourceRule<Props, Config>({
    meta: {
        id: "cost-instance-family-allowed",
        service: "governance",
        title: text("Compute uses an approved instance family", "Le calcul utilise une famille d'instances approuvée"),
        description: text(
            "ECS instances, launch templates and scaling configurations (instanceType, instanceTypes and instanceTypeOverrides) use " +
                "an instance family of the environment's approved list: current general-purpose, compute and memory families (g, c, " +
                "r, generations 7 and 8) by default, burstable and economy families in dev. This keeps the budget predictable and " +
                "avoids retired families.",
            "Les instances ECS, modèles de lancement et configurations de mise à l'échelle (instanceType, instanceTypes et " +
                "instanceTypeOverrides) utilisent une famille d'instances de la liste approuvée pour l'environnement : familles " +
                "généralistes, calcul et mémoire actuelles (g, c, r, générations 7 et 8) par défaut, familles à performance " +
                "extensible et économiques en dev. Le budget reste ainsi prévisible et les familles retirées sont évitées.",
        ),
        remediation: text(
            "Set instanceType (and each entry of instanceTypes / instanceTypeOverrides) to a type of an allowed family, e.g. " +
                "\"ecs.g7.large\"; or add the family to allowedFamilies in the environment's pack config after a cost review.",
            "Fixer instanceType (et chaque entrée d'instanceTypes / instanceTypeOverrides) à un type d'une famille autorisée, par " +
                "exemple « ecs.g7.large » ; ou ajouter la famille à allowedFamilies dans la configuration de l'environnement après " +
                "une revue des coûts.",
        ),
        severity: "medium",
        resourceTypes: [
            "alicloud:ecs/instance:Instance",
            "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
            "alicloud:ecs/launchTemplate:LaunchTemplate",
            "alicloud:ess/scalingConfiguration:ScalingConfiguration",
        ],
        frameworks: { iso27001: ["A.8.6"], nist: ["CM-2", "CM-6"] },
    },
    configSchema: {
        properties: {
            allowedFamilies: {
                type: "array",
                items: { type: "string" },
                default: [
                    ...["ecs.g7", "ecs.c7", "ecs.r7"],
                    ...["ecs.g8i", "ecs.c8i", "ecs.r8i", "ecs.g8a", "ecs.c8a", "ecs.r8a", "ecs.g8y", "ecs.c8y", "ecs.r8y"],
                ],
                description: "Instance families (the instance type without its size, e.g. \"ecs.g7\") the environment may use.",
            },
        },
    },
    validate: (props, { args, config, report }) => {
        const types: { input: string; value: string }[] = [];
        if (props.instanceType) types.push({ input: "instanceType", value: props.instanceType });
        for (const t of props.instanceTypes ?? []) types.push({ input: "instanceTypes", value: t });
        for (const o of props.instanceTypeOverrides ?? []) {
            if (o.instanceType) types.push({ input: "instanceTypeOverrides", value: o.instanceType });
        }
        const allowed = config.allowedFamilies.join(", ");
        for (const { input, value } of types) {
            const family = familyOf(value);
            if (config.allowedFamilies.includes(family)) continue;
            report(
                text(
                    `${shortType(args.type)} "${args.name}" uses ${input} "${value}" of family ${family}, which is not allowed; ` +
                        `allowed families: ${allowed}.`,
                    `${shortType(args.type)} « ${args.name} » utilise ${input} « ${value} » de la famille ${family}, non autorisée ; ` +
                        `familles autorisées : ${allowed}.`,
                ),
            );
        }
    },
});
