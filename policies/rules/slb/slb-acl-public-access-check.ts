import type { AclArgs, AclEntryAttachmentArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { ANY_SOURCE } from "../../lib/util";

const ACL = "alicloud:slb/acl:Acl";

type Props = Partial<ResourceProps<AclArgs>> & Partial<ResourceProps<AclEntryAttachmentArgs>>;

/** Reads both the deprecated inline `entryLists` of slb.Acl and its replacement, slb.AclEntryAttachment. */
export const slbAclPublicAccessCheck = resourceRule<Props>({
    meta: {
        id: "slb-acl-public-access-check",
        service: "slb",
        title: text("CLB ACLs do not allow the whole internet", "Les ACL des CLB n'autorisent pas tout Internet"),
        description: text(
            "An access-control list of a Classic Load Balancer must not contain 0.0.0.0/0, 0.0.0.0 or ::/0, which makes it meaningless.",
            "Une liste de contrôle d'accès de Classic Load Balancer ne doit contenir ni 0.0.0.0/0, ni 0.0.0.0, ni ::/0, ce qui la viderait "
                + "de son sens.",
        ),
        remediation: text(
            "Replace the entry of alicloud.slb.AclEntryAttachment (or entryLists of alicloud.slb.Acl) with the CIDR blocks that need "
                + "access.",
            "Remplacer l'entrée de alicloud.slb.AclEntryAttachment (ou entryLists de alicloud.slb.Acl) par les blocs CIDR qui ont besoin "
                + "de l'accès.",
        ),
        severity: "high",
        resourceTypes: [ACL, "alicloud:slb/aclEntryAttachment:AclEntryAttachment"],
        frameworks: { iso27001: ["A.8.20", "A.5.15"], nist: ["SC-7", "AC-3"] },
    },
    validate: (p, { args, report }) => {
        const entries = args.type === ACL ? (p.entryLists ?? []).map((e) => e.entry) : [p.entry];
        for (const entry of entries) {
            if (entry === undefined || !ANY_SOURCE.includes(entry)) continue;
            report(
                text(
                    `CLB ACL "${args.name}" contains entry ${entry}, which allows the whole internet; list only the CIDR blocks that need `
                        + "access.",
                    `L'ACL CLB « ${args.name} » contient l'entrée ${entry}, qui autorise tout Internet ; n'y mettre que les blocs CIDR qui `
                        + "ont besoin de l'accès.",
                ),
            );
        }
    },
});
