import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, ofType, referrers } from "../../lib/util";

const INSTANCE = "alicloud:ecs/instance:Instance";
const ECS_ROLE_ATTACHMENT = "alicloud:ecs/ramRoleAttachment:RamRoleAttachment";
const RAM_ROLE_ATTACHMENT = "alicloud:ram/roleAttachment:RoleAttachment";

/**
 * InfraGuard reads the Terraform attribute `ram_role_name`; Pulumi calls it roleName, and since provider
 * 1.275.0 deprecates it in favour of alicloud.ecs.RamRoleAttachment (instanceId), so the rule also joins
 * attachments by reference, including the older alicloud.ram.RoleAttachment (instanceIds).
 */
export const ecsInstanceRamRoleAttached = stackRule({
    meta: {
        id: "ecs-instance-ram-role-attached",
        service: "ecs",
        title: text("ECS instances use a RAM role", "Les instances ECS utilisent un rôle RAM"),
        description: text(
            "Each ECS instance should get its cloud credentials from an instance RAM role (temporary STS tokens) rather than from "
                + "AccessKeys stored on disk.",
            "Chaque instance ECS devrait obtenir ses identifiants cloud d'un rôle RAM d'instance (jetons STS temporaires) plutôt que "
                + "de clés d'accès (AccessKey) stockées sur disque.",
        ),
        remediation: text(
            "Declare an alicloud.ecs.RamRoleAttachment with instanceId set to the instance and ramRoleName set to a least-privilege role "
                + "(roleName on alicloud.ecs.Instance still works but is deprecated).",
            "Déclarer un alicloud.ecs.RamRoleAttachment avec instanceId égal à l'instance et ramRoleName égal à un rôle de moindre "
                + "privilège (roleName sur alicloud.ecs.Instance fonctionne encore mais est déprécié).",
        ),
        severity: "low",
        resourceTypes: [INSTANCE, ECS_ROLE_ATTACHMENT, RAM_ROLE_ATTACHMENT],
        frameworks: { iso27001: ["A.5.17", "A.5.15"], nist: ["AC-6", "IA-5"] },
    },
    validate: (resources, { report }) => {
        const ecsAttachments = ofType(resources, ECS_ROLE_ATTACHMENT);
        const ramAttachments = ofType(resources, RAM_ROLE_ATTACHMENT);
        for (const inst of ofType(resources, INSTANCE)) {
            if (isSet((inst.props as ResourceProps<InstanceArgs>).roleName)) continue;
            if (referrers(ecsAttachments, "instanceId", inst).length > 0) continue;
            if (referrers(ramAttachments, "instanceIds", inst).length > 0) continue;
            report(
                text(
                    `Instance "${inst.name}" has no RAM role (no roleName and no RAM role attachment refers to it); `
                        + "attach one with alicloud.ecs.RamRoleAttachment.",
                    `L'instance « ${inst.name} » n'a pas de rôle RAM (pas de roleName et aucun rattachement de rôle RAM ne la cible) ; `
                        + "en attacher un avec alicloud.ecs.RamRoleAttachment.",
                ),
                inst.urn,
            );
        }
    },
});
