import type { InstanceArgs } from "@pulumi/alicloud/kvstore";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** Unset passes: the typings give "Open" (password required) as the default of vpcAuthMode. */
export const redisInstanceOpenAuthMode = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "redis-instance-open-auth-mode",
        service: "kvstore",
        title: text("Redis / Tair requires authentication", "Redis / Tair exige une authentification"),
        description: text(
            "No kvstore.Instance may set vpcAuthMode to \"Close\", which lets clients in the VPC connect without a password.",
            "Aucune kvstore.Instance ne doit fixer vpcAuthMode à \"Close\", ce qui permet aux clients du VPC de se connecter sans mot de "
                + "passe.",
        ),
        remediation: text(
            "Set vpcAuthMode: \"Open\" (or leave it unset) on the kvstore.Instance and connect with a kvstore.Account.",
            "Fixer vpcAuthMode: \"Open\" (ou le laisser non défini) sur la kvstore.Instance et se connecter avec un kvstore.Account.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:kvstore/instance:Instance"],
        frameworks: { iso27001: ["A.8.5"], nist: ["IA-2", "AC-3"], senegal: ["Art. 71"] },
    },
    validate: (cache, { args, report }) => {
        if (cache.vpcAuthMode !== "Close") return;
        report(
            text(
                `Redis / Tair instance "${args.name}" accepts clients without password (vpcAuthMode is "Close"); set vpcAuthMode: "Open".`,
                `L'instance Redis / Tair « ${args.name} » accepte des clients sans mot de passe (vpcAuthMode vaut "Close") ; fixer `
                    + `vpcAuthMode: "Open".`,
            ),
        );
    },
});
