import type { AclArgs, AclEntryAttachmentArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE } from "../../lib/util";

const ACL = "alicloud:alb/acl:Acl";

type Props = Partial<ResourceProps<AclArgs>> & Partial<ResourceProps<AclEntryAttachmentArgs>>;

/** Reads the deprecated inline `aclEntries` of alb.Acl and both forms of alb.AclEntryAttachment (`entry`, deprecated, and `entries`). */
export const albAclPublicAccessCheck = resourceRule<Props>({
    meta: {
        id: "alb-acl-public-access-check",
        service: "alb",
        title: text("ALB ACLs do not allow the whole internet", "Les ACL des ALB n'autorisent pas tout Internet"),
        description: text(
            "An access-control list of an Application Load Balancer must not contain 0.0.0.0/0, 0.0.0.0 or ::/0.",
            "Une liste de contrôle d'accès d'Application Load Balancer ne doit contenir ni 0.0.0.0/0, ni 0.0.0.0, ni ::/0.",
        ),
        remediation: text(
            "Replace the entry in alicloud.alb.AclEntryAttachment entries (or aclEntries of alicloud.alb.Acl) with the CIDR blocks that "
                + "need access.",
            "Remplacer l'entrée dans entries de alicloud.alb.AclEntryAttachment (ou aclEntries de alicloud.alb.Acl) par les blocs CIDR "
                + "qui ont besoin de l'accès.",
        ),
        severity: "high",
        resourceTypes: [ACL, "alicloud:alb/aclEntryAttachment:AclEntryAttachment"],
        frameworks: { iso27001: ["A.8.20", "A.5.15"], nist: ["SC-7", "AC-3"] },
    },
    validate: (p, { args, report }) => {
        const entries =
            args.type === ACL ? (p.aclEntries ?? []).map((e) => e.entry) : [p.entry, ...(p.entries ?? []).map((e) => e.entry)];
        for (const entry of entries) {
            if (entry === undefined || !ANY_SOURCE.includes(entry)) continue;
            report(
                text(
                    `ALB ACL "${args.name}" contains entry ${entry}, which allows the whole internet; list only the CIDR blocks that `
                        + "need access.",
                    `L'ACL ALB « ${args.name} » contient l'entrée ${entry}, qui autorise tout Internet ; n'y mettre que les blocs CIDR `
                        + "qui ont besoin de l'accès.",
                ),
            );
        }
    },
});
