import type { InstanceArgs } from "@pulumi/alicloud/ecs";
import { ECS_INSTANCE, ESS_SCALING_CONFIGURATION, LAUNCH_TEMPLATES, launchSubject } from "../../lib/launch-paths";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/** The two metadata inputs, named alike on ecs.Instance and both launch templates; a scaling configuration has only httpEndpoint. */
type MetadataProps = Partial<Pick<ResourceProps<InstanceArgs>, "httpEndpoint" | "httpTokens">>;

/**
 * InfraGuard reads the Terraform block `metadata_options`; the Pulumi classes expose the same settings as the top-level
 * inputs httpEndpoint and httpTokens. Every launch path is read: an instance, a launch template (what the scaling group
 * launches from) and a scaling configuration. A scaling configuration has no httpTokens input in 3.108.0, so it can only
 * pass by switching the metadata service off; otherwise the instances it launches answer plain IMDSv1 requests.
 */
export const ecsInstanceMetaDataModeCheck = resourceRule<MetadataProps>({
    meta: {
        id: "ecs-instance-meta-data-mode-check",
        service: "ecs",
        title: text("ECS metadata requires IMDSv2 tokens", "Les métadonnées ECS exigent les jetons IMDSv2"),
        description: text(
            "The instance metadata service must stay enabled and be reachable only in security-hardened mode (IMDSv2), so that a "
                + "server-side request forgery cannot read the instance's RAM role credentials. This holds for instances, launch "
                + "templates and scaling configurations alike.",
            "Le service de métadonnées de l'instance doit rester activé et n'être accessible qu'en mode renforcé (IMDSv2), afin qu'une "
                + "falsification de requête côté serveur ne puisse pas lire les identifiants du rôle RAM de l'instance. Cela vaut "
                + "pour les instances, les modèles de lancement et les configurations de mise à l'échelle.",
        ),
        remediation: text(
            "On alicloud.ecs.Instance or alicloud.ecs.EcsLaunchTemplate set httpTokens: \"required\" and leave httpEndpoint unset or "
                + "\"enabled\". A scaling configuration cannot require tokens: launch the scaling group from a launch template instead.",
            "Sur alicloud.ecs.Instance ou alicloud.ecs.EcsLaunchTemplate, fixer httpTokens à « required » et laisser httpEndpoint non "
                + "renseigné ou à « enabled ». Une configuration de mise à l'échelle ne peut pas exiger de jeton : lancer le groupe "
                + "depuis un modèle de lancement.",
        ),
        severity: "medium",
        resourceTypes: [ECS_INSTANCE, ...LAUNCH_TEMPLATES, ESS_SCALING_CONFIGURATION],
        frameworks: { iso27001: ["A.8.9", "A.5.17"], nist: ["CM-6", "IA-5"] },
    },
    validate: (p, { args, report }) => {
        const who = launchSubject(args.type, args.name);
        if (args.type === ESS_SCALING_CONFIGURATION) {
            if (p.httpEndpoint === "disabled") return;
            report(
                text(
                    `${who.en} leaves the metadata service open to requests without a token (a scaling configuration has no httpTokens `
                        + "input); launch the group from an ecs.EcsLaunchTemplate with httpTokens: \"required\".",
                    `${who.fr} laisse le service de métadonnées ouvert aux requêtes sans jeton (une configuration de mise à l'échelle n'a `
                        + "pas d'entrée httpTokens) ; lancer le groupe depuis un ecs.EcsLaunchTemplate avec httpTokens à « required ».",
                ),
            );
            return;
        }
        if (p.httpEndpoint === "disabled") {
            report(
                text(
                    `${who.en} disables the metadata service (httpEndpoint is "disabled"); set httpEndpoint: "enabled" `
                        + "with httpTokens: \"required\".",
                    `${who.fr} désactive le service de métadonnées (httpEndpoint vaut « disabled ») ; fixer httpEndpoint `
                        + "à « enabled » avec httpTokens à « required ».",
                ),
            );
            return;
        }
        // Unset tokens mean the provider default "optional", which still allows plain IMDSv1 requests.
        if (p.httpTokens === "required") return;
        report(
            text(
                `${who.en} accepts metadata requests without a token (httpTokens is ${p.httpTokens ?? "unset"}); `
                    + "set httpTokens: \"required\".",
                `${who.fr} accepte les requêtes de métadonnées sans jeton (httpTokens vaut `
                    + `${p.httpTokens ?? "non renseigné"}) ; fixer httpTokens à « required ».`,
            ),
        );
    },
});
