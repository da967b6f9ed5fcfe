import type { LoadBalancerArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const albAddressTypeIntranet = resourceRule<ResourceProps<LoadBalancerArgs>>({
    meta: {
        id: "alb-address-type-intranet",
        service: "alb",
        title: text("ALB instances are internal", "Les instances ALB sont internes"),
        description: text(
            "An Application Load Balancer must use addressType \"Intranet\"; public traffic reaches it through CDN/DCDN and WAF, "
                + "never directly.",
            "Un Application Load Balancer doit utiliser addressType \"Intranet\" ; le trafic public l'atteint via le CDN/DCDN et le WAF, "
                + "jamais directement.",
        ),
        remediation: text(
            "Set addressType: \"Intranet\" on alicloud.alb.LoadBalancer and publish the service through CDN/DCDN with WAF.",
            "Définir addressType: \"Intranet\" dans alicloud.alb.LoadBalancer et publier le service via le CDN/DCDN avec le WAF.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:alb/loadBalancer:LoadBalancer"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.addressType === "Intranet") return;
        report(
            text(
                `ALB "${args.name}" has addressType "${lb.addressType}" and is reachable from the internet; set addressType: "Intranet".`,
                `L'ALB « ${args.name} » a addressType "${lb.addressType}" et est joignable depuis Internet ; définir addressType: `
                    + '"Intranet".',
            ),
        );
    },
});
