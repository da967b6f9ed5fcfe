import type { AccountArgs, RdsAccountArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    allowedTypes: string[];
}

/**
 * A privileged (Super) account can create and drop databases and accounts, and change every other account's rights; an
 * application needs none of that, and its password lives on the app servers. The type is `accountType`, or the
 * deprecated `type` when only that is set; unset is Normal per the typings. rds.Account is the older class of the same
 * account.
 */
export const rdsAccountNotPrivileged = resourceRule<ResourceProps<RdsAccountArgs> | ResourceProps<AccountArgs>, Config>({
    meta: {
        id: "rds-account-not-privileged",
        service: "rds",
        title: text("RDS accounts declared in code are not privileged", "Les comptes RDS déclarés dans le code ne sont pas privilégiés"),
        description: text(
            "Every rds.RdsAccount (and legacy rds.Account) must be of an allowed type, Normal by default: applications connect with "
                + "an account that holds rights on its own databases only, never with a Super or Sysadmin account.",
            "Chaque rds.RdsAccount (et l'ancien rds.Account) doit être d'un type autorisé, Normal par défaut : les applications se "
                + "connectent avec un compte qui n'a de droits que sur ses propres bases, jamais avec un compte Super ou Sysadmin.",
        ),
        remediation: text(
            "Set accountType: \"Normal\" (or leave it unset) and grant the account its databases with rds.AccountPrivilege; "
                + "administer the instance through the console's temporary privileged access instead of a stored Super account.",
            "Fixer accountType: \"Normal\" (ou le laisser non défini) et accorder ses bases au compte avec rds.AccountPrivilege ; "
                + "administrer l'instance par l'accès privilégié temporaire de la console plutôt que par un compte Super conservé.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:rds/rdsAccount:RdsAccount", "alicloud:rds/account:Account"],
        frameworks: { iso27001: ["A.8.2", "A.5.15"], nist: ["AC-6", "AC-6(5)"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedTypes: {
                type: "array",
                items: { type: "string" },
                default: ["Normal"],
                description: "Account types (accountType) the code may create.",
            },
        },
    },
    validate: (account, { args, config, report }) => {
        const type = account.accountType ?? account.type ?? "Normal";
        if (config.allowedTypes.includes(type)) return;
        report(
            text(
                `RDS account "${args.name}" is of type "${type}"; use a ${config.allowedTypes.join(" or ")} account for applications.`,
                `Le compte RDS « ${args.name} » est de type "${type}" ; utiliser un compte ${config.allowedTypes.join(" ou ")} pour les `
                    + "applications.",
            ),
        );
    },
});
