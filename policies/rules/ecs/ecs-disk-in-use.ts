import type { EcsDiskArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { isSet, referrers } from "../../lib/util";

const DISKS = ["alicloud:ecs/ecsDisk:EcsDisk", "alicloud:ecs/disk:Disk"];
const ATTACHMENTS = ["alicloud:ecs/ecsDiskAttachment:EcsDiskAttachment", "alicloud:ecs/diskAttachment:DiskAttachment"];

/** A disk is attached either through its own instanceId or by a DiskAttachment whose diskId refers to it. */
export const ecsDiskInUse = stackRule({
    meta: {
        id: "ecs-disk-in-use",
        service: "ecs",
        title: text("ECS disks are attached to an instance", "Les disques ECS sont attachés à une instance"),
        description: text(
            "A declared ECS disk must be attached to an instance; an idle disk costs money and holds data nobody watches.",
            "Un disque ECS déclaré doit être attaché à une instance ; un disque inutilisé coûte de l'argent et contient des données "
                + "que personne ne surveille.",
        ),
        remediation: text(
            "Declare an alicloud.ecs.EcsDiskAttachment with diskId set to the disk and instanceId set to its instance, or delete the disk.",
            "Déclarer un alicloud.ecs.EcsDiskAttachment avec diskId égal au disque et instanceId égal à son instance, ou supprimer "
                + "le disque.",
        ),
        severity: "medium",
        resourceTypes: [...DISKS, ...ATTACHMENTS],
        frameworks: { iso27001: ["A.5.9", "A.8.9"], nist: ["CM-8"] },
    },
    validate: (resources, { report }) => {
        const attachments = resources.filter((r) => ATTACHMENTS.includes(r.type));
        for (const disk of resources.filter((r) => DISKS.includes(r.type))) {
            if (isSet((disk.props as ResourceProps<EcsDiskArgs>).instanceId)) continue;
            if (referrers(attachments, "diskId", disk).length > 0) continue;
            report(
                text(
                    `Disk "${disk.name}" is not attached to any instance (no instanceId and no disk attachment refers to it); `
                        + "attach it or delete it.",
                    `Le disque « ${disk.name} » n'est attaché à aucune instance (pas d'instanceId et aucun rattachement de disque ne le `
                        + "cible) ; l'attacher ou le supprimer.",
                ),
                disk.urn,
            );
        }
    },
});
