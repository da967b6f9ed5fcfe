import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    retiredFamilies: string[];
}

export const ecsInstanceTypeFamilyNotDeprecated = resourceRule<ResourceProps<InstanceArgs>, Config>({
    meta: {
        id: "ecs-instance-type-family-not-deprecated",
        service: "ecs",
        title: text(
            "ECS instance types are not from a retired family",
            "Les types d'instance ECS n'appartiennent pas à une famille retirée",
        ),
        description: text(
            "Retired instance families (ecs.t1, s1, m1, c1, n1) run on old hardware, cannot be bought again after release and miss "
                + "current security features.",
            "Les familles d'instances retirées (ecs.t1, s1, m1, c1, n1) tournent sur du matériel ancien, ne peuvent plus être achetées "
                + "après libération et ne disposent pas des fonctions de sécurité actuelles.",
        ),
        remediation: text(
            "Set instanceType on alicloud.ecs.Instance to a current family (e.g. ecs.g7, ecs.c7, ecs.u1).",
            "Fixer instanceType sur alicloud.ecs.Instance à une famille actuelle (par ex. ecs.g7, ecs.c7, ecs.u1).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.9", "A.8.8"], nist: ["SA-22", "CM-6"] },
    },
    configSchema: {
        properties: {
            retiredFamilies: {
                type: "array",
                items: { type: "string" },
                default: ["ecs.t1.", "ecs.s1.", "ecs.m1.", "ecs.c1.", "ecs.n1."],
                description: "instanceType prefixes of retired families.",
            },
        },
    },
    validate: (inst, { args, config, report }) => {
        const type = inst.instanceType;
        if (type === undefined) return;
        const family = config.retiredFamilies.find((f) => type.startsWith(f));
        if (family === undefined) return;
        report(
            text(
                `Instance "${args.name}" uses instance type "${type}" from retired family ${family}*; choose a current family.`,
                `L'instance « ${args.name} » utilise le type « ${type} » de la famille retirée ${family}* ; choisir une famille actuelle.`,
            ),
        );
    },
});
