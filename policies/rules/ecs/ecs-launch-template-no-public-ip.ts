import type { EcsLaunchTemplateArgs } from "@pulumi/alicloud/ecs";
import { LAUNCH_TEMPLATES } from "../../lib/launch-paths";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * The launch-template path of ecs-instance-no-public-ip: a template has no allocatePublicIp and no EIP can be associated
 * with a template, so public bandwidth is the only way an instance launched from it gets a public address. The scaling
 * configuration path is ess-scaling-configuration-enabled-internet-check.
 */
export const ecsLaunchTemplateNoPublicIp = resourceRule<ResourceProps<EcsLaunchTemplateArgs>>({
    meta: {
        id: "ecs-launch-template-no-public-ip",
        service: "ecs",
        title: text("Launch templates give no public IP", "Les modèles de lancement ne donnent pas d'IP publique"),
        description: text(
            "An ECS launch template must not give its instances public bandwidth (internetMaxBandwidthOut 0 or unset): every instance "
                + "launched from it would get a public IP. Internet traffic goes through the load balancer or the NAT gateway.",
            "Un modèle de lancement ECS ne doit pas donner de bande passante publique à ses instances (internetMaxBandwidthOut à 0 ou "
                + "non renseigné) : chaque instance lancée depuis ce modèle recevrait une IP publique. Le trafic Internet passe par "
                + "l'équilibreur de charge ou la passerelle NAT.",
        ),
        remediation: text(
            "Remove internetMaxBandwidthOut from alicloud.ecs.EcsLaunchTemplate or set it to 0.",
            "Supprimer internetMaxBandwidthOut de alicloud.ecs.EcsLaunchTemplate ou le fixer à 0.",
        ),
        severity: "high",
        resourceTypes: LAUNCH_TEMPLATES,
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    validate: (t, { args, report }) => {
        const bandwidth = t.internetMaxBandwidthOut ?? 0;
        if (bandwidth <= 0) return;
        report(
            text(
                `Launch template "${args.name}" gives its instances a public IP (internetMaxBandwidthOut is ${bandwidth}); `
                    + "set internetMaxBandwidthOut: 0.",
                `Le modèle de lancement « ${args.name} » donne une IP publique à ses instances (internetMaxBandwidthOut vaut `
                    + `${bandwidth}) ; fixer internetMaxBandwidthOut à 0.`,
            ),
        );
    },
});
