/**
 * Draws the network of a plan as a Mermaid flowchart: vSwitches by tier, what the internet and each
 * tier may reach (from the security-group rules), the NAT path out and where flow logs go.
 * docs/architecture.md embeds the prod diagram; a test keeps the two identical.
 */
import type { Plan, PlanResource } from "./plan/types";

const q = (s: string): string => `"${s.replace(/"/g, "'")}"`;
const str = (v: unknown): string => (typeof v === "string" ? v : "");

function byType(plan: Plan, type: string): PlanResource[] {
    return plan.resources.filter((r) => r.type === type);
}

function nodeId(r: PlanResource): string {
    return r.name.replace(/[^A-Za-z0-9]/g, "_");
}

export function networkDiagram(plan: Plan): string {
    const lines = ["flowchart LR", `    internet((Internet))`];
    const switches = byType(plan, "alicloud:vpc/switch:Switch");
    const groups = byType(plan, "alicloud:ecs/securityGroup:SecurityGroup");
    const tierOf = (name: string): string => /-(edge|app|data)(-[a-z])?$/.exec(name)?.[1] ?? "other";
    for (const vpc of byType(plan, "alicloud:vpc/network:Network")) {
        lines.push(`    subgraph ${nodeId(vpc)}[${q(`VPC ${str(vpc.inputs.vpcName)} ${str(vpc.inputs.cidrBlock)}`)}]`);
        for (const tier of ["edge", "app", "data"]) {
            const inTier = switches.filter((s) => tierOf(str(s.inputs.vswitchName)) === tier);
            if (inTier.length === 0) continue;
            lines.push(`        subgraph tier_${tier}[${q(`${tier} tier`)}]`);
            for (const s of inTier) lines.push(`            ${nodeId(s)}[${q(`${str(s.inputs.zoneId)} ${str(s.inputs.cidrBlock)}`)}]`);
            lines.push("        end");
        }
        lines.push("    end");
    }
    const groupById = new Map(groups.map((g) => [g.id, g]));
    const switchByCidr = new Map(switches.map((s) => [str(s.inputs.cidrBlock), s]));
    for (const rule of byType(plan, "alicloud:ecs/securityGroupRule:SecurityGroupRule")) {
        if (rule.inputs.type !== "ingress") continue;
        const group = groupById.get(str(rule.inputs.securityGroupId));
        if (!group) continue;
        const tier = tierOf(str(group.inputs.securityGroupName));
        const label = `${str(rule.inputs.ipProtocol)} ${str(rule.inputs.portRange).split("/")[0]}`;
        const cidr = str(rule.inputs.cidrIp);
        const from = cidr === "0.0.0.0/0" ? "internet" : switchByCidr.get(cidr) ? nodeId(switchByCidr.get(cidr) as PlanResource) : undefined;
        if (from) lines.push(`    ${from} -->|${q(label)}| tier_${tier}`);
    }
    for (const nat of byType(plan, "alicloud:vpc/natGateway:NatGateway")) {
        lines.push(`    ${nodeId(nat)}[${q(`NAT ${str(nat.inputs.natType)}`)}] --> internet`);
        for (const snat of byType(plan, "alicloud:vpc/snatEntry:SnatEntry")) {
            const source = switches.find((s) => s.id === snat.inputs.sourceVswitchId);
            if (source) lines.push(`    ${nodeId(source)} -. SNAT .-> ${nodeId(nat)}`);
        }
    }
    for (const fl of byType(plan, "alicloud:vpc/flowLog:FlowLog")) {
        const store = byType(plan, "alicloud:log/store:Store").find((s) => s.inputs.logstoreName === fl.inputs.logStoreName);
        const retention = store ? `, ${String(store.inputs.retentionPeriod)} days` : "";
        lines.push(`    ${nodeId(fl)}[${q(`flow log ${str(fl.inputs.trafficType)}`)}] --> sls[(${q(`Log Service ${str(fl.inputs.logStoreName)}${retention}`)})]`);
        const vpc = byType(plan, "alicloud:vpc/network:Network").find((v) => v.id === fl.inputs.resourceId);
        if (vpc) lines.push(`    ${nodeId(vpc)} -.- ${nodeId(fl)}`);
    }
    return `${lines.join("\n")}\n`;
}
