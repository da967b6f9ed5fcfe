import type { NetworkAclArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const vpcNetworkAclNotEmpty = resourceRule<ResourceProps<NetworkAclArgs>>({
    meta: {
        id: "vpc-network-acl-not-empty",
        service: "vpc",
        title: text("Network ACLs contain rules", "Les ACL réseau contiennent des règles"),
        description: text(
            "A network ACL must declare at least one ingress or egress entry; an empty ACL filters nothing and gives a false "
                + "sense of protection.",
            "Une ACL réseau doit déclarer au moins une entrée en entrée ou en sortie ; une ACL vide ne filtre rien et donne une "
                + "fausse impression de protection.",
        ),
        remediation: text(
            "Declare ingressAclEntries and/or egressAclEntries on the alicloud.vpc.NetworkAcl, or delete the ACL.",
            "Déclarer ingressAclEntries et/ou egressAclEntries sur l'alicloud.vpc.NetworkAcl, ou supprimer l'ACL.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/networkAcl:NetworkAcl"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (acl, { args, report }) => {
        if ((acl.ingressAclEntries ?? []).length + (acl.egressAclEntries ?? []).length > 0) return;
        report(
            text(
                `Network ACL "${args.name}" has no ingressAclEntries nor egressAclEntries; declare the entries it must enforce.`,
                `L'ACL réseau « ${args.name} » n'a ni ingressAclEntries ni egressAclEntries ; déclarer les entrées qu'elle doit `
                    + "appliquer.",
            ),
        );
    },
});
