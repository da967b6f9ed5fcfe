import { stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const POLICY = "alicloud:ram/policy:Policy";
const ATTACHMENTS = [
    "alicloud:ram/userPolicyAttachment:UserPolicyAttachment",
    "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment",
    "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment",
];

/** Joins by reference (or policy name): a custom policy counts only when an attachment's policyName refers to it. */
export const ramPolicyInUseCheck = stackRule({
    meta: {
        id: "ram-policy-in-use-check",
        service: "ram",
        title: text("Every custom RAM policy is attached", "Chaque politique RAM personnalisée est attachée"),
        description: text(
            "A custom RAM policy declared in the stack should be attached to a group, role or user; unattached policies are dead "
                + "configuration.",
            "Une politique RAM personnalisée déclarée dans la pile doit être attachée à un groupe, un rôle ou un utilisateur ; "
                + "une politique non attachée est une configuration morte.",
        ),
        remediation: text(
            "Attach the policy with an alicloud.ram.GroupPolicyAttachment or RolePolicyAttachment (policyType \"Custom\"), or delete it.",
            "Attacher la politique avec un alicloud.ram.GroupPolicyAttachment ou un RolePolicyAttachment (policyType \"Custom\"), ou la "
                + "supprimer.",
        ),
        severity: "low",
        resourceTypes: [POLICY, ...ATTACHMENTS],
        frameworks: { iso27001: ["A.5.15", "A.8.9"], nist: ["AC-2", "CM-6"] },
    },
    validate: (resources, { report }) => {
        for (const policy of ofType(resources, POLICY)) {
            // Through the indexed join: a scan of every attachment per policy grew with the square of the stack.
            if (ATTACHMENTS.some((type) => linkedTo(resources, type, "policyName", policy, ["policyName", "name"]).length > 0)) continue;
            report(
                text(
                    `RAM policy "${policy.name}" is not attached to any user, group or role.`,
                    `La politique RAM « ${policy.name} » n'est attachée à aucun utilisateur, groupe ou rôle.`,
                ),
                policy.urn,
            );
        }
    },
});
