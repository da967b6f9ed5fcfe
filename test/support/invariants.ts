/**
 * What must hold of every resource a stack plans, whatever its settings and profile: tags, names,
 * protection of stateful resources, and what the security groups open to the internet. Each check
 * returns the faults it found (empty when all holds), so a failing test says which resource and why.
 * The checks read resources in one small shape, so component tests (test/support/components.ts)
 * and plan tests (tools/plan) use the same ones.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { isPrivate, networkOf, parseCidr } from "../../infra/core/cidr";
import { DATA_CLASSIFICATIONS, MAX_NAME_LENGTH, PROJECT, TagScope } from "../../infra/core/names";
import { TAGGABLE_TYPES } from "../../policies/rules/governance/taggable-types";
import { STATEFUL_TYPES as GUARDED_TYPES } from "../../tools/plan/baseline";
import type { PlanResource } from "../../tools/plan/types";

export interface Res {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly custom: boolean;
    readonly id?: string;
    readonly inputs: Readonly<Record<string, unknown>>;
    readonly protect: boolean;
    /** URN of the parent, if any. */
    readonly parent?: string;
}

/** A plan resource in the shape the checks read. */
export function fromPlan(r: PlanResource): Res {
    return { urn: r.urn, type: r.type, name: r.name, custom: r.custom, id: r.id, inputs: r.inputs, protect: r.options.protect, parent: r.parent };
}

/**
 * Types whose loss costs something replacing cannot give back: data (buckets, databases, caches,
 * keys, logs, secrets), an address partners allow-list (the EIP, the NAT holding it), the suffix in
 * globally unique names, generated passwords. The data-loss guard uses the same list.
 */
export const STATEFUL_TYPES: readonly string[] = GUARDED_TYPES;

/** Types that hold no data and that a replacement restores as they were. */
export const STATELESS_TYPES: readonly string[] = [
    "alicloud:vpc/network:Network",
    "alicloud:vpc/switch:Switch",
    "alicloud:vpc/snatEntry:SnatEntry",
    "alicloud:vpc/flowLog:FlowLog",
    "alicloud:ecs/securityGroup:SecurityGroup",
    "alicloud:ecs/securityGroupRule:SecurityGroupRule",
    "alicloud:ecs/eipAssociation:EipAssociation",
    "alicloud:ram/role:Role",
    "alicloud:ram/policy:Policy",
    "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    // A bucket's settings: replacing one sets the same thing again; the objects live in the bucket.
    "alicloud:oss/bucketAcl:BucketAcl",
    "alicloud:oss/bucketPublicAccessBlock:BucketPublicAccessBlock",
    "alicloud:oss/bucketServerSideEncryption:BucketServerSideEncryption",
    "alicloud:oss/bucketVersioning:BucketVersioning",
    "alicloud:oss/bucketLogging:BucketLogging",
    "alicloud:oss/bucketPolicy:BucketPolicy",
    "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig",
    "alicloud:oss/bucketReplication:BucketReplication",
    // An account, its grants and the backup schedule: the data is the instance's and the database's.
    "alicloud:rds/rdsAccount:RdsAccount",
    "alicloud:rds/accountPrivilege:AccountPrivilege",
    "alicloud:rds/backupPolicy:BackupPolicy",
    // The app servers are cattle: a template, a group and its rules, all recreated as they were;
    // what they write lives in the buckets, the database and the logstore.
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
    "alicloud:ess/scalingGroup:ScalingGroup",
    "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment",
    "alicloud:ess/scalingRule:ScalingRule",
    "alicloud:ess/scheduledTask:ScheduledTask",
    // The edge: listeners, groups and CDN settings are configuration a replacement sets again; a
    // CDN domain's CNAME derives from its name, so a new one answers on the same CNAME.
    "alicloud:alb/listener:Listener",
    "alicloud:alb/rule:Rule",
    "alicloud:alb/serverGroup:ServerGroup",
    "alicloud:alb/loadBalancerSecurityGroupAttachment:LoadBalancerSecurityGroupAttachment",
    "alicloud:cdn/domainNew:DomainNew",
    "alicloud:cdn/domainConfig:DomainConfig",
    "alicloud:dns/alidnsRecord:AlidnsRecord",
    // Alarms and who they page: configuration a replacement sets again (a new contact re-confirms its mail).
    "alicloud:cms/alarm:Alarm",
    "alicloud:cms/alarmContactGroup:AlarmContactGroup",
    "alicloud:cms/alarmContact:AlarmContact",
    // The account's settings, the CI's OIDC provider and the trail hold no data (the trail's events
    // live in the logs bucket and its logstore); they are retained on delete instead of protected.
    "alicloud:ram/passwordPolicy:PasswordPolicy",
    "alicloud:ram/securityPreference:SecurityPreference",
    "alicloud:ims/oidcProvider:OidcProvider",
    "alicloud:actiontrail/trail:Trail",
    "alicloud:log/alert:Alert",
];

/**
 * Inputs ending in "Name" that identify nothing in the cloud: names inside a database engine (a
 * MySQL account name cannot hold a hyphen), a metric called what the service calls it, a CDN feature
 * and its arguments. Paths into arrays are written with "[]".
 */
export const ENGINE_IDENTIFIERS: Readonly<Record<string, readonly string[]>> = {
    "alicloud:rds/rdsAccount:RdsAccount": ["accountName"],
    "alicloud:rds/accountPrivilege:AccountPrivilege": ["accountName"],
    "alicloud:rds/database:Database": ["dataBaseName"],
    // A CloudMonitor metric, named by the service.
    "alicloud:ess/scalingRule:ScalingRule": ["metricName"],
    "alicloud:cdn/domainConfig:DomainConfig": ["functionName", "functionArgs[].argName"],
    // A title shown in the alert centre, not a name the cloud identifies the alert by (that is alertName).
    "alicloud:log/alert:Alert": ["alertDisplayname"],
};

/**
 * Inputs ending in "Name" whose form the service limits below the convention: a CloudMonitor contact
 * name has at most 40 characters, so it is `<project>-<environment>-<contact>` without a component
 * (infra/observability/config.ts checks it, and the environment still keeps stacks apart).
 */
export const SHORT_NAMES: Readonly<Record<string, readonly string[]>> = {
    "alicloud:cms/alarmContact:AlarmContact": ["alarmContactName"],
};

/**
 * Inputs ending in "Name" that hold a DNS name (the site's hosts, its zone): they identify the
 * resource, but the domain's owner names them, not the cloud naming convention.
 */
export const DNS_NAMES: Readonly<Record<string, readonly string[]>> = {
    "alicloud:cdn/domainNew:DomainNew": ["domainName"],
    "alicloud:cdn/domainConfig:DomainConfig": ["domainName"],
    "alicloud:dns/alidnsRecord:AlidnsRecord": ["domainName"],
};

/**
 * Names of what exists once per account, not per environment: the CI's OIDC provider is named
 * without an environment so that every environment's roles trust it by a fixed ARN.
 */
export const ACCOUNT_NAMES: Readonly<Record<string, readonly string[]>> = {
    "alicloud:ims/oidcProvider:OidcProvider": ["oidcProviderName"],
};

/** Prefixes a service imposes before a name we choose (ActionTrail writes only into `actiontrail_<trail name>`). */
export const SERVICE_PREFIXES: Readonly<Record<string, string>> = { "alicloud:log/store:Store": "actiontrail_" };

/** The seven mandatory tags (DESIGN: project, environment, component, owner, cost-centre, data-classification, managed-by). */
export const MANDATORY_TAGS = ["project", "environment", "component", "owner", "cost-centre", "data-classification", "managed-by"] as const;

const ROOT = path.resolve(__dirname, "..", "..");

/** The `...Args` interface body of a provider type's typings: the schema of its inputs. */
function argsOf(type: string): string {
    const m = /^([a-z]+):([A-Za-z0-9]+)\/([A-Za-z0-9]+):([A-Za-z0-9]+)$/.exec(type);
    if (!m) throw new Error(`not a provider type token: ${type}`);
    const [, pkg, mod, file, cls] = m;
    const dts = path.join(ROOT, "node_modules", "@pulumi", pkg, ...(mod === "index" ? [] : [mod]), `${file}.d.ts`);
    const text = fs.readFileSync(dts, "utf8");
    const start = text.indexOf(`export interface ${cls}Args {`);
    if (start < 0) throw new Error(`${dts} has no ${cls}Args`);
    return text.slice(start, text.indexOf("\n}", start));
}

export interface DeletionProtection {
    readonly input: string;
    readonly on: boolean | string;
}

const protectionCache = new Map<string, DeletionProtection | undefined>();

/** The provider's deletion-protection input of `type` and its "on" value, read from the typings; undefined when it has none. */
export function deletionProtectionOf(type: string): DeletionProtection | undefined {
    if (!protectionCache.has(type)) {
        const m = /^\s+(deletionProtection|deleteProtection)\?: pulumi\.Input<(boolean|string)\b/m.exec(argsOf(type));
        protectionCache.set(type, m ? { input: m[1], on: m[2] === "boolean" ? true : "Enabled" } : undefined);
    }
    return protectionCache.get(type);
}

/** Types of `resources` classified neither stateful nor stateless: someone must decide before they ship. */
export function unclassified(resources: readonly Res[]): string[] {
    return [...new Set(resources.filter((r) => r.custom && !r.type.startsWith("pulumi:")).map((r) => r.type))]
        .filter((t) => !STATEFUL_TYPES.includes(t) && !STATELESS_TYPES.includes(t))
        .sort();
}

/**
 * Every stateful resource is protected, with `protect` and the provider's deletion protection,
 * exactly when the profile protects (an unprotected profile must stay possible to tear down).
 */
export function protectionFaults(resources: readonly Res[], protect: boolean): string[] {
    const faults: string[] = [];
    for (const r of resources) {
        const stateful = STATEFUL_TYPES.includes(r.type);
        if (stateful && r.protect !== protect) faults.push(`${r.name}: protect is ${r.protect}, the profile says ${protect}`);
        if (!stateful && r.protect) faults.push(`${r.name}: protected, but ${r.type} is not stateful`);
        if (!r.custom || r.type.startsWith("pulumi:")) continue;
        const dp = deletionProtectionOf(r.type);
        // A provider that offers deletion protection says the resource is worth keeping: decide, don't ignore.
        if (!stateful && dp) faults.push(`${r.name}: ${r.type} has ${dp.input} but is not classified stateful`);
        if (stateful && dp) {
            const want = protect ? dp.on : typeof dp.on === "boolean" ? false : "Disabled";
            if (r.inputs[dp.input] !== want) faults.push(`${r.name}: ${dp.input} is ${JSON.stringify(r.inputs[dp.input])}, want ${JSON.stringify(want)}`);
        }
    }
    return faults;
}

/**
 * The invariants every component test asserts of its layer's resources, by kind, each empty when it
 * holds: tags, names, identity (no two resources one cloud name), a stateful-or-stateless decision
 * for every type, and protection as the profile says.
 */
export function layerFaults(resources: readonly Res[], core: TagScope & { readonly profile: { readonly protect: boolean } }): Record<string, string[]> {
    return {
        tags: tagFaults(resources, core),
        names: nameFaults(resources, core.environment),
        identity: identityFaults(resources),
        unclassified: unclassified(resources),
        protection: protectionFaults(resources, core.profile.protect),
    };
}

/** What `layerFaults` gives when every invariant holds. */
export const NO_LAYER_FAULTS: Readonly<Record<string, string[]>> = { tags: [], names: [], identity: [], unclassified: [], protection: [] };

/** Every resource of a taggable type carries exactly the seven mandatory tags, with the stack's values. */
export function tagFaults(resources: readonly Res[], scope: TagScope): string[] {
    const faults: string[] = [];
    for (const r of resources.filter((x) => TAGGABLE_TYPES.includes(x.type))) {
        const tags = (r.inputs.tags ?? {}) as Record<string, unknown>;
        const keys = Object.keys(tags).sort();
        if (JSON.stringify(keys) !== JSON.stringify([...MANDATORY_TAGS].sort())) {
            faults.push(`${r.name}: tags ${JSON.stringify(keys)}`);
            continue;
        }
        const want: Record<string, string> = { project: PROJECT, environment: scope.environment, owner: scope.owner, "cost-centre": scope.costCentre, "managed-by": "pulumi" };
        for (const [k, v] of Object.entries(want)) if (tags[k] !== v) faults.push(`${r.name}: tag ${k} is ${JSON.stringify(tags[k])}, want ${JSON.stringify(v)}`);
        if (!(DATA_CLASSIFICATIONS as readonly unknown[]).includes(tags["data-classification"])) faults.push(`${r.name}: data-classification ${JSON.stringify(tags["data-classification"])}`);
        if (typeof tags.component !== "string" || !/^[a-z0-9]+$/.test(tags.component)) faults.push(`${r.name}: component ${JSON.stringify(tags.component)}`);
    }
    return faults;
}

/**
 * Every cloud-side name (an input named `...Name`) is `<project>-<environment>-<component>-<purpose>`,
 * within the tightest name limit, and names the component its tags name.
 */
export function nameFaults(resources: readonly Res[], environment: string): string[] {
    const faults: string[] = [];
    const convention = new RegExp(`^${PROJECT}-${environment}-([a-z0-9]+)-[a-z0-9]+(-[a-z0-9]+)*$`);
    for (const r of resources.filter((x) => x.custom)) {
        for (const [k, v] of Object.entries(r.inputs)) {
            if (!k.endsWith("Name") || typeof v !== "string" || ENGINE_IDENTIFIERS[r.type]?.includes(k) || DNS_NAMES[r.type]?.includes(k) || ACCOUNT_NAMES[r.type]?.includes(k)) continue;
            if (SHORT_NAMES[r.type]?.includes(k)) {
                if (!new RegExp(`^${PROJECT}-${environment}-[a-z0-9]+(-[a-z0-9]+)*$`).test(v)) faults.push(`${r.name}: ${k} ${JSON.stringify(v)} is not ${PROJECT}-${environment}-<name>`);
                continue;
            }
            const prefix = SERVICE_PREFIXES[r.type];
            const m = convention.exec(prefix !== undefined && v.startsWith(prefix) ? v.slice(prefix.length) : v);
            if (!m) faults.push(`${r.name}: ${k} ${JSON.stringify(v)} does not follow the convention`);
            if (v.length > MAX_NAME_LENGTH) faults.push(`${r.name}: ${k} ${JSON.stringify(v)} is longer than ${MAX_NAME_LENGTH}`);
            const component = (r.inputs.tags as Record<string, unknown> | undefined)?.component;
            if (m && component !== undefined && m[1] !== component) faults.push(`${r.name}: ${k} ${JSON.stringify(v)} names component ${m[1]}, tags say ${String(component)}`);
        }
    }
    return faults;
}

/** A source address range that is not private: the internet, or part of it. */
function fromInternet(rule: Readonly<Record<string, unknown>>): boolean {
    if (typeof rule.ipv6CidrIp === "string" && rule.ipv6CidrIp !== "") return true;
    if (typeof rule.cidrIp !== "string") return false;
    const p = parseCidr(rule.cidrIp);
    return !p || !isPrivate(networkOf(p.address, p.prefix));
}

/**
 * What the security groups accept from outside private address space, as "<group id> <protocol>
 * <port range>", sorted. Rules from other groups or private ranges are not the internet.
 */
export function internetOpenings(resources: readonly Res[]): string[] {
    return resources
        .filter((r) => r.type === "alicloud:ecs/securityGroupRule:SecurityGroupRule" && r.inputs.type === "ingress" && fromInternet(r.inputs))
        .map((r) => `${String(r.inputs.securityGroupId)} ${String(r.inputs.ipProtocol)} ${String(r.inputs.portRange)}`)
        .sort();
}

/** URNs are unique, and every child of a component takes its logical name from the component's. */
export function identityFaults(resources: readonly Res[]): string[] {
    const faults: string[] = [];
    const byUrn = new Map<string, Res>();
    for (const r of resources) {
        if (byUrn.has(r.urn)) faults.push(`${r.urn} is planned twice`);
        byUrn.set(r.urn, r);
    }
    for (const r of resources) {
        const parent = r.parent ? byUrn.get(r.parent) : undefined;
        if (parent && !parent.custom && parent.type !== "pulumi:pulumi:Stack" && !r.name.startsWith(`${parent.name}-`)) {
            faults.push(`${r.name} is not named from its component ${parent.name}`);
        }
    }
    return faults;
}

/** Every way this project could give a server an address: instances, launch templates, scaling configurations. */
export const COMPUTE_PATHS = [
    "alicloud:ecs/instance:Instance",
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
    "alicloud:ecs/launchTemplate:LaunchTemplate",
    "alicloud:ess/scalingConfiguration:ScalingConfiguration",
] as const;

/**
 * No server gets a public address: no public bandwidth (what makes ECS assign one), no charge type
 * for it, no EIP bound to an instance, no public-IP flag of a scaling configuration.
 */
export function publicIpFaults(resources: readonly Res[]): string[] {
    const faults: string[] = [];
    for (const r of resources) {
        if ((COMPUTE_PATHS as readonly string[]).includes(r.type)) {
            const out = r.inputs.internetMaxBandwidthOut;
            if (out !== 0) faults.push(`${r.name}: internetMaxBandwidthOut is ${JSON.stringify(out)}, want 0`);
            if (r.inputs.internetChargeType !== undefined) faults.push(`${r.name}: internetChargeType is set`);
            if (r.inputs.allocatePublicIp === true || r.inputs.internetMaxBandwidthIn !== undefined) faults.push(`${r.name}: asks for public bandwidth`);
        }
        if (r.type === "alicloud:ecs/eipAssociation:EipAssociation" && r.inputs.instanceType !== "Nat") faults.push(`${r.name}: binds an EIP to ${String(r.inputs.instanceType)}`);
    }
    return faults;
}

/** TLS versions no HTTPS entry may accept. */
const OLD_TLS = ["TLSv1.0", "TLSv1.1"];
/** ALB built-in security policies that accept TLS 1.2 and later only. */
const TLS12_ALB_POLICIES = ["tls_cipher_policy_1_2", "tls_cipher_policy_1_2_strict", "tls_cipher_policy_1_2_strict_with_1_3"];

const CDN_DOMAIN_TYPES = ["alicloud:cdn/domainNew:DomainNew", "alicloud:dcdn/domain:Domain"];
const CDN_CONFIG_TYPES = ["alicloud:cdn/domainConfig:DomainConfig", "alicloud:dcdn/domainConfig:DomainConfig"];

/** The arguments of a domain's configs of one feature, joined on the domain's name. */
function featureArgs(resources: readonly Res[], domain: Res, functionName: string): Record<string, unknown>[] {
    return resources
        .filter((c) => CDN_CONFIG_TYPES.includes(c.type) && c.inputs.functionName === functionName && c.inputs.domainName === domain.inputs.domainName)
        .map((c) => Object.fromEntries(((c.inputs.functionArgs ?? []) as { argName: string; argValue: unknown }[]).map((a) => [a.argName, a.argValue])));
}

/**
 * Every HTTPS entry accepts TLS 1.2 and later only: ALB HTTPS listeners name a TLS 1.2+ built-in
 * policy or a custom one without TLS 1.0/1.1; every CDN/DCDN domain turns TLS 1.0 and 1.1 off.
 */
export function tlsFaults(resources: readonly Res[]): string[] {
    const faults: string[] = [];
    const custom = resources.filter((r) => r.type === "alicloud:alb/securityPolicy:SecurityPolicy");
    for (const l of resources.filter((r) => r.type === "alicloud:alb/listener:Listener" && r.inputs.listenerProtocol === "HTTPS")) {
        const policy = l.inputs.securityPolicyId;
        const own = custom.find((p) => p.id === policy);
        const weak = own ? ((own.inputs.tlsVersions ?? []) as string[]).filter((v) => OLD_TLS.includes(v)) : [];
        if (own ? weak.length > 0 : !TLS12_ALB_POLICIES.includes(String(policy))) faults.push(`${l.name}: security policy ${JSON.stringify(policy)} accepts TLS older than 1.2`);
    }
    for (const d of resources.filter((r) => CDN_DOMAIN_TYPES.includes(r.type))) {
        const args = featureArgs(resources, d, "https_tls_version");
        if (!args.some((a) => a.tls10 === "off" && a.tls11 === "off")) faults.push(`${d.name}: TLS 1.0 or 1.1 left on`);
    }
    return faults;
}

/** Every disk a compute path declares is encrypted with `keyId`. */
export function diskEncryptionFaults(resources: readonly Res[], keyId: string): string[] {
    const faults: string[] = [];
    for (const r of resources.filter((x) => (COMPUTE_PATHS as readonly string[]).includes(x.type))) {
        const disks = [["systemDisk", r.inputs.systemDisk], ...((r.inputs.dataDisks ?? []) as unknown[]).map((d, i) => [`dataDisks[${i}]`, d])] as [string, unknown][];
        for (const [where, d] of disks) {
            const disk = (d ?? {}) as Record<string, unknown>;
            if (disk.encrypted !== true) faults.push(`${r.name}: ${where} is not encrypted`);
            if (disk.kmsKeyId !== keyId) faults.push(`${r.name}: ${where} is encrypted with ${JSON.stringify(disk.kmsKeyId)}, want ${keyId}`);
        }
    }
    return faults;
}

/** True when an ALB rule sends every request (Path "/*", its only condition) to HTTPS and does nothing else. */
function redirectsEverythingToHttps(rule: Res): boolean {
    const conditions = (rule.inputs.ruleConditions ?? []) as { type?: string; pathConfig?: { values?: string[] } }[];
    const actions = (rule.inputs.ruleActions ?? []) as { type?: string; redirectConfig?: { protocol?: string } }[];
    return (
        conditions.length === 1 &&
        conditions[0].type === "Path" &&
        (conditions[0].pathConfig?.values ?? []).includes("/*") &&
        actions.length > 0 &&
        actions.every((a) => a.type === "Redirect" && a.redirectConfig?.protocol === "HTTPS")
    );
}

/**
 * Plain HTTP is never served, only redirected: an ALB listener that speaks HTTP has rules only of
 * the kind that sends every request to HTTPS, and at least one (its default action can only
 * forward); no classic SLB listener serves HTTP; every CDN/DCDN domain forces HTTPS.
 */
export function plainHttpFaults(resources: readonly Res[]): string[] {
    const faults: string[] = [];
    for (const l of resources.filter((r) => r.type === "alicloud:alb/listener:Listener" && r.inputs.listenerProtocol !== "HTTPS")) {
        const rules = resources.filter((r) => r.type === "alicloud:alb/rule:Rule" && r.inputs.listenerId === l.id);
        if (rules.length === 0 || !rules.every(redirectsEverythingToHttps)) {
            faults.push(`${l.name}: listens on ${String(l.inputs.listenerProtocol)} ${String(l.inputs.listenerPort)} without only redirecting to HTTPS`);
        }
    }
    for (const l of resources.filter((r) => r.type === "alicloud:slb/listener:Listener" && r.inputs.protocol === "http" && r.inputs.listenerForward !== "on")) {
        faults.push(`${l.name}: serves plain HTTP on ${String(l.inputs.frontendPort)}`);
    }
    for (const d of resources.filter((r) => CDN_DOMAIN_TYPES.includes(r.type))) {
        if (!featureArgs(resources, d, "https_force").some((a) => a.enable === "on")) faults.push(`${d.name}: HTTP not redirected to HTTPS`);
    }
    return faults;
}

/** RAM policy statements that allow any action (`*`, `service:*`) on any resource (`*`). */
export function wildcardFaults(resources: readonly Res[]): string[] {
    const faults: string[] = [];
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
    for (const r of resources.filter((x) => x.type === "alicloud:ram/policy:Policy")) {
        const doc = JSON.parse(String(r.inputs.policyDocument)) as { Statement: Record<string, unknown>[] };
        for (const st of doc.Statement) {
            if (st.Effect !== "Allow") continue;
            const anyAction = list(st.Action).some((a) => typeof a === "string" && (a === "*" || a.endsWith(":*")));
            const anyResource = list(st.Resource).some((x) => x === "*");
            if (anyAction && anyResource) faults.push(`${r.name}: allows ${JSON.stringify(st.Action)} on "*"`);
            if (st.NotAction !== undefined || st.NotResource !== undefined) faults.push(`${r.name}: uses NotAction / NotResource`);
        }
    }
    return faults;
}

/** No CDN origin is reached anonymously: every OSS origin of a CDN domain is signed by the CDN (private-bucket back-to-origin). */
export function anonymousOriginFaults(resources: readonly Res[]): string[] {
    const faults: string[] = [];
    for (const d of resources.filter((r) => CDN_DOMAIN_TYPES.includes(r.type))) {
        const oss = ((d.inputs.sources ?? []) as { type?: string }[]).some((s) => s.type === "oss");
        if (oss && !featureArgs(resources, d, "l2_oss_key").some((a) => a.private_oss_auth === "on")) faults.push(`${d.name}: reads its OSS origin without the CDN's signature`);
    }
    for (const b of resources.filter((r) => r.type === "alicloud:oss/bucket:Bucket" || r.type === "alicloud:oss/bucketAcl:BucketAcl")) {
        if (typeof b.inputs.acl === "string" && b.inputs.acl !== "private") faults.push(`${b.name}: ACL ${b.inputs.acl}`);
    }
    return faults;
}
