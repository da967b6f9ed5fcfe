import type { PolicyResource } from "@pulumi/policy";
import { grantsOf, rolesNamed, roleNameOf, wildcardMatch } from "../../lib/ram-grants";
import { stackRule, text } from "../../lib/rule";
import { known, ofType, PolicyStatement } from "../../lib/util";

interface Config {
    auditorRoles: string[];
}

const BUCKET = "alicloud:oss/bucket:Bucket";
/** Classifications whose objects auditors never read (law 2008-12). */
const PERSONAL = ["personal", "sensitive-personal"];
/** The object reads an auditor's Deny must cover. */
const READS = ["oss:GetObject", "oss:GetObjectVersion"];

const tagOf = (b: PolicyResource): unknown => known(() => ((b.props as { tags?: Record<string, unknown> }).tags ?? {})["data-classification"]);

/** Whether a Deny statement covers `action` on the objects of `bucket`. */
function denies(s: PolicyStatement, action: string, bucket: string): boolean {
    if (s.effect !== "Deny" || !s.actions.some((a) => wildcardMatch(a, action))) return false;
    return s.resources.some((r) => {
        const parts = r.split(":");
        if (parts.length < 5 || parts[0] !== "acs" || !wildcardMatch(parts[1], "oss")) return r.trim() === "*";
        return wildcardMatch(parts.slice(4).join(":"), `${bucket}/any-object`);
    });
}

/**
 * An auditor reads configuration, logs and the trail, not the people in the data: each auditor role
 * carries an explicit Deny (which no Allow, present or future, overrides) of object reads on every
 * bucket of the stack tagged personal or sensitive-personal.
 */
export const ramAuditorDeniesPersonalObjects = stackRule<Config>({
    meta: {
        id: "ram-auditor-denies-personal-objects",
        service: "ram",
        title: text("Auditors cannot read personal objects", "Les auditeurs ne peuvent pas lire les objets personnels"),
        description: text(
            "Every auditor role (roles named by config auditorRoles) has an attached policy with an explicit Deny of oss:GetObject and "
                + "oss:GetObjectVersion on the objects of each bucket tagged data-classification personal or sensitive-personal.",
            "Chaque rôle d'auditeur (rôles désignés par la configuration auditorRoles) a une politique attachée avec un Deny explicite "
                + "de oss:GetObject et oss:GetObjectVersion sur les objets de chaque bucket étiqueté data-classification personal ou "
                + "sensitive-personal.",
        ),
        remediation: text(
            "Attach to the auditor role a policy with { Effect: \"Deny\", Action: [\"oss:GetObject\", \"oss:GetObjectVersion\"], "
                + "Resource: [\"acs:oss:*:<account>:<bucket>/*\"] } for each personal bucket (the identity layer builds it from the storage "
                + "layer's outputs).",
            "Attacher au rôle d'auditeur une politique { Effect: \"Deny\", Action: [\"oss:GetObject\", \"oss:GetObjectVersion\"], "
                + "Resource: [\"acs:oss:*:<compte>:<bucket>/*\"] } pour chaque bucket personnel (la couche identity la construit à partir "
                + "des sorties de la couche storage).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ram/role:Role", "alicloud:ram/policy:Policy", "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment", BUCKET],
        frameworks: { iso27001: ["A.5.15", "A.5.34", "A.8.3"], nist: ["AC-3", "AC-6"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            auditorRoles: {
                type: "array",
                items: { type: "string" },
                default: ["*-identity-auditor"],
                description: "Name patterns (* = any characters) of the auditor roles.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        const personal = ofType(resources, BUCKET)
            .filter((b) => PERSONAL.includes(String(tagOf(b))))
            .map((b) => ({ bucket: b, name: known(() => (b.props as { bucket?: unknown }).bucket) }))
            .filter((b): b is { bucket: PolicyResource; name: string } => typeof b.name === "string" && b.name !== "");
        for (const role of rolesNamed(resources, config.auditorRoles)) {
            const name = roleNameOf(role) ?? role.name;
            const statements = grantsOf(resources, role).flatMap((g) => g.statements ?? []);
            for (const { bucket, name: bucketName } of personal) {
                const missing = READS.filter((a) => !statements.some((s) => denies(s, a, bucketName)));
                if (missing.length === 0) continue;
                report(
                    text(
                        `Auditor role "${name}" has no Deny of ${missing.join(" and ")} on bucket "${bucketName}", classified ${String(tagOf(bucket))}; `
                            + "attach a policy denying them on its objects.",
                        `Le rôle d'auditeur « ${name} » n'a pas de Deny de ${missing.join(" et ")} sur le bucket « ${bucketName} », classé `
                            + `${String(tagOf(bucket))} ; attacher une politique qui les refuse sur ses objets.`,
                    ),
                    role.urn,
                );
            }
        }
    },
});
