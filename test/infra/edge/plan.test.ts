/**
 * The edge layer in the offline plan of every stack of the repository, with the stack's real
 * settings and the real layers below it: TLS 1.2+ on every HTTPS entry, plain HTTP only
 * redirected, no anonymous origin, prod's protections, the stack outputs operators publish, and
 * no blocking finding on the layer but the one the compute layer clears by attaching its servers.
 */
import { layerConfig, parseSettings } from "../../../infra/settings";
import { auditPlan } from "../../../tools/audit/run";
import { STATEFUL_TYPES } from "../../../tools/plan/baseline";
import { readStackConfig } from "../../../tools/plan/stack-config";
import type { Plan, PlanResource } from "../../../tools/plan/types";
import { anonymousOriginFaults, fromPlan, plainHttpFaults, tlsFaults } from "../../support/invariants";
import { planIsolated } from "../../support/plan";
import { TEST_TODAY } from "../../support/policy";
import { ROOT, STACKS, stacksDeploying } from "../../support/settings";

const PLANNING = 120_000;
const plans = new Map<string, Plan>();

beforeAll(async () => {
    for (const s of STACKS) plans.set(s, await planIsolated(s));
}, PLANNING * STACKS.length);

const plan = (s: string): Plan => plans.get(s) as Plan;
const edge = (p: Plan): PlanResource[] => p.resources.filter((r) => r.urn.includes("::dakar2026:edge:Edge"));
const ofType = (p: Plan, type: string): PlanResource[] => p.resources.filter((r) => r.type === type);

describe.each(stacksDeploying("edge"))("the edge layer in the plan of %s", (stack) => {
    const settings = parseSettings(readStackConfig(ROOT, stack).values, stack);
    const { core } = settings;
    const config = layerConfig(settings, "edge");

    it("accepts TLS 1.2 and later only on every HTTPS entry, serves no plain HTTP, and reads no origin anonymously", () => {
        const resources = plan(stack).resources.map(fromPlan);
        expect(ofType(plan(stack), "alicloud:alb/listener:Listener").length).toBeGreaterThan(0);
        expect(ofType(plan(stack), "alicloud:cdn/domainNew:DomainNew").length).toBeGreaterThan(0);
        expect(tlsFaults(resources)).toEqual([]);
        expect(plainHttpFaults(resources)).toEqual([]);
        expect(anonymousOriginFaults(resources)).toEqual([]);
    });

    it("protects the ALB, its access logs and (where bought) the WAF instance as the profile says", () => {
        const stateful = edge(plan(stack)).filter((r) => STATEFUL_TYPES.includes(r.type));
        expect(stateful.map((r) => r.type).sort()).toEqual(
            ["alicloud:alb/loadBalancer:LoadBalancer", "alicloud:log/store:Store", ...(config.profile.waf ? ["alicloud:wafv3/instance:Instance"] : [])].sort(),
        );
        for (const r of stateful) expect(r.options.protect).toBe(core.profile.protect);
        expect(ofType(plan(stack), "alicloud:alb/loadBalancer:LoadBalancer").map((r) => r.inputs.deletionProtectionEnabled)).toEqual([core.profile.protect]);
    });

    it("gives operators the ALB's DNS name and a CNAME for each CDN host", () => {
        const outputs = plan(stack).outputs;
        expect(outputs.albDnsName).toBe(ofType(plan(stack), "alicloud:alb/loadBalancer:LoadBalancer")[0].outputs.dnsName);
        expect(Object.keys(outputs.cdnCnames as Record<string, string>).sort()).toEqual([config.hosts.media, config.hosts.static].sort());
        for (const d of ofType(plan(stack), "alicloud:cdn/domainNew:DomainNew")) {
            expect((outputs.cdnCnames as Record<string, string>)[String(d.inputs.domainName)]).toBe(d.outputs.cname);
        }
    });

    it("leaves no blocking finding on the layer but an empty server group, and that one only while no scaling group is attached", async () => {
        const run = await auditPlan(plan(stack), plan(stack).profile, "en", TEST_TODAY);
        const urns = new Set(edge(plan(stack)).map((r) => r.urn));
        const blocking = run.result.findings.filter((f) => f.urn !== undefined && urns.has(f.urn) && f.enforcement === "mandatory" && !f.waived);
        const attached = ofType(plan(stack), "alicloud:ess/albServerGroupAttachment:AlbServerGroupAttachment").length > 0;
        expect(blocking.map((f) => f.policy)).toEqual(attached ? [] : ["alb-all-listener-has-server"]);
    });
});
