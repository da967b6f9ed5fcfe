import type { EipAssociationArgs, InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, refersTo } from "../../lib/util";

const INSTANCE = "alicloud:ecs/instance:Instance";
const EIP_ASSOCIATION = "alicloud:ecs/eipAssociation:EipAssociation";

/**
 * A stack rule because an instance reaches the internet either through its own inputs or through an
 * EipAssociation declared elsewhere; the association counts only when its instanceId refers to the instance.
 */
export const ecsInstanceNoPublicIp = stackRule({
    meta: {
        id: "ecs-instance-no-public-ip",
        service: "ecs",
        title: text("ECS instances have no public IP address", "Les instances ECS n'ont pas d'adresse IP publique"),
        description: text(
            "An ECS instance must not get a public IP: allocatePublicIp must not be true, internetMaxBandwidthOut must be 0 or "
                + "unset and no EIP association may target it. Internet traffic goes through a load balancer or a NAT gateway.",
            "Une instance ECS ne doit pas recevoir d'IP publique : allocatePublicIp ne doit pas valoir true, internetMaxBandwidthOut doit "
                + "valoir 0 ou ne pas être renseigné, et aucune association d'EIP ne doit la cibler. Le trafic Internet passe par un "
                + "équilibreur de charge ou une passerelle NAT.",
        ),
        remediation: text(
            "On alicloud.ecs.Instance remove allocatePublicIp and set internetMaxBandwidthOut: 0; delete any alicloud.ecs.EipAssociation "
                + "whose instanceId is the instance and publish the service through an SLB/ALB or reach the internet through a NAT "
                + "gateway.",
            "Sur alicloud.ecs.Instance, supprimer allocatePublicIp et fixer internetMaxBandwidthOut à 0 ; supprimer toute "
                + "alicloud.ecs.EipAssociation dont l'instanceId est l'instance, et publier le service via un SLB/ALB ou sortir vers "
                + "Internet via une passerelle NAT.",
        ),
        severity: "high",
        resourceTypes: [INSTANCE, EIP_ASSOCIATION],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (resources, { report }) => {
        const associations = ofType(resources, EIP_ASSOCIATION);
        for (const inst of ofType(resources, INSTANCE)) {
            const p = inst.props as ResourceProps<InstanceArgs>;
            if (p.allocatePublicIp === true) {
                report(
                    text(
                        `Instance "${inst.name}" allocates a public IP (allocatePublicIp is true); remove allocatePublicIp.`,
                        `L'instance « ${inst.name} » reçoit une IP publique (allocatePublicIp vaut true) ; supprimer allocatePublicIp.`,
                    ),
                    inst.urn,
                );
            }
            const bandwidth = p.internetMaxBandwidthOut ?? 0;
            if (bandwidth > 0) {
                report(
                    text(
                        `Instance "${inst.name}" gets a public IP because internetMaxBandwidthOut is ${bandwidth}; `
                            + "set internetMaxBandwidthOut: 0.",
                        `L'instance « ${inst.name} » reçoit une IP publique car internetMaxBandwidthOut vaut ${bandwidth} ; `
                            + "fixer internetMaxBandwidthOut à 0.",
                    ),
                    inst.urn,
                );
            }
            for (const assoc of associations.filter((a) => refersTo(a, "instanceId", inst))) {
                const allocation = (assoc.props as Partial<ResourceProps<EipAssociationArgs>>).allocationId ?? "an EIP";
                report(
                    text(
                        `Instance "${inst.name}" is bound to ${allocation} by EIP association "${assoc.name}"; remove the association.`,
                        `L'instance « ${inst.name} » est liée à ${allocation === "an EIP" ? "une EIP" : allocation} par `
                            + `l'association d'EIP « ${assoc.name} » ; supprimer l'association.`,
                    ),
                    inst.urn,
                );
            }
        }
    },
});
