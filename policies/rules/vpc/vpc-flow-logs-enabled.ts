import type { FlowLogArgs } from "@pulumi/alicloud/vpc";
import { stackRule, text } from "../../lib/rule";
import { ofType, referrers } from "../../lib/util";

const VPC = "alicloud:vpc/network:Network";
const FLOW_LOG = "alicloud:vpc/flowLog:FlowLog";

/** Joins by reference: a VPC counts only when a FlowLog's `resourceId` refers to that very VPC. */
export const vpcFlowLogsEnabled = stackRule({
    meta: {
        id: "vpc-flow-logs-enabled",
        service: "vpc",
        title: text("Every VPC has a flow log", "Chaque VPC a un journal de flux"),
        description: text(
            "Each VPC must be the target of a VPC flow log (resourceType VPC) so that network traffic can be investigated.",
            "Chaque VPC doit être la cible d'un journal de flux (resourceType VPC) afin que le trafic réseau puisse être analysé.",
        ),
        remediation: text(
            "Declare an alicloud.vpc.FlowLog with resourceType \"VPC\", resourceId set to the VPC's id and trafficType \"All\", "
                + "delivering to a Log Service logstore.",
            "Déclarer un alicloud.vpc.FlowLog avec resourceType « VPC », resourceId égal à l'id du VPC et trafficType « All », "
                + "livré dans un logstore Log Service.",
        ),
        severity: "medium",
        resourceTypes: [VPC, FLOW_LOG],
        frameworks: { cis: ["2.5", "3.3"], iso27001: ["A.8.15", "A.8.16"], nist: ["AU-12", "SI-4"] },
    },
    validate: (resources, { report }) => {
        const flowLogs = ofType(resources, FLOW_LOG).filter(
            (fl) => (fl.props as Partial<Record<keyof FlowLogArgs, unknown>>).resourceType === "VPC",
        );
        for (const vpc of ofType(resources, VPC)) {
            if (referrers(flowLogs, "resourceId", vpc).length > 0) continue;
            report(
                text(
                    `VPC "${vpc.name}" has no flow log with resourceType "VPC" pointing at it.`,
                    `Le VPC « ${vpc.name} » n'a aucun journal de flux (resourceType "VPC") qui le cible.`,
                ),
                vpc.urn,
            );
        }
    },
});
