import type { EcsDiskArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

/** ecs.Disk is the deprecated name of ecs.EcsDisk; both share the same inputs. */
export const ecsDiskEncrypted = resourceRule<ResourceProps<EcsDiskArgs>>({
    meta: {
        id: "ecs-disk-encrypted",
        service: "ecs",
        title: text("ECS disks are encrypted", "Les disques ECS sont chiffrés"),
        description: text(
            "Every ECS cloud disk must be encrypted at rest: disks hold application data, including personal data of athletes, "
                + "volunteers and spectators.",
            "Chaque disque cloud ECS doit être chiffré au repos : les disques contiennent des données applicatives, dont des données "
                + "personnelles d'athlètes, de bénévoles et de spectateurs.",
        ),
        remediation: text(
            "Set encrypted: true on alicloud.ecs.EcsDisk (or the deprecated alicloud.ecs.Disk), ideally with kmsKeyId.",
            "Fixer encrypted à true sur alicloud.ecs.EcsDisk (ou l'ancien alicloud.ecs.Disk), idéalement avec kmsKeyId.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/ecsDisk:EcsDisk", "alicloud:ecs/disk:Disk"],
        frameworks: { cis: ["4.1", "4.2"], iso27001: ["A.8.24"], nist: ["SC-28", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (disk, { args, report }) => {
        // A disk restored from a snapshot inherits the snapshot's encryption; the typings make encrypted conflict with snapshotId.
        if (isSet(disk.snapshotId) || disk.encrypted === true) return;
        report(
            text(
                `Disk "${args.name}" is not encrypted (encrypted is ${disk.encrypted ?? "unset"}); set encrypted: true.`,
                `Le disque « ${args.name} » n'est pas chiffré (encrypted vaut ${disk.encrypted ?? "non renseigné"}) ; `
                    + "fixer encrypted à true.",
            ),
        );
    },
});
