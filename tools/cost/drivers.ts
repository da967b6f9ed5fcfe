/**
 * What each planned resource type costs, as quantities: the cost drivers (`npm run cost`). Every
 * resource type a stack plans is in exactly one of two maps: DRIVERS (it is billed, and here is
 * how its quantities follow from its inputs) or NO_DIRECT_COST (it is not, and why). A type in
 * neither fails test/tools/cost.test.ts, naming itself and this file: a new resource type is a
 * question about money before it is deployed, never a row silently missing from the report.
 *
 * Quantities only. What a unit costs is the price sheet's business (--prices, docs/cost/README.md):
 * nothing here knows a price, and nothing here guesses a usage the plan cannot know (traffic,
 * stored gigabytes, requests); such a row says "usage" instead of a number.
 */
import type { Lang } from "../../policies/lib/rule";
import { NNBSP } from "../report/typography";
import type { Plan, PlanResource } from "../plan/types";

/**
 * How a unit is billed. `time`: the quantity is held through the month (instances, provisioned
 * GiB, shards, keys), so a price per hour or per month applies. `volume`: the quantity is what the
 * month used (GB transferred, requests), so a price per unit applies.
 */
export type Basis = "time" | "volume";

/** Hours in the month the estimate is for: 365 × 24 ÷ 12, the convention of cloud price pages. */
export const HOURS_PER_MONTH = 730;

const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

export interface DriverKind {
    /** What is billed, in the words of the report. */
    readonly what: Readonly<Record<Lang, string>>;
    /** The billing unit (the price sheet must price this unit). */
    readonly unit: string;
    readonly basis: Basis;
}

/**
 * Every kind of driver, by id. The ids are the keys of a price sheet: renaming one breaks every
 * sheet users wrote, so add rather than rename.
 */
export const DRIVER_KINDS = {
    "ecs.instance": { what: { en: "app server instances", fr: "instances des serveurs d'application" }, unit: "instance", basis: "time" },
    "ecs.disk": { what: { en: "cloud disks of the instances", fr: "disques cloud des instances" }, unit: "GiB", basis: "time" },
    "rds.instance": { what: { en: "database instance class", fr: "classe de l'instance de base de données" }, unit: "instance", basis: "time" },
    "rds.storage": { what: { en: "database storage", fr: "stockage de la base de données" }, unit: "GB", basis: "time" },
    "rds.backup": { what: { en: "database backups beyond the free quota", fr: "sauvegardes de la base au-delà du quota gratuit" }, unit: "GB", basis: "time" },
    "rds.sql-audit": { what: { en: "SQL audit log storage", fr: "stockage du journal d'audit SQL" }, unit: "GB", basis: "time" },
    "redis.shard": { what: { en: "cache shards of the class", fr: "fragments du cache de la classe" }, unit: "shard", basis: "time" },
    "oss.storage": { what: { en: "object storage by class and redundancy", fr: "stockage objet par classe et redondance" }, unit: "GB", basis: "time" },
    "oss.replication": { what: { en: "cross-region replication traffic", fr: "trafic de réplication inter-régions" }, unit: "GB", basis: "volume" },
    "eip.address": { what: { en: "elastic IP address", fr: "adresse IP élastique" }, unit: "address", basis: "time" },
    "eip.traffic": { what: { en: "outbound traffic, pay-by-traffic under a cap", fr: "trafic sortant, au trafic sous un plafond" }, unit: "GB", basis: "volume" },
    "eip.bandwidth": { what: { en: "reserved outbound bandwidth", fr: "bande passante sortante réservée" }, unit: "Mbit/s", basis: "time" },
    "nat.gateway": { what: { en: "NAT gateway", fr: "passerelle NAT" }, unit: "gateway", basis: "time" },
    "nat.capacity": { what: { en: "NAT capacity units used", fr: "unités de capacité NAT consommées" }, unit: "CU", basis: "time" },
    "alb.instance": { what: { en: "load balancer of the edition", fr: "équilibreur de charge de l'édition" }, unit: "instance", basis: "time" },
    "alb.capacity": { what: { en: "load balancer capacity units used", fr: "unités de capacité de l'équilibreur consommées" }, unit: "LCU", basis: "time" },
    "cdn.traffic": { what: { en: "CDN traffic in the scope", fr: "trafic CDN dans la zone" }, unit: "GB", basis: "volume" },
    "cdn.https": { what: { en: "CDN HTTPS requests", fr: "requêtes HTTPS du CDN" }, unit: "10k requests", basis: "volume" },
    "waf.instance": { what: { en: "WAF 3.0 instance of the edition", fr: "instance WAF 3.0 de l'édition" }, unit: "instance", basis: "time" },
    "waf.capacity": { what: { en: "WAF security capacity units used", fr: "unités de capacité de sécurité WAF consommées" }, unit: "SeCU", basis: "volume" },
    "sls.shard": { what: { en: "logstore shards (auto-split between the two)", fr: "fragments du logstore (répartition automatique entre les deux)" }, unit: "shard", basis: "time" },
    "sls.storage": { what: { en: "log storage for the retention", fr: "stockage des journaux pour la rétention" }, unit: "GB", basis: "time" },
    "sls.ingest": { what: { en: "log data written", fr: "données de journal écrites" }, unit: "GB", basis: "volume" },
    "kms.key": { what: { en: "KMS customer master key", fr: "clé maîtresse KMS" }, unit: "key", basis: "time" },
    "kms.secret": { what: { en: "KMS secret", fr: "secret KMS" }, unit: "secret", basis: "time" },
} as const satisfies Readonly<Record<string, DriverKind>>;

export type DriverId = keyof typeof DRIVER_KINDS;

export const DRIVER_IDS = Object.keys(DRIVER_KINDS) as DriverId[];

/** One billed quantity of one resource, before it is priced. `null` quantities are usage the plan cannot know. */
export interface Driver {
    readonly driver: DriverId;
    /** What exactly is billed: the instance type, class, edition, storage class and redundancy… (what a price sheet keys on). */
    readonly sku: string;
    readonly min: number | null;
    readonly max: number | null;
    /** Why the quantities are what they are, when the inputs say more than the numbers. */
    readonly note?: Readonly<Record<Lang, string>>;
}

/** What a driver function sees besides the resource: the rest of the plan, to follow references. */
export interface PlanIndex {
    readonly plan: Plan;
    /** The resource an input of `r` was made from (its property dependency), or the one whose id it holds. */
    referenced(r: PlanResource, input: string): PlanResource | undefined;
    /** Resources of `type` whose input `input` refers to `r`. */
    referring(r: PlanResource, type: string, input: string): PlanResource[];
}

export type DriverFunction = (r: PlanResource, index: PlanIndex) => Driver[];

// ---- Reading inputs -------------------------------------------------------------------------

/** A number input, also when the provider takes it as a string ("200"); null when absent or unknown. */
export function num(v: unknown): number | null {
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "string" && /^\d+(\.\d+)?$/.test(v)) return Number(v);
    return null;
}

const str = (v: unknown, fallback: string): string => (typeof v === "string" && v !== "" ? v : fallback);

const record = (v: unknown): Readonly<Record<string, unknown>> => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

/**
 * A text in both languages. The French is written with plain spaces and set here: a narrow no-break
 * space before ; : ! ? as in the reports (tools/report/typography.ts).
 */
export const bilingual = (en: string, fr: string): Readonly<Record<Lang, string>> => ({ en, fr: fr.replace(/ ([;:!?])/g, `${NNBSP}$1`) });

/** `a × b` that stays unknown when either side is. */
const times = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a * b);

/** Most GB a link capped at `mbps` can carry in the month: the cap, all month long (decimal GB, as billed). */
export function gbAtCap(mbps: number): number {
    return Math.round((mbps * SECONDS_PER_MONTH) / 8 / 1000);
}

// ---- The drivers ----------------------------------------------------------------------------

/**
 * A scaling group launches its instances from a launch template: instances and their disks are
 * counted here, at the group's bounds, because the template alone launches nothing.
 */
const scalingGroup: DriverFunction = (group, index) => {
    const g = group.inputs;
    const min = num(g.minSize);
    const max = num(g.maxSize);
    const template = index.referenced(group, "launchTemplateId");
    const events = index
        .referring(group, "alicloud:ess/scheduledTask:ScheduledTask", "scalingGroupId")
        .map((t) => num(t.inputs.minValue))
        .filter((v): v is number => v !== null);
    const eventMin = events.length > 0 ? Math.max(...events) : null;
    const boundsNote =
        eventMin !== null && min !== null && eventMin > min
            ? bilingual(
                  `scaling group bounds ${min} to ${max}; scheduled events raise the minimum to ${eventMin} while they last`,
                  `bornes du groupe ${min} à ${max} ; les événements planifiés portent le minimum à ${eventMin} le temps qu'ils durent`,
              )
            : bilingual(`scaling group bounds ${min} to ${max}`, `bornes du groupe ${min} à ${max}`);
    if (template === undefined) {
        const missing = bilingual(`${boundsNote.en}; its launch template is not in this plan`, `${boundsNote.fr} ; son modèle de lancement n'est pas dans ce plan`);
        return [{ driver: "ecs.instance", sku: "(no template)", min, max, note: missing }];
    }
    const t = template.inputs;
    const rows: Driver[] = [{ driver: "ecs.instance", sku: str(t.instanceType, "(instance type unknown)"), min, max, note: boundsNote }];
    const disks: [string, unknown][] = [["system", t.systemDisk], ...list(t.dataDisks).map((d): [string, unknown] => ["data", d])];
    for (const [role, raw] of disks) {
        const d = record(raw);
        const size = num(d.size);
        if (size === null && Object.keys(d).length === 0) continue;
        const level = typeof d.performanceLevel === "string" ? ` ${d.performanceLevel}` : "";
        rows.push({
            driver: "ecs.disk",
            sku: `${str(d.category, "cloud_efficiency")}${level}`,
            min: times(size, min),
            max: times(size, max),
            note: bilingual(`${role} disk of ${size ?? "?"} GiB per instance`, `disque ${role === "system" ? "système" : "de données"} de ${size ?? "?"} Gio par instance`),
        });
    }
    return rows;
};

const rdsInstance: DriverFunction = (r) => {
    const i = r.inputs;
    const storage = num(i.instanceStorage);
    const upper = i.storageAutoScale === "Enable" ? num(i.storageUpperBound) : storage;
    const rows: Driver[] = [
        {
            driver: "rds.instance",
            sku: str(i.instanceType, "(class unknown)"),
            min: 1,
            max: 1,
            note: bilingual(`${str(i.engine, "?")} ${str(i.engineVersion, "")}, ${str(i.category, "?")}`.replace(" ,", ","), `${str(i.engine, "?")} ${str(i.engineVersion, "")}, ${str(i.category, "?")}`.replace(" ,", ",")),
        },
        {
            driver: "rds.storage",
            sku: str(i.dbInstanceStorageType, "(storage type unknown)"),
            min: storage,
            max: upper,
            note:
                upper !== storage
                    ? bilingual("grows on its own up to the upper bound", "croît d'elle-même jusqu'à la borne haute")
                    : bilingual("fixed size", "taille fixe"),
        },
    ];
    if (i.sqlCollectorStatus === "Enabled") {
        rows.push({ driver: "rds.sql-audit", sku: `${num(i.sqlCollectorConfigValue) ?? "?"} days`, min: null, max: null });
    }
    return rows;
};

const rdsBackupPolicy: DriverFunction = (r) => [
    {
        driver: "rds.backup",
        sku: `${num(r.inputs.backupRetentionPeriod) ?? "?"} days`,
        min: null,
        max: null,
        note: bilingual(
            `data backups kept ${num(r.inputs.backupRetentionPeriod) ?? "?"} days, log backups ${num(r.inputs.logBackupRetentionPeriod) ?? "?"} days`,
            `sauvegardes de données gardées ${num(r.inputs.backupRetentionPeriod) ?? "?"} jours, de journaux ${num(r.inputs.logBackupRetentionPeriod) ?? "?"} jours`,
        ),
    },
];

const kvstoreInstance: DriverFunction = (r) => {
    const i = r.inputs;
    const shards = num(i.shardCount) ?? 1;
    const zones = typeof i.secondaryZoneId === "string" && i.secondaryZoneId !== "" && i.secondaryZoneId !== i.zoneId;
    return [
        {
            driver: "redis.shard",
            sku: str(i.instanceClass, "(class unknown)"),
            min: shards,
            max: shards,
            note: zones ? bilingual("replicas in a second zone", "répliques dans une seconde zone") : bilingual("one zone", "une zone"),
        },
    ];
};

/** Every storage class a bucket's objects can be in: the bucket's own, then those its lifecycle moves them to. */
const ossBucket: DriverFunction = (r) => {
    const i = r.inputs;
    const redundancy = str(i.redundancyType, "LRS");
    const first = str(i.storageClass, "Standard");
    const moves = list(i.lifecycleRules)
        .map(record)
        .filter((rule) => rule.enabled !== false)
        .flatMap((rule) => list(rule.transitions).map(record))
        .map((t) => ({ days: num(t.days), cls: str(t.storageClass, "?") }));
    const expiry = list(i.lifecycleRules)
        .map(record)
        .flatMap((rule) => list(rule.expirations).map(record))
        .map((e) => num(e.days))
        .find((d) => d !== null);
    const classes = [first, ...moves.map((m) => m.cls)].filter((c, k, all) => all.indexOf(c) === k);
    return classes.map((cls) => {
        const move = moves.find((m) => m.cls === cls);
        const after = move === undefined ? undefined : move.days;
        return {
            driver: "oss.storage" as const,
            sku: `${cls} ${redundancy}`,
            min: null,
            max: null,
            note:
                move === undefined
                    ? expiry !== undefined && expiry !== null
                        ? bilingual(`objects deleted after ${expiry} days`, `objets supprimés après ${expiry} jours`)
                        : undefined
                    : bilingual(`objects move here after ${after} days`, `les objets y passent après ${after} jours`),
        };
    });
};

const ossReplication: DriverFunction = (r) => [{ driver: "oss.replication", sku: `to ${str(r.inputs.destTargetRegion, str(record(r.inputs.destination).location, "?"))}`, min: null, max: null }];

const eipAddress: DriverFunction = (r) => {
    const i = r.inputs;
    const cap = num(i.bandwidth);
    const rows: Driver[] = [{ driver: "eip.address", sku: str(i.isp, "BGP"), min: 1, max: 1 }];
    if (i.internetChargeType === "PayByBandwidth") {
        rows.push({ driver: "eip.bandwidth", sku: "PayByBandwidth", min: cap, max: cap });
    } else {
        rows.push({
            driver: "eip.traffic",
            sku: `cap ${cap ?? "?"} Mbit/s`,
            min: 0,
            max: cap === null ? null : gbAtCap(cap),
            note: bilingual("at most: the cap used all month", "au plus : le plafond atteint tout le mois"),
        });
    }
    return rows;
};

const natGateway: DriverFunction = (r) => {
    const i = r.inputs;
    const rows: Driver[] = [{ driver: "nat.gateway", sku: str(i.natType, "Enhanced"), min: 1, max: 1 }];
    if (str(i.internetChargeType, "PayByLcu") === "PayByLcu") rows.push({ driver: "nat.capacity", sku: "PayByLcu", min: null, max: null });
    return rows;
};

const albLoadBalancer: DriverFunction = (r) => {
    const i = r.inputs;
    const pay = str(record(i.loadBalancerBillingConfig).payType, "PayAsYouGo");
    return [
        { driver: "alb.instance", sku: str(i.loadBalancerEdition, "Basic"), min: 1, max: 1, note: bilingual(`${pay}, ${list(i.zoneMappings).length} zones`, `${pay}, ${list(i.zoneMappings).length} zones`) },
        { driver: "alb.capacity", sku: str(i.loadBalancerEdition, "Basic"), min: null, max: null },
    ];
};

const cdnDomain: DriverFunction = (r) => {
    const i = r.inputs;
    const rows: Driver[] = [{ driver: "cdn.traffic", sku: `${str(i.cdnType, "web")} ${str(i.scope, "domestic")}`, min: null, max: null, note: bilingual(str(i.domainName, ""), str(i.domainName, "")) }];
    if (record(i.certificateConfig).serverCertificateStatus === "on") rows.push({ driver: "cdn.https", sku: str(i.scope, "domestic"), min: null, max: null });
    return rows;
};

/**
 * The provider's WAF 3.0 instance takes no arguments: the provider creates it with WAF's
 * CreatePostpaidInstance action, the pay-as-you-go edition, billed by the capacity it uses (not a
 * subscription, whatever was bought by hand besides).
 */
const wafInstance: DriverFunction = () => [
    { driver: "waf.instance", sku: "pay-as-you-go", min: 1, max: 1 },
    { driver: "waf.capacity", sku: "pay-as-you-go", min: null, max: null },
];

const logStore: DriverFunction = (r) => {
    const i = r.inputs;
    const shards = num(i.shardCount);
    const max = i.autoSplit === true ? num(i.maxSplitShardCount) : shards;
    const days = num(i.retentionPeriod);
    return [
        {
            driver: "sls.shard",
            sku: "shard",
            min: shards,
            max,
            note: max !== shards ? bilingual(`splits on its own under load, up to ${max}`, `les fragments se divisent d'eux-mêmes sous la charge, jusqu'à ${max}`) : undefined,
        },
        { driver: "sls.storage", sku: `${days ?? "?"} days`, min: null, max: null, note: bilingual(`logs kept ${days ?? "?"} days`, `journaux gardés ${days ?? "?"} jours`) },
        { driver: "sls.ingest", sku: "write", min: null, max: null },
    ];
};

const kmsKey: DriverFunction = (r) => [
    {
        driver: "kms.key",
        sku: `${str(r.inputs.keySpec, "Aliyun_AES_256")} ${str(r.inputs.protectionLevel, "SOFTWARE")}`,
        min: 1,
        max: 1,
        note: r.inputs.automaticRotation === "Enabled" ? bilingual(`rotated every ${str(r.inputs.rotationInterval, "?")}`, `rotation tous les ${str(r.inputs.rotationInterval, "?")}`) : undefined,
    },
];

const kmsSecret: DriverFunction = (r) => [{ driver: "kms.secret", sku: str(r.inputs.secretType, "Generic"), min: 1, max: 1 }];

/** Billed resource types, by Pulumi type token. */
export const DRIVERS: Readonly<Record<string, DriverFunction>> = {
    "alicloud:ess/scalingGroup:ScalingGroup": scalingGroup,
    "alicloud:rds/instance:Instance": rdsInstance,
    "alicloud:rds/backupPolicy:BackupPolicy": rdsBackupPolicy,
    "alicloud:kvstore/instance:Instance": kvstoreInstance,
    "alicloud:oss/bucket:Bucket": ossBucket,
    "alicloud:oss/bucketReplication:BucketReplication": ossReplication,
    "alicloud:ecs/eipAddress:EipAddress": eipAddress,
    "alicloud:vpc/natGateway:NatGateway": natGateway,
    "alicloud:alb/loadBalancer:LoadBalancer": albLoadBalancer,
    "alicloud:cdn/domainNew:DomainNew": cdnDomain,
    "alicloud:wafv3/instance:Instance": wafInstance,
    "alicloud:log/store:Store": logStore,
    "alicloud:kms/key:Key": kmsKey,
    "alicloud:kms/secret:Secret": kmsSecret,
};

/** Resource types with no charge of their own, and why (the reason is the decision; say it). */
export const NO_DIRECT_COST: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
    "pulumi:pulumi:Stack": bilingual("Pulumi's root of the stack, not a cloud resource", "racine Pulumi de la pile, pas une ressource cloud"),
    "pulumi:pulumi:StackReference": bilingual("reads another stack's outputs; not a cloud resource", "lit les sorties d'une autre pile ; pas une ressource cloud"),
    "pulumi:providers:alicloud": bilingual("provider configuration, not a cloud resource", "configuration du fournisseur, pas une ressource cloud"),
    "pulumi:providers:random": bilingual("provider configuration, not a cloud resource", "configuration du fournisseur, pas une ressource cloud"),
    "pulumi:providers:pulumi": bilingual("provider configuration, not a cloud resource", "configuration du fournisseur, pas une ressource cloud"),
    "random:index/randomPassword:RandomPassword": bilingual("generated in the Pulumi state, not in the cloud", "générée dans l'état Pulumi, pas dans le cloud"),
    "random:index/randomString:RandomString": bilingual("generated in the Pulumi state, not in the cloud", "générée dans l'état Pulumi, pas dans le cloud"),
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate": bilingual(
        "launches nothing itself: its instance type and disks are counted at the scaling group that uses it",
        "ne lance rien lui-même : son type d'instance et ses disques sont comptés au groupe de mise à l'échelle qui l'utilise",
    ),
    "alicloud:actiontrail/trail:Trail": bilingual(
        "delivering management events has no price of its own; what it writes is billed where it lands, the logs bucket and the trail's logstore, both counted",
        "la livraison des événements de gestion n'a pas de prix propre ; ce qu'elle écrit est facturé là où il arrive, le compartiment des journaux et le logstore de la piste, tous deux comptés",
    ),
    "alicloud:log/alert:Alert": bilingual(
        "an alert rule has no price of its own; the queries it runs and any text or voice notifications are billed by Log Service by use",
        "une règle d'alerte n'a pas de prix propre ; les requêtes qu'elle exécute et les éventuelles notifications par SMS ou appel sont facturées par Log Service à l'usage",
    ),
    "alicloud:ims/oidcProvider:OidcProvider": bilingual("an identity provider of the account, not billed", "fournisseur d'identité du compte, non facturé"),
    "alicloud:ram/passwordPolicy:PasswordPolicy": bilingual("a setting of the account, not billed", "paramètre du compte, non facturé"),
    "alicloud:ram/securityPreference:SecurityPreference": bilingual("a setting of the account, not billed", "paramètre du compte, non facturé"),
    "alicloud:cms/alarm:Alarm": bilingual(
        "an alarm rule on a cloud service's metrics, which CloudMonitor does not bill; only text messages and calls beyond the free quota are (these alarms send e-mail)",
        "règle d'alarme sur les métriques d'un service cloud, que CloudMonitor ne facture pas ; seuls les SMS et appels au-delà du quota gratuit le sont (ces alarmes envoient des courriels)",
    ),
    "alicloud:cms/alarmContact:AlarmContact": bilingual("a CloudMonitor contact, not billed", "contact CloudMonitor, non facturé"),
    "alicloud:cms/alarmContactGroup:AlarmContactGroup": bilingual("a CloudMonitor contact group, not billed", "groupe de contacts CloudMonitor, non facturé"),
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment": bilingual("Auto Scaling configuration; Auto Scaling itself is free", "configuration d'Auto Scaling, service gratuit en lui-même"),
    "alicloud:ess/scalingRule:ScalingRule": bilingual("Auto Scaling configuration; the instances it adds are counted at the group's maximum", "configuration d'Auto Scaling ; les instances ajoutées sont comptées au maximum du groupe"),
    "alicloud:ess/scheduledTask:ScheduledTask": bilingual("Auto Scaling configuration; it moves the group within its bounds, counted at the group", "configuration d'Auto Scaling ; déplace le groupe entre ses bornes, comptées au groupe"),
    "alicloud:ecs/eipAssociation:EipAssociation": bilingual("binds the address to the NAT gateway; both are counted", "lie l'adresse à la passerelle NAT ; toutes deux sont comptées"),
    "alicloud:ecs/securityGroup:SecurityGroup": bilingual("network configuration, free", "configuration réseau, gratuite"),
    "alicloud:ecs/securityGroupRule:SecurityGroupRule": bilingual("network configuration, free", "configuration réseau, gratuite"),
    "alicloud:vpc/network:Network": bilingual("the VPC itself is free; what runs in it is counted", "le VPC est gratuit ; ce qui y tourne est compté"),
    "alicloud:vpc/switch:Switch": bilingual("network configuration, free", "configuration réseau, gratuite"),
    "alicloud:vpc/snatEntry:SnatEntry": bilingual("a rule of the NAT gateway, which is counted", "une règle de la passerelle NAT, qui est comptée"),
    "alicloud:vpc/flowLog:FlowLog": bilingual(
        "its records are counted as the data written to and kept by the logstore they go to (sls.* rows)",
        "ses enregistrements sont comptés comme données écrites et gardées dans le logstore qui les reçoit (lignes sls.*)",
    ),
    "alicloud:log/project:Project": bilingual("a container of logstores; its logstores are counted", "un conteneur de logstores ; ses logstores sont comptés"),
    "alicloud:alb/listener:Listener": bilingual("configuration of the load balancer, which is counted", "configuration de l'équilibreur, qui est compté"),
    "alicloud:alb/rule:Rule": bilingual("configuration of the load balancer, which is counted", "configuration de l'équilibreur, qui est compté"),
    "alicloud:alb/serverGroup:ServerGroup": bilingual("configuration of the load balancer, which is counted", "configuration de l'équilibreur, qui est compté"),
    "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment": bilingual("network configuration, free", "configuration réseau, gratuite"),
    "alicloud:cdn/domainConfig:DomainConfig": bilingual("a feature setting of a CDN domain, which is counted", "un réglage d'un domaine CDN, qui est compté"),
    "alicloud:dns/alidnsRecord:AlidnsRecord": bilingual("a record in a zone the stack does not buy", "un enregistrement dans une zone que la pile n'achète pas"),
    "alicloud:oss/bucketAcl:BucketAcl": bilingual("a setting of a bucket, which is counted", "un réglage d'un bucket, qui est compté"),
    "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig": bilingual("a setting of a bucket, which is counted", "un réglage d'un bucket, qui est compté"),
    "alicloud:oss/bucketLogging:BucketLogging": bilingual("its logs are objects of the logs bucket, which is counted", "ses journaux sont des objets du bucket des journaux, qui est compté"),
    "alicloud:oss/bucketPolicy:BucketPolicy": bilingual("a setting of a bucket, which is counted", "un réglage d'un bucket, qui est compté"),
    "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock": bilingual("a setting of a bucket, which is counted", "un réglage d'un bucket, qui est compté"),
    "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption": bilingual("a setting of a bucket; its key is counted", "un réglage d'un bucket ; sa clé est comptée"),
    "alicloud:oss/bucketVersioning:BucketVersioning": bilingual(
        "a setting of a bucket; the versions it keeps are stored objects of the bucket, which is counted",
        "un réglage d'un bucket ; les versions gardées sont des objets du bucket, qui est compté",
    ),
    "alicloud:rds/accountPrivilege:AccountPrivilege": bilingual("inside the database instance, which is counted", "dans l'instance de base de données, qui est comptée"),
    "alicloud:rds/database:Database": bilingual("inside the database instance, which is counted", "dans l'instance de base de données, qui est comptée"),
    "alicloud:rds/rdsAccount:RdsAccount": bilingual("inside the database instance, which is counted", "dans l'instance de base de données, qui est comptée"),
    "alicloud:ram/role:Role": bilingual("RAM is free", "RAM est gratuit"),
    "alicloud:ram/policy:Policy": bilingual("RAM is free", "RAM est gratuit"),
    "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment": bilingual("RAM is free", "RAM est gratuit"),
};

/** Where a resource type must be declared; the message of a type in neither map names it. */
export const DRIVER_FILE = "tools/cost/drivers.ts";

/** Components group resources: they are no cloud resource, whatever layer adds them. */
export function isComponent(r: PlanResource): boolean {
    return !r.custom && !r.type.startsWith("pulumi:");
}

/** A planned type the maps do not know: what the report and the test say about it. */
export function unknownTypeMessage(type: string): string {
    return `resource type ${type} is neither a cost driver nor declared free; add it to DRIVERS or NO_DIRECT_COST in ${DRIVER_FILE}`;
}
