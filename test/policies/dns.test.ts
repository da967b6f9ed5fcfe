import { alidnsRecordTargetOwned } from "../../policies/rules/dns/alidns-record-target-owned";
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

describe("alidns-record-target-owned", () => {
    const cdnDomain = baseline("alicloud:cdn/domainNew:DomainNew", "www", {}, { outputs: { cname: "www.dakar2026.sn.w.kunlunsl.com" } });
    const cname = (value: string, o: Parameters<typeof baseline>[3] = {}) =>
        baseline(RECORD, "www", { domainName: "dakar2026.sn", rr: "www", type: "CNAME", value }, o);

    it("accepts a CNAME taken from the CDN domain, a CNAME outside Alibaba Cloud and public A records", async () => {
        const r = [
            cdnDomain,
            cname("www.dakar2026.sn.w.kunlunsl.com", { refs: { value: [cdnDomain] } }),
            baseline(RECORD, "docs", { domainName: "dakar2026.sn", rr: "docs", type: "CNAME", value: "senum.github.io" }),
            baseline(RECORD, "apex", { domainName: "dakar2026.sn", rr: "@", type: "A", value: "47.254.1.10" }),
        ];
        expect(await messages(alidnsRecordTargetOwned, r)).toEqual([]);
    });
    it("flags a literal CNAME to a CDN endpoint", async () => {
        expect(await messages(alidnsRecordTargetOwned, [cname("www.dakar2026.sn.w.kunlunsl.com")])).toEqual([
            'DNS record "www" (www.dakar2026.sn CNAME www.dakar2026.sn.w.kunlunsl.com) names a service endpoint as a literal, so it can '
                + "outlive its target; take the value from the resource that owns the endpoint.",
        ]);
    });
    it("flags a private address, in French too", async () => {
        const [f] = await run(alidnsRecordTargetOwned, [baseline(RECORD, "api", { domainName: "dakar2026.sn", rr: "api", type: "A", value: "10.0.1.20" })]);
        expect(f.message.en).toBe(
            'DNS record "api" (api.dakar2026.sn A 10.0.1.20) publishes a private address; publish the public entry point (the CDN or the ALB) instead.',
        );
        expect(f.message.fr).toBe(
            "L'enregistrement DNS « api » (api.dakar2026.sn A 10.0.1.20) publie une adresse privée ; publier plutôt le point d'entrée "
                + "public (le CDN ou l'ALB).",
        );
    });
});
