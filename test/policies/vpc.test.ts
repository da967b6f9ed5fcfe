import { eipAttached } from "../../policies/rules/vpc/eip-attached";
import { eipBandwidthLimit } from "../../policies/rules/vpc/eip-bandwidth-limit";
import { eipDeleteProtectionEnabled } from "../../policies/rules/vpc/eip-delete-protection-enabled";
import { eipExplicitBandwidthRequired } from "../../policies/rules/vpc/eip-explicit-bandwidth-required";
import { vpcFlowLogsEnabled } from "../../policies/rules/vpc/vpc-flow-logs-enabled";
import { natGatewayInSpecifiedVpc } from "../../policies/rules/vpc/nat-gateway-in-specified-vpc";
import { natGatewaySpecRequired } from "../../policies/rules/vpc/nat-gateway-spec-required";
import { natGatewayVpcRequired } from "../../policies/rules/vpc/nat-gateway-vpc-required";
import { natRiskPortsCheck } from "../../policies/rules/vpc/nat-risk-ports-check";
import { natgatewayDeleteProtectionEnabled } from "../../policies/rules/vpc/natgateway-delete-protection-enabled";
import { vpcCidrRequired } from "../../policies/rules/vpc/vpc-cidr-required";
import { vpcNetworkAclNotEmpty } from "../../policies/rules/vpc/vpc-network-acl-not-empty";
import { vpcNetworkAclRiskyPortsCheck } from "../../policies/rules/vpc/vpc-network-acl-risky-ports-check";
import { vswitchAvailableIpCount } from "../../policies/rules/vpc/vswitch-available-ip-count";
import { vswitchCidrRequired } from "../../policies/rules/vpc/vswitch-cidr-required";
import { vswitchZoneRequired } from "../../policies/rules/vpc/vswitch-zone-required";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const VPC = "alicloud:vpc/network:Network";
const VSW = "alicloud:vpc/switch:Switch";
const ACL = "alicloud:vpc/networkAcl:NetworkAcl";
const NAT = "alicloud:vpc/natGateway:NatGateway";
const DNAT = "alicloud:vpc/forwardEntry:ForwardEntry";
const EIP = "alicloud:ecs/eipAddress:EipAddress";
const EIP_ASSOC = "alicloud:ecs/eipAssociation:EipAssociation";

describe("vpc-flow-logs-enabled", () => {
    const vpc = baseline(VPC, "vpc", {}, { id: "vpc-123" });
    const flowLog = (inputs: Record<string, unknown>, refs = {}) => baseline("alicloud:vpc/flowLog:FlowLog", "fl", inputs, { refs });

    it("accepts a VPC referenced by a flow log", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc, flowLog({ resourceId: "vpc-123" }, { resourceId: [vpc] })])).toEqual([]);
    });
    it("accepts a join by id alone (plan file without references)", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc, flowLog({ resourceId: "vpc-123" })])).toEqual([]);
    });
    it("flags a VPC without any flow log", async () => {
        expect(await messages(vpcFlowLogsEnabled, [vpc])).toEqual(['VPC "vpc" has no flow log with resourceType "VPC" pointing at it.']);
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
    it("reports in French, on the VPC's URN", async () => {
        const [f] = await run(vpcFlowLogsEnabled, [vpc]);
        expect(f.urn).toBe(vpc.urn);
        expect(f.message.fr).toBe('Le VPC « vpc » n\'a aucun journal de flux (resourceType "VPC") qui le cible.');
    });
});

describe("vpc-cidr-required", () => {
    it("accepts the baseline VPC (cidrBlock set)", async () => {
        expect(await messages(vpcCidrRequired, [baseline(VPC, "vpc")])).toEqual([]);
    });
    it("accepts an IPAM allocation with a mask", async () => {
        const ipam = { cidrBlock: undefined, ipv4IpamPoolId: "ipam-pool-1", ipv4CidrMask: 16 };
        expect(await messages(vpcCidrRequired, [baseline(VPC, "vpc", ipam)])).toEqual([]);
    });
    it("flags a VPC without any range", async () => {
        expect(await messages(vpcCidrRequired, [baseline(VPC, "vpc", { cidrBlock: undefined })])).toEqual([
            'VPC "vpc" has no cidrBlock (nor ipv4IpamPoolId with ipv4CidrMask); set cidrBlock to the planned range.',
        ]);
    });
    it("flags an IPAM pool without a mask", async () => {
        expect(await messages(vpcCidrRequired, [baseline(VPC, "vpc", { cidrBlock: undefined, ipv4IpamPoolId: "ipam-pool-1" })])).toEqual([
            'VPC "vpc" has no cidrBlock (nor ipv4IpamPoolId with ipv4CidrMask); set cidrBlock to the planned range.',
        ]);
    });
});

describe("vswitch-cidr-required", () => {
    it("accepts a vSwitch with cidrBlock", async () => {
        expect(await messages(vswitchCidrRequired, [baseline(VSW, "vsw")])).toEqual([]);
    });
    it("flags a vSwitch without cidrBlock", async () => {
        expect(await messages(vswitchCidrRequired, [baseline(VSW, "vsw", { cidrBlock: undefined })])).toEqual([
            'vSwitch "vsw" has no cidrBlock; set cidrBlock to the tier\'s subnet.',
        ]);
    });
});

describe("vswitch-zone-required", () => {
    it("accepts a vSwitch with zoneId", async () => {
        expect(await messages(vswitchZoneRequired, [baseline(VSW, "vsw", { zoneId: "eu-central-1a" })])).toEqual([]);
    });
    it("flags a vSwitch without zoneId", async () => {
        expect(await messages(vswitchZoneRequired, [baseline(VSW, "vsw", { zoneId: undefined })])).toEqual([
            'vSwitch "vsw" has no zoneId; set zoneId to the intended availability zone.',
        ]);
    });
    it("flags a vSwitch using the deprecated availabilityZone", async () => {
        expect(await messages(vswitchZoneRequired, [baseline(VSW, "vsw", { zoneId: undefined, availabilityZone: "eu-central-1a" })])).toEqual([
            'vSwitch "vsw" sets its zone only through the deprecated availabilityZone field; move the value to zoneId.',
        ]);
    });
});

describe("vswitch-available-ip-count", () => {
    it("accepts a /24 and a /28", async () => {
        const r = [baseline(VSW, "a", { cidrBlock: "10.20.1.0/24" }), baseline(VSW, "b", { cidrBlock: "10.20.2.0/28" })];
        expect(await messages(vswitchAvailableIpCount, r)).toEqual([]);
    });
    it("flags a /29", async () => {
        expect(await messages(vswitchAvailableIpCount, [baseline(VSW, "vsw", { cidrBlock: "10.20.3.0/29" })])).toEqual([
            'vSwitch "vsw" has cidrBlock 10.20.3.0/29, too small; use a prefix of /28 or shorter.',
        ]);
    });
    it("takes its longest prefix from policy config", async () => {
        const r = [baseline(VSW, "vsw", { cidrBlock: "10.20.2.0/26" })];
        expect(await messages(vswitchAvailableIpCount, r, { config: { maxPrefixLength: 24 } })).toEqual([
            'vSwitch "vsw" has cidrBlock 10.20.2.0/26, too small; use a prefix of /24 or shorter.',
        ]);
    });
});

describe("vpc-network-acl-not-empty", () => {
    it("accepts an ACL with an ingress entry", async () => {
        const acl = baseline(ACL, "acl", { egressAclEntries: undefined });
        expect(await messages(vpcNetworkAclNotEmpty, [acl])).toEqual([]);
    });
    it("accepts an ACL with only egress entries", async () => {
        const acl = baseline(ACL, "acl", { ingressAclEntries: undefined });
        expect(await messages(vpcNetworkAclNotEmpty, [acl])).toEqual([]);
    });
    it("flags an ACL without entries", async () => {
        const acl = baseline(ACL, "acl", { ingressAclEntries: [], egressAclEntries: undefined });
        expect(await messages(vpcNetworkAclNotEmpty, [acl])).toEqual([
            'Network ACL "acl" has no ingressAclEntries nor egressAclEntries; declare the entries it must enforce.',
        ]);
    });
});

describe("vpc-network-acl-risky-ports-check", () => {
    const acl = (...entries: Record<string, unknown>[]) => baseline(ACL, "acl", { ingressAclEntries: entries });

    it("accepts HTTPS from the internet, SSH from a private range and a drop on everything", async () => {
        const a = acl(
            { policy: "accept", protocol: "tcp", port: "443/443", sourceCidrIp: "0.0.0.0/0" },
            { policy: "accept", protocol: "tcp", port: "22/22", sourceCidrIp: "10.0.0.0/8" },
            { policy: "drop", protocol: "all", port: "-1/-1", sourceCidrIp: "0.0.0.0/0" },
            { policy: "accept", protocol: "icmp", port: "-1/-1", sourceCidrIp: "0.0.0.0/0" },
        );
        expect(await messages(vpcNetworkAclRiskyPortsCheck, [a])).toEqual([]);
    });
    it("flags protocol all from the internet", async () => {
        const a = acl({ networkAclEntryName: "allow-all", policy: "accept", protocol: "all", port: "-1/-1", sourceCidrIp: "0.0.0.0/0" });
        expect(await messages(vpcNetworkAclRiskyPortsCheck, [a])).toEqual([
            'Network ACL "acl" ingress entry allow-all accepts every port (all -1/-1) from 0.0.0.0/0; limit it to the service ports.',
        ]);
    });
    it("flags tcp -1/-1 from ::/0, with an entry without policy read as accept", async () => {
        const a = acl({ protocol: "tcp", port: "-1/-1", sourceCidrIp: "::/0" });
        expect(await messages(vpcNetworkAclRiskyPortsCheck, [a])).toEqual([
            'Network ACL "acl" ingress entry #1 accepts every port (tcp -1/-1) from ::/0; limit it to the service ports.',
        ]);
    });
    it("flags a range covering SSH and RDP", async () => {
        const a = acl(
            { policy: "accept", protocol: "tcp", port: "443/443", sourceCidrIp: "0.0.0.0/0" },
            { policy: "accept", protocol: "tcp", port: "20/4000", sourceCidrIp: "0.0.0.0/0" },
        );
        expect(await messages(vpcNetworkAclRiskyPortsCheck, [a])).toEqual([
            'Network ACL "acl" ingress entry #2 (tcp 20/4000) accepts risky port(s) 22, 3389 from 0.0.0.0/0.',
        ]);
    });
    it("takes its risky ports from policy config", async () => {
        const a = acl({ policy: "accept", protocol: "tcp", port: "5432/5432", sourceCidrIp: "0.0.0.0/0" });
        expect(await messages(vpcNetworkAclRiskyPortsCheck, [a], { config: { riskyPorts: [5432] } })).toEqual([
            'Network ACL "acl" ingress entry #1 (tcp 5432/5432) accepts risky port(s) 5432 from 0.0.0.0/0.',
        ]);
    });
    it("reports in French", async () => {
        const a = acl({ policy: "accept", protocol: "tcp", port: "22/22", sourceCidrIp: "0.0.0.0/0" });
        const [f] = await run(vpcNetworkAclRiskyPortsCheck, [a]);
        expect(f.message.fr).toBe(
            "L'entrée #1 de l'ACL réseau « acl » (tcp 22/22) accepte le(s) port(s) à risque 22 depuis 0.0.0.0/0.",
        );
    });
});

describe("natgateway-delete-protection-enabled", () => {
    it("accepts a protected gateway", async () => {
        expect(await messages(natgatewayDeleteProtectionEnabled, [baseline(NAT, "nat")])).toEqual([]);
    });
    it("flags deletionProtection false", async () => {
        const r = [baseline(NAT, "nat", { deletionProtection: false })];
        expect(await messages(natgatewayDeleteProtectionEnabled, r)).toEqual([
            'NAT gateway "nat" has no deletion protection (deletionProtection is false); set deletionProtection: true.',
        ]);
    });
    it("flags an unset deletionProtection (provider default false)", async () => {
        expect(await messages(natgatewayDeleteProtectionEnabled, [baseline(NAT, "nat", { deletionProtection: undefined })])).toEqual([
            'NAT gateway "nat" has no deletion protection (deletionProtection is unset, so false); set deletionProtection: true.',
        ]);
    });
});

describe("nat-gateway-vpc-required", () => {
    it("accepts a gateway with vpcId", async () => {
        expect(await messages(natGatewayVpcRequired, [baseline(NAT, "nat")])).toEqual([]);
    });
    it("flags an empty vpcId", async () => {
        expect(await messages(natGatewayVpcRequired, [baseline(NAT, "nat", { vpcId: "" })])).toEqual([
            'NAT gateway "nat" has an empty vpcId; set vpcId to the VPC it serves.',
        ]);
    });
});

describe("nat-gateway-in-specified-vpc", () => {
    const vpc = baseline(VPC, "vpc", {}, { id: "vpc-123" });
    const nat = (inputs: Record<string, unknown>, refs = {}) => baseline(NAT, "nat", inputs, { refs });

    it("accepts a gateway referring to the stack's VPC", async () => {
        expect(await messages(natGatewayInSpecifiedVpc, [vpc, nat({ vpcId: "vpc-123" }, { vpcId: [vpc] })])).toEqual([]);
    });
    it("accepts a join by id alone (plan file without references)", async () => {
        expect(await messages(natGatewayInSpecifiedVpc, [vpc, nat({ vpcId: "vpc-123" })])).toEqual([]);
    });
    it("accepts an external VPC listed in allowedVpcIds", async () => {
        const r = [nat({ vpcId: "vpc-shared" })];
        expect(await messages(natGatewayInSpecifiedVpc, r, { config: { allowedVpcIds: ["vpc-shared"] } })).toEqual([]);
    });
    it("flags an internet gateway in another VPC", async () => {
        expect(await messages(natGatewayInSpecifiedVpc, [vpc, nat({ vpcId: "vpc-other" })])).toEqual([
            'NAT gateway "nat" (internet) is in VPC "vpc-other", which is neither declared in this stack nor in allowedVpcIds; '
                + "set vpcId to the platform VPC.",
        ]);
    });
    it("flags an intranet gateway in another VPC, on the gateway's URN", async () => {
        const n = nat({ vpcId: "vpc-other", networkType: "intranet" });
        const findings = await run(natGatewayInSpecifiedVpc, [vpc, n]);
        expect(findings.map((f) => [f.urn, f.message.en])).toEqual([
            [
                n.urn,
                'NAT gateway "nat" (intranet) is in VPC "vpc-other", which is neither declared in this stack nor in allowedVpcIds; '
                    + "set vpcId to the platform VPC.",
            ],
        ]);
    });
});

describe("nat-gateway-spec-required", () => {
    it("accepts an enhanced gateway", async () => {
        expect(await messages(natGatewaySpecRequired, [baseline(NAT, "nat")])).toEqual([]);
    });
    it("accepts a larger specification", async () => {
        const r = [baseline(NAT, "nat", { natType: "Normal", specification: "Middle" })];
        expect(await messages(natGatewaySpecRequired, r)).toEqual([]);
    });
    it("flags a gateway with neither natType nor specification", async () => {
        expect(await messages(natGatewaySpecRequired, [baseline(NAT, "nat", { natType: undefined })])).toEqual([
            'NAT gateway "nat" has natType unset and specification unset; set natType: "Enhanced".',
        ]);
    });
    it("flags a Normal gateway of Small specification", async () => {
        const r = [baseline(NAT, "nat", { natType: "Normal", specification: "Small" })];
        expect(await messages(natGatewaySpecRequired, r)).toEqual([
            'NAT gateway "nat" has natType "Normal" and specification "Small"; set natType: "Enhanced".',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(natGatewaySpecRequired, [baseline(NAT, "nat", { natType: "Normal" })]);
        expect(f.message.fr).toBe(
            'La passerelle NAT « nat » a natType « Normal » et specification absente ; définir natType: "Enhanced".',
        );
    });
});

describe("nat-risk-ports-check", () => {
    const dnat = (externalPort: string, ipProtocol = "tcp") =>
        baseline(DNAT, "dnat", { externalPort, ipProtocol, internalPort: externalPort });

    it("accepts HTTPS", async () => {
        expect(await messages(natRiskPortsCheck, [dnat("443")])).toEqual([]);
    });
    it("flags a single risky port", async () => {
        expect(await messages(natRiskPortsCheck, [dnat("22")])).toEqual([
            'DNAT entry "dnat" publishes externalPort 22 (tcp), covering risky port(s) 22; forward only service ports.',
        ]);
    });
    it("flags a range covering risky ports", async () => {
        expect(await messages(natRiskPortsCheck, [dnat("3000/3400", "udp")])).toEqual([
            'DNAT entry "dnat" publishes externalPort 3000/3400 (udp), covering risky port(s) 3389, 3306; forward only service ports.',
        ]);
    });
    it("flags full port forwarding (any)", async () => {
        expect(await messages(natRiskPortsCheck, [dnat("any", "any")])).toEqual([
            'DNAT entry "dnat" publishes externalPort any (any), covering risky port(s) 22, 23, 445, 3389, 1433, 3306, 5432, 6379, '
                + "8080, 8443; forward only service ports.",
        ]);
    });
    it("takes its risky ports from policy config", async () => {
        expect(await messages(natRiskPortsCheck, [dnat("443")], { config: { riskyPorts: [443] } })).toEqual([
            'DNAT entry "dnat" publishes externalPort 443 (tcp), covering risky port(s) 443; forward only service ports.',
        ]);
    });
});

describe("eip-delete-protection-enabled", () => {
    it("accepts a protected EIP", async () => {
        expect(await messages(eipDeleteProtectionEnabled, [baseline(EIP, "eip")])).toEqual([]);
    });
    it("flags deletionProtection false", async () => {
        expect(await messages(eipDeleteProtectionEnabled, [baseline(EIP, "eip", { deletionProtection: false })])).toEqual([
            'EIP "eip" has no deletion protection (deletionProtection is false); set deletionProtection: true.',
        ]);
    });
    it("flags an unset deletionProtection", async () => {
        expect(await messages(eipDeleteProtectionEnabled, [baseline(EIP, "eip", { deletionProtection: undefined })])).toEqual([
            'EIP "eip" has no deletion protection (deletionProtection is unset); set deletionProtection: true.',
        ]);
    });
});

describe("eip-bandwidth-limit", () => {
    it("accepts 100 Mbit/s and the unset default of 5", async () => {
        expect(await messages(eipBandwidthLimit, [baseline(EIP, "a", { bandwidth: "100" }), baseline(EIP, "b", { bandwidth: undefined })])).toEqual([]);
    });
    it("flags 200 Mbit/s", async () => {
        expect(await messages(eipBandwidthLimit, [baseline(EIP, "eip", { bandwidth: "200" })])).toEqual([
            'EIP "eip" has bandwidth "200" Mbit/s, above the 100 Mbit/s cap; set bandwidth to "100" or less.',
        ]);
    });
    it("flags a bandwidth that is not a number", async () => {
        expect(await messages(eipBandwidthLimit, [baseline(EIP, "eip", { bandwidth: "lots" })])).toEqual([
            'EIP "eip" has bandwidth "lots", which is not a number of Mbit/s; set bandwidth to "100" or less.',
        ]);
    });
    it("takes its cap from policy config, the unset default included", async () => {
        const r = [baseline(EIP, "a", { bandwidth: "20" }), baseline(EIP, "b", { bandwidth: undefined })];
        expect(await messages(eipBandwidthLimit, r, { config: { maxBandwidth: 3 } })).toEqual([
            'EIP "a" has bandwidth "20" Mbit/s, above the 3 Mbit/s cap; set bandwidth to "3" or less.',
            'EIP "b" has bandwidth "5" Mbit/s, above the 3 Mbit/s cap; set bandwidth to "3" or less.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(eipBandwidthLimit, [baseline(EIP, "eip", { bandwidth: "500" })]);
        expect(f.message.fr).toBe(
            "L'EIP « eip » a une bande passante de « 500 » Mbit/s, au-dessus du plafond de 100 Mbit/s ; "
                + "définir bandwidth à « 100 » ou moins.",
        );
        const [nan] = await run(eipBandwidthLimit, [baseline(EIP, "eip", { bandwidth: "lots" })]);
        expect(nan.message.fr).toBe(
            "L'EIP « eip » a une bande passante \"lots\", qui n'est pas un nombre de Mbit/s ; définir bandwidth à « 100 » ou moins.",
        );
    });
});

describe("eip-explicit-bandwidth-required", () => {
    it("accepts an explicit bandwidth", async () => {
        expect(await messages(eipExplicitBandwidthRequired, [baseline(EIP, "eip")])).toEqual([]);
    });
    it("flags an EIP without bandwidth", async () => {
        expect(await messages(eipExplicitBandwidthRequired, [baseline(EIP, "eip", { bandwidth: undefined })])).toEqual([
            'EIP "eip" does not set bandwidth (the provider would use 5 Mbit/s); set bandwidth explicitly.',
        ]);
    });
});

describe("eip-attached", () => {
    const eip = baseline(EIP, "eip", {}, { id: "eip-123" });
    const nat = baseline(NAT, "nat", {}, { id: "ngw-1" });
    const assoc = (allocationId: string, refs = {}) => baseline(EIP_ASSOC, "assoc", { allocationId, instanceId: "ngw-1" }, { refs });

    it("accepts an EIP associated by reference", async () => {
        expect(await messages(eipAttached, [eip, nat, assoc("eip-123", { allocationId: [eip], instanceId: [nat] })])).toEqual([]);
    });
    it("accepts a join by id alone (plan file without references)", async () => {
        expect(await messages(eipAttached, [eip, nat, assoc("eip-123")])).toEqual([]);
    });
    it("flags an EIP without association", async () => {
        expect(await messages(eipAttached, [eip, nat])).toEqual([
            'EIP "eip" is not attached: no EipAssociation refers to it through allocationId.',
        ]);
    });
    it("flags an EIP when the only association is for another EIP", async () => {
        const other = baseline(EIP, "other", {}, { id: "eip-456" });
        const findings = await run(eipAttached, [eip, other, assoc("eip-456", { allocationId: [other] })]);
        expect(findings.map((f) => [f.urn, f.message.en])).toEqual([
            [eip.urn, 'EIP "eip" is not attached: no EipAssociation refers to it through allocationId.'],
        ]);
    });
});
