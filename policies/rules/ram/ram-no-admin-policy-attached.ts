import type { GroupPolicyAttachmentArgs, RolePolicyAttachmentArgs, UserPolicyAttachmentArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    forbiddenPolicies: string[];
    forbidFullAccess: boolean;
    allowedPolicies: string[];
}

type Attachment =
    | ResourceProps<UserPolicyAttachmentArgs>
    | ResourceProps<RolePolicyAttachmentArgs>
    | ResourceProps<GroupPolicyAttachmentArgs>;

const USER = "alicloud:ram/userPolicyAttachment:UserPolicyAttachment";
const ROLE = "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment";
const GROUP = "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment";

/** Who receives the policy, read from the class's own name property (chosen by type token). */
function principal(type: string, a: Attachment): { en: string; fr: string } {
    if (type === USER) {
        const n = (a as ResourceProps<UserPolicyAttachmentArgs>).userName;
        return { en: `RAM user "${n}"`, fr: `l'utilisateur RAM « ${n} »` };
    }
    if (type === ROLE) {
        const n = (a as ResourceProps<RolePolicyAttachmentArgs>).roleName;
        return { en: `RAM role "${n}"`, fr: `le rôle RAM « ${n} »` };
    }
    const n = (a as ResourceProps<GroupPolicyAttachmentArgs>).groupName;
    return { en: `RAM group "${n}"`, fr: `le groupe RAM « ${n} »` };
}

export const ramNoAdminPolicyAttached = resourceRule<Attachment, Config>({
    meta: {
        id: "ram-no-admin-policy-attached",
        service: "ram",
        title: text(
            "No administrator or product full-access policy is attached",
            "Aucune politique d'administrateur ou d'accès complet à un produit n'est attachée",
        ),
        description: text(
            "Users, roles and groups must not receive AdministratorAccess, \"*\" or a \"<Product>FullAccess\" system policy; grant "
                + "task-scoped policies.",
            "Les utilisateurs, rôles et groupes ne doivent pas recevoir AdministratorAccess, \"*\" ni une politique système "
                + "« <Produit>FullAccess » ; accorder des politiques limitées à la tâche.",
        ),
        remediation: text(
            "Change policyName of the alicloud.ram.User/Role/GroupPolicyAttachment to a read-only or task-scoped policy "
                + "(e.g. a custom alicloud.ram.Policy), or list a justified exception in allowedPolicies.",
            "Remplacer le policyName de l'alicloud.ram.User/Role/GroupPolicyAttachment par une politique en lecture seule "
                + "ou limitée à la tâche (par ex. une alicloud.ram.Policy personnalisée), ou inscrire une exception justifiée dans "
                + "allowedPolicies.",
        ),
        severity: "high",
        resourceTypes: [USER, ROLE, GROUP],
        frameworks: { cis: ["1.15"], iso27001: ["A.8.2", "A.5.15"], nist: ["AC-6"] },
    },
    configSchema: {
        properties: {
            forbiddenPolicies: {
                type: "array",
                items: { type: "string" },
                default: ["AdministratorAccess", "*", "*:*"],
                description: "Policy names that must never be attached.",
            },
            forbidFullAccess: {
                type: "boolean",
                default: true,
                description: "Also forbid any policy whose name ends with \"FullAccess\".",
            },
            allowedPolicies: { type: "array", items: { type: "string" }, default: [], description: "Exceptions to the two lists above." },
        },
    },
    validate: (attachment, { args, config, report }) => {
        const name = attachment.policyName;
        if (config.allowedPolicies.includes(name)) return;
        const forbidden = config.forbiddenPolicies.includes(name) || (config.forbidFullAccess && name.endsWith("FullAccess"));
        if (!forbidden) return;
        const who = principal(args.type, attachment);
        report(
            text(
                `Policy "${name}" grants administrator or full product access to ${who.en}; attach a least-privilege policy instead.`,
                `La politique « ${name} » donne un accès administrateur ou complet au produit à ${who.fr} ; attacher plutôt une politique `
                    + `de moindre privilège.`,
            ),
        );
    },
});
