import type { ApplicationLoadBalancerArgs } from "@pulumi/alicloud/slb";
import type { LoadBalancerArgs as AlbLoadBalancerArgs, ServerGroupArgs as AlbServerGroupArgs } from "@pulumi/alicloud/alb";
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
import { resourceRule, text } from "../../lib/rule";
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
};

export const namingConvention = resourceRule<Readonly<Record<string, unknown>>, Config>({
    meta: {
        id: "naming-convention",
        service: "governance",
        title: text("Cloud-side names follow the project convention", "Les noms côté cloud suivent la convention du projet"),
        description: text(
            "The name a resource carries in the Alibaba Cloud console (vpcName, vswitchName, bucket, instanceName, loadBalancerName...) " +
                "is set and follows dakar2026-<environment>-<component>-<purpose> in lowercase letters, digits and hyphens, so that " +
                "operators and auditors can tell what a resource is and where it belongs. An unset name is a violation: the cloud would " +
                "invent one; so is a name given only through a deprecated input, which the provider may stop honouring.",
            "Le nom qu'une ressource porte dans la console Alibaba Cloud (vpcName, vswitchName, bucket, instanceName, " +
                "loadBalancerName...) est renseigné et suit dakar2026-<environnement>-<composant>-<usage> en minuscules, chiffres et " +
                "tirets, afin que l'exploitation et les auditeurs sachent ce qu'est une ressource et à quoi elle appartient. Un nom " +
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
        resourceTypes: Object.keys(NAME_INPUTS),
        frameworks: { iso27001: ["A.5.9"], nist: ["CM-8"] },
    },
    configSchema: {
        properties: {
            pattern: {
                type: "string",
                default: "^dakar2026-(dev|staging|prod)-[a-z0-9]+-[a-z0-9]+(-[a-z0-9]+)*$",
                description: "Regular expression every cloud-side name must match (dakar2026-<env>-<component>-<purpose>).",
            },
        },
    },
    validate: (props, { args, config, report }) => {
        const input = NAME_INPUTS[args.type];
        const what = `${shortType(args.type)} "${args.name}"`;
        const quoi = `${shortType(args.type)} « ${args.name} »`;
        const current = props[input.prop];
        const legacy = input.legacy === undefined ? undefined : props[input.legacy];
        const pattern = new RegExp(config.pattern);
        if (isBlank(current) && input.legacy !== undefined && !isBlank(legacy)) {
            // The provider still honours the deprecated input, but it may drop it in any release: one
            // finding says both what to move and, when needed, what to fix in the name.
            const ok = pattern.test(legacy as string);
            report(
                text(
                    `${what} is named "${String(legacy)}" only through the deprecated ${input.legacy}; move the name to ${input.prop}` +
                        (ok ? "." : ` and make it match ${config.pattern}.`),
                    `${quoi} n'est nommé « ${String(legacy)} » que par l'entrée dépréciée ${input.legacy} ; reporter le nom dans ` +
                        `${input.prop}` + (ok ? "." : ` et le rendre conforme à ${config.pattern}.`),
                ),
            );
            return;
        }
        if (isBlank(current)) {
            report(
                text(
                    `${what} has no ${input.prop}, so the cloud would invent its name; set ${input.prop} to a name matching ` +
                        `${config.pattern}.`,
                    `${quoi} n'a pas de ${input.prop} : le cloud inventerait son nom ; renseigner ${input.prop} avec un nom conforme à ` +
                        `${config.pattern}.`,
                ),
            );
            return;
        }
        if (pattern.test(current as string)) return;
        report(
            text(
                `${what} is named "${String(current)}" (${input.prop}), which does not match ${config.pattern}.`,
                `${quoi} s'appelle « ${String(current)} » (${input.prop}), ce qui ne respecte pas ${config.pattern}.`,
            ),
        );
    },
});

function isBlank(value: unknown): boolean {
    return typeof value !== "string" || value.trim() === "";
}
