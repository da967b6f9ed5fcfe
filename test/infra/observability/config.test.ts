/** The observability layer's settings: the on-call contacts, with one-line errors naming key, value and what is allowed. */
import { layerConfig, parseSettings } from "../../../infra/settings";
import { json, rawFor, settingsError } from "../../support/settings";

const CONTACTS = [
    { name: "oncall", email: "oncall@senum.sn" },
    { name: "noc-2", email: "noc.team+alerts@senum.sn" },
];
const parse = (contacts: unknown, environment = "prod") =>
    layerConfig(
        parseSettings(rawFor({ profile: "prod", extra: { "dakar2026:alarmContacts": typeof contacts === "string" ? contacts : json(contacts), "dakar2026:environment": environment } }), "prod"),
        "observability",
    );

describe("observability settings", () => {
    it("reads the contacts in order, with the profile's alarm values", () => {
        const c = parse(CONTACTS);
        expect(c.contacts).toEqual(CONTACTS);
        expect(c.profile.periodSeconds).toBe(60);
        expect(Object.isFrozen(c.contacts[0])).toBe(true);
    });

    it.each([
        ["", "dakar2026:alarmContacts is required where the stack deploys the observability layer: a non-empty list (at most 10) of { name, email }, e.g. [{ name: \"oncall\", email: \"oncall@senum.sn\" }]"],
        ["oncall@senum.sn", "dakar2026:alarmContacts must be a non-empty list (at most 10) of { name, email }, e.g. [{ name: \"oncall\", email: \"oncall@senum.sn\" }] (got \"oncall@senum.sn\")"],
        [[], "dakar2026:alarmContacts must be a non-empty list (at most 10) of { name, email }, e.g. [{ name: \"oncall\", email: \"oncall@senum.sn\" }] (got \"[]\")"],
        [["oncall"], "dakar2026:alarmContacts[0] \"oncall\" is not allowed: a non-empty list (at most 10) of { name, email }, e.g. [{ name: \"oncall\", email: \"oncall@senum.sn\" }]"],
        [[{ name: "oncall", email: "oncall@senum.sn", phone: "+221" }], "dakar2026:alarmContacts[0] has unknown field \"phone\"; allowed fields: name, email"],
        [[{ name: "On Call", email: "oncall@senum.sn" }], "dakar2026:alarmContacts[0].name \"On Call\" is not allowed: lowercase letters, digits and inner hyphens, 2 to 25 characters (the contact is named dakar2026-prod-<name>, at most 40)"],
        [[{ name: "a".repeat(26), email: "oncall@senum.sn" }], `dakar2026:alarmContacts[0].name "${"a".repeat(26)}" is not allowed: lowercase letters, digits and inner hyphens, 2 to 25 characters (the contact is named dakar2026-prod-<name>, at most 40)`],
        [[{ name: "oncall", email: "oncall at senum.sn" }], "dakar2026:alarmContacts[0].email \"oncall at senum.sn\" is not allowed: an email address such as \"oncall@senum.sn\""],
        [[{ name: "oncall", email: "a@senum.sn" }, { name: "oncall", email: "b@senum.sn" }], "dakar2026:alarmContacts lists name \"oncall\" twice; each contact once"],
        [[{ name: "a1", email: "x@senum.sn" }, { name: "b1", email: "X@senum.sn" }], "dakar2026:alarmContacts lists email \"x@senum.sn\" twice; each contact once"],
        [Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, email: `c${i}@senum.sn` })), "dakar2026:alarmContacts must be a non-empty list (at most 10)"],
    ])("refuses %j in one line naming the key, the value and what is allowed", (contacts, message) => {
        const e = settingsError(() => parse(contacts));
        expect(e.message.startsWith(message)).toBe(true);
        expect(e.message).not.toContain("\n");
    });

    it("leaves a longer environment less room for the name, so the contact always fits 40 characters", () => {
        expect(settingsError(() => parse([{ name: "abcdefghijklmnopqrstu", email: "x@senum.sn" }], "rehearsal")).message).toContain("2 to 20 characters");
        expect(parse([{ name: "abcdefghijklmnopqrst", email: "x@senum.sn" }], "rehearsal").contacts).toHaveLength(1);
    });
});
