import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import type { LoadBalancerArgs as AlbLoadBalancerArgs, ServerGroupArgs as AlbServerGroupArgs } from "@pulumi/alicloud/alb";
import type { AlarmArgs, AlarmContactGroupArgs } from "@pulumi/alicloud/cms";
import type {
    DiskArgs,
    EcsDiskArgs,
    EcsKeyPairArgs,
    EcsLaunchTemplateArgs,
    EipAddressArgs,
    InstanceArgs as EcsInstanceArgs,
    KeyPairArgs,
    LaunchTemplateArgs,
    SecurityGroupArgs,
} from "@pulumi/alicloud/ecs";
import type { ScalingConfigurationArgs, ScalingGroupArgs } from "@pulumi/alicloud/ess";
import type { SecretArgs } from "@pulumi/alicloud/kms";
import type { InstanceArgs as KvstoreInstanceArgs } from "@pulumi/alicloud/kvstore";
import type { ProjectArgs, StoreArgs } from "@pulumi/alicloud/log";
import type { LoadBalancerArgs as NlbLoadBalancerArgs } from "@pulumi/alicloud/nlb";
import type { BucketArgs } from "@pulumi/alicloud/oss";
import type { ClusterArgs } from "@pulumi/alicloud/polardb";
import type { InstanceArgs as RdsInstanceArgs } from "@pulumi/alicloud/rds";
import type { FlowLogArgs, NatGatewayArgs, NetworkArgs, SwitchArgs } from "@pulumi/alicloud/vpc";
import { STACK_TYPE, stackRule, text } from "../../lib/rule";
import { checkEach, StackIdentity, stackIdentity } from "../../lib/stack";
import { shortType } from "./shared";

interface Config {
    pattern: string;
}

interface NameInput {
    /** The current input that becomes the cloud-side name. */
    readonly prop: string;
    /** Its deprecated predecessor, still honoured by the provider; a name given only there is reported. */
    readonly legacy?: string;
}

/** `keyof` makes the compiler check each property against the class's `...Args` interface. */
function named<A>(prop: keyof A & string, legacy?: keyof A & string): NameInput {
    return legacy === undefined ? { prop } : { prop, legacy };
}

/**
 * The input holding each class's cloud-side name (verified in the 3.108.0 typings). PolarDB clusters
 * have no name input: `description` is what the console lists as the cluster name. RDS has no
 * `dbInstanceDescription` input in Pulumi; `instanceName` is the re-mapped equivalent.
 */
const NAME_INPUTS: Readonly<Record<string, NameInput>> = {
    "alicloud:vpc/network:Network": named<NetworkArgs>("vpcName", "name"),
    "alicloud:vpc/switch:Switch": named<SwitchArgs>("vswitchName", "name"),
    "alicloud:vpc/natGateway:NatGateway": named<NatGatewayArgs>("natGatewayName", "name"),
    "alicloud:vpc/flowLog:FlowLog": named<FlowLogArgs>("flowLogName"),
    "alicloud:ecs/securityGroup:SecurityGroup": named<SecurityGroupArgs>("securityGroupName", "name"),
    "alicloud:ecs/eipAddress:EipAddress": named<EipAddressArgs>("addressName", "name"),
    "alicloud:ecs/instance:Instance": named<EcsInstanceArgs>("instanceName"),
    "alicloud:ecs/disk:Disk": named<DiskArgs>("diskName", "name"),
    "alicloud:ecs/ecsDisk:EcsDisk": named<EcsDiskArgs>("diskName", "name"),
    "alicloud:ecs/keyPair:KeyPair": named<KeyPairArgs>("keyPairName", "keyName"),
    "alicloud:ecs/ecsKeyPair:EcsKeyPair": named<EcsKeyPairArgs>("keyPairName", "keyName"),
    "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate": named<EcsLaunchTemplateArgs>("launchTemplateName", "name"),
    "alicloud:ecs/launchTemplate:LaunchTemplate": named<LaunchTemplateArgs>("launchTemplateName", "name"),
    "alicloud:ess/scalingGroup:ScalingGroup": named<ScalingGroupArgs>("scalingGroupName"),
    "alicloud:ess/scalingConfiguration:ScalingConfiguration": named<ScalingConfigurationArgs>("scalingConfigurationName"),
    "alicloud:slb/applicationLoadBalancer:ApplicationLoadBalancer": named<ApplicationLoadBalancerArgs>("loadBalancerName", "name"),
    "alicloud:alb/loadBalancer:LoadBalancer": named<AlbLoadBalancerArgs>("loadBalancerName"),
    "alicloud:alb/serverGroup:ServerGroup": named<AlbServerGroupArgs>("serverGroupName"),
    "alicloud:nlb/loadBalancer:LoadBalancer": named<NlbLoadBalancerArgs>("loadBalancerName"),
    "alicloud:oss/bucket:Bucket": named<BucketArgs>("bucket"),
    "alicloud:rds/instance:Instance": named<RdsInstanceArgs>("instanceName"),
    "alicloud:kvstore/instance:Instance": named<KvstoreInstanceArgs>("dbInstanceName", "instanceName"),
    "alicloud:polardb/cluster:Cluster": named<ClusterArgs>("description"),
    "alicloud:log/project:Project": named<ProjectArgs>("projectName", "name"),
    "alicloud:log/store:Store": named<StoreArgs>("logstoreName", "name"),
    "alicloud:kms/secret:Secret": named<SecretArgs>("secretName"),
    "alicloud:cms/alarm:Alarm": named<AlarmArgs>("name"),
    "alicloud:cms/alarmContactGroup:AlarmContactGroup": named<AlarmContactGroupArgs>("alarmContactGroupName"),
};

/**
 * Names a service imposes on a resource it writes into, as a fixed prefix before a name we choose:
 * ActionTrail delivers a trail's events into the logstore `actiontrail_<trail name>` and into no
 * other, so the convention applies to the trail's name after that prefix.
 */
const SERVICE_PREFIXES: Readonly<Record<string, string>> = { "alicloud:log/store:Store": "actiontrail_" };

/** The part of a name the convention judges: the name without the prefix its service imposes. */
function ownPart(type: string, name: string): string {
    const prefix = SERVICE_PREFIXES[type];
    return prefix !== undefined && name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/** Placeholders the pattern may hold, filled from the stack being checked. */
const PLACEHOLDER = /\{(project|environment)\}/g;

/** The pattern with {project} and {environment} replaced by the stack's (as literal text). */
function expandPattern(template: string, stack: StackIdentity): string {
    return template.replace(PLACEHOLDER, (_m, key: "project" | "environment") => stack[key].replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}

/**
 * A stack rule so that the pattern can name the environment of the stack being checked (the root
 * stack's `environment` output): one pack configuration then serves every stack of a profile.
 */
export const namingConvention = stackRule<Config>({
    meta: {
        id: "naming-convention",
        service: "governance",
        title: text("Cloud-side names follow the project convention", "Les noms côté cloud suivent la convention du projet"),
        description: text(
            "The name a resource carries in the Alibaba Cloud console (vpcName, vswitchName, bucket, instanceName, loadBalancerName...) " +
                "is set and follows <project>-<environment>-<component>-<purpose> in lowercase letters, digits and hyphens, where project " +
                "and environment are those of the stack being checked (its `environment` output, or else the stack name), so that " +
                "operators and auditors can tell what a resource is and where it belongs. An unset name is a violation: the cloud would " +
                "invent one; so is a name given only through a deprecated input, which the provider may stop honouring.",
            "Le nom qu'une ressource porte dans la console Alibaba Cloud (vpcName, vswitchName, bucket, instanceName, " +
                "loadBalancerName...) est renseigné et suit <projet>-<environnement>-<composant>-<usage> en minuscules, chiffres et " +
                "tirets, le projet et l'environnement étant ceux de la pile vérifiée (sa sortie `environment`, à défaut le nom de " +
                "la pile), afin que l'exploitation et les auditeurs sachent ce qu'est une ressource et à quoi elle appartient. Un nom " +
                "absent est une non-conformité : le cloud en inventerait un ; de même un nom donné seulement par une entrée " +
                "dépréciée, que le fournisseur peut cesser de prendre en compte.",
        ),
        remediation: text(
            "Set the class's name input (e.g. vpcName for vpc.Network, bucket for oss.Bucket, description for polardb.Cluster) to a " +
                "name built by the naming helper of infra/, such as \"dakar2026-prod-network-vpc\"; replace deprecated inputs (name, " +
                "keyName, instanceName on kvstore) by the current one.",
            "Renseigner l'entrée de nom de la classe (par exemple vpcName pour vpc.Network, bucket pour oss.Bucket, description pour " +
                "polardb.Cluster) avec un nom produit par l'utilitaire de nommage d'infra/, tel que « dakar2026-prod-network-vpc » ; " +
                "remplacer les entrées dépréciées (name, keyName, instanceName sur kvstore) par l'entrée actuelle.",
        ),
        severity: "low",
        resourceTypes: [...Object.keys(NAME_INPUTS), STACK_TYPE],
        frameworks: { iso27001: ["A.5.9"], nist: ["CM-8"] },
    },
    configSchema: {
        properties: {
            pattern: {
                type: "string",
                default: "^{project}-{environment}-[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*$",
                description:
                    "Regular expression every cloud-side name must match. {project} and {environment} are replaced by the project " +
                    "and the environment of the stack being checked (its `environment` output, or else the stack name).",
            },
        },
    },
    validate: (resources, { args, config, report }) => {
        const stack = stackIdentity(resources);
        if (!stack) return args.notApplicable("no resource carries a Pulumi URN, so the stack's project and environment are unknown");
        const expected = expandPattern(config.pattern, stack);
        const pattern = new RegExp(expected);
        checkEach(resources, (r) => {
            const input = NAME_INPUTS[r.type];
            if (input === undefined) return;
            const props = r.props as Readonly<Record<string, unknown>>;
            const what = `${shortType(r.type)} "${r.name}"`;
            const quoi = `${shortType(r.type)} « ${r.name} »`;
            const current = props[input.prop];
            const legacy = input.legacy === undefined ? undefined : props[input.legacy];
            if (isBlank(current) && input.legacy !== undefined && !isBlank(legacy)) {
                // The provider still honours the deprecated input, but it may drop it in any release: one
                // finding says both what to move and, when needed, what to fix in the name.
                const ok = pattern.test(legacy as string);
                report(
                    text(
                        `${what} is named "${String(legacy)}" only through the deprecated ${input.legacy}; move the name to ` +
                            `${input.prop}` + (ok ? "." : ` and make it match ${expected}.`),
                        `${quoi} n'est nommé « ${String(legacy)} » que par l'entrée dépréciée ${input.legacy} ; reporter le nom dans ` +
                            `${input.prop}` + (ok ? "." : ` et le rendre conforme à ${expected}.`),
                    ),
                    r.urn,
                );
                return;
            }
            if (isBlank(current)) {
                report(
                    text(
                        `${what} has no ${input.prop}, so the cloud would invent its name; set ${input.prop} to a name matching ${expected}.`,
                        `${quoi} n'a pas de ${input.prop} : le cloud inventerait son nom ; renseigner ${input.prop} avec un nom conforme à ` +
                            `${expected}.`,
                    ),
                    r.urn,
                );
                return;
            }
            if (pattern.test(ownPart(r.type, current as string))) return;
            report(
                text(
                    `${what} is named "${String(current)}" (${input.prop}), which does not match ${expected}.`,
                    `${quoi} s'appelle « ${String(current)} » (${input.prop}), ce qui ne respecte pas ${expected}.`,
                ),
                r.urn,
            );
        });
    },
});

function isBlank(value: unknown): boolean {
    return typeof value !== "string" || value.trim() === "";
}
