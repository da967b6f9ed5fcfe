/**
 * The four resource types from which an ECS instance can be launched, and how findings name each. The same setting
 * (metadata tokens, security hardening, public bandwidth, disk encryption) can be given on any of them, so a guardrail
 * that reads only ecs.Instance leaves a path open: an auto-scaled server is launched from a template or a configuration,
 * never declared as an instance.
 */
import { text, Text } from "./rule";

export const ECS_INSTANCE = "alicloud:ecs/instance:Instance";
export const ECS_LAUNCH_TEMPLATE = "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate";
/** Deprecated twin of ecs.EcsLaunchTemplate, with the same inputs. */
export const ECS_LEGACY_LAUNCH_TEMPLATE = "alicloud:ecs/launchTemplate:LaunchTemplate";
export const ESS_SCALING_CONFIGURATION = "alicloud:ess/scalingConfiguration:ScalingConfiguration";

export const LAUNCH_TEMPLATES: readonly string[] = [ECS_LAUNCH_TEMPLATE, ECS_LEGACY_LAUNCH_TEMPLATE];

/**
 * The subject of a finding about resource `name` of `type`: "Instance \"web\"" / "L'instance « web »". French needs the
 * article and elision, so each language gets the whole phrase.
 */
export function launchSubject(type: string, name: string): Text {
    if (LAUNCH_TEMPLATES.includes(type)) return text(`Launch template "${name}"`, `Le modèle de lancement « ${name} »`);
    if (type === ESS_SCALING_CONFIGURATION) return text(`Scaling configuration "${name}"`, `La configuration de mise à l'échelle « ${name} »`);
    return text(`Instance "${name}"`, `L'instance « ${name} »`);
}
