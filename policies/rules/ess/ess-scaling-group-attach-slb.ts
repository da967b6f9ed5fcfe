import type { ScalingGroupArgs } from "@pulumi/alicloud/ess";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, ofType, referrers } from "../../lib/util";

const GROUP = "alicloud:ess/scalingGroup:ScalingGroup";
const LB_ATTACHMENTS = [
    "alicloud:ess/scalingGroupVServerGroups:ScalingGroupVServerGroups",
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
    "alicloud:ess/serverGroupAttachment:ServerGroupAttachment",
];

/**
 * A group is behind a load balancer through its own loadbalancerIds / albServerGroups inputs, or through an
 * attachment resource (CLB vServer groups, ALB or NLB/ALB server groups) whose scalingGroupId refers to it.
 */
export const essScalingGroupAttachSlb = stackRule({
    meta: {
        id: "ess-scaling-group-attach-slb",
        service: "ess",
        title: text("Scaling groups sit behind a load balancer", "Les groupes de mise à l'échelle sont derrière un équilibreur de charge"),
        description: text(
            "An Auto Scaling group must register its instances with a load balancer, so that traffic is spread over healthy "
                + "instances and new instances receive it automatically.",
            "Un groupe Auto Scaling doit enregistrer ses instances auprès d'un équilibreur de charge, afin que le trafic soit réparti "
                + "sur les instances saines et que les nouvelles instances le reçoivent automatiquement.",
        ),
        remediation: text(
            "Set loadbalancerIds or albServerGroups on alicloud.ess.ScalingGroup, or declare an alicloud.ess.ScalingGroupVServerGroups, "
                + "alicloud.ess.AlbServerGroupAttachment or alicloud.ess.ServerGroupAttachment whose scalingGroupId is the group.",
            "Renseigner loadbalancerIds ou albServerGroups sur alicloud.ess.ScalingGroup, ou déclarer un "
                + "alicloud.ess.ScalingGroupVServerGroups, alicloud.ess.AlbServerGroupAttachment ou alicloud.ess.ServerGroupAttachment "
                + "dont le scalingGroupId est le groupe.",
        ),
        severity: "medium",
        resourceTypes: [GROUP, ...LB_ATTACHMENTS],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-5"] },
    },
    validate: (resources, { report }) => {
        const attachments = resources.filter((r) => LB_ATTACHMENTS.includes(r.type));
        for (const group of ofType(resources, GROUP)) {
            const p = group.props as ResourceProps<ScalingGroupArgs>;
            if (isSet(p.loadbalancerIds) || (p.albServerGroups ?? []).some((g) => isSet(g.albServerGroupId))) continue;
            if (referrers(attachments, "scalingGroupId", group).length > 0) continue;
            report(
                text(
                    `Scaling group "${group.name}" is not attached to any load balancer (no loadbalancerIds, no albServerGroups and no `
                        + "server-group attachment refers to it); attach it to the SLB or ALB.",
                    `Le groupe de mise à l'échelle « ${group.name} » n'est rattaché à aucun équilibreur de charge (ni loadbalancerIds, ni `
                        + "albServerGroups, ni rattachement de groupe de serveurs qui le cible) ; le rattacher au SLB ou à l'ALB.",
                ),
                group.urn,
            );
        }
    },
});
