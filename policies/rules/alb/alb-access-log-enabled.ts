import type { LoadBalancerAccessLogConfigAttachmentArgs, LoadBalancerArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, ofType, referrers } from "../../lib/util";

const LOAD_BALANCER = "alicloud:alb/loadBalancer:LoadBalancer";
const LOG_ATTACHMENT = "alicloud:alb/loadBalancerAccessLogConfigAttachment:LoadBalancerAccessLogConfigAttachment";

/**
 * The provider offers two ways to ship an ALB's access logs to Log Service: the inline `accessLogConfig` of the load
 * balancer, or a separate alb.LoadBalancerAccessLogConfigAttachment whose `loadBalancerId` refers to it (by reference or id).
 * Either passes; an inline block naming only the project or only the logstore ships nothing.
 */
export const albAccessLogEnabled = stackRule({
    meta: {
        id: "alb-access-log-enabled",
        service: "alb",
        title: text("ALB access logs go to Log Service", "Les journaux d'accès des ALB vont dans Log Service"),
        description: text(
            "Every Application Load Balancer must ship its access logs to a Log Service logstore, through its accessLogConfig "
                + "(logProject and logStore) or an alb.LoadBalancerAccessLogConfigAttachment, so that requests to the public entry "
                + "point can be investigated.",
            "Chaque Application Load Balancer doit envoyer ses journaux d'accès dans un logstore Log Service, par son accessLogConfig "
                + "(logProject et logStore) ou une alb.LoadBalancerAccessLogConfigAttachment, afin que les requêtes reçues par le "
                + "point d'entrée public puissent faire l'objet d'enquêtes.",
        ),
        remediation: text(
            "Declare an alicloud.alb.LoadBalancerAccessLogConfigAttachment with loadBalancerId set to the ALB's id and logProject / "
                + "logStore naming the edge logstore, or set accessLogConfig: { logProject, logStore } on alicloud.alb.LoadBalancer.",
            "Déclarer une alicloud.alb.LoadBalancerAccessLogConfigAttachment dont loadBalancerId est l'identifiant de l'ALB et dont "
                + "logProject / logStore désignent le logstore de la périphérie, ou définir accessLogConfig: { logProject, logStore } "
                + "dans alicloud.alb.LoadBalancer.",
        ),
        severity: "medium",
        resourceTypes: [LOAD_BALANCER, LOG_ATTACHMENT],
        frameworks: { iso27001: ["A.8.15"], nist: ["AU-2", "AU-12"] },
    },
    validate: (resources, { report }) => {
        const attachments = ofType(resources, LOG_ATTACHMENT).filter((a) => {
            const p = a.props as Partial<ResourceProps<LoadBalancerAccessLogConfigAttachmentArgs>>;
            return isSet(p.logProject) && isSet(p.logStore);
        });
        for (const lb of ofType(resources, LOAD_BALANCER)) {
            if (referrers(attachments, "loadBalancerId", lb).length > 0) continue;
            const inline = (lb.props as Partial<ResourceProps<LoadBalancerArgs>>).accessLogConfig;
            if (isSet(inline?.logProject) && isSet(inline?.logStore)) continue;
            if (inline !== undefined && (isSet(inline.logProject) || isSet(inline.logStore))) {
                const missing = isSet(inline.logProject) ? "logStore" : "logProject";
                report(
                    text(
                        `ALB "${lb.name}" has an incomplete accessLogConfig (${missing} is unset), so no access log is shipped; set both `
                            + "logProject and logStore.",
                        `L'ALB « ${lb.name} » a un accessLogConfig incomplet (${missing} non renseigné), donc aucun journal d'accès n'est `
                            + "envoyé ; renseigner logProject et logStore.",
                    ),
                    lb.urn,
                );
                continue;
            }
            report(
                text(
                    `ALB "${lb.name}" ships no access log (no accessLogConfig and no LoadBalancerAccessLogConfigAttachment refers to it); `
                        + "send its access logs to a Log Service logstore.",
                    `L'ALB « ${lb.name} » n'envoie aucun journal d'accès (ni accessLogConfig ni LoadBalancerAccessLogConfigAttachment qui `
                        + "s'y rapporte) ; envoyer ses journaux d'accès dans un logstore Log Service.",
                ),
                lb.urn,
            );
        }
    },
});
