import type { PolicyArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

type Policy = ResourceProps<PolicyArgs>;

interface Statement {
    effect: unknown;
    actions: unknown;
    resources: unknown;
}

const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);

/** Reads a key whatever its case: RAM accepts "Effect" as well as "effect" in policy documents. */
function field(o: Record<string, unknown>, key: string): unknown {
    const k = Object.keys(o).find((name) => name.toLowerCase() === key.toLowerCase());
    return k === undefined ? undefined : o[k];
}

/** Statements of the document (`policyDocument`, else the deprecated `document`), or "invalid" when it is not JSON. */
function statements(p: Policy): Statement[] | "invalid" {
    // The deprecated inline `statements` blocks are still inputs of the class; read them too.
    const inline: Statement[] = (p.statements ?? []).map((s) => ({ effect: s.effect, actions: s.actions, resources: s.resources }));
    const doc = p.policyDocument ?? p.document;
    if (doc === undefined) return inline;
    let parsed: unknown;
    try {
        parsed = JSON.parse(doc);
    } catch {
        return "invalid";
    }
    if (typeof parsed !== "object" || parsed === null) return "invalid";
    const raw = asList(field(parsed as Record<string, unknown>, "Statement"));
    const fromDoc = raw
        .filter((s): s is Record<string, unknown> => typeof s === "object" && s !== null)
        .map((s) => ({ effect: field(s, "Effect"), actions: field(s, "Action"), resources: field(s, "Resource") }));
    return [...inline, ...fromDoc];
}

const isAdmin = (s: Statement): boolean =>
    s.effect === "Allow" && asList(s.actions).some((a) => a === "*" || a === "*:*") && asList(s.resources).includes("*");

export const ramPolicyNoStatementsWithAdminAccessCheck = resourceRule<Policy>({
    meta: {
        id: "ram-policy-no-statements-with-admin-access-check",
        service: "ram",
        title: text(
            "No custom RAM policy grants full administrator access",
            "Aucune politique RAM personnalisée n'accorde un accès administrateur complet",
        ),
        description: text(
            "A custom RAM policy must not contain a statement that allows Action \"*\" on Resource \"*\" (CIS 1.15).",
            "Une politique RAM personnalisée ne doit contenir aucune déclaration autorisant Action \"*\" sur Resource \"*\" (CIS 1.15).",
        ),
        remediation: text(
            "Rewrite policyDocument of the alicloud.ram.Policy to list the actions and resources the holders need (least privilege).",
            "Réécrire le policyDocument de la ressource alicloud.ram.Policy pour n'y lister que les actions et ressources nécessaires "
                + "(moindre privilège).",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ram/policy:Policy"],
        frameworks: { cis: ["1.15"], iso27001: ["A.8.2", "A.5.15"], nist: ["AC-6"] },
    },
    validate: (policy, { report }) => {
        const name = policy.policyName ?? policy.name ?? "(unnamed)";
        const found = statements(policy);
        if (found === "invalid") {
            report(
                text(
                    `The document of RAM policy "${name}" is not a JSON object; write policyDocument as valid JSON so that it can be `
                        + `checked.`,
                    `Le document de la politique RAM « ${name} » n'est pas un objet JSON ; écrire policyDocument en JSON valide pour `
                        + `qu'il puisse être vérifié.`,
                ),
            );
            return;
        }
        if (!found.some(isAdmin)) return;
        report(
            text(
                `RAM policy "${name}" allows Action "*" on Resource "*" (full administrator access); grant only the actions needed.`,
                `La politique RAM « ${name} » autorise Action "*" sur Resource "*" (accès administrateur complet) ; n'accorder que les `
                    + `actions nécessaires.`,
            ),
        );
    },
});
