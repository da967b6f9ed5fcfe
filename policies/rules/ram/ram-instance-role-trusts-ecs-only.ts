import type { PolicyResource } from "@pulumi/policy";
import type { RoleArgs } from "@pulumi/alicloud/ram";
import { ECS_INSTANCE, ESS_SCALING_CONFIGURATION, LAUNCH_TEMPLATES } from "../../lib/launch-paths";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, policyStatements, refersToByName } from "../../lib/util";

const ROLE = "alicloud:ram/role:Role";
const ECS_ROLE_ATTACHMENT = "alicloud:ecs/ramRoleAttachment:RamRoleAttachment";
const RAM_ROLE_ATTACHMENT = "alicloud:ram/roleAttachment:RoleAttachment";
const ECS_SERVICE = "ecs.aliyuncs.com";

/** Where each launch path names the instances' role: the input that holds the role's name. */
const ROLE_INPUTS: readonly (readonly [string, string])[] = [
    [ECS_INSTANCE, "roleName"],
    ...LAUNCH_TEMPLATES.map((t) => [t, "ramRoleName"] as const),
    [ESS_SCALING_CONFIGURATION, "roleName"],
    [ECS_ROLE_ATTACHMENT, "ramRoleName"],
    [RAM_ROLE_ATTACHMENT, "roleName"],
];

/**
 * The role of the app servers hands its permissions (read the buckets, the secrets) to whatever assumes it. Instances
 * obtain it through the ECS service, so the trust policy needs that one principal; any other principal (an account, a
 * user, another service) could take the servers' rights without being a server. A role counts as an instance role when
 * some launch path names it (by reference or by roleName). Whether the trust is open to everyone, and whether the
 * document is JSON, is ram-role-trust-no-any-principal's business.
 */
export const ramInstanceRoleTrustsEcsOnly = stackRule({
    meta: {
        id: "ram-instance-role-trusts-ecs-only",
        service: "ram",
        title: text("Instance roles trust only the ECS service", "Les rôles d'instance ne font confiance qu'au service ECS"),
        description: text(
            "A RAM role given to ECS instances (roleName of an instance or scaling configuration, ramRoleName of a launch template, a "
                + "role attachment) must be assumable only by the service principal ecs.aliyuncs.com.",
            "Un rôle RAM donné à des instances ECS (roleName d'une instance ou d'une configuration de mise à l'échelle, ramRoleName "
                + "d'un modèle de lancement, un rattachement de rôle) ne doit pouvoir être endossé que par le principal de service "
                + "ecs.aliyuncs.com.",
        ),
        remediation: text(
            "Give the role the trust policy { Statement: [{ Effect: \"Allow\", Action: \"sts:AssumeRole\", Principal: { Service: "
                + "[\"ecs.aliyuncs.com\"] } }], Version: \"1\" } and give other principals a role of their own.",
            "Donner au rôle la politique d'approbation { Statement: [{ Effect: \"Allow\", Action: \"sts:AssumeRole\", Principal: { "
                + "Service: [\"ecs.aliyuncs.com\"] } }], Version: \"1\" } et donner aux autres principaux un rôle distinct.",
        ),
        severity: "high",
        resourceTypes: [ROLE, ...ROLE_INPUTS.map(([t]) => t)],
        frameworks: { iso27001: ["A.5.15", "A.8.2"], nist: ["AC-6", "AC-3"] },
    },
    validate: (resources, { report }) => {
        const users = ROLE_INPUTS.flatMap(([type, prop]) => ofType(resources, type).map((r) => [r, prop] as const));
        for (const role of ofType(resources, ROLE)) {
            const launchers = users.filter(([r, prop]) => refersToByName(r, prop, role, ["roleName", "name"])).map(([r]) => r);
            if (launchers.length === 0) continue;
            const p = role.props as Partial<ResourceProps<RoleArgs>>;
            const doc = p.assumeRolePolicyDocument ?? p.document;
            const statements = doc === undefined
                ? [{ effect: "Allow", principals: [...(p.ramUsers ?? []), ...(p.services ?? [])] }]
                : policyStatements(doc) ?? [];
            const others = [...new Set(statements.filter((s) => s.effect === "Allow").flatMap((s) => s.principals))]
                .filter((principal) => principal.trim() !== ECS_SERVICE);
            if (others.length === 0) continue;
            const by = launchers.map((r: PolicyResource) => `"${r.name}"`).join(", ");
            report(
                text(
                    `RAM role "${role.name}", used by ${by} to run instances, can also be assumed by ${others.join(", ")}; trust only `
                        + `${ECS_SERVICE}.`,
                    `Le rôle RAM « ${role.name} », utilisé par ${by} pour faire tourner des instances, peut aussi être endossé par `
                        + `${others.join(", ")} ; n'approuver que ${ECS_SERVICE}.`,
                ),
                role.urn,
            );
        }
    },
});
