import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * InfraGuard reads the Terraform block `metadata_options`; the Pulumi class exposes the same settings
 * as the top-level inputs httpEndpoint and httpTokens.
 */
export const ecsInstanceMetaDataModeCheck = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "ecs-instance-meta-data-mode-check",
        service: "ecs",
        title: text("ECS metadata requires IMDSv2 tokens", "Les métadonnées ECS exigent les jetons IMDSv2"),
        description: text(
            "The instance metadata service must stay enabled and be reachable only in security-hardened mode (IMDSv2), so that a "
                + "server-side request forgery cannot read the instance's RAM role credentials.",
            "Le service de métadonnées de l'instance doit rester activé et n'être accessible qu'en mode renforcé (IMDSv2), afin qu'une "
                + "falsification de requête côté serveur ne puisse pas lire les identifiants du rôle RAM de l'instance.",
        ),
        remediation: text(
            "On alicloud.ecs.Instance set httpTokens: \"required\" and leave httpEndpoint unset or \"enabled\".",
            "Sur alicloud.ecs.Instance, fixer httpTokens à « required » et laisser httpEndpoint non renseigné ou à « enabled ».",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.9", "A.5.17"], nist: ["CM-6", "IA-5"] },
    },
    validate: (inst, { args, report }) => {
        if (inst.httpEndpoint === "disabled") {
            report(
                text(
                    `Instance "${args.name}" disables the metadata service (httpEndpoint is "disabled"); set httpEndpoint: "enabled" `
                        + "with httpTokens: \"required\".",
                    `L'instance « ${args.name} » désactive le service de métadonnées (httpEndpoint vaut « disabled ») ; fixer httpEndpoint `
                        + "à « enabled » avec httpTokens à « required ».",
                ),
            );
            return;
        }
        // Unset tokens mean the provider default "optional", which still allows plain IMDSv1 requests.
        if (inst.httpTokens === "required") return;
        report(
            text(
                `Instance "${args.name}" accepts metadata requests without a token (httpTokens is ${inst.httpTokens ?? "unset"}); `
                    + "set httpTokens: \"required\".",
                `L'instance « ${args.name} » accepte les requêtes de métadonnées sans jeton (httpTokens vaut `
                    + `${inst.httpTokens ?? "non renseigné"}) ; fixer httpTokens à « required ».`,
            ),
        );
    },
});
