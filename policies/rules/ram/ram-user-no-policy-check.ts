import type { UserPolicyAttachmentArgs } from "@pulumi/alicloud/ram";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const ramUserNoPolicyCheck = resourceRule<ResourceProps<UserPolicyAttachmentArgs>>({
    meta: {
        id: "ram-user-no-policy-check",
        service: "ram",
        title: text(
            "Permissions go to groups or roles, not to users",
            "Les permissions sont données aux groupes ou aux rôles, pas aux utilisateurs",
        ),
        description: text(
            "RAM policies must be attached to groups or roles only, so that access is granted and revoked by membership (CIS 1.16).",
            "Les politiques RAM ne doivent être attachées qu'à des groupes ou à des rôles, afin que les accès soient accordés et retirés "
                + "par appartenance (CIS 1.16).",
        ),
        remediation: text(
            "Replace the alicloud.ram.UserPolicyAttachment by an alicloud.ram.GroupPolicyAttachment on a group "
                + "and add the user to it with an alicloud.ram.GroupMembership.",
            "Remplacer l'alicloud.ram.UserPolicyAttachment par un alicloud.ram.GroupPolicyAttachment sur un groupe "
                + "et y ajouter l'utilisateur avec un alicloud.ram.GroupMembership.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ram/userPolicyAttachment:UserPolicyAttachment"],
        frameworks: { cis: ["1.16"], iso27001: ["A.5.15", "A.5.18"], nist: ["AC-2", "AC-6"] },
    },
    validate: (attachment, { report }) => {
        report(
            text(
                `Policy "${attachment.policyName}" is attached directly to RAM user "${attachment.userName}"; attach it to a group or `
                    + `role instead.`,
                `La politique « ${attachment.policyName} » est attachée directement à l'utilisateur RAM « ${attachment.userName} » ; `
                    + "l'attacher plutôt à un groupe ou à un rôle.",
            ),
        );
    },
});
