import type { PolicyResource } from "@pulumi/policy";
import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import type { LoadBalancerArgs as AlbLoadBalancerArgs } from "@pulumi/alicloud/alb";
import type { ScalingGroupArgs } from "@pulumi/alicloud/ess";
import type { InstanceArgs as KvstoreInstanceArgs } from "@pulumi/alicloud/kvstore";
import type { LoadBalancerArgs as NlbLoadBalancerArgs } from "@pulumi/alicloud/nlb";
import type { ClusterArgs } from "@pulumi/alicloud/polardb";
import type { InstanceArgs as RdsInstanceArgs } from "@pulumi/alicloud/rds";
import type { SwitchArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, stackRule, text, Text } from "../../lib/rule";
import { notHere, referencedStacks, unresolved } from "../../lib/layers";
import { ofType, refersTo } from "../../lib/util";

interface Config {
    minZones: number;
}

const ALB = "alicloud:alb/loadBalancer:LoadBalancer";
const NLB = "alicloud:nlb/loadBalancer:LoadBalancer";
const SLB = "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer";
const RDS = "alicloud:rds/instance:Instance";
const KVSTORE = "alicloud:kvstore/instance:Instance";
const POLARDB = "alicloud:polardb/cluster:Cluster";
const SCALING_GROUP = "alicloud:ess/scalingGroup:ScalingGroup";
const VSWITCH = "alicloud:vpc/switch:Switch";

function propsOf<A>(r: PolicyResource): Partial<ResourceProps<A>> {
    return r.props as Partial<ResourceProps<A>>;
}

function distinct(values: readonly (string | undefined)[]): string[] {
    return [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))].sort();
}

/** A primary/standby pair spans two zones when the standby zone is set and differs from the primary's. */
function standbyElsewhere(primary: string | undefined, standby: string | undefined): boolean {
    return standby !== undefined && standby !== "" && standby !== primary;
}

/** Typed so the compiler checks it against ScalingGroupArgs. */
const GROUP_VSWITCHES: keyof ScalingGroupArgs = "vswitchIds";
const SINGLE_NODE_RDS = ["Basic", "serverless_basic"];
const HOT_STANDBY_ON = ["ON", "EQUAL"];

/**
 * `minZones` applies where a resource can span any number of zones (ALB and NLB zone mappings, the
 * vSwitches of a scaling group). RDS, Tair/Redis, PolarDB and CLB are primary/standby pairs: for
 * them "multi-zone" means a standby zone that differs from the primary zone.
 */
export const haMultiZone = stackRule<Config>({
    meta: {
        id: "ha-multi-zone",
        service: "governance",
        title: text(
            "Load balancers, databases, caches and scaling groups span several zones",
            "Répartiteurs, bases, caches et groupes de mise à l'échelle couvrent plusieurs zones",
        ),
        description: text(
            "A zone outage must not stop the Games: ALB and NLB load balancers map at least minZones distinct zones, CLB load " +
                "balancers have a slave zone distinct from the master zone, RDS instances are not single-node and have a standby " +
                "zone (zoneIdSlaveA) distinct from zoneId, Tair/Redis instances have a secondaryZoneId distinct from zoneId, PolarDB " +
                "clusters are multi-zone (MAZ zone or hot standby in another zone), and ESS scaling groups use vSwitches (joined by " +
                "reference) in at least minZones distinct zones.",
            "Une panne de zone ne doit pas arrêter les Jeux : les répartiteurs ALB et NLB couvrent au moins minZones zones distinctes, " +
                "les répartiteurs CLB ont une zone secondaire distincte de la zone principale, les instances RDS ne sont pas à nœud " +
                "unique et ont une zone de secours (zoneIdSlaveA) distincte de zoneId, les instances Tair/Redis ont un " +
                "secondaryZoneId distinct de zoneId, les clusters PolarDB sont multizones (zone MAZ ou secours à chaud dans une autre " +
                "zone) et les groupes ESS utilisent des vSwitches (liés par référence) dans au moins minZones zones distinctes.",
        ),
        remediation: text(
            "alb/nlb.LoadBalancer: one zoneMappings entry per zone (≥ minZones); slb.ApplicationLoadBalancer: set slaveZoneId ≠ " +
                "masterZoneId; rds.Instance: category \"HighAvailability\" and zoneIdSlaveA ≠ zoneId; kvstore.Instance: " +
                "secondaryZoneId ≠ zoneId; polardb.Cluster: hotStandbyCluster \"ON\" with standbyAz ≠ zoneId; ess.ScalingGroup: " +
                "vswitchIds referring to vpc.Switch resources in ≥ minZones zones.",
            "alb/nlb.LoadBalancer : une entrée zoneMappings par zone (≥ minZones) ; slb.ApplicationLoadBalancer : slaveZoneId ≠ " +
                "masterZoneId ; rds.Instance : category « HighAvailability » et zoneIdSlaveA ≠ zoneId ; kvstore.Instance : " +
                "secondaryZoneId ≠ zoneId ; polardb.Cluster : hotStandbyCluster « ON » avec standbyAz ≠ zoneId ; ess.ScalingGroup : " +
                "vswitchIds référençant des vpc.Switch répartis sur ≥ minZones zones.",
        ),
        severity: "medium",
        resourceTypes: [ALB, NLB, SLB, RDS, KVSTORE, POLARDB, SCALING_GROUP, VSWITCH],
        frameworks: { iso27001: ["A.8.14", "A.5.30"], nist: ["CP-10", "SC-36", "CP-7"] },
    },
    configSchema: {
        properties: {
            minZones: {
                type: "integer",
                default: 2,
                description: "Minimum number of distinct zones for ALB/NLB zone mappings and scaling-group vSwitches.",
            },
        },
    },
    validate: (resources, { args, config, report }) => {
        let reported = false;
        const flag = (r: PolicyResource, message: Text) => {
            reported = true;
            report(message, r.urn);
        };
        const min = config.minZones;
        for (const [type, label] of [[ALB, "ALB"], [NLB, "NLB"]] as const) {
            for (const lb of ofType(resources, type)) {
                const mappings = propsOf<AlbLoadBalancerArgs | NlbLoadBalancerArgs>(lb).zoneMappings ?? [];
                const zones = distinct(mappings.map((m) => m.zoneId));
                if (zones.length >= min) continue;
                const n = zones.length;
                flag(lb, text(
                    `${label} load balancer "${lb.name}" maps ${n} distinct zone(s) (${zones.join(", ") || "none"}); ` +
                        `at least ${min} are required.`,
                    `Le répartiteur ${label} « ${lb.name} » couvre ${n} zone(s) distincte(s) (${zones.join(", ") || "aucune"}) ; ` +
                        `il en faut au moins ${min}.`,
                ));
            }
        }
        for (const lb of ofType(resources, SLB)) {
            const p = propsOf<ApplicationLoadBalancerArgs>(lb);
            if (standbyElsewhere(p.masterZoneId, p.slaveZoneId)) continue;
            flag(lb, text(
                `CLB load balancer "${lb.name}" has no slave zone distinct from its master zone (masterZoneId ` +
                    `${p.masterZoneId ?? "unset"}, slaveZoneId ${p.slaveZoneId ?? "unset"}); set slaveZoneId to another zone.`,
                `Le répartiteur CLB « ${lb.name} » n'a pas de zone secondaire distincte de sa zone principale (masterZoneId ` +
                    `${p.masterZoneId ?? "non défini"}, slaveZoneId ${p.slaveZoneId ?? "non défini"}) ; ` +
                    `fixer slaveZoneId à une autre zone.`,
            ));
        }
        for (const db of ofType(resources, RDS)) {
            const p = propsOf<RdsInstanceArgs>(db);
            if (p.category !== undefined && SINGLE_NODE_RDS.includes(p.category)) {
                flag(db, text(
                    `RDS instance "${db.name}" uses the single-node category "${p.category}"; use "HighAvailability" (or another edition ` +
                        `with a standby) and set zoneIdSlaveA.`,
                    `L'instance RDS « ${db.name} » utilise la catégorie à nœud unique « ${p.category} » ; choisir « HighAvailability » ` +
                        `(ou une autre édition avec secours) et renseigner zoneIdSlaveA.`,
                ));
                continue;
            }
            if (standbyElsewhere(p.zoneId, p.zoneIdSlaveA)) continue;
            flag(db, text(
                `RDS instance "${db.name}" has no standby in another zone (zoneId ${p.zoneId ?? "unset"}, zoneIdSlaveA ` +
                    `${p.zoneIdSlaveA ?? "unset"}); set zoneIdSlaveA to a zone other than zoneId.`,
                `L'instance RDS « ${db.name} » n'a pas de secours dans une autre zone (zoneId ${p.zoneId ?? "non défini"}, zoneIdSlaveA ` +
                    `${p.zoneIdSlaveA ?? "non défini"}) ; fixer zoneIdSlaveA à une zone différente de zoneId.`,
            ));
        }
        for (const cache of ofType(resources, KVSTORE)) {
            const p = propsOf<KvstoreInstanceArgs>(cache);
            // availabilityZone is the deprecated spelling of zoneId; honour it while plans still use it.
            const zone = p.zoneId ?? p.availabilityZone;
            if (standbyElsewhere(zone, p.secondaryZoneId)) continue;
            flag(cache, text(
                `Tair/Redis instance "${cache.name}" has no secondary zone distinct from its zone (zoneId ${zone ?? "unset"}, ` +
                    `secondaryZoneId ${p.secondaryZoneId ?? "unset"}); set secondaryZoneId to another zone.`,
                `L'instance Tair/Redis « ${cache.name} » n'a pas de zone secondaire distincte de sa zone ` +
                    `(zoneId ${zone ?? "non défini"}, secondaryZoneId ${p.secondaryZoneId ?? "non défini"}) ; ` +
                    `fixer secondaryZoneId à une autre zone.`,
            ));
        }
        for (const cluster of ofType(resources, POLARDB)) {
            const p = propsOf<ClusterArgs>(cluster);
            if (p.zoneId?.includes("MAZ")) continue;
            const hotStandby = p.hotStandbyCluster !== undefined && HOT_STANDBY_ON.includes(p.hotStandbyCluster);
            if (hotStandby && standbyElsewhere(p.zoneId, p.standbyAz)) continue;
            flag(cluster, text(
                `PolarDB cluster "${cluster.name}" is not multi-zone (zoneId ${p.zoneId ?? "unset"}, hotStandbyCluster ` +
                    `${p.hotStandbyCluster ?? "unset"}, standbyAz ${p.standbyAz ?? "unset"}); set hotStandbyCluster "ON" and standbyAz ` +
                    `to another zone.`,
                `Le cluster PolarDB « ${cluster.name} » n'est pas multizone (zoneId ${p.zoneId ?? "non défini"}, hotStandbyCluster ` +
                    `${p.hotStandbyCluster ?? "non défini"}, standbyAz ${p.standbyAz ?? "non défini"}) ; ` +
                    `fixer hotStandbyCluster à « ON » et standbyAz à une autre zone.`,
            ));
        }
        const switches = ofType(resources, VSWITCH);
        // In a layer stack the scaling group's vSwitches may be the network stack's: their zones are not known here.
        const layered = referencedStacks(resources).length > 0;
        const elsewhere: string[] = [];
        for (const group of ofType(resources, SCALING_GROUP)) {
            const missing = layered ? unresolved(group, GROUP_VSWITCHES, switches) : [];
            if (missing.length > 0) {
                elsewhere.push(`the zones of vSwitches ${missing.join(", ")} of scaling group "${group.name}"`);
                continue;
            }
            const used = switches.filter((s) => refersTo(group, GROUP_VSWITCHES, s));
            const zones = distinct(used.map((s) => propsOf<SwitchArgs>(s).zoneId ?? propsOf<SwitchArgs>(s).availabilityZone));
            if (zones.length >= min) continue;
            flag(group, text(
                `Scaling group "${group.name}" uses vSwitches in ${zones.length} distinct zone(s) (${zones.join(", ") || "none"}); ` +
                    `at least ${min} are required.`,
                `Le groupe de mise à l'échelle « ${group.name} » utilise des vSwitches dans ${zones.length} zone(s) distincte(s) ` +
                    `(${zones.join(", ") || "aucune"}) ; il en faut au moins ${min}.`,
            ));
        }
        notHere(args, resources, elsewhere, reported);
    },
});
