import type { EipAddressArgs, InstanceArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

interface Config {
    maxMbps: number;
}

const EIP = "alicloud:ecs/eipAddress:EipAddress";
/** Documented default of EipAddressArgs.bandwidth when unset. */
const EIP_DEFAULT_MBPS = 5;

type Props = Partial<ResourceProps<EipAddressArgs> & ResourceProps<InstanceArgs>>;

export const costEipBandwidthLimit = resourceRule<Props, Config>({
    meta: {
        id: "cost-eip-bandwidth-limit",
        service: "governance",
        title: text(
            "Public bandwidth stays within the environment's cap",
            "La bande passante publique reste sous le plafond de l'environnement",
        ),
        description: text(
            "Elastic IP addresses (bandwidth, 5 Mbps when unset) and ECS instances (internetMaxBandwidthOut, 0 when unset) do not " +
                "exceed the environment's public bandwidth cap, so that a traffic spike or an attack cannot run up the bill.",
            "Les adresses IP élastiques (bandwidth, 5 Mbit/s si absent) et les instances ECS (internetMaxBandwidthOut, 0 si absent) " +
                "ne dépassent pas le plafond de bande passante publique de l'environnement, afin qu'un pic de trafic ou une attaque " +
                "ne fasse pas exploser la facture.",
        ),
        remediation: text(
            "Lower bandwidth on the alicloud.ecs.EipAddress (a string, e.g. \"10\") or internetMaxBandwidthOut on the " +
                "alicloud.ecs.Instance to at most maxMbps; put public traffic behind a load balancer or CDN, or raise maxMbps in " +
                "the environment's pack config after a cost review.",
            "Réduire bandwidth sur l'alicloud.ecs.EipAddress (une chaîne, par exemple « 10 ») ou internetMaxBandwidthOut sur " +
                "l'alicloud.ecs.Instance à au plus maxMbps ; faire passer le trafic public par un répartiteur ou un CDN, ou relever " +
                "maxMbps dans la configuration de l'environnement après une revue des coûts.",
        ),
        severity: "low",
        resourceTypes: [EIP, "alicloud:ecs/instance:Instance"],
        frameworks: { iso27001: ["A.8.6"], nist: ["SC-5", "CM-6"] },
    },
    configSchema: {
        properties: {
            maxMbps: {
                type: "number",
                default: 100,
                description: "Highest public bandwidth (Mbps) an EIP or an ECS instance may have.",
            },
        },
    },
    validate: (props, { args, config, report }) => {
        const isEip = args.type === EIP;
        const input = isEip ? "bandwidth" : "internetMaxBandwidthOut";
        const raw: unknown = isEip ? props.bandwidth : props.internetMaxBandwidthOut;
        const mbps = raw === undefined || raw === null ? (isEip ? EIP_DEFAULT_MBPS : 0) : Number(raw);
        const what = isEip ? `EIP "${args.name}"` : `ECS instance "${args.name}"`;
        const quoi = isEip ? `L'EIP « ${args.name} »` : `L'instance ECS « ${args.name} »`;
        if (Number.isNaN(mbps)) {
            report(
                text(
                    `${what} has ${input} ${JSON.stringify(raw)}, which is not a number of Mbps; set it to at most ${config.maxMbps}.`,
                    `${quoi} a ${input} ${JSON.stringify(raw)}, qui n'est pas un nombre de Mbit/s ; le fixer à au plus ${config.maxMbps}.`,
                ),
            );
            return;
        }
        if (mbps <= config.maxMbps) return;
        report(
            text(
                `${what} has ${input} ${mbps} Mbps, above the cap of ${config.maxMbps} Mbps.`,
                `${quoi} a ${input} ${mbps} Mbit/s, au-dessus du plafond de ${config.maxMbps} Mbit/s.`,
            ),
        );
    },
});
