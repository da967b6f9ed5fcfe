import { sgNoRiskyPortsFromInternet } from "../../policies/rules/securitygroup/sg-no-risky-ports-from-internet";
import { vpcFlowLogsEnabled } from "../../policies/rules/vpc/flow-logs-enabled";
import { messages, res, run } from "../support/policy";

const SGR = "alicloud:ecs/securityGroupRule:SecurityGroupRule";

describe("sg-no-risky-ports-from-internet", () => {
    const rule = (inputs: Record<string, unknown>) =>
        res(SGR, "r", { type: "ingress", policy: "accept", ipProtocol: "tcp", securityGroupId: "sg-1", ...inputs });

    it("accepts HTTPS from the internet", async () => {
        expect(await messages(sgNoRiskyPortsFromInternet, [rule({ portRange: "443/443", cidrIp: "0.0.0.0/0" })])).toEqual([]);
    });
    it("accepts SSH from a private range", async () => {
        expect(await messages(sgNoRiskyPortsFromInternet, [rule({ portRange: "22/22", cidrIp: "10.0.0.0/8" })])).toEqual([]);
    });
    it("flags SSH from 0.0.0.0/0", async () => {
        expect(await messages(sgNoRiskyPortsFromInternet, [rule({ portRange: "22/22", cidrIp: "0.0.0.0/0" })])).toEqual([
            "Ingress tcp 22/22 from 0.0.0.0/0 exposes port(s) 22 to the internet.",
        ]);
    });
    it("flags a wide range from ::/0 with every risky port it covers", async () => {
        expect(await messages(sgNoRiskyPortsFromInternet, [rule({ portRange: "3000/3400", ipv6CidrIp: "::/0" })])).toEqual([
            "Ingress tcp 3000/3400 from ::/0 exposes port(s) 3306, 3389 to the internet.",
        ]);
    });
    it("takes its port list from policy config", async () => {
        const r = [rule({ portRange: "8080/8080", cidrIp: "0.0.0.0/0" })];
        expect(await messages(sgNoRiskyPortsFromInternet, r, { config: { ports: [8080] } })).toEqual([
            "Ingress tcp 8080/8080 from 0.0.0.0/0 exposes port(s) 8080 to the internet.",
        ]);
    });
    it("reports the French text too", async () => {
        const [f] = await run(sgNoRiskyPortsFromInternet, [rule({ portRange: "3389/3389", cidrIp: "0.0.0.0/0" })]);
        expect(f.message.fr).toBe("L'entrée tcp 3389/3389 depuis 0.0.0.0/0 expose le(s) port(s) 3389 à Internet.");
    });
});

describe("vpc-flow-logs-enabled", () => {
    const vpc = res("alicloud:vpc/network:Network", "vpc", { cidrBlock: "10.0.0.0/16" }, { id: "vpc-123" });
    const flowLog = (inputs: Record<string, unknown>, refs = {}) =>
        res("alicloud:vpc/flowLog:FlowLog", "fl", { resourceType: "VPC", trafficType: "All", ...inputs }, { refs });

    it("accepts a VPC referenced by a flow log", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc, flowLog({ resourceId: "vpc-123" }, { resourceId: [vpc] })])).toEqual([]);
    });
    it("accepts a join by id alone (plan file without references)", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc, flowLog({ resourceId: "vpc-123" })])).toEqual([]);
    });
    it("flags a VPC when the flow log points at another VPC", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc, flowLog({ resourceId: "vpc-other" })])).toEqual([
            'VPC "vpc" has no flow log with resourceType "VPC" pointing at it.',
        ]);
    });
    it("flags a VPC when the flow log targets a vSwitch", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc, flowLog({ resourceType: "VSwitch", resourceId: "vpc-123" })])).toEqual([
            'VPC "vpc" has no flow log with resourceType "VPC" pointing at it.',
        ]);
    });
});
