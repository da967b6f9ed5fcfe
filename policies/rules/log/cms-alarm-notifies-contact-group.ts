import type { PolicyResource } from "@pulumi/policy";
import { stackRule, text } from "../../lib/rule";
import { checkEach } from "../../lib/stack";
import { isSet, known, ofType } from "../../lib/util";

const ALARM = "alicloud:cms/alarm:Alarm";
const GROUP = "alicloud:cms/alarmContactGroup:AlarmContactGroup";
const CONTACT = "alicloud:cms/alarmContact:AlarmContact";
/** The channels a contact can be reached on; at least one must be set. */
const CHANNELS = ["channelsMail", "channelsSms", "channelsDingWebHook", "channelsAliim"] as const;

const prop = (r: PolicyResource, p: string): unknown => known(() => (r.props as Record<string, unknown>)[p]);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string" && x.trim() !== "");

/** The declared resource `value` names: by its name prop, or by the engine's record that the value came from it. */
function named(candidates: readonly PolicyResource[], nameProp: string, source: PolicyResource, sourceProp: string, value: string): PolicyResource | undefined {
    return candidates.find((c) => prop(c, nameProp) === value) ?? candidates.find((c) => (source.propertyDependencies[sourceProp] ?? []).some((d) => d.urn === c.urn));
}

/**
 * Joined in one stack rule: CloudMonitor only checks that a contact group exists when the alarm is
 * created, and a group made on the console is outside review. Alarms, their groups and the groups'
 * contacts are declared together by the observability layer, so the join never crosses stacks.
 */
export const cmsAlarmNotifiesContactGroup = stackRule({
    meta: {
        id: "cms-alarm-notifies-contact-group",
        service: "log",
        title: text("Every alarm reaches a person", "Chaque alarme atteint une personne"),
        description: text(
            "Each CloudMonitor alarm notifies at least one contact group declared in the stack; each such group lists at least one "
                + "contact declared in the stack, reachable on at least one channel (mail, SMS, DingTalk, TradeManager).",
            "Chaque alarme CloudMonitor prévient au moins un groupe de contacts déclaré dans la pile ; chacun de ces groupes compte au "
                + "moins un contact déclaré dans la pile, joignable sur au moins un canal (courriel, SMS, DingTalk, TradeManager).",
        ),
        remediation: text(
            "Give the alarm contactGroups: [<group>.alarmContactGroupName], declare the group (alicloud.cms.AlarmContactGroup) with "
                + "contacts: [<contact>.alarmContactName], and each contact (alicloud.cms.AlarmContact) with channelsMail or another channel.",
            "Donner à l'alarme contactGroups: [<groupe>.alarmContactGroupName], déclarer le groupe (alicloud.cms.AlarmContactGroup) avec "
                + "contacts: [<contact>.alarmContactName], et chaque contact (alicloud.cms.AlarmContact) avec channelsMail ou un autre canal.",
        ),
        severity: "high",
        resourceTypes: [ALARM, GROUP, CONTACT],
        frameworks: { iso27001: ["A.8.16", "A.5.25"], nist: ["IR-6", "SI-4"] },
    },
    validate: (resources, { report }) => {
        const alarms = ofType(resources, ALARM);
        if (alarms.length === 0) return;
        const groups = ofType(resources, GROUP);
        const contacts = ofType(resources, CONTACT);
        const used = new Set<PolicyResource>();
        checkEach(alarms, (alarm) => {
            const name = String(prop(alarm, "name") ?? alarm.name);
            const wanted = strings(prop(alarm, "contactGroups"));
            if (wanted.length === 0) {
                report(
                    text(
                        `CloudMonitor alarm "${name}" notifies no contact group (contactGroups is empty); name the stack's on-call group.`,
                        `L'alarme CloudMonitor « ${name} » ne prévient aucun groupe de contacts (contactGroups est vide) ; y nommer le groupe d'astreinte de la pile.`,
                    ),
                    alarm.urn,
                );
            }
            for (const g of wanted) {
                const group = named(groups, "alarmContactGroupName", alarm, "contactGroups", g);
                if (group === undefined) {
                    report(
                        text(
                            `CloudMonitor alarm "${name}" notifies contact group "${g}", which no alicloud.cms.AlarmContactGroup of the stack declares; declare it here so its members are reviewed.`,
                            `L'alarme CloudMonitor « ${name} » prévient le groupe de contacts « ${g} », qu'aucun alicloud.cms.AlarmContactGroup de la pile ne déclare ; le déclarer ici pour que ses membres soient revus.`,
                        ),
                        alarm.urn,
                    );
                } else used.add(group);
            }
        });
        checkEach([...used], (group) => {
            const name = String(prop(group, "alarmContactGroupName") ?? group.name);
            const members = strings(prop(group, "contacts"));
            if (members.length === 0) {
                report(
                    text(
                        `Contact group "${name}" has no contacts, so its alarms reach nobody; list the on-call contacts.`,
                        `Le groupe de contacts « ${name} » n'a aucun contact : ses alarmes n'atteignent personne ; y lister les contacts d'astreinte.`,
                    ),
                    group.urn,
                );
            }
            for (const m of members) {
                const contact = named(contacts, "alarmContactName", group, "contacts", m);
                if (contact === undefined) {
                    report(
                        text(
                            `Contact group "${name}" lists contact "${m}", which no alicloud.cms.AlarmContact of the stack declares; declare it here.`,
                            `Le groupe de contacts « ${name} » compte le contact « ${m} », qu'aucun alicloud.cms.AlarmContact de la pile ne déclare ; le déclarer ici.`,
                        ),
                        group.urn,
                    );
                } else if (!CHANNELS.some((c) => isSet(prop(contact, c)))) {
                    report(
                        text(
                            `Contact "${m}" of group "${name}" has no channel (${CHANNELS.join(", ")} all unset), so nobody is told; set channelsMail.`,
                            `Le contact « ${m} » du groupe « ${name} » n'a aucun canal (${CHANNELS.join(", ")} tous non définis) : personne n'est prévenu ; définir channelsMail.`,
                        ),
                        contact.urn,
                    );
                }
            }
        });
    },
});
