/**
 * The observability layer under Pulumi's mock runtime, for every committed stack that deploys it,
 * on the edge, compute and storage outputs given as plain values (as any layer receives another's).
 *
 * What must hold whatever the stack: one alarm per signal (the CDN's per domain), each enabled,
 * paging the stack's contact group with the profile's period, evaluations and silence, and naming the
 * resource it watches by the id it was given; one contact per setting, reachable by mail. The
 * README's threshold table is the profile's.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { componentName } from "../../../infra/core/names";
import { PROFILE_NAMES } from "../../../infra/core/profile";
import { COMPUTE_PROFILES } from "../../../infra/compute/profile";
import type { Observability } from "../../../infra/observability";
import { ALARM_KINDS } from "../../../infra/observability/outputs";
import { OBSERVABILITY_PROFILES } from "../../../infra/observability/profile";
import { layerConfig, parseSettings, Settings } from "../../../infra/settings";
import { Observed, observe, Scene, settle } from "../../support/components";
import { layerFaults, NO_LAYER_FAULTS } from "../../support/invariants";
import { ROOT, stackRaw, stacksDeploying } from "../../support/settings";

const TYPE = {
    alarm: "alicloud:cms/alarm:Alarm",
    group: "alicloud:cms/alarmContactGroup:AlarmContactGroup",
    contact: "alicloud:cms/alarmContact:AlarmContact",
} as const;

/** What the other layers would give: ids as the cloud writes them. */
const EDGE = { albId: "alb-test01", cdnDomains: { static: "www.example.sn", media: "media.example.sn" } };
const STORAGE = { database: { instanceId: "rm-test01" }, cache: { instanceId: "r-test01" } };
const SCALING_GROUP = "asg-test01";

afterAll(settle);

describe.each(stacksDeploying("observability"))("Observability on stack %s", (stack) => {
    const settings: Settings = parseSettings(stackRaw(stack), stack);
    const { core } = settings;
    const config = layerConfig(settings, "observability");
    const p = config.profile;
    const maxSize = COMPUTE_PROFILES[core.profile.name].maxSize;
    const name = componentName(core, "observability");
    let scene: Scene<Observability>;
    const ofType = (type: string): Observed[] => scene.resources.filter((r) => r.type === type);

    beforeAll(async () => {
        scene = await observe(stack, core.region, async (opts) => {
            const { Observability } = await import("../../../infra/observability");
            return new Observability(name, { core, config, edge: EDGE, storage: STORAGE, compute: { scalingGroupId: SCALING_GROUP, scalingGroupMaxSize: maxSize } }, opts);
        });
    });

    it("holds the invariants of every layer: tags, names, identity, stateless, unprotected", () => {
        expect(layerFaults(scene.resources, core)).toEqual(NO_LAYER_FAULTS);
    });

    it("declares one contact per setting, reachable by mail, and one group of them all", () => {
        const contacts = ofType(TYPE.contact);
        expect(contacts.map((c) => [c.inputs.alarmContactName, c.inputs.channelsMail])).toEqual(
            config.contacts.map((c) => [`dakar2026-${core.environment}-${c.name}`, c.email]),
        );
        const [group, ...others] = ofType(TYPE.group);
        expect(others).toEqual([]);
        expect(group.inputs.contacts).toEqual(contacts.map((c) => c.inputs.alarmContactName));
    });

    it("alarms on every signal, the CDN's once per domain, each enabled and paging the group at the profile's pace", () => {
        const alarms = ofType(TYPE.alarm);
        const cdnKinds = ALARM_KINDS.filter((k) => k.startsWith("cdn-"));
        expect(alarms).toHaveLength(ALARM_KINDS.length + cdnKinds.length * (Object.keys(EDGE.cdnDomains).length - 1));
        const group = ofType(TYPE.group)[0].inputs.alarmContactGroupName;
        for (const a of alarms) {
            const level = (a.inputs.escalationsCritical ?? a.inputs.escalationsWarn) as Record<string, unknown>;
            expect({ name: a.name, enabled: a.inputs.enabled, groups: a.inputs.contactGroups, period: a.inputs.period, silence: a.inputs.silenceTime, times: level.times }).toEqual({
                name: a.name,
                enabled: true,
                groups: [group],
                period: p.periodSeconds,
                silence: p.silenceSeconds,
                times: p.evaluationTimes,
            });
        }
        expect(Object.keys(scene.value.alarmNames).sort()).toEqual(alarms.map((a) => String(a.inputs.name).replace(`dakar2026-${core.environment}-observability-`, "")).sort());
    });

    it("names the watched resource by the id it was given, under CloudMonitor's dimension key, with the profile's threshold", () => {
        const t = p.thresholds;
        const byPurpose = Object.fromEntries(ofType(TYPE.alarm).map((a) => [String(a.inputs.name).replace(`dakar2026-${core.environment}-observability-`, ""), a.inputs]));
        const seen = (purpose: string) => {
            const a = byPurpose[purpose];
            const level = (a.escalationsCritical ?? a.escalationsWarn) as Record<string, unknown>;
            return [a.project, a.metric, JSON.parse(String(a.metricDimensions)), level.comparisonOperator, Number(level.threshold)];
        };
        expect(seen("alb-5xx")).toEqual(["acs_alb", "LoadBalancerHTTPCode5XX", [{ loadBalancerId: EDGE.albId }], ">", t.alb5xxPerSecond]);
        expect(seen("alb-latency")).toEqual(["acs_alb", "LoadBalancerRequestTime", [{ loadBalancerId: EDGE.albId }], ">", t.albLatencyMs]);
        expect(seen("scaling-near-max")).toEqual(["acs_ess_dashboard", "GroupTotalInstance", [{ scaling_group: SCALING_GROUP }], ">=", Math.ceil((maxSize * t.scalingNearMaxPercent) / 100)]);
        expect(seen("rds-cpu")).toEqual(["acs_rds_dashboard", "CpuUsage", [{ instanceId: "rm-test01" }], ">", t.rdsCpuPercent]);
        expect(seen("rds-connections")).toEqual(["acs_rds_dashboard", "ConnectionUsage", [{ instanceId: "rm-test01" }], ">", t.rdsConnectionPercent]);
        expect(seen("rds-storage")).toEqual(["acs_rds_dashboard", "DiskUsage", [{ instanceId: "rm-test01" }], ">", t.rdsStoragePercent]);
        expect(seen("redis-memory")).toEqual(["acs_kvstore", "ShardingMemoryUsage", [{ instanceId: "r-test01" }], ">", t.redisMemoryPercent]);
        for (const [role, domain] of Object.entries(EDGE.cdnDomains)) {
            expect(seen(`cdn-5xx-${role}`)).toEqual(["acs_cdn", "code5xx", [{ instanceId: domain }], ">", t.cdn5xxPercent]);
            expect(seen(`cdn-bandwidth-${role}`)).toEqual(["acs_cdn", "BPS", [{ instanceId: domain }], ">", t.cdnBandwidthMbps * 1_000_000]);
        }
    });

    it("fires the scaling alarm before the group is full, or at full where the profile waits that long", () => {
        const threshold = Math.ceil((maxSize * p.thresholds.scalingNearMaxPercent) / 100);
        expect(threshold).toBeGreaterThan(COMPUTE_PROFILES[core.profile.name].minSize);
        expect(threshold).toBeLessThanOrEqual(maxSize);
    });
});

describe("observability profiles", () => {
    it("keep every percentage a threshold can cross, and prod at least as watchful as staging and staging as dev", () => {
        for (const name of PROFILE_NAMES) {
            const t = OBSERVABILITY_PROFILES[name].thresholds;
            for (const v of [t.rdsCpuPercent, t.rdsConnectionPercent, t.rdsStoragePercent, t.redisMemoryPercent, t.cdn5xxPercent]) {
                expect(v).toBeGreaterThan(0);
                expect(v).toBeLessThan(100);
            }
            expect(t.scalingNearMaxPercent).toBeLessThanOrEqual(100);
        }
        const order = ["dev", "staging", "prod"] as const;
        for (let i = 1; i < order.length; i++) {
            const [looser, stricter] = [OBSERVABILITY_PROFILES[order[i - 1]], OBSERVABILITY_PROFILES[order[i]]];
            expect(stricter.periodSeconds).toBeLessThanOrEqual(looser.periodSeconds);
            for (const k of ["alb5xxPerSecond", "albLatencyMs", "scalingNearMaxPercent", "rdsCpuPercent", "rdsConnectionPercent", "rdsStoragePercent", "redisMemoryPercent", "cdn5xxPercent"] as const) {
                expect({ k, v: stricter.thresholds[k] <= looser.thresholds[k] }).toEqual({ k, v: true });
            }
        }
    });

    it("are what the README's threshold table says", () => {
        const readme = fs.readFileSync(path.join(ROOT, "infra", "observability", "README.md"), "utf8");
        const section = readme.slice(readme.indexOf("### Thresholds per profile"));
        const rows = section
            .split("\n")
            .filter((l) => l.startsWith("| ") && !l.startsWith("| Setting") && !l.startsWith("|---"))
            .map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
        const header = section.split("\n").find((l) => l.startsWith("| Setting"))?.split("|").slice(2, -1).map((c) => c.trim());
        expect(header).toEqual([...PROFILE_NAMES]);
        const value = (label: string, get: (n: (typeof PROFILE_NAMES)[number]) => number) => [label, ...PROFILE_NAMES.map((n) => String(get(n)))];
        const P = OBSERVABILITY_PROFILES;
        expect(rows.slice(0, 12)).toEqual([
            value("Period (s)", (n) => P[n].periodSeconds),
            value("Consecutive periods in breach", (n) => P[n].evaluationTimes),
            value("Silence between reminders (s)", (n) => P[n].silenceSeconds),
            value("ALB 5xx per second", (n) => P[n].thresholds.alb5xxPerSecond),
            value("ALB latency (ms)", (n) => P[n].thresholds.albLatencyMs),
            value("Scaling group near max (% of maxSize)", (n) => P[n].thresholds.scalingNearMaxPercent),
            value("RDS CPU (%)", (n) => P[n].thresholds.rdsCpuPercent),
            value("RDS connections (%)", (n) => P[n].thresholds.rdsConnectionPercent),
            value("RDS storage (%)", (n) => P[n].thresholds.rdsStoragePercent),
            value("Redis memory (%)", (n) => P[n].thresholds.redisMemoryPercent),
            value("CDN 5xx (% of answers)", (n) => P[n].thresholds.cdn5xxPercent),
            value("CDN bandwidth (Mbit/s)", (n) => P[n].thresholds.cdnBandwidthMbps),
        ]);
        expect(section).toContain(`dev ${COMPUTE_PROFILES.dev.maxSize}, staging ${COMPUTE_PROFILES.staging.maxSize}, prod ${COMPUTE_PROFILES.prod.maxSize}`);
    });
});
