import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slbLoadbalancerInVpc = resourceRule<ResourceProps<ApplicationLoadBalancerArgs>>({
    meta: {
        id: "slb-loadbalancer-in-vpc",
        service: "slb",
        title: text("CLB instances are launched in a VPC", "Les instances CLB sont lancées dans un VPC"),
        description: text(
            "A Classic Load Balancer must name the vSwitch it is launched in; without vswitchId it lands in the classic network, "
                + "outside the platform's VPC segmentation.",
            "Un Classic Load Balancer doit indiquer le vSwitch dans lequel il est lancé ; sans vswitchId il se retrouve dans le réseau "
                + "classique, hors de la segmentation du VPC de la plateforme.",
        ),
        remediation: text(
            "Set vswitchId on alicloud.slb.ApplicationLoadBalancer to a vSwitch of the platform VPC.",
            "Renseigner vswitchId dans alicloud.slb.ApplicationLoadBalancer avec un vSwitch du VPC de la plateforme.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.vswitchId) return;
        report(
            text(
                `CLB "${args.name}" has no vswitchId, so it is not in a VPC; set vswitchId to a vSwitch of the platform VPC.`,
                `Le CLB « ${args.name} » n'a pas de vswitchId et n'est donc pas dans un VPC ; renseigner vswitchId avec un vSwitch du VPC.`,
            ),
        );
    },
});
