import type { LoadBalancerArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedEditions: string[];
}

export const albInstanceWafEnabled = resourceRule<ResourceProps<LoadBalancerArgs>, Config>({
    meta: {
        id: "alb-instance-waf-enabled",
        service: "alb",
        title: text("ALB instances have WAF protection", "Les instances ALB ont la protection WAF"),
        description: text(
            "An Application Load Balancer must use the WAF-enabled edition so that web attacks are filtered in front of the backends.",
            "Un Application Load Balancer doit utiliser l'édition avec WAF afin que les attaques web soient filtrées devant les serveurs.",
        ),
        remediation: text(
            "Set loadBalancerEdition: \"StandardWithWaf\" on alicloud.alb.LoadBalancer.",
            "Définir loadBalancerEdition: \"StandardWithWaf\" dans alicloud.alb.LoadBalancer.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:alb/loadBalancer:LoadBalancer"],
        frameworks: { iso27001: ["A.8.20", "A.8.21"], nist: ["SC-7", "SI-4"] },
    },
    configSchema: {
        properties: {
            allowedEditions: {
                type: "array",
                items: { type: "string" },
                default: ["StandardWithWaf"],
                description: "ALB editions that include web-application-firewall protection.",
            },
        },
    },
    validate: (lb, { args, config, report }) => {
        if (config.allowedEditions.includes(lb.loadBalancerEdition)) return;
        report(
            text(
                `ALB "${args.name}" uses edition "${lb.loadBalancerEdition}" without WAF; set loadBalancerEdition to one of `
                    + `${config.allowedEditions.join(", ")}.`,
                `L'ALB « ${args.name} » utilise l'édition "${lb.loadBalancerEdition}" sans WAF ; définir loadBalancerEdition à l'une de `
                    + `${config.allowedEditions.join(", ")}.`,
            ),
        );
    },
});
