/**
 * Draws the network of a plan as a Mermaid flowchart: vSwitches by tier, what the internet and each
 * tier may reach (from the security-group rules), the NAT gateway in the vSwitch it sits in, the
 * egress address it leaves through (the EIP partners allow-list) and where flow logs go.
 * docs/architecture.md embeds the prod diagram; a test keeps the two identical.
 */
import { Plan, PlanResource, showValue, UNKNOWN_SHOWN } from "./plan/types";

const q = (s: string): string => `"${s.replace(/"/g, "'")}"`;
const str = (v: unknown): string => (typeof v === "string" ? showValue(v) : "");

function byType(plan: Plan, type: string): PlanResource[] {
    return plan.resources.filter((r) => r.type === type);
}

/**
 * Whether input `prop` of `r` is `target` (by its id, or, where ids are not known yet as in a preview,
 * by the resource the value came from).
 */
function refersTo(r: PlanResource, prop: string, target: PlanResource): boolean {
    return (target.id !== undefined && r.inputs[prop] === target.id) || (r.propertyDependencies[prop] ?? []).includes(target.urn);
}

function nodeId(r: PlanResource): string {
    return r.name.replace(/[^A-Za-z0-9]/g, "_");
}

export function networkDiagram(plan: Plan): string {
    const lines = ["flowchart LR", `    internet((Internet))`];
    const switches = byType(plan, "alicloud:vpc/switch:Switch");
    const groups = byType(plan, "alicloud:ecs/securityGroup:SecurityGroup");
    const tierOf = (name: string): string => /-(edge|app|data)(-[a-z])?$/.exec(name)?.[1] ?? "other";
    const nats = byType(plan, "alicloud:vpc/natGateway:NatGateway");
    for (const vpc of byType(plan, "alicloud:vpc/network:Network")) {
        lines.push(`    subgraph ${nodeId(vpc)}[${q(`VPC ${str(vpc.inputs.vpcName)} ${str(vpc.inputs.cidrBlock)}`)}]`);
        for (const tier of ["edge", "app", "data"]) {
            const inTier = switches.filter((s) => tierOf(str(s.inputs.vswitchName)) === tier);
            if (inTier.length === 0) continue;
            lines.push(`        subgraph tier_${tier}[${q(`${tier} tier`)}]`);
            for (const s of inTier) lines.push(`            ${nodeId(s)}[${q(`${str(s.inputs.zoneId)} ${str(s.inputs.cidrBlock)}`)}]`);
            // A NAT gateway lives in one vSwitch: drawn in that vSwitch's tier, inside the VPC.
            for (const nat of nats) {
                const home = inTier.find((s) => refersTo(nat, "vswitchId", s));
                if (home) lines.push(`            ${nodeId(nat)}[${q(`NAT ${str(nat.inputs.natType)} in ${str(home.inputs.zoneId)}`)}]`);
            }
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
    const eips = byType(plan, "alicloud:ecs/eipAddress:EipAddress");
    for (const nat of nats) {
        const placed = switches.some((s) => refersTo(nat, "vswitchId", s));
        if (!placed) lines.push(`    ${nodeId(nat)}[${q(`NAT ${str(nat.inputs.natType)}`)}]`);
        // Traffic leaves through the EIP bound to the gateway: its address is the one partners allow-list.
        const bound = byType(plan, "alicloud:ecs/eipAssociation:EipAssociation")
            .filter((a) => refersTo(a, "instanceId", nat))
            .map((a) => eips.find((e) => refersTo(a, "allocationId", e)))
            .filter((e): e is PlanResource => e !== undefined);
        for (const eip of bound) {
            const address = str(eip.outputs.ipAddress) || UNKNOWN_SHOWN;
            const bandwidth = eip.inputs.bandwidth === undefined ? "" : `, ${String(eip.inputs.bandwidth)} Mbit/s`;
            lines.push(`    ${nodeId(nat)} --> ${nodeId(eip)}([${q(`egress IP ${address}${bandwidth}`)}]) --> internet`);
        }
        if (bound.length === 0) lines.push(`    ${nodeId(nat)} --> internet`);
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
