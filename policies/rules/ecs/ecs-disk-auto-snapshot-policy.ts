import type { EcsDiskArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, referrers } from "../../lib/util";

const DISKS = ["alicloud:ecs/ecsDisk:EcsDisk", "alicloud:ecs/disk:Disk"];
const ATTACHMENT = "alicloud:ecs/ecsAutoSnapshotPolicyAttachment:EcsAutoSnapshotPolicyAttachment";

/**
 * enableAutoSnapshot is deprecated: the typings say a policy must now be applied to the disk, which Pulumi
 * models as a separate EcsAutoSnapshotPolicyAttachment; it counts only when its diskId refers to the disk.
 */
export const ecsDiskAutoSnapshotPolicy = stackRule({
    meta: {
        id: "ecs-disk-auto-snapshot-policy",
        service: "ecs",
        title: text("ECS disks have an automatic snapshot policy", "Les disques ECS ont une stratégie d'instantanés automatiques"),
        description: text(
            "Each ECS disk must be covered by an automatic snapshot policy so that its data can be restored after corruption, "
                + "deletion or ransomware.",
            "Chaque disque ECS doit être couvert par une stratégie d'instantanés automatiques afin que ses données puissent être "
                + "restaurées après une corruption, une suppression ou un rançongiciel.",
        ),
        remediation: text(
            "Declare an alicloud.ecs.EcsAutoSnapshotPolicyAttachment with diskId set to the disk and autoSnapshotPolicyId set to an "
                + "alicloud.ecs.AutoSnapshotPolicy.",
            "Déclarer un alicloud.ecs.EcsAutoSnapshotPolicyAttachment avec diskId égal au disque et autoSnapshotPolicyId égal à une "
                + "alicloud.ecs.AutoSnapshotPolicy.",
        ),
        severity: "low",
        resourceTypes: [...DISKS, ATTACHMENT],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9", "CP-10"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        const attachments = ofType(resources, ATTACHMENT);
        for (const disk of resources.filter((r) => DISKS.includes(r.type))) {
            if ((disk.props as ResourceProps<EcsDiskArgs>).enableAutoSnapshot === true) continue;
            if (referrers(attachments, "diskId", disk).length > 0) continue;
            report(
                text(
                    `Disk "${disk.name}" has no automatic snapshot policy (no EcsAutoSnapshotPolicyAttachment refers to it); attach one.`,
                    `Le disque « ${disk.name} » n'a pas de stratégie d'instantanés automatiques (aucun EcsAutoSnapshotPolicyAttachment `
                        + "ne le cible) ; en attacher une.",
                ),
                disk.urn,
            );
        }
    },
});
