import type { ListenerArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * An ALB HTTP listener's default action can only forward (redirects exist only as alb.Rule actions on matched requests),
 * so an HTTP listener always serves some traffic in clear text: it is refused outright. HTTP→HTTPS happens at the CDN edge.
 */
export const albListenerNoHttp = resourceRule<ResourceProps<ListenerArgs>>({
    meta: {
        id: "alb-listener-no-http",
        service: "alb",
        title: text("ALB listeners do not use plain HTTP", "Les écouteurs ALB n'utilisent pas HTTP en clair"),
        description: text(
            "An Application Load Balancer listener must use HTTPS or QUIC so that traffic, including personal data, is encrypted in "
                + "transit.",
            "Un écouteur d'Application Load Balancer doit utiliser HTTPS ou QUIC afin que le trafic, données personnelles comprises, soit "
                + "chiffré en transit.",
        ),
        remediation: text(
            "Set listenerProtocol: \"HTTPS\" with certificates on alicloud.alb.Listener; redirect HTTP to HTTPS at the CDN (https_force).",
            "Définir listenerProtocol: \"HTTPS\" avec certificates dans alicloud.alb.Listener ; rediriger HTTP vers HTTPS au niveau du "
                + "CDN (https_force).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:alb/listener:Listener"],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (l, { args, report }) => {
        if (l.listenerProtocol !== "HTTP") return;
        report(
            text(
                `ALB listener "${args.name}" uses plain HTTP on port ${l.listenerPort}; set listenerProtocol: "HTTPS".`,
                `L'écouteur ALB « ${args.name} » utilise HTTP en clair sur le port ${l.listenerPort} ; définir listenerProtocol: "HTTPS".`,
            ),
        );
    },
});
