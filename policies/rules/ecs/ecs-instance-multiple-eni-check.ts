import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, ofType, refersTo } from "../../lib/util";

const INSTANCE = "alicloud:ecs/instance:Instance";
const ENI_ATTACHMENTS = [
    "alicloud:ecs/ecsNetworkInterfaceAttachment:EcsNetworkInterfaceAttachment",
    "alicloud:vpc/networkInterfaceAttachment:NetworkInterfaceAttachment",
];

interface Config {
    maxNetworkInterfaces: number;
}

/**
 * Every instance has its primary ENI; Instance.networkInterfaces adds one secondary ENI and each
 * attachment whose instanceId refers to the instance adds another, so the count needs a stack join.
 */
export const ecsInstanceMultipleEniCheck = stackRule<Config>({
    meta: {
        id: "ecs-instance-multiple-eni-check",
        service: "ecs",
        title: text(
            "ECS instances do not bridge networks with extra ENIs",
            "Les instances ECS ne relient pas plusieurs réseaux par des ENI",
        ),
        description: text(
            "An ECS instance should not have more network interfaces than allowed (its primary one by default): extra ENIs can bridge "
                + "vSwitches or security groups that are meant to stay apart.",
            "Une instance ECS ne devrait pas avoir plus d'interfaces réseau qu'autorisé (sa seule interface principale par défaut) : "
                + "des ENI supplémentaires peuvent relier des vSwitches ou des groupes de sécurité censés rester séparés.",
        ),
        remediation: text(
            "Remove networkInterfaces from alicloud.ecs.Instance and the alicloud.ecs.EcsNetworkInterfaceAttachment resources that "
                + "target it, or raise maxNetworkInterfaces when the design needs several interfaces.",
            "Supprimer networkInterfaces de alicloud.ecs.Instance et les ressources alicloud.ecs.EcsNetworkInterfaceAttachment qui la "
                + "ciblent, ou relever maxNetworkInterfaces si l'architecture exige plusieurs interfaces.",
        ),
        severity: "low",
        resourceTypes: [INSTANCE, ...ENI_ATTACHMENTS],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    configSchema: {
        properties: {
            maxNetworkInterfaces: { type: "integer", default: 1, description: "Most ENIs an instance may have, its primary ENI included." },
        },
    },
    validate: (resources, { config, report }) => {
        const attachments = resources.filter((r) => ENI_ATTACHMENTS.includes(r.type));
        for (const inst of ofType(resources, INSTANCE)) {
            const inline = isSet((inst.props as ResourceProps<InstanceArgs>).networkInterfaces) ? 1 : 0;
            const count = 1 + inline + attachments.filter((a) => refersTo(a, "instanceId", inst)).length;
            if (count <= config.maxNetworkInterfaces) continue;
            report(
                text(
                    `Instance "${inst.name}" has ${count} network interfaces, more than the ${config.maxNetworkInterfaces} allowed; `
                        + "remove the secondary ENIs.",
                    `L'instance « ${inst.name} » a ${count} interfaces réseau, plus que les ${config.maxNetworkInterfaces} autorisées ; `
                        + "supprimer les ENI secondaires.",
                ),
                inst.urn,
            );
        }
    },
});
