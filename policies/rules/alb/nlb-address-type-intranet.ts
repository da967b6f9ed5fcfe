import type { LoadBalancerArgs } from "@pulumi/alicloud/nlb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** The survey's "Internal" row names nlb.LoadBalancer next to alb.LoadBalancer, so it lives with the ALB rules. */
export const nlbAddressTypeIntranet = resourceRule<ResourceProps<LoadBalancerArgs>>({
    meta: {
        id: "nlb-address-type-intranet",
        service: "alb",
        title: text("NLB instances are internal", "Les instances NLB sont internes"),
        description: text(
            "A Network Load Balancer must use addressType \"Intranet\" so that its listeners are reachable only from the VPC.",
            "Un Network Load Balancer doit utiliser addressType \"Intranet\" afin que ses écouteurs ne soient joignables que depuis le "
                + "VPC.",
        ),
        remediation: text(
            "Set addressType: \"Intranet\" on alicloud.nlb.LoadBalancer.",
            "Définir addressType: \"Intranet\" dans alicloud.nlb.LoadBalancer.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:nlb/loadBalancer:LoadBalancer"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.addressType === "Intranet") return;
        report(
            text(
                `NLB "${args.name}" has addressType "${lb.addressType}" and is reachable from the internet; set addressType: "Intranet".`,
                `Le NLB « ${args.name} » a addressType "${lb.addressType}" et est joignable depuis Internet ; définir addressType: `
                    + '"Intranet".',
            ),
        );
    },
});
