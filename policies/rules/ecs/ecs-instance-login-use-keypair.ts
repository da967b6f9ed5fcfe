import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, ofType, referrers } from "../../lib/util";

const INSTANCE = "alicloud:ecs/instance:Instance";
const KEY_PAIR_ATTACHMENTS = ["alicloud:ecs/ecsKeyPairAttachment:EcsKeyPairAttachment", "alicloud:ecs/keyPairAttachment:KeyPairAttachment"];

/**
 * A stack rule because the typings recommend binding key pairs with EcsKeyPairAttachment rather than
 * Instance.keyName; an attachment counts only when its instanceIds refer to the instance.
 */
export const ecsInstanceLoginUseKeypair = stackRule({
    meta: {
        id: "ecs-instance-login-use-keypair",
        service: "ecs",
        title: text("ECS instances log in with a key pair", "Les instances ECS utilisent une paire de clés pour la connexion"),
        description: text(
            "Each ECS instance must be bound to an SSH key pair, through keyName or a key-pair attachment, instead of relying on "
                + "a password.",
            "Chaque instance ECS doit être liée à une paire de clés SSH, via keyName ou un rattachement de paire de clés, au lieu de "
                + "reposer sur un mot de passe.",
        ),
        remediation: text(
            "Set keyName on alicloud.ecs.Instance, or declare an alicloud.ecs.EcsKeyPairAttachment whose instanceIds include the instance.",
            "Renseigner keyName sur alicloud.ecs.Instance, ou déclarer un alicloud.ecs.EcsKeyPairAttachment dont instanceIds contient "
                + "l'instance.",
        ),
        severity: "medium",
        resourceTypes: [INSTANCE, ...KEY_PAIR_ATTACHMENTS],
        frameworks: { iso27001: ["A.5.17", "A.8.5"], nist: ["IA-2", "IA-5"] },
    },
    validate: (resources, { report }) => {
        const attachments = resources.filter((r) => KEY_PAIR_ATTACHMENTS.includes(r.type));
        for (const inst of ofType(resources, INSTANCE)) {
            if (isSet((inst.props as ResourceProps<InstanceArgs>).keyName)) continue;
            if (referrers(attachments, "instanceIds", inst).length > 0) continue;
            report(
                text(
                    `Instance "${inst.name}" has no key pair (keyName is unset and no key-pair attachment refers to it); set keyName.`,
                    `L'instance « ${inst.name} » n'a pas de paire de clés (keyName n'est pas renseigné et aucun rattachement de paire de `
                        + "clés ne la cible) ; renseigner keyName.",
                ),
                inst.urn,
            );
        }
    },
});
