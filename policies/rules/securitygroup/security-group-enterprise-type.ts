import type { SecurityGroupArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const securityGroupEnterpriseType = resourceRule<ResourceProps<SecurityGroupArgs>>({
    meta: {
        id: "security-group-enterprise-type",
        service: "securitygroup",
        title: text("Security groups are enterprise groups", "Les groupes de sécurité sont de type entreprise"),
        description: text(
            "Security groups must be enterprise groups: unlike normal groups (the provider default), their members do not "
                + "reach each other unless a rule allows it.",
            "Les groupes de sécurité doivent être de type entreprise : contrairement aux groupes normaux (valeur par défaut du "
                + "fournisseur), leurs membres ne communiquent entre eux que si une règle l'autorise.",
        ),
        remediation: text(
            "Set securityGroupType: \"enterprise\" on the alicloud.ecs.SecurityGroup (the group is replaced).",
            "Définir securityGroupType: \"enterprise\" sur l'alicloud.ecs.SecurityGroup (le groupe est recréé).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/securityGroup:SecurityGroup"],
        frameworks: { iso27001: ["A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (sg, { args, report }) => {
        if (sg.securityGroupType === "enterprise") return;
        const value = sg.securityGroupType === undefined ? "unset, so \"normal\"" : `"${sg.securityGroupType}"`;
        const valueFr = sg.securityGroupType === undefined ? "absent, donc « normal »" : `« ${sg.securityGroupType} »`;
        report(
            text(
                `Security group "${args.name}" is not an enterprise group (securityGroupType is ${value}); `
                    + "set securityGroupType: \"enterprise\".",
                `Le groupe de sécurité « ${args.name} » n'est pas de type entreprise (securityGroupType est ${valueFr}) ; `
                    + "définir securityGroupType: \"enterprise\".",
            ),
        );
    },
});
