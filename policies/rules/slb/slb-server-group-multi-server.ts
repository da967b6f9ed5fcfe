import type { PolicyResource } from "@pulumi/policy";
import type {
    AttachmentArgs,
    BackendServerArgs,
    MasterSlaveServerGroupArgs,
    ServerGroupArgs,
    ServerGroupServerAttachmentArgs,
} from "@pulumi/alicloud/slb";
import { ResourceProps, stackRule, text, Text } from "../../lib/rule";
import { ofType, refersTo, sameTarget } from "../../lib/util";

export const BACKEND_SERVER = "alicloud:slb/backendServer:BackendServer";
export const ATTACHMENT = "alicloud:slb/attachment:Attachment";
export const SERVER_GROUP = "alicloud:slb/serverGroup:ServerGroup";
export const SERVER_GROUP_ATTACHMENT = "alicloud:slb/serverGroupServerAttachment:ServerGroupServerAttachment";
export const MASTER_SLAVE_GROUP = "alicloud:slb/masterSlaveServerGroup:MasterSlaveServerGroup";

const props = <A>(r: PolicyResource) => r.props as Partial<ResourceProps<A>>;

/** Servers a default-group resource (slb.BackendServer or slb.Attachment) adds to its load balancer. */
export function defaultGroupServers(r: PolicyResource): string[] {
    if (r.type === ATTACHMENT) return props<AttachmentArgs>(r).instanceIds ?? [];
    return (props<BackendServerArgs>(r).backendServers ?? []).map((s) => s.serverId);
}

/** Servers of a vServer group: its deprecated inline `servers` plus every slb.ServerGroupServerAttachment referring to it. */
export function vserverGroupServers(group: PolicyResource, resources: readonly PolicyResource[]): string[] {
    const inline = (props<ServerGroupArgs>(group).servers ?? []).flatMap((s) => s.serverIds);
    const attached = ofType(resources, SERVER_GROUP_ATTACHMENT)
        .filter((a) => refersTo(a, "serverGroupId", group))
        .map((a) => props<ServerGroupServerAttachmentArgs>(a).serverId ?? "");
    return [...inline, ...attached];
}

export function masterSlaveServers(group: PolicyResource): string[] {
    return (props<MasterSlaveServerGroupArgs>(group).servers ?? []).map((s) => s.serverId);
}

interface Config {
    minServers: number;
}

/** Joins by reference: default-group resources count together when they share their `loadBalancerId` target. */
export const slbServerGroupMultiServer = stackRule<Config>({
    meta: {
        id: "slb-server-group-multi-server",
        service: "slb",
        title: text("CLB server groups have several backend servers", "Les groupes de serveurs des CLB ont plusieurs serveurs"),
        description: text(
            "A non-empty CLB server group (default group, vServer group or master-slave group) must hold at least two distinct backend "
                + "servers, so that one failure does not stop the service.",
            "Un groupe de serveurs CLB non vide (groupe par défaut, groupe vServer ou groupe maître-esclave) doit contenir au moins deux "
                + "serveurs distincts, afin qu'une panne n'interrompe pas le service.",
        ),
        remediation: text(
            "Add a second server to alicloud.slb.BackendServer backendServers / alicloud.slb.Attachment instanceIds, add an "
                + "alicloud.slb.ServerGroupServerAttachment to the vServer group, or a standby server to "
                + "alicloud.slb.MasterSlaveServerGroup.",
            "Ajouter un second serveur dans backendServers de alicloud.slb.BackendServer / instanceIds de alicloud.slb.Attachment, une "
                + "alicloud.slb.ServerGroupServerAttachment au groupe vServer, ou un serveur de secours à "
                + "alicloud.slb.MasterSlaveServerGroup.",
        ),
        severity: "medium",
        resourceTypes: [BACKEND_SERVER, ATTACHMENT, SERVER_GROUP, SERVER_GROUP_ATTACHMENT, MASTER_SLAVE_GROUP],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "SC-6"] },
    },
    configSchema: {
        properties: {
            minServers: { type: "integer", default: 2, description: "Fewest distinct servers a non-empty server group may hold." },
        },
    },
    validate: (resources, { config, report }) => {
        const check = (r: PolicyResource, servers: string[], what: Text) => {
            const distinct = [...new Set(servers.filter((s) => s !== ""))];
            if (distinct.length === 0 || distinct.length >= config.minServers) return;
            const list = distinct.join(", ");
            report(
                text(
                    `${what.en} has only ${distinct.length} backend server(s) (${list}); add servers to reach at least `
                        + `${config.minServers}.`,
                    `${what.fr} n'a que ${distinct.length} serveur(s) (${list}) ; en ajouter pour atteindre au moins ${config.minServers}.`,
                ),
                r.urn,
            );
        };
        const defaults = [...ofType(resources, BACKEND_SERVER), ...ofType(resources, ATTACHMENT)];
        const seen = new Set<string>();
        for (const r of defaults) {
            if (seen.has(r.urn)) continue;
            const sameLb = defaults.filter((o) => o === r || sameTarget(r, "loadBalancerId", o, "loadBalancerId"));
            sameLb.forEach((o) => seen.add(o.urn));
            const what = text(
                `The CLB default server group filled by "${r.name}"`,
                `Le groupe de serveurs CLB par défaut rempli par « ${r.name} »`,
            );
            check(r, sameLb.flatMap(defaultGroupServers), what);
        }
        for (const g of ofType(resources, SERVER_GROUP)) {
            check(g, vserverGroupServers(g, resources), text(`CLB vServer group "${g.name}"`, `Le groupe vServer CLB « ${g.name} »`));
        }
        for (const g of ofType(resources, MASTER_SLAVE_GROUP)) {
            const what = text(`CLB master-slave server group "${g.name}"`, `Le groupe maître-esclave CLB « ${g.name} »`);
            check(g, masterSlaveServers(g), what);
        }
    },
});
