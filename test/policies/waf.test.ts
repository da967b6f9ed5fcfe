import { wafInstanceLoggingEnabled } from "../../policies/rules/waf/waf-instance-logging-enabled";
import { messages, res, run } from "../support/policy";

const WAF = "alicloud:waf/instance:Instance";
const waf = (wafLog?: string) =>
    res(WAF, "waf", {
        bigScreen: "0",
        exclusiveIpPackage: "1",
        extBandwidth: "50",
        extDomainPackage: "1",
        logStorage: "3",
        logTime: "180",
        packageCode: "versionPro",
        prefessionalService: "false",
        subscriptionType: "Subscription",
        ...(wafLog === undefined ? {} : { wafLog }),
    });

describe("waf-instance-logging-enabled", () => {
    it("accepts wafLog true", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [waf("true")])).toEqual([]);
    });
    it("flags wafLog false", async () => {
        expect(
            await messages(wafInstanceLoggingEnabled, [waf("false")]),
        ).toEqual([
            'WAF instance "waf" has wafLog "false"; set wafLog: "true".',
        ]);
    });
    it("flags a missing wafLog", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [waf()])).toEqual(['WAF instance "waf" has wafLog unset; set wafLog: "true".']);
    });
    it("ignores WAF 3.0 instances, which have no inputs", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [res("alicloud:wafv3/instance:Instance", "waf3", {})])).toEqual([]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(wafInstanceLoggingEnabled, [waf("false")]);
        expect(f.message.fr).toBe('L\'instance WAF « waf » a wafLog "false" ; définir wafLog: "true".');
    });
});
