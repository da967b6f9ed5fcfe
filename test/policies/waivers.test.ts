import { parseWaivers, waiverReason } from "../../policies/lib/waivers";

const ENTRY = {
    policy: "oss-bucket-public-read-prohibited",
    resource: "urn:pulumi:prod::dakar2026::alicloud:oss/bucket:Bucket::press-kit",
    reason: "The press kit is public by design",
    reasonFr: "Le dossier de presse est public par nature",
    owner: "comms@dakar2026.sn",
    expires: "2026-12-31",
};

const parse = (entry: Record<string, unknown>) => () => parseWaivers({ waivers: [entry] }, "waivers.json");

describe("parseWaivers", () => {
    it("returns each entry typed, with its reason in both languages", () => {
        const [w] = parseWaivers({ waivers: [ENTRY] }, "waivers.json");
        expect(w).toEqual(ENTRY);
        expect(waiverReason(w, "en")).toBe("The press kit is public by design");
        expect(waiverReason(w, "fr")).toBe("Le dossier de presse est public par nature");
    });
    it.each([
        ["without a French reason", { ...ENTRY, reasonFr: undefined }, 'waivers.json: waivers[0].reasonFr must be a non-empty string (got undefined)'],
        ["with a blank French reason", { ...ENTRY, reasonFr: "  " }, 'waivers.json: waivers[0].reasonFr must be a non-empty string (got "  ")'],
        ["with a reason that is not text", { ...ENTRY, reason: 3 }, "waivers.json: waivers[0].reason must be a non-empty string (got 3)"],
        [
            "with a misspelt field",
            { ...ENTRY, reason_fr: "x" },
            'waivers.json: waivers[0] has unknown field "reason_fr" (allowed: policy, resource, reason, reasonFr, owner, expires)',
        ],
        ["with an impossible expiry", { ...ENTRY, expires: "2026-02-30" }, 'waivers.json: waivers[0].expires "2026-02-30" is not a date in the form YYYY-MM-DD'],
    ])("rejects an entry %s", (_case, entry, message) => {
        expect(parse(entry)).toThrow(new Error(message));
    });
    it("rejects a file without a waivers array", () => {
        expect(() => parseWaivers({ waiver: [] }, "waivers.json")).toThrow(new Error('waivers.json: expected an object with a "waivers" array'));
    });
});
