/**
 * The diagram draws the request path from what the plan holds: DNS → CDN and WAF → ALB → the
 * scaling group attached to the ALB's server group (the compute layer's, when the plan has it) →
 * database and cache.
 */
import { networkDiagram } from "../../tools/diagram";
import type { Plan, PlanResource } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";

let prod: Plan;
beforeAll(async () => {
    prod = await planIsolated("prod");
}, 120_000);

const one = (p: Plan, type: string): PlanResource => {
    const found = p.resources.filter((r) => r.type === type);
    if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
    return found[0];
};

describe("the request path in the diagram", () => {
    it("goes from DNS to each CDN host and its bucket, through WAF to the ALB, its HTTPS listener and server group, the scaling group and the stores", () => {
        const d = networkDiagram(prod);
        const lb = one(prod, "alicloud:alb/loadBalancer:LoadBalancer");
        const group = one(prod, "alicloud:ess/scalingGroup:ScalingGroup");
        const hosts = prod.outputs.hosts as Record<string, string>;
        const node = (name: string): string => name.replace(/-/g, "_");
        expect(d).toContain(`dns -->|"${hosts.static}"|`);
        expect(d).toContain(`dns -->|"${hosts.media}"|`);
        expect(d).toContain(`dns -->|"${hosts.api}"| waf{{"WAF 3.0"}} --> ${node(lb.name)}["ALB Internet StandardWithWaf; HTTP 80 redirects to HTTPS"]`);
        expect(d).toContain(`-->|"HTTPS, signed"| dakar2026_prod_storage_static`);
        // The HTTP listener only redirects: the path to the servers is the HTTPS listener's, drawn once.
        expect(d.match(/-->\|"HTTPS 443"\| dakar2026_prod_edge_app\[/g)).toHaveLength(1);
        expect(d).not.toContain('-->|"HTTP 80"|');
        expect(d).toContain(`dakar2026_prod_edge_app --> ${node(group.name)}["scaling group ${String(group.inputs.scalingGroupName)}"]`);
        expect(d).toMatch(new RegExp(`${node(group.name)} --> dakar2026_prod_storage_mysql\\[\\("MySQL `));
        expect(d).toMatch(new RegExp(`${node(group.name)} --> dakar2026_prod_storage_redis\\[\\("Redis `));
        expect(d).not.toContain("app servers join here");
    });

    it("shows where the app servers join when no scaling group is attached to the server group", () => {
        const withoutCompute: Plan = { ...prod, resources: prod.resources.filter((r) => !r.type.startsWith("alicloud:ess/")) };
        const d = networkDiagram(withoutCompute);
        expect(d).toContain(`dakar2026_prod_edge_app -.->|"app servers join here"| tier_app`);
        expect(d).not.toContain("scaling group");
    });
});
