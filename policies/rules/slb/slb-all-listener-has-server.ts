import type { PolicyResource } from "@pulumi/policy";
import type { ListenerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, refersTo, sameTarget } from "../../lib/util";
import {
    ATTACHMENT,
    BACKEND_SERVER,
    defaultGroupServers,
    MASTER_SLAVE_GROUP,
    masterSlaveServers,
    SERVER_GROUP,
    SERVER_GROUP_ATTACHMENT,
    vserverGroupServers,
} from "./slb-server-group-multi-server";

const LISTENER = "alicloud:slb/listener:Listener";

/** True when `prop` holds a value or a reference (under preview a reference may have no value yet). */
function isGiven(r: PolicyResource, prop: string): boolean {
    const v = (r.props as Record<string, unknown>)[prop];
    return (typeof v === "string" && v !== "") || (r.propertyDependencies[prop] ?? []).length > 0;
}

/**
 * Joins by reference: a listener's `serverGroupId` / `masterSlaveServerGroupId` to the group it names, otherwise its
 * `loadBalancerId` to the BackendServer / Attachment resources that fill the same load balancer's default group.
 * A group that is not declared in this stack cannot be judged and passes.
 */
export const slbAllListenerHasServer = stackRule({
    meta: {
        id: "slb-all-listener-has-server",
        service: "slb",
        title: text("Every CLB listener has backend servers", "Chaque écouteur CLB a des serveurs"),
        description: text(
            "Each Classic Load Balancer listener must forward to a server group that holds at least one backend server (HTTP listeners "
                + "that only redirect to HTTPS are exempt).",
            "Chaque écouteur de Classic Load Balancer doit transmettre à un groupe de serveurs qui contient au moins un serveur (les "
                + "écouteurs HTTP qui ne font que rediriger vers HTTPS sont exemptés).",
        ),
        remediation: text(
            "Point serverGroupId of alicloud.slb.Listener at a vServer group with servers, or add an alicloud.slb.BackendServer / "
                + "alicloud.slb.Attachment whose loadBalancerId is the listener's load balancer.",
            "Faire pointer serverGroupId de alicloud.slb.Listener vers un groupe vServer garni, ou ajouter une alicloud.slb.BackendServer "
                + "/ alicloud.slb.Attachment dont loadBalancerId est l'équilibreur de l'écouteur.",
        ),
        severity: "medium",
        resourceTypes: [LISTENER, BACKEND_SERVER, ATTACHMENT, SERVER_GROUP, SERVER_GROUP_ATTACHMENT, MASTER_SLAVE_GROUP],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "CM-6"] },
    },
    validate: (resources, { report }) => {
        for (const l of ofType(resources, LISTENER)) {
            const props = l.props as Partial<ResourceProps<ListenerArgs>>;
            if (props.protocol === "http" && props.listenerForward === "on") continue;
            if (isGiven(l, "serverGroupId")) {
                const groups = ofType(resources, SERVER_GROUP).filter((g) => refersTo(l, "serverGroupId", g));
                if (groups.length === 0 || groups.some((g) => vserverGroupServers(g, resources).length > 0)) continue;
                report(
                    text(
                        `CLB listener "${l.name}" forwards to vServer group "${groups[0].name}", which has no backend server.`,
                        `L'écouteur CLB « ${l.name} » transmet au groupe vServer « ${groups[0].name} », qui n'a aucun serveur.`,
                    ),
                    l.urn,
                );
                continue;
            }
            if (isGiven(l, "masterSlaveServerGroupId")) {
                const groups = ofType(resources, MASTER_SLAVE_GROUP).filter((g) => refersTo(l, "masterSlaveServerGroupId", g));
                if (groups.length === 0 || groups.some((g) => masterSlaveServers(g).length > 0)) continue;
                report(
                    text(
                        `CLB listener "${l.name}" forwards to master-slave server group "${groups[0].name}", which has no server.`,
                        `L'écouteur CLB « ${l.name} » transmet au groupe maître-esclave « ${groups[0].name} », qui n'a aucun serveur.`,
                    ),
                    l.urn,
                );
                continue;
            }
            const fillers = [...ofType(resources, BACKEND_SERVER), ...ofType(resources, ATTACHMENT)];
            if (fillers.some((r) => sameTarget(l, "loadBalancerId", r, "loadBalancerId") && defaultGroupServers(r).length > 0)) continue;
            report(
                text(
                    `CLB listener "${l.name}" has no serverGroupId and no BackendServer or Attachment adds servers to its load balancer's `
                        + "default group.",
                    `L'écouteur CLB « ${l.name} » n'a pas de serverGroupId et aucune BackendServer ni Attachment n'ajoute de serveur au `
                        + "groupe par défaut de son équilibreur.",
                ),
                l.urn,
            );
        }
    },
});
