import type { EcsDiskArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ecsDiskRetainAutoSnapshot = resourceRule<ResourceProps<EcsDiskArgs>>({
    meta: {
        id: "ecs-disk-retain-auto-snapshot",
        service: "ecs",
        title: text("Automatic snapshots outlive their disk", "Les instantanés automatiques survivent à leur disque"),
        description: text(
            "Automatic snapshots must not be deleted together with the disk (deleteAutoSnapshot), otherwise releasing a disk by "
                + "mistake also destroys its backups.",
            "Les instantanés automatiques ne doivent pas être supprimés avec le disque (deleteAutoSnapshot), sinon la libération "
                + "accidentelle d'un disque détruit aussi ses sauvegardes.",
        ),
        remediation: text(
            "Remove deleteAutoSnapshot from alicloud.ecs.EcsDisk or set it to false.",
            "Supprimer deleteAutoSnapshot de alicloud.ecs.EcsDisk ou le fixer à false.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/ecsDisk:EcsDisk", "alicloud:ecs/disk:Disk"],
        frameworks: { iso27001: ["A.8.13"], nist: ["CP-9"], senegal: ["Art. 71"] },
    },
    validate: (disk, { args, report }) => {
        if (disk.deleteAutoSnapshot !== true) return;
        report(
            text(
                `Disk "${args.name}" deletes its automatic snapshots when released (deleteAutoSnapshot is true); `
                    + "set deleteAutoSnapshot: false.",
                `Le disque « ${args.name} » supprime ses instantanés automatiques à sa libération (deleteAutoSnapshot vaut true) ; `
                    + "fixer deleteAutoSnapshot à false.",
            ),
        );
    },
});
