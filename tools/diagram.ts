/**
 * Draws the network of a plan as a Mermaid flowchart: vSwitches by tier, what the internet and each
 * tier may reach (from the security-group rules), the NAT gateway in the vSwitch it sits in, the
 * egress address it leaves through (the EIP partners allow-list) and where flow logs go; then the
 * request path: DNS → CDN (static front end, media) and WAF → ALB → the scaling group attached to
 * its server group, when the plan has one → database and cache.
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
    lines.push(...requestPath(plan));
    return `${lines.join("\n")}\n`;
}

/** The request path, from what the plan declares: nothing is drawn that the plan does not hold. */
function requestPath(plan: Plan): string[] {
    const lines: string[] = [];
    const lbs = byType(plan, "alicloud:alb/loadBalancer:LoadBalancer");
    const domains = byType(plan, "alicloud:cdn/domainNew:DomainNew");
    if (lbs.length === 0 && domains.length === 0) return lines;
    const records = byType(plan, "alicloud:dns/alidnsRecord:AlidnsRecord");
    const dnsLabel = records.length > 0 ? `Alidns ${[...new Set(records.map((r) => str(r.inputs.domainName)))].join(", ")}` : "DNS (CNAMEs, managed outside the stack)";
    lines.push(`    users((Users)) --> dns{{${q(dnsLabel)}}}`);
    const buckets = byType(plan, "alicloud:oss/bucket:Bucket");
    for (const d of domains) {
        lines.push(`    dns -->|${q(str(d.inputs.domainName))}| ${nodeId(d)}[${q(`CDN ${str(d.inputs.scope)}`)}]`);
        for (const source of (d.inputs.sources ?? []) as { content?: string }[]) {
            const bucket = buckets.find((b) => str(source.content).startsWith(`${str(b.inputs.bucket)}.`));
            if (bucket) lines.push(`    ${nodeId(d)} -->|${q("HTTPS, signed")}| ${nodeId(bucket)}[(${q(`OSS ${str(bucket.inputs.bucket)}`)})]`);
        }
    }
    const waf = byType(plan, "alicloud:wafv3/instance:Instance");
    for (const lb of lbs) {
        const withWaf = str(lb.inputs.loadBalancerEdition) === "StandardWithWaf" && waf.length > 0;
        const api = records.find((r) => r.propertyDependencies.value?.includes(lb.urn));
        const hosts = plan.outputs.hosts as Record<string, unknown> | undefined;
        const label = api ? `${str(api.inputs.rr)}.${str(api.inputs.domainName)}` : str(hosts?.api) || "API host";
        const listeners = byType(plan, "alicloud:alb/listener:Listener").filter((x) => x.inputs.loadBalancerId === lb.id);
        // A listener whose rules all redirect to HTTPS serves nothing: it is part of the ALB's label, not of the path.
        const redirects = (l: PlanResource): boolean => {
            const rules = byType(plan, "alicloud:alb/rule:Rule").filter((r) => r.inputs.listenerId === l.id);
            return rules.length > 0 && rules.every((r) => JSON.stringify(r.inputs.ruleActions ?? []).includes('"Redirect"'));
        };
        const redirecting = listeners.filter(redirects);
        const note = redirecting.map((l) => `; ${str(l.inputs.listenerProtocol)} ${String(l.inputs.listenerPort)} redirects to HTTPS`).join("");
        lines.push(`    dns -->|${q(label)}| ${withWaf ? `waf{{${q("WAF 3.0")}}} --> ` : ""}${nodeId(lb)}[${q(`ALB ${str(lb.inputs.addressType)} ${str(lb.inputs.loadBalancerEdition)}${note}`)}]`);
        lines.push(`    ${nodeId(lb)} --- tier_edge`);
        const drawn = new Set<string>();
        for (const l of listeners.filter((x) => !redirecting.includes(x))) {
            for (const g of byType(plan, "alicloud:alb/serverGroup:ServerGroup").filter((x) => JSON.stringify(l.inputs.defaultActions ?? []).includes(String(x.id)))) {
                lines.push(`    ${nodeId(lb)} -->|${q(`${str(l.inputs.listenerProtocol)} ${String(l.inputs.listenerPort)}`)}| ${nodeId(g)}[${q(`server group ${str(g.inputs.serverGroupName)}`)}]`);
                if (drawn.has(g.urn)) continue;
                drawn.add(g.urn);
                const attached = byType(plan, "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment").filter((a) => a.inputs.albServerGroupId === g.id);
                for (const a of attached) {
                    const sg = byType(plan, "alicloud:ess/scalingGroup:ScalingGroup").find((x) => x.id === a.inputs.scalingGroupId);
                    if (!sg) continue;
                    lines.push(`    ${nodeId(g)} --> ${nodeId(sg)}[${q(`scaling group ${str(sg.inputs.scalingGroupName)}`)}]`);
                    lines.push(`    ${nodeId(sg)} --- tier_app`);
                    for (const db of [...byType(plan, "alicloud:rds/instance:Instance"), ...byType(plan, "alicloud:kvstore/instance:Instance")]) {
                        lines.push(`    ${nodeId(sg)} --> ${nodeId(db)}[(${q(`${db.type.includes("rds") ? "MySQL" : "Redis"} ${str(db.inputs.instanceName ?? db.inputs.dbInstanceName)}`)})]`);
                    }
                }
                if (attached.length === 0) lines.push(`    ${nodeId(g)} -.->|${q("app servers join here")}| tier_app`);
            }
        }
    }
    return lines;
}
