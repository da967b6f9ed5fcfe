import type { PolicyResource } from "@pulumi/policy";
import { STACK_TYPE, stackRule, text } from "../../lib/rule";
import { idOf, known, ofType } from "../../lib/util";
import { parseDimensions } from "./cms-alarm-watches-a-resource";

const ALARM = "alicloud:cms/alarm:Alarm";

/** The stack output a layer stack exports to name the layers it deploys (infra/index.ts). */
export const LAYERS_OUTPUT = "layers";
/** The layer that declares the alarms. */
const ALARM_LAYER = "observability";

/** What CloudMonitor calls each watched type: its namespace, the dimension key, and which prop the key holds. */
interface Watch {
    readonly what: string;
    /** The same in French, with its article. */
    readonly quoi: string;
    readonly namespace: string;
    readonly key: string;
    /** The prop the dimension value equals; the resource's id when undefined. */
    readonly by?: string;
}

export const WATCHED: Readonly<Record<string, Watch>> = {
    "alicloud:alb/loadBalancer:LoadBalancer": { what: "ALB", quoi: "L'ALB", namespace: "acs_alb", key: "loadBalancerId" },
    "alicloud:ess/scalingGroup:ScalingGroup": { what: "scaling group", quoi: "Le groupe de mise à l'échelle", namespace: "acs_ess_dashboard", key: "scaling_group" },
    "alicloud:rds/instance:Instance": { what: "RDS instance", quoi: "L'instance RDS", namespace: "acs_rds_dashboard", key: "instanceId" },
    "alicloud:kvstore/instance:Instance": { what: "Tair / Redis instance", quoi: "L'instance Tair / Redis", namespace: "acs_kvstore", key: "instanceId" },
    "alicloud:cdn/domainNew:DomainNew": { what: "CDN domain", quoi: "Le domaine CDN", namespace: "acs_cdn", key: "instanceId", by: "domainName" },
};

const prop = (r: PolicyResource, p: string): unknown => known(() => (r.props as Record<string, unknown>)[p]);

/** True when `alarm` is enabled, reads `watch`'s namespace and names `target` in its dimensions. */
function watches(alarm: PolicyResource, watch: Watch, target: PolicyResource): boolean {
    if (prop(alarm, "enabled") === false || prop(alarm, "project") !== watch.namespace) return false;
    if ((alarm.propertyDependencies.metricDimensions ?? []).some((d) => d.urn === target.urn)) return true;
    const want = watch.by === undefined ? known(() => idOf(target)) : prop(target, watch.by);
    const dims = prop(alarm, "metricDimensions");
    if (typeof want !== "string" || typeof dims !== "string") return false;
    return (parseDimensions(dims) ?? []).some((d) => (d[watch.key] ?? "").split(",").map((s) => s.trim()).includes(want));
}

/** The layers each root stack of the plan says it deploys; undefined for a stack that deploys them all. */
function deployedLayers(resources: readonly PolicyResource[]): (readonly string[] | undefined)[] {
    return resources
        .filter((r) => r.type === STACK_TYPE)
        .map((root) => {
            const v = known(() => (root.props as Record<string, unknown>)[LAYERS_OUTPUT]);
            return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
        });
}

export const cmsMonitoredResourcesAlarmed = stackRule({
    meta: {
        id: "cms-monitored-resources-alarmed",
        service: "log",
        title: text("Every watched service has an alarm", "Chaque service surveillé a son alarme"),
        description: text(
            "Each ALB, scaling group, RDS instance, Tair / Redis instance and CDN domain of the stack is named by at least one enabled "
                + "CloudMonitor alarm of its service's namespace, so that its failure pages someone. Layer stacks that do not deploy the "
                + "observability layer leave the check to the stack that does (npm run audit -- --env checks them together).",
            "Chaque ALB, groupe de mise à l'échelle, instance RDS, instance Tair / Redis et domaine CDN de la pile est nommé par au "
                + "moins une alarme CloudMonitor activée de l'espace de noms de son service, pour que sa panne prévienne quelqu'un. Les "
                + "piles de couches qui ne déploient pas la couche d'observabilité laissent la vérification à celle qui la déploie "
                + "(npm run audit -- --env les vérifie ensemble).",
        ),
        remediation: text(
            "Deploy the observability layer in the stack (dakar2026:layers) or add an alicloud.cms.Alarm whose project is the service's "
                + "namespace and whose metricDimensions name the resource through its output.",
            "Déployer la couche d'observabilité dans la pile (dakar2026:layers) ou ajouter une alicloud.cms.Alarm dont project est "
                + "l'espace de noms du service et dont les metricDimensions nomment la ressource par sa sortie.",
        ),
        severity: "high",
        resourceTypes: [ALARM, ...Object.keys(WATCHED)],
        frameworks: { iso27001: ["A.8.16"], nist: ["SI-4", "CA-7"] },
    },
    validate: (resources, { args, report }) => {
        const watched = resources.filter((r) => WATCHED[r.type] !== undefined);
        if (watched.length === 0) args.notApplicable("the stack declares no ALB, scaling group, RDS, Tair / Redis or CDN domain");
        const roots = deployedLayers(resources);
        if (roots.length > 0 && roots.every((l) => l !== undefined && !l.includes(ALARM_LAYER))) {
            args.notApplicable(`the stack does not deploy the ${ALARM_LAYER} layer, which declares the alarms; npm run audit -- --env checks the environment`);
        }
        const alarms = ofType(resources, ALARM);
        for (const r of watched) {
            const watch = WATCHED[r.type];
            if (alarms.some((a) => watches(a, watch, r))) continue;
            const label = String((watch.by !== undefined ? prop(r, watch.by) : undefined) ?? r.name);
            report(
                text(
                    `The ${watch.what} "${label}" has no enabled CloudMonitor alarm in ${watch.namespace} naming it (${watch.key}); its failure would page nobody.`,
                    `${watch.quoi} « ${label} » ne figure dans les metricDimensions (${watch.key}) d'aucune alarme CloudMonitor activée de ${watch.namespace} : sa panne ne préviendrait personne.`,
                ),
                r.urn,
            );
        }
    },
});
