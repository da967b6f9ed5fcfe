import type { PolicyResource } from "@pulumi/policy";
import type { ListenerArgs, ServerGroupArgs } from "@pulumi/alicloud/alb";
import type { ServerGroupAttachmentArgs } from "@pulumi/alicloud/ess";
import { notHere, referencedStacks } from "../../lib/layers";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { idOf, ofType, referrers } from "../../lib/util";

export const ALB_LISTENER = "alicloud:alb/listener:Listener";
export const ALB_SERVER_GROUP = "alicloud:alb/serverGroup:ServerGroup";
const ESS_ALB_ATTACHMENT = "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment";
const ESS_ATTACHMENT = "alicloud:ess/serverGroupAttachment:ServerGroupAttachment";

/** Server group ids named by a listener's ForwardGroup default actions. */
function forwardGroupIds(l: PolicyResource): string[] {
    const actions = (l.props as Partial<ResourceProps<ListenerArgs>>).defaultActions ?? [];
    return actions.flatMap((a) => (a.forwardGroupConfig?.serverGroupTuples ?? []).map((t) => t.serverGroupId));
}

/**
 * True when listener `l` forwards to group `g`: the group id sits deep inside `defaultActions`, so `refersTo` cannot read it;
 * the join uses the property dependency of `defaultActions` or the id found in its server-group tuples.
 */
export function forwardsTo(l: PolicyResource, g: PolicyResource): boolean {
    if ((l.propertyDependencies.defaultActions ?? []).some((d) => d.urn === g.urn)) return true;
    const id = idOf(g);
    return id !== undefined && forwardGroupIds(l).includes(id);
}

/**
 * Joins by reference: listener → server groups of its default actions; a group counts as filled when it lists servers or an
 * ess.AlbServerGroupAttachment (or an ess.ServerGroupAttachment of type "ALB") refers to it. Groups that are not declared in
 * this stack cannot be judged: they pass in a single stack and, in a stack that reads layers from others (where they may
 * live), make the rule not applicable when nothing else was found.
 */
export const albAllListenerHasServer = stackRule({
    meta: {
        id: "alb-all-listener-has-server",
        service: "alb",
        title: text("Every ALB listener forwards to servers", "Chaque écouteur ALB transmet à des serveurs"),
        description: text(
            "Each Application Load Balancer listener must forward, through its default action, to a server group that holds servers "
                + "(listed in the group or attached by an auto-scaling group).",
            "Chaque écouteur d'Application Load Balancer doit transmettre, par son action par défaut, à un groupe de serveurs garni "
                + "(serveurs listés dans le groupe ou rattachés par un groupe de mise à l'échelle).",
        ),
        remediation: text(
            "Give alicloud.alb.Listener a defaultActions entry of type \"ForwardGroup\" whose serverGroupTuples name an "
                + "alicloud.alb.ServerGroup with servers, or attach a scaling group with alicloud.ess.AlbServerGroupAttachment.",
            "Donner à alicloud.alb.Listener une entrée defaultActions de type \"ForwardGroup\" dont serverGroupTuples désigne un "
                + "alicloud.alb.ServerGroup garni, ou y rattacher un groupe de mise à l'échelle avec "
                + "alicloud.ess.AlbServerGroupAttachment.",
        ),
        severity: "medium",
        resourceTypes: [ALB_LISTENER, ALB_SERVER_GROUP, ESS_ALB_ATTACHMENT, ESS_ATTACHMENT],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "CM-6"] },
    },
    validate: (resources, { args, report }) => {
        // In a layer stack a listener may forward to a group of another stack, which this one cannot see.
        const layered = referencedStacks(resources).length > 0;
        const elsewhere: string[] = [];
        let reported = false;
        const albAttachments = ofType(resources, ESS_ALB_ATTACHMENT);
        const attachments = ofType(resources, ESS_ATTACHMENT)
            .filter((a) => (a.props as Partial<ResourceProps<ServerGroupAttachmentArgs>>).type === "ALB");
        const filled = (g: PolicyResource) =>
            ((g.props as Partial<ResourceProps<ServerGroupArgs>>).servers ?? []).length > 0
            || referrers(albAttachments, "albServerGroupId", g).length > 0
            || referrers(attachments, "serverGroupId", g).length > 0;
        // forwardsTo through two maps built once: a scan of every group per listener grew with the square of the stack.
        const allGroups = ofType(resources, ALB_SERVER_GROUP);
        const byUrn = new Map(allGroups.map((g) => [g.urn, g]));
        const byId = new Map<string, PolicyResource>();
        for (const g of allGroups) {
            const id = idOf(g);
            if (id !== undefined) byId.set(id, g);
        }
        const groupsOf = (l: PolicyResource): PolicyResource[] => {
            const found = new Set<PolicyResource>();
            for (const d of l.propertyDependencies.defaultActions ?? []) {
                const g = byUrn.get(d.urn);
                if (g) found.add(g);
            }
            for (const id of forwardGroupIds(l)) {
                const g = byId.get(id);
                if (g) found.add(g);
            }
            return allGroups.filter((g) => found.has(g));
        };
        for (const l of ofType(resources, ALB_LISTENER)) {
            const named = forwardGroupIds(l).length > 0 || (l.propertyDependencies.defaultActions ?? []).length > 0;
            if (!named) {
                report(
                    text(
                        `ALB listener "${l.name}" has no ForwardGroup default action naming a server group.`,
                        `L'écouteur ALB « ${l.name} » n'a aucune action par défaut ForwardGroup désignant un groupe de serveurs.`,
                    ),
                    l.urn,
                );
                reported = true;
                continue;
            }
            const groups = groupsOf(l);
            if (groups.length === 0 && layered) elsewhere.push(`the server group(s) ${forwardGroupIds(l).join(", ")} of listener "${l.name}"`);
            if (groups.length === 0 || groups.some(filled)) continue;
            const names = groups.map((g) => `"${g.name}"`).join(", ");
            report(
                text(
                    `ALB listener "${l.name}" forwards to server group(s) ${names}, which hold no server.`,
                    `L'écouteur ALB « ${l.name} » transmet au(x) groupe(s) de serveurs ${names}, qui ne contiennent aucun serveur.`,
                ),
                l.urn,
            );
            reported = true;
        }
        notHere(args, resources, elsewhere, reported);
    },
});
