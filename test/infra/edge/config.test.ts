/** The edge layer's settings: the certificate, the domain and its hosts, the optional Alidns zone, with one-line errors. */
import { layerConfig, parseSettings } from "../../../infra/settings";
import { rawFor, settingsError } from "../../support/settings";

const base = { "dakar2026:certificateId": "14276310", "dakar2026:domain": "dakar2026.senum.sn" };
const parse = (extra: Record<string, string | undefined>) => layerConfig(parseSettings(rawFor({ profile: "prod", extra: { ...base, ...extra } }), "prod"), "edge");

describe("edge settings", () => {
    it("derives the hosts from the domain and leaves DNS unmanaged by default", () => {
        const edge = parse({});
        expect(edge.hosts).toEqual({ static: "www.dakar2026.senum.sn", media: "media.dakar2026.senum.sn", api: "api.dakar2026.senum.sn" });
        expect(edge.certificateId).toBe("14276310");
        expect(edge.dnsZone).toBeUndefined();
        expect(parse({ "dakar2026:dnsZone": "" }).dnsZone).toBeUndefined();
    });

    it("accepts the domain itself or a parent of it as the Alidns zone", () => {
        expect(parse({ "dakar2026:dnsZone": "senum.sn" }).dnsZone).toBe("senum.sn");
        expect(parse({ "dakar2026:dnsZone": "dakar2026.senum.sn" }).dnsZone).toBe("dakar2026.senum.sn");
    });

    it.each([
        [{ "dakar2026:certificateId": undefined }, "dakar2026:certificateId is required: the numeric id of a certificate in Certificate Management Service covering the site's hosts, e.g. \"14276310\""],
        [{ "dakar2026:certificateId": "cas-123" }, "dakar2026:certificateId \"cas-123\" is not allowed: the numeric id of a certificate in Certificate Management Service covering the site's hosts, e.g. \"14276310\""],
        [{ "dakar2026:domain": undefined }, "dakar2026:domain is required: the site's domain, e.g. \"dakar2026.senum.sn\""],
        [
            { "dakar2026:domain": "Dakar2026.SN" },
            "dakar2026:domain \"Dakar2026.SN\" is not allowed: a lowercase domain name of at least two labels and at most 61 characters (its hosts www, media, api.<domain> must fit the CDN's 67)",
        ],
        [
            { "dakar2026:domain": "localhost" },
            "dakar2026:domain \"localhost\" is not allowed: a lowercase domain name of at least two labels and at most 61 characters (its hosts www, media, api.<domain> must fit the CDN's 67)",
        ],
        [
            { "dakar2026:dnsZone": "example.org" },
            "dakar2026:dnsZone \"example.org\" is not allowed: the Alidns zone must be \"dakar2026.senum.sn\" or a parent of it, or empty",
        ],
        [
            { "dakar2026:dnsZone": "num.sn" },
            "dakar2026:dnsZone \"num.sn\" is not allowed: the Alidns zone must be \"dakar2026.senum.sn\" or a parent of it, or empty",
        ],
    ])("refuses %j in one line naming the key, the value and what is allowed", (extra, message) => {
        const e = settingsError(() => parse(extra));
        expect(e.message).toBe(message);
        expect(e.message).not.toContain("\n");
    });

    it("refuses a domain whose longest host would not fit the CDN's 67 characters", () => {
        const domain = `${"a".repeat(55)}.senum.sn`;
        expect(domain.length).toBe(64);
        expect(settingsError(() => parse({ "dakar2026:domain": domain })).message).toContain("at most 61 characters");
    });
});
