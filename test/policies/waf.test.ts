import { wafInstanceLoggingEnabled } from "../../policies/rules/waf/waf-instance-logging-enabled";
import { baseline } from "../support/baselines";
import { messages, res, run } from "../support/policy";

const WAF = "alicloud:waf/instance:Instance";

describe("waf-instance-logging-enabled", () => {
    it("accepts the baseline instance (wafLog true)", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [baseline(WAF, "waf")])).toEqual([]);
    });
    it("flags wafLog false", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [baseline(WAF, "waf", { wafLog: "false" })])).toEqual([
            'WAF instance "waf" has wafLog "false"; set wafLog: "true".',
        ]);
    });
    it("flags a missing wafLog", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [baseline(WAF, "waf", { wafLog: undefined })])).toEqual([
            'WAF instance "waf" has wafLog unset; set wafLog: "true".',
        ]);
    });
    it("ignores WAF 3.0 instances, which have no inputs", async () => {
        expect(await messages(wafInstanceLoggingEnabled, [res("alicloud:wafv3/instance:Instance", "waf3", {})])).toEqual([]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(wafInstanceLoggingEnabled, [baseline(WAF, "waf", { wafLog: "false" })]);
        expect(f.message.fr).toBe('L\'instance WAF « waf » a wafLog "false" ; définir wafLog: "true".');
    });
});
