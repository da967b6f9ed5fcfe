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

/** A resource the compute layer would add, in the plan's shape. */
function fake(type: string, name: string, id: string, inputs: Record<string, unknown>): PlanResource {
    return {
        urn: `urn:pulumi:prod::dakar2026::${type}::${name}`,
        type,
        name,
        custom: true,
        id,
        inputs,
        outputs: inputs,
        options: { protect: false, dependsOn: [], ignoreChanges: [], retainOnDelete: false, deleteBeforeReplace: false, aliases: [], additionalSecretOutputs: [] },
        propertyDependencies: {},
    };
}

describe("the request path in the diagram", () => {
    it("goes from DNS to each CDN host and its bucket, and through WAF to the ALB and its server group, where the app servers join", () => {
        const d = networkDiagram(prod);
        const lb = one(prod, "alicloud:alb/loadBalancer:LoadBalancer");
        const hosts = prod.outputs.hosts as Record<string, string>;
        expect(d).toContain(`dns -->|"${hosts.static}"|`);
        expect(d).toContain(`dns -->|"${hosts.media}"|`);
        expect(d).toContain(`dns -->|"${hosts.api}"| waf{{"WAF 3.0"}} --> ${lb.name.replace(/-/g, "_")}["ALB Internet StandardWithWaf"]`);
        expect(d).toContain(`-->|"HTTPS, signed"| dakar2026_prod_storage_static`);
        expect(d).toContain(`dakar2026_prod_edge_app -.->|"app servers join here"| tier_app`);
    });

    it("draws a scaling group attached to the server group, and the database and cache behind it", () => {
        const group = one(prod, "alicloud:alb/serverGroup:ServerGroup");
        const withCompute: Plan = {
            ...prod,
            resources: [
                ...prod.resources,
                fake("alicloud:ess/scalingGroup:ScalingGroup", "dakar2026-prod-compute-asg", "asg-1", { scalingGroupName: "dakar2026-prod-compute-app" }),
                fake("alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment", "dakar2026-prod-compute-alb", "att-1", {
                    scalingGroupId: "asg-1",
                    albServerGroupId: group.id,
                }),
            ],
        };
        const d = networkDiagram(withCompute);
        expect(d).toContain(`dakar2026_prod_edge_app --> dakar2026_prod_compute_asg["scaling group dakar2026-prod-compute-app"]`);
        expect(d).toMatch(/dakar2026_prod_compute_asg --> dakar2026_prod_storage_mysql\[\("MySQL /);
        expect(d).toMatch(/dakar2026_prod_compute_asg --> dakar2026_prod_storage_redis\[\("Redis /);
        expect(d).not.toContain("app servers join here");
    });
});
