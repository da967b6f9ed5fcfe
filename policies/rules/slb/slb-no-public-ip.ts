import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slbNoPublicIp = resourceRule<ResourceProps<ApplicationLoadBalancerArgs>>({
    meta: {
        id: "slb-no-public-ip",
        service: "slb",
        title: text("CLB instances are internal", "Les instances CLB sont internes"),
        description: text(
            "A Classic Load Balancer (slb.ApplicationLoadBalancer) must use addressType \"intranet\" so that it gets no public IP; "
                + "public traffic enters through CDN/WAF or an ALB instead.",
            "Un Classic Load Balancer (slb.ApplicationLoadBalancer) doit utiliser addressType \"intranet\" afin de ne recevoir aucune IP "
                + "publique ; le trafic public entre par le CDN/WAF ou par un ALB.",
        ),
        remediation: text(
            "Set addressType: \"intranet\" and vswitchId to a vSwitch of the platform VPC on alicloud.slb.ApplicationLoadBalancer.",
            "Définir addressType: \"intranet\" et vswitchId sur un vSwitch du VPC de la plateforme dans "
                + "alicloud.slb.ApplicationLoadBalancer.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.addressType === "intranet") return;
        if (lb.addressType === undefined) {
            // The provider makes a load balancer launched in a vSwitch an intranet one; without a vSwitch it is internet-facing.
            if (lb.vswitchId) return;
            report(
                text(
                    `CLB "${args.name}" has neither addressType nor vswitchId, so it defaults to "internet"; set addressType: "intranet".`,
                    `Le CLB « ${args.name} » n'a ni addressType ni vswitchId : il est donc « internet » par défaut ; `
                        + "définir addressType: \"intranet\".",
                ),
            );
            return;
        }
        report(
            text(
                `CLB "${args.name}" has addressType "${lb.addressType}" and gets a public IP; set addressType: "intranet".`,
                `Le CLB « ${args.name} » a addressType "${lb.addressType}" et reçoit une IP publique ; définir addressType: "intranet".`,
            ),
        );
    },
});
