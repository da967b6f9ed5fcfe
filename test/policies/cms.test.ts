/**
 * CloudMonitor guardrails: each policy on a compliant case (the baseline) and one case per way it
 * can fail. The baselines form one world: an alarm on the RDS instance paging the on-call group,
 * whose one contact is reachable by mail.
 */
import { cmsAlarmEnabled } from "../../policies/rules/log/cms-alarm-enabled";
import { cmsAlarmNotifiesContactGroup } from "../../policies/rules/log/cms-alarm-notifies-contact-group";
import { cmsAlarmThresholdSane } from "../../policies/rules/log/cms-alarm-threshold-sane";
import { cmsAlarmWatchesAResource, parseDimensions } from "../../policies/rules/log/cms-alarm-watches-a-resource";
import { cmsMonitoredResourcesAlarmed, WATCHED } from "../../policies/rules/log/cms-monitored-resources-alarmed";
import type { PlanResource } from "../../tools/plan/types";
import { baseline, idOf, stackRoot } from "../support/baselines";
import { messages, run } from "../support/policy";

const ALARM = "alicloud:cms/alarm:Alarm";
const GROUP = "alicloud:cms/alarmContactGroup:AlarmContactGroup";
const CONTACT = "alicloud:cms/alarmContact:AlarmContact";
const RDS = "alicloud:rds/instance:Instance";
const ALB = "alicloud:alb/loadBalancer:LoadBalancer";
const CDN = "alicloud:cdn/domainNew:DomainNew";

const alarm = (inputs: Record<string, unknown> = {}, name = "rds-cpu") => baseline(ALARM, name, inputs);
const NAME = "dakar2026-test-observability-rds-cpu";

describe("cms-alarm-enabled", () => {
    it("accepts an alarm enabled all day, explicitly or by default", async () => {
        expect(await messages(cmsAlarmEnabled, [alarm(), alarm({ enabled: undefined, effectiveInterval: "00:00-23:59" }), alarm({ effectiveInterval: "0:00-23:59" })])).toEqual([]);
    });
    it("flags a disabled alarm", async () => {
        expect(await messages(cmsAlarmEnabled, [alarm({ enabled: false })])).toEqual([`CloudMonitor alarm "${NAME}" is disabled (enabled is false); set enabled to true or remove it.`]);
    });
    it("flags an alarm active only part of the day, in French too", async () => {
        const [f] = await run(cmsAlarmEnabled, [alarm({ effectiveInterval: "08:00-18:00" })]);
        expect(f.message.en).toBe(
            `CloudMonitor alarm "${NAME}" is active only during 08:00-18:00 (effectiveInterval); failures outside it page nobody. Remove effectiveInterval or set "00:00-23:59".`,
        );
        expect(f.message.fr).toBe(
            `L'alarme CloudMonitor « ${NAME} » n'est active que pendant 08:00-18:00 (effectiveInterval) ; une panne en dehors ne prévient personne. Retirer effectiveInterval ou le mettre à « 00:00-23:59 ».`,
        );
    });
});

describe("cms-alarm-threshold-sane", () => {
    const critical = (e: Record<string, unknown>) => ({ escalationsCritical: { statistics: "Average", comparisonOperator: ">", threshold: "80", times: 3, ...e } });
    const config = { maxPeriodSeconds: 60 };

    it("accepts the baseline, a warn level, a count above zero and a period within the profile's", async () => {
        const counts = alarm({ metric: "LoadBalancerHTTPCode5XX", project: "acs_alb", ...critical({ threshold: "0" }) });
        const warn = alarm({ escalationsCritical: undefined, escalationsWarn: { threshold: "90" } });
        expect(await messages(cmsAlarmThresholdSane, [alarm(), counts, warn], { config })).toEqual([]);
    });
    it("flags an alarm without any level", async () => {
        expect(await messages(cmsAlarmThresholdSane, [alarm({ escalationsCritical: undefined })], { config })).toEqual([
            `CloudMonitor alarm "${NAME}" has no level (escalationsCritical, escalationsWarn or escalationsInfo), so it can never fire; set one with a threshold.`,
        ]);
    });
    it.each([
        [{ threshold: "high" }, 'threshold "high" is not a number'],
        [{ threshold: undefined }, 'threshold "" is not a number'],
        [{ threshold: "100" }, "threshold 100 is outside 0–100 for the percentage metric CpuUsage"],
        [{ threshold: "0" }, "threshold 0 is outside 0–100 for the percentage metric CpuUsage"],
        [{ comparisonOperator: "=>" }, 'comparisonOperator "=>" is not one CloudMonitor knows'],
        [{ times: 0 }, "times 0 is not a positive whole number"],
    ])("flags the escalation %j", async (change, problem) => {
        expect(await messages(cmsAlarmThresholdSane, [alarm(critical(change))], { config })).toEqual([
            `CloudMonitor alarm "${NAME}" escalationsCritical: ${problem}; it cannot fire as meant.`,
        ]);
    });
    it("flags a negative threshold under > on a count", async () => {
        const a = alarm({ metric: "LoadBalancerHTTPCode5XX", ...critical({ threshold: "-1" }) });
        expect(await messages(cmsAlarmThresholdSane, [a], { config })).toEqual([
            `CloudMonitor alarm "${NAME}" escalationsCritical: threshold -1 is negative, so ">" always holds; it cannot fire as meant.`,
        ]);
    });
    it("flags a period longer than the profile's, unset (CloudMonitor's 300 s) or not a multiple of 60", async () => {
        expect(await messages(cmsAlarmThresholdSane, [alarm({ period: 300 }), alarm({ period: undefined }), alarm({ period: 90 })], { config })).toEqual([
            `CloudMonitor alarm "${NAME}" evaluates over 300 s; use a multiple of 60 no longer than 60 s.`,
            `CloudMonitor alarm "${NAME}" evaluates over 300 s (period unset: CloudMonitor's default); use a multiple of 60 no longer than 60 s.`,
            `CloudMonitor alarm "${NAME}" evaluates over 90 s; use a multiple of 60 no longer than 60 s.`,
        ]);
    });
    it("judges the period against the schema default (300 s) when no profile says otherwise", async () => {
        expect(await messages(cmsAlarmThresholdSane, [alarm({ period: 300 })])).toEqual([]);
        expect(await messages(cmsAlarmThresholdSane, [alarm({ period: 600 })])).toHaveLength(1);
    });
});

describe("cms-alarm-watches-a-resource", () => {
    it("accepts dimensions naming a resource", async () => {
        expect(await messages(cmsAlarmWatchesAResource, [alarm()])).toEqual([]);
        expect(parseDimensions('[{"instanceId":"rm-1,rm-2"}]')).toEqual([{ instanceId: "rm-1,rm-2" }]);
    });
    it("flags an alarm without dimensions", async () => {
        expect(await messages(cmsAlarmWatchesAResource, [alarm({ metricDimensions: undefined })])).toEqual([
            `CloudMonitor alarm "${NAME}" (metric CpuUsage) has no metricDimensions, so it watches no resource of ours; set them.`,
        ]);
    });
    it("flags an alarm naming its resource only through the deprecated dimensions", async () => {
        expect(await messages(cmsAlarmWatchesAResource, [alarm({ metricDimensions: undefined, dimensions: { instanceId: "rm-1" } })])).toEqual([
            `CloudMonitor alarm "${NAME}" names its resource only through the deprecated dimensions; move it to metricDimensions.`,
        ]);
    });
    it.each(["instanceId=rm-1", "[]", '[{"instanceId":""}]', '[{"instanceId":1}]', "[[]]"])("flags dimensions %s that name nothing", async (dims) => {
        expect(await messages(cmsAlarmWatchesAResource, [alarm({ metricDimensions: dims })])).toEqual([
            `CloudMonitor alarm "${NAME}" has metricDimensions ${JSON.stringify(dims)}, which is not a JSON list of objects with non-empty values; write e.g. [{"instanceId":"<id>"}].`,
        ]);
    });
});

describe("cms-alarm-notifies-contact-group", () => {
    const group = (inputs: Record<string, unknown> = {}) => baseline(GROUP, "oncall", inputs);
    const contact = (inputs: Record<string, unknown> = {}) => baseline(CONTACT, "contact", inputs);
    const world = (...r: PlanResource[]) => [stackRoot(), ...r];

    it("accepts an alarm paging a declared group of reachable contacts, by name or by reference", async () => {
        expect(await messages(cmsAlarmNotifiesContactGroup, world(alarm(), group(), contact()))).toEqual([]);
        const g = group({ alarmContactGroupName: "renamed" });
        const byRef = baseline(ALARM, "rds-cpu", { contactGroups: ["unknown-at-preview"] }, { refs: { contactGroups: [g] } });
        expect(await messages(cmsAlarmNotifiesContactGroup, world(byRef, g, contact()))).toEqual([]);
    });
    it("has nothing to say in a stack without alarms", async () => {
        expect(await messages(cmsAlarmNotifiesContactGroup, world(group({ contacts: [] })))).toEqual([]);
    });
    it("flags an alarm that notifies no group", async () => {
        expect(await messages(cmsAlarmNotifiesContactGroup, world(alarm({ contactGroups: [] }), group(), contact()))).toEqual([
            `CloudMonitor alarm "${NAME}" notifies no contact group (contactGroups is empty); name the stack's on-call group.`,
        ]);
    });
    it("flags a group made outside the stack", async () => {
        expect(await messages(cmsAlarmNotifiesContactGroup, world(alarm({ contactGroups: ["console-made"] }), group(), contact()))).toEqual([
            `CloudMonitor alarm "${NAME}" notifies contact group "console-made", which no alicloud.cms.AlarmContactGroup of the stack declares; declare it here so its members are reviewed.`,
        ]);
    });
    it("flags a group without contacts", async () => {
        expect(await messages(cmsAlarmNotifiesContactGroup, world(alarm(), group({ contacts: [] })))).toEqual([
            'Contact group "dakar2026-test-observability-oncall" has no contacts, so its alarms reach nobody; list the on-call contacts.',
        ]);
    });
    it("flags a contact the stack does not declare", async () => {
        expect(await messages(cmsAlarmNotifiesContactGroup, world(alarm(), group({ contacts: ["ghost"] }), contact()))).toEqual([
            'Contact group "dakar2026-test-observability-oncall" lists contact "ghost", which no alicloud.cms.AlarmContact of the stack declares; declare it here.',
        ]);
    });
    it("flags a contact with no channel, in French too", async () => {
        const [f] = await run(cmsAlarmNotifiesContactGroup, world(alarm(), group(), contact({ channelsMail: undefined, channelsSms: " " })));
        expect(f.message.en).toBe(
            'Contact "dakar2026-test-oncall" of group "dakar2026-test-observability-oncall" has no channel (channelsMail, channelsSms, channelsDingWebHook, channelsAliim all unset), so nobody is told; set channelsMail.',
        );
        expect(f.message.fr).toContain("n'a aucun canal");
        expect(f.name).toBe("contact");
    });
});

describe("cms-monitored-resources-alarmed", () => {
    const rds = baseline(RDS);
    const rdsAlarm = alarm();

    it("accepts a watched resource named by an enabled alarm of its namespace, by id or by reference", async () => {
        expect(await messages(cmsMonitoredResourcesAlarmed, [stackRoot(), rds, rdsAlarm])).toEqual([]);
        const byRef = baseline(ALARM, "rds-cpu", { metricDimensions: "unknown" }, { refs: { metricDimensions: [rds] } });
        expect(await messages(cmsMonitoredResourcesAlarmed, [stackRoot(), rds, byRef])).toEqual([]);
    });
    it("accepts a CDN domain named by its domain name, and one of a comma-separated list", async () => {
        const cdn = baseline(CDN);
        const cdnAlarm = alarm({ project: "acs_cdn", metric: "code5xx", metricDimensions: '[{"instanceId":"media.dakar2026.sn, www.dakar2026.sn"}]' });
        expect(await messages(cmsMonitoredResourcesAlarmed, [stackRoot(), cdn, cdnAlarm])).toEqual([]);
    });
    it("flags a watched resource without alarm, and says so in French", async () => {
        const [f, ...rest] = await run(cmsMonitoredResourcesAlarmed, [stackRoot(), rds]);
        expect(rest).toEqual([]);
        expect(f.message.en).toBe(
            `The RDS instance "rds-instance" has no enabled CloudMonitor alarm in acs_rds_dashboard naming it (instanceId); its failure would page nobody.`,
        );
        expect(f.message.fr).toBe(
            "L'instance RDS « rds-instance » ne figure dans les metricDimensions (instanceId) d'aucune alarme CloudMonitor activée de acs_rds_dashboard : sa panne ne préviendrait personne.",
        );
    });
    it("does not count a disabled alarm, one of another namespace, or one naming another resource", async () => {
        for (const a of [alarm({ enabled: false }), alarm({ project: "acs_ecs_dashboard" }), alarm({ metricDimensions: '[{"instanceId":"rm-other"}]' })]) {
            expect(await messages(cmsMonitoredResourcesAlarmed, [stackRoot(), rds, a])).toHaveLength(1);
        }
    });
    it("names a CDN domain by its domain name and an ALB by its name", async () => {
        expect(await messages(cmsMonitoredResourcesAlarmed, [stackRoot(), baseline(CDN), baseline(ALB)])).toEqual([
            `The CDN domain "www.dakar2026.sn" has no enabled CloudMonitor alarm in acs_cdn naming it (instanceId); its failure would page nobody.`,
            `The ALB "alb-load-balancer" has no enabled CloudMonitor alarm in acs_alb naming it (loadBalancerId); its failure would page nobody.`,
        ]);
    });
    it("is not applicable where nothing is watched, or in a layer stack that does not deploy the observability layer", async () => {
        const [none] = await run(cmsMonitoredResourcesAlarmed, [stackRoot(), alarm()]);
        expect(none).toBeUndefined();
        const data = stackRoot({ environment: "test", layers: ["keys", "network", "storage"] });
        expect(await messages(cmsMonitoredResourcesAlarmed, [data, rds])).toEqual([]);
        // The same stack with the observability layer must alarm its resources.
        const app = stackRoot({ environment: "test", layers: ["edge", "compute", "observability"] });
        expect(await messages(cmsMonitoredResourcesAlarmed, [app, rds])).toHaveLength(1);
    });
    it("watches exactly the types whose CloudMonitor namespaces the observability layer alarms on", async () => {
        const { NAMESPACES } = await import("../../infra/observability");
        expect(Object.values(WATCHED).map((w) => w.namespace).sort()).toEqual(Object.values(NAMESPACES).sort());
        expect(idOf(RDS)).toBe("rds-instance-id");
    });
});
