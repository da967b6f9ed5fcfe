import { alidnsMxHasSpf } from "../../policies/rules/dns/alidns-mx-has-spf";
import type { PlanResource } from "../../tools/plan/types";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const RECORD = "alicloud:dns/alidnsRecord:AlidnsRecord";
const DOMAIN = "alicloud:dns/alidnsDomain:AlidnsDomain";

/** The baseline record (a TXT on @.dakar2026.sn) named `name`, with `inputs` laid over it. */
const record = (name: string, inputs: Record<string, unknown>, refs: readonly PlanResource[] = []) =>
    baseline(RECORD, name, inputs, { refs: refs.length > 0 ? { domainName: refs } : {} });
const mx = record("mx", { type: "MX", value: "mx1.mail.dakar2026.sn", priority: 10 });

describe("alidns-mx-has-spf", () => {
    it("accepts an SPF record with include:", async () => {
        expect(
            await messages(alidnsMxHasSpf, [mx, record("spf", { type: "TXT", value: "v=spf1 include:spf.protection.outlook.com -all" })]),
        ).toEqual([]);
    });
    it("accepts a quoted SPF record with the mx mechanism, joined through a shared domain reference", async () => {
        const zone = baseline(DOMAIN, "zone");
        const m = record("mx", { type: "MX", value: "mx1.mail.dakar2026.sn", domainName: undefined }, [zone]);
        const t = record("spf", { type: "TXT", value: '"v=spf1 mx -all"', domainName: undefined }, [zone]);
        expect(await messages(alidnsMxHasSpf, [zone, m, t])).toEqual([]);
    });
    it("accepts an SPF record naming the mail host, and ignores disabled MX records", async () => {
        const disabled = record("old", { type: "MX", rr: "old", value: "mx.old.example", status: "DISABLE" });
        expect(
            await messages(alidnsMxHasSpf, [mx, disabled, record("spf", { type: "TXT", value: "v=spf1 a:mx1.mail.dakar2026.sn -all" })]),
        ).toEqual([]);
    });
    it("flags an MX record without any TXT record", async () => {
        expect(await messages(alidnsMxHasSpf, [mx])).toEqual([
            'MX record "mx" (@.dakar2026.sn → mx1.mail.dakar2026.sn) has no TXT record starting with "v=spf1" on the same name.',
        ]);
    });
    it("flags an MX record whose TXT records are not SPF, disabled, or on another name", async () => {
        const r = [
            mx,
            record("verify", { type: "TXT", value: "google-site-verification=abc" }),
            record("off", { type: "TXT", value: "v=spf1 include:x -all", status: "DISABLE" }),
            record("sub", { type: "TXT", rr: "news", value: "v=spf1 include:x -all" }),
            record("other", { type: "TXT", domainName: "other.sn", value: "v=spf1 include:x -all" }),
        ];
        expect(await messages(alidnsMxHasSpf, r)).toEqual([
            'MX record "mx" (@.dakar2026.sn → mx1.mail.dakar2026.sn) has no TXT record starting with "v=spf1" on the same name.',
        ]);
    });
    it("flags an SPF record that does not authorise the mail host", async () => {
        expect(await messages(alidnsMxHasSpf, [mx, record("spf", { type: "TXT", value: "v=spf1 ip4:198.51.100.7 -all" })])).toEqual([
            'MX record "mx" (@.dakar2026.sn → mx1.mail.dakar2026.sn) has an SPF record that neither names mx1.mail.dakar2026.sn, nor uses '
                + 'mx or include:.',
        ]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(alidnsMxHasSpf, [mx]);
        expect(f.message.fr).toBe(
            'L\'enregistrement MX « mx » (@.dakar2026.sn → mx1.mail.dakar2026.sn) n\'a aucun enregistrement TXT commençant par « v=spf1 » '
                + 'sur le même nom.',
        );
    });
});
