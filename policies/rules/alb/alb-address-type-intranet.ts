import type { LoadBalancerArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * Refined for issue 9: the CDN reaches its origins from the internet (its back-to-origin addresses are not fixed), so the
 * ALB that serves the site's API and the CDN's dynamic origin must be Internet-facing. What the rule protects is that public
 * traffic is filtered by WAF before it reaches the servers; the WAF-enabled edition ("StandardWithWaf") does that on the
 * ALB itself, so an Internet ALB of that edition passes. Every other Internet ALB fails, as before. A dual-stack ALB
 * (addressIpVersion "DualStack") with ipv6AddressType "Internet" is reachable from the internet over IPv6 whatever its
 * IPv4 addressType, so it counts as Internet too.
 */
export const albAddressTypeIntranet = resourceRule<ResourceProps<LoadBalancerArgs>>({
    meta: {
        id: "alb-address-type-intranet",
        service: "alb",
        title: text("ALB instances are internal", "Les instances ALB sont internes"),
        description: text(
            "An Application Load Balancer must use addressType \"Intranet\", or, when it is a public entry point, the WAF-enabled "
                + "edition (loadBalancerEdition \"StandardWithWaf\"): public traffic never reaches the servers unfiltered.",
            "Un Application Load Balancer doit utiliser addressType \"Intranet\" ou, s'il est un point d'entrée public, l'édition avec "
                + "WAF (loadBalancerEdition \"StandardWithWaf\") : le trafic public n'atteint jamais les serveurs sans filtrage.",
        ),
        remediation: text(
            "Set addressType: \"Intranet\" on alicloud.alb.LoadBalancer, or keep \"Internet\" with loadBalancerEdition: "
                + "\"StandardWithWaf\" for a public entry point.",
            "Définir addressType: \"Intranet\" dans alicloud.alb.LoadBalancer, ou garder \"Internet\" avec loadBalancerEdition: "
                + "\"StandardWithWaf\" pour un point d'entrée public.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:alb/loadBalancer:LoadBalancer"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (lb, { args, report }) => {
        if (lb.loadBalancerEdition === "StandardWithWaf") return;
        if (lb.addressIpVersion === "DualStack" && lb.ipv6AddressType === "Internet") {
            report(
                text(
                    `ALB "${args.name}" has a public IPv6 address (ipv6AddressType is "Internet") and no WAF (loadBalancerEdition is `
                        + `${lb.loadBalancerEdition ?? "unset"}); set ipv6AddressType: "Intranet" or loadBalancerEdition: "StandardWithWaf".`,
                    `L'ALB « ${args.name} » a une adresse IPv6 publique (ipv6AddressType vaut "Internet") et pas de WAF (loadBalancerEdition `
                        + `vaut ${lb.loadBalancerEdition ?? "non renseigné"}) ; définir ipv6AddressType: "Intranet" ou loadBalancerEdition: `
                        + '"StandardWithWaf".',
                ),
            );
        }
        if (lb.addressType === "Intranet") return;
        const edition = lb.loadBalancerEdition ?? "unset";
        report(
            text(
                `ALB "${args.name}" has addressType "${lb.addressType}" and is reachable from the internet without WAF `
                    + `(loadBalancerEdition is ${edition}); set addressType: "Intranet" or loadBalancerEdition: "StandardWithWaf".`,
                `L'ALB « ${args.name} » a addressType "${lb.addressType}" et est joignable depuis Internet sans WAF (loadBalancerEdition `
                    + `vaut ${lb.loadBalancerEdition ?? "non renseigné"}) ; définir addressType: "Intranet" ou loadBalancerEdition: `
                    + '"StandardWithWaf".',
            ),
        );
    },
});
