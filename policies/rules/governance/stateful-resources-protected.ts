import type { DiskArgs, EcsDiskArgs } from "@pulumi/alicloud/ecs";
import type { KeyArgs, SecretArgs } from "@pulumi/alicloud/kms";
import type { InstanceArgs as KvstoreInstanceArgs } from "@pulumi/alicloud/kvstore";
import type { BucketArgs } from "@pulumi/alicloud/oss";
import type { ClusterArgs } from "@pulumi/alicloud/polardb";
import type { InstanceArgs as RdsInstanceArgs } from "@pulumi/alicloud/rds";
import { resourceRule, text } from "../../lib/rule";
import { shortType, shown } from "./shared";

/** The provider-side guard against deletion of one class: the input, and what it must (not) be. */
interface CloudGuard {
    readonly prop: string;
    /** Passing test on the raw value (unset included). */
    readonly ok: (value: unknown) => boolean;
    readonly expected: string;
    readonly attendu: string;
}

/** `keyof` makes the compiler check each input against the class's `...Args` interface. */
function guard<A>(prop: keyof A & string, ok: (value: unknown) => boolean, expected: string, attendu: string): CloudGuard {
    return { prop, ok, expected, attendu };
}

/**
 * Stateful classes: losing one loses data or keys. `undefined` = the class has no deletion or
 * release protection input (log.Project and log.Store in 3.108.0), so only `protect` is checked.
 * OSS has no cloud-side deletion protection either; `forceDestroy: true` would empty the bucket on
 * destroy, so it must stay unset or false. Disks are included because a data disk released with
 * its instance takes its data with it. kms.Secret's equivalent is skipping the recovery window.
 */
const STATEFUL: Readonly<Record<string, CloudGuard | undefined>> = {
    "alicloud:rds/instance:Instance": guard<RdsInstanceArgs>("deletionProtection", (v) => v === true, "true", "true"),
    "alicloud:kvstore/instance:Instance": guard<KvstoreInstanceArgs>("instanceReleaseProtection", (v) => v === true, "true", "true"),
    "alicloud:polardb/cluster:Cluster": guard<ClusterArgs>("deletionLock", (v) => v === 1, "1", "1"),
    "alicloud:kms/key:Key": guard<KeyArgs>("deletionProtection", (v) => v === "Enabled", '"Enabled"', "« Enabled »"),
    "alicloud:kms/secret:Secret": guard<SecretArgs>("forceDeleteWithoutRecovery", (v) => v !== true, "unset or false", "absent ou false"),
    "alicloud:oss/bucket:Bucket": guard<BucketArgs>("forceDestroy", (v) => v !== true, "unset or false", "absent ou false"),
    "alicloud:ecs/disk:Disk": guard<DiskArgs>("deleteWithInstance", (v) => v !== true, "unset or false", "absent ou false"),
    "alicloud:ecs/ecsDisk:EcsDisk": guard<EcsDiskArgs>("deleteWithInstance", (v) => v !== true, "unset or false", "absent ou false"),
    "alicloud:log/project:Project": undefined,
    "alicloud:log/store:Store": undefined,
};

export const statefulResourcesProtected = resourceRule<Readonly<Record<string, unknown>>>({
    meta: {
        id: "stateful-resources-protected",
        service: "governance",
        title: text("Stateful resources are protected against deletion", "Les ressources avec état sont protégées contre la suppression"),
        description: text(
            "Databases, caches, buckets, keys, secrets, log projects and logstores, and data disks hold data that a mistaken " +
                "`pulumi destroy` or replacement would lose. They carry the Pulumi `protect` option and, where the class has one, " +
                "the cloud's own deletion or release protection.",
            "Les bases de données, caches, buckets, clés, secrets, projets et logstores de journaux et disques de données contiennent " +
                "des données qu'un `pulumi destroy` ou un remplacement par erreur ferait perdre. Ils portent l'option Pulumi `protect` " +
                "et, lorsque la classe en dispose, la protection contre la suppression ou la libération du cloud lui-même.",
        ),
        remediation: text(
            "Add `protect: true` to the resource options, and set the cloud guard: rds.Instance deletionProtection: true, " +
                "kvstore.Instance instanceReleaseProtection: true, polardb.Cluster deletionLock: 1, kms.Key deletionProtection: " +
                "\"Enabled\"; leave forceDestroy (oss.Bucket), forceDeleteWithoutRecovery (kms.Secret) and deleteWithInstance " +
                "(ecs.Disk, ecs.EcsDisk) unset or false.",
            "Ajouter `protect: true` aux options de la ressource et activer la protection du cloud : rds.Instance " +
                "deletionProtection: true, kvstore.Instance instanceReleaseProtection: true, polardb.Cluster deletionLock: 1, " +
                "kms.Key deletionProtection: « Enabled » ; laisser forceDestroy (oss.Bucket), forceDeleteWithoutRecovery (kms.Secret) " +
                "et deleteWithInstance (ecs.Disk, ecs.EcsDisk) absents ou à false.",
        ),
        severity: "high",
        resourceTypes: Object.keys(STATEFUL),
        frameworks: { iso27001: ["A.8.13", "A.8.32"], nist: ["CP-9", "CM-3"], senegal: ["Art. 71"] },
    },
    validate: (props, { args, report }) => {
        const what = `${shortType(args.type)} "${args.name}"`;
        const quoi = `${shortType(args.type)} « ${args.name} »`;
        if (args.opts.protect !== true) {
            report(
                text(
                    `${what} is not protected in Pulumi (protect is not set); add protect: true to its resource options.`,
                    `${quoi} n'est pas protégée dans Pulumi (protect n'est pas positionné) ; ajouter protect: true à ses options.`,
                ),
            );
        }
        const cloud = STATEFUL[args.type];
        if (cloud === undefined || cloud.ok(props[cloud.prop])) return;
        const value = props[cloud.prop];
        report(
            text(
                `${what} has ${cloud.prop} ${shown(value, "en")}; expected ${cloud.expected}.`,
                `${quoi} a ${cloud.prop} ${shown(value, "fr")} ; valeur attendue : ${cloud.attendu}.`,
            ),
        );
    },
});
