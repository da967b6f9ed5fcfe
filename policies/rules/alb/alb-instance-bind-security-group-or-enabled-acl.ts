import type { PolicyResource } from "@pulumi/policy";
import type { ListenerArgs, LoadBalancerSecurityGroupAttachmentArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, ofType, referrers, refersTo } from "../../lib/util";

const LB = "alicloud:alb/loadBalancer:LoadBalancer";
const LISTENER = "alicloud:alb/listener:Listener";
const SG_ATTACHMENT = "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment";
const ACL_ATTACHMENT = "alicloud:alb/listenerAclAttachment:ListenerAclAttachment";

/**
 * InfraGuard reads `security_group_ids`, which is not an input of alb.LoadBalancer: Pulumi binds security groups with
 * alb.LoadBalancerSecurityGroupAttachment and ACLs with alb.ListenerAclAttachment (or the deprecated listener `aclConfig`),
 * so the rule joins those resources by reference.
 */
export const albInstanceBindSecurityGroupOrEnabledAcl = stackRule({
    meta: {
        id: "alb-instance-bind-security-group-or-enabled-acl",
        service: "alb",
        title: text("ALB instances filter their sources", "Les instances ALB filtrent leurs sources"),
        description: text(
            "Each Application Load Balancer must either have a security group bound to it or an access-control list on every one of "
                + "its listeners.",
            "Chaque Application Load Balancer doit soit avoir un groupe de sécurité rattaché, soit une liste de contrôle d'accès sur "
                + "chacun de ses écouteurs.",
        ),
        remediation: text(
            "Declare an alicloud.alb.LoadBalancerSecurityGroupAttachment with loadBalancerId and securityGroupId, or an "
                + "alicloud.alb.ListenerAclAttachment for every listener of the load balancer.",
            "Déclarer une alicloud.alb.LoadBalancerSecurityGroupAttachment avec loadBalancerId et securityGroupId, ou une "
                + "alicloud.alb.ListenerAclAttachment pour chaque écouteur de l'équilibreur.",
        ),
        severity: "medium",
        resourceTypes: [LB, LISTENER, SG_ATTACHMENT, ACL_ATTACHMENT],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-3"] },
    },
    validate: (resources, { report }) => {
        const sgAttachments = ofType(resources, SG_ATTACHMENT).filter((a) =>
            isSet((a.props as Partial<ResourceProps<LoadBalancerSecurityGroupAttachmentArgs>>).securityGroupId)
            || (a.propertyDependencies.securityGroupId ?? []).length > 0);
        const aclAttachments = ofType(resources, ACL_ATTACHMENT);
        const hasAcl = (l: PolicyResource) =>
            referrers(aclAttachments, "listenerId", l).length > 0
            || ((l.props as Partial<ResourceProps<ListenerArgs>>).aclConfig?.aclRelations ?? []).length > 0;
        for (const lb of ofType(resources, LB)) {
            if (referrers(sgAttachments, "loadBalancerId", lb).length > 0) continue;
            const listeners = ofType(resources, LISTENER).filter((l) => refersTo(l, "loadBalancerId", lb));
            const open = listeners.filter((l) => !hasAcl(l));
            if (listeners.length > 0 && open.length === 0) continue;
            const names = open.map((l) => `"${l.name}"`).join(", ");
            report(
                listeners.length === 0
                    ? text(
                          `ALB "${lb.name}" has no security group attached and no listener with an ACL.`,
                          `L'ALB « ${lb.name} » n'a aucun groupe de sécurité rattaché et aucun écouteur avec une ACL.`,
                      )
                    : text(
                          `ALB "${lb.name}" has no security group attached and listener(s) ${names} have no ACL.`,
                          `L'ALB « ${lb.name} » n'a aucun groupe de sécurité rattaché et le(s) écouteur(s) ${names} n'ont pas d'ACL.`,
                      ),
                lb.urn,
            );
        }
    },
});
