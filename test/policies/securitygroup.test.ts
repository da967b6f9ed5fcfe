import { ecsSecurityGroupDescriptionCheck } from "../../policies/rules/securitygroup/ecs-security-group-description-check";
import { ecsSecurityGroupEgressNotAllAccess } from "../../policies/rules/securitygroup/ecs-security-group-egress-not-all-access";
import { ecsSecurityGroupNotInternetCidrAccess } from "../../policies/rules/securitygroup/ecs-security-group-not-internet-cidr-access";
import { ecsSecurityGroupNotOpenAllPort } from "../../policies/rules/securitygroup/ecs-security-group-not-open-all-port";
import { ecsSecurityGroupNotOpenAllProtocol } from "../../policies/rules/securitygroup/ecs-security-group-not-open-all-protocol";
import { ecsSecurityGroupWhiteListPortCheck } from "../../policies/rules/securitygroup/ecs-security-group-white-list-port-check";
import { securityGroupEnterpriseType } from "../../policies/rules/securitygroup/security-group-enterprise-type";
import { securityGroupVpcRequired } from "../../policies/rules/securitygroup/security-group-vpc-required";
import { sgNoRiskyPortsFromInternet } from "../../policies/rules/securitygroup/sg-no-risky-ports-from-internet";
import { sgPublicAccessCheck } from "../../policies/rules/securitygroup/sg-public-access-check";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const SG = "alicloud:ecs/securityGroup:SecurityGroup";
const SGR = "alicloud:ecs/securityGroupRule:SecurityGroupRule";

/** The baseline rule (accepting ingress tcp) named "r", with the source and ports `inputs` give (none by default). */
const rule = (inputs: Record<string, unknown>) => baseline(SGR, "r", { cidrIp: undefined, portRange: undefined, ...inputs });

/** Our own edge and tier rules: they must pass every rule of this file. */
const ourRules = [
    rule({ portRange: "443/443", cidrIp: "0.0.0.0/0" }),
    rule({ portRange: "80/80", cidrIp: "0.0.0.0/0" }),
    rule({ portRange: "5432/5432", cidrIp: "10.20.2.0/24" }),
];

describe("sg-no-risky-ports-from-internet", () => {
    it("accepts HTTPS from the internet", async () => {
        expect(await messages(sgNoRiskyPortsFromInternet, [rule({ portRange: "443/443", cidrIp: "0.0.0.0/0" })])).toEqual([]);
    });
    it("accepts SSH from a private range", async () => {
        expect(await messages(sgNoRiskyPortsFromInternet, [rule({ portRange: "22/22", cidrIp: "10.0.0.0/8" })])).toEqual([]);
    });
    it("accepts a drop rule on SSH from the internet", async () => {
        const r = [rule({ portRange: "22/22", cidrIp: "0.0.0.0/0", policy: "drop" })];
        expect(await messages(sgNoRiskyPortsFromInternet, r)).toEqual([]);
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
    it("flags ipProtocol all from the internet, whatever portRange says", async () => {
        const r = [rule({ ipProtocol: "all", portRange: "-1/-1", cidrIp: "0.0.0.0/0" })];
        expect(await messages(sgNoRiskyPortsFromInternet, r)).toEqual([
            "Ingress all -1/-1 from 0.0.0.0/0 exposes port(s) 22, 23, 445, 1433, 3306, 3389, 5432, 6379, 27017 to the internet.",
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

describe("sg-public-access-check", () => {
    it("accepts our edge and tier rules", async () => {
        expect(await messages(sgPublicAccessCheck, ourRules)).toEqual([]);
    });
    it("accepts all ports from a private range (another rule's concern)", async () => {
        expect(await messages(sgPublicAccessCheck, [rule({ portRange: "1/65535", cidrIp: "10.0.0.0/8" })])).toEqual([]);
    });
    it("flags ipProtocol all from the internet", async () => {
        expect(await messages(sgPublicAccessCheck, [rule({ ipProtocol: "all", portRange: "-1/-1", cidrIp: "0.0.0.0/0" })])).toEqual([
            'Security group rule "r" accepts all protocols (ipProtocol "all") from 0.0.0.0/0; '
                + "allow only the tcp/udp port the service needs.",
        ]);
    });
    it("flags the whole tcp range from the internet", async () => {
        expect(await messages(sgPublicAccessCheck, [rule({ portRange: "1/65535", cidrIp: "0.0.0.0/0" })])).toEqual([
            'Security group rule "r" opens every tcp port (1/65535) to 0.0.0.0/0; restrict portRange to the service port.',
        ]);
    });
    it("flags udp -1/-1 from ::/0", async () => {
        expect(await messages(sgPublicAccessCheck, [rule({ ipProtocol: "udp", portRange: "-1/-1", ipv6CidrIp: "::/0" })])).toEqual([
            'Security group rule "r" opens every udp port (-1/-1) to ::/0; restrict portRange to the service port.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(sgPublicAccessCheck, [rule({ portRange: "1/65535", cidrIp: "0.0.0.0/0" })]);
        expect(f.message.fr).toBe(
            "La règle de groupe de sécurité « r » ouvre tous les ports tcp (1/65535) à 0.0.0.0/0 ; "
                + "restreindre portRange au port du service.",
        );
    });
});

describe("ecs-security-group-not-open-all-port", () => {
    it("accepts our edge and tier rules", async () => {
        expect(await messages(ecsSecurityGroupNotOpenAllPort, ourRules)).toEqual([]);
    });
    it("accepts an egress rule on all ports", async () => {
        const r = [rule({ type: "egress", portRange: "1/65535", cidrIp: "10.0.0.0/8" })];
        expect(await messages(ecsSecurityGroupNotOpenAllPort, r)).toEqual([]);
    });
    it("flags all tcp ports from a source security group", async () => {
        const r = [rule({ portRange: "1/65535", sourceSecurityGroupId: "sg-app" })];
        expect(await messages(ecsSecurityGroupNotOpenAllPort, r)).toEqual([
            'Security group rule "r" accepts tcp on every port (1/65535); restrict portRange to the service ports.',
        ]);
    });
    it("flags a udp rule left at the default portRange", async () => {
        expect(await messages(ecsSecurityGroupNotOpenAllPort, [rule({ ipProtocol: "udp", cidrIp: "10.0.0.0/8" })])).toEqual([
            'Security group rule "r" accepts udp on every port (-1/-1); restrict portRange to the service ports.',
        ]);
    });
});

describe("ecs-security-group-not-open-all-protocol", () => {
    it("accepts our edge and tier rules", async () => {
        expect(await messages(ecsSecurityGroupNotOpenAllProtocol, ourRules)).toEqual([]);
    });
    it("accepts a drop rule on all protocols", async () => {
        const r = [rule({ ipProtocol: "all", policy: "drop", cidrIp: "0.0.0.0/0" })];
        expect(await messages(ecsSecurityGroupNotOpenAllProtocol, r)).toEqual([]);
    });
    it("flags all protocols from a private range", async () => {
        expect(await messages(ecsSecurityGroupNotOpenAllProtocol, [rule({ ipProtocol: "all", cidrIp: "10.20.0.0/16" })])).toEqual([
            'Security group rule "r" accepts all protocols (ipProtocol "all") from 10.20.0.0/16; name the protocol and ports.',
        ]);
    });
    it("flags all protocols from a source security group", async () => {
        expect(await messages(ecsSecurityGroupNotOpenAllProtocol, [rule({ ipProtocol: "all", sourceSecurityGroupId: "sg-app" })])).toEqual([
            'Security group rule "r" accepts all protocols (ipProtocol "all") from sg-app; name the protocol and ports.',
        ]);
    });
});

describe("ecs-security-group-white-list-port-check", () => {
    it("accepts our edge and tier rules", async () => {
        expect(await messages(ecsSecurityGroupWhiteListPortCheck, ourRules)).toEqual([]);
    });
    it("flags a non-listed port from the internet", async () => {
        expect(await messages(ecsSecurityGroupWhiteListPortCheck, [rule({ portRange: "8443/8443", cidrIp: "0.0.0.0/0" })])).toEqual([
            'Security group rule "r" opens tcp 8443/8443 to 0.0.0.0/0; only tcp/udp port(s) 80, 443 may be reachable from the internet.',
        ]);
    });
    it("flags a range that spans the allowed ports", async () => {
        expect(await messages(ecsSecurityGroupWhiteListPortCheck, [rule({ portRange: "80/443", ipv6CidrIp: "::/0" })])).toEqual([
            'Security group rule "r" opens tcp 80/443 to ::/0; only tcp/udp port(s) 80, 443 may be reachable from the internet.',
        ]);
    });
    it("flags a non-port protocol (icmp) from the internet", async () => {
        const r = [rule({ ipProtocol: "icmp", portRange: "-1/-1", cidrIp: "0.0.0.0/0" })];
        expect(await messages(ecsSecurityGroupWhiteListPortCheck, r)).toEqual([
            'Security group rule "r" opens icmp -1/-1 to 0.0.0.0/0; only tcp/udp port(s) 80, 443 may be reachable from the internet.',
        ]);
    });
    it("takes its allow-list from policy config", async () => {
        const r = [rule({ portRange: "8443/8443", cidrIp: "0.0.0.0/0" }), rule({ portRange: "80/80", cidrIp: "0.0.0.0/0" })];
        expect(await messages(ecsSecurityGroupWhiteListPortCheck, r, { config: { allowedPorts: [443, 8443] } })).toEqual([
            'Security group rule "r" opens tcp 80/80 to 0.0.0.0/0; only tcp/udp port(s) 443, 8443 may be reachable from the internet.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(ecsSecurityGroupWhiteListPortCheck, [rule({ portRange: "22/22", cidrIp: "0.0.0.0/0" })]);
        expect(f.message.fr).toBe(
            "La règle de groupe de sécurité « r » ouvre tcp 22/22 à 0.0.0.0/0 ; seuls les ports tcp/udp 80, 443 peuvent être "
                + "joignables depuis Internet.",
        );
    });
});

describe("ecs-security-group-not-internet-cidr-access", () => {
    it("accepts our edge and tier rules", async () => {
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, ourRules)).toEqual([]);
    });
    it("accepts every private and link-local source, IPv4 and IPv6", async () => {
        const sources = ["10.1.2.3", "172.20.0.0/16", "192.168.1.0/24", "127.0.0.1/32", "169.254.100.0/24"];
        const r = [
            ...sources.map((cidrIp) => rule({ portRange: "22/22", cidrIp })),
            rule({ portRange: "22/22", ipv6CidrIp: "fd12:3456::/48" }),
            rule({ portRange: "22/22", ipv6CidrIp: "fe80::/64" }),
            rule({ portRange: "22/22", sourceSecurityGroupId: "sg-bastion" }),
        ];
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, r)).toEqual([]);
    });
    it("flags a single public address", async () => {
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, [rule({ portRange: "22/22", cidrIp: "203.0.113.7/32" })])).toEqual([
            'Security group rule "r" accepts tcp 22/22 from public source 203.0.113.7/32; use a private CIDR or a source security group.',
        ]);
    });
    it("flags a range that is wider than the private block it starts in", async () => {
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, [rule({ portRange: "5432/5432", cidrIp: "10.0.0.0/4" })])).toEqual([
            'Security group rule "r" accepts tcp 5432/5432 from public source 10.0.0.0/4; use a private CIDR or a source security group.',
        ]);
    });
    it("flags a public IPv6 source", async () => {
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, [rule({ portRange: "22/22", ipv6CidrIp: "2001:db8::/32" })])).toEqual([
            'Security group rule "r" accepts tcp 22/22 from public source 2001:db8::/32; use a private CIDR or a source security group.',
        ]);
    });
    it("flags the internet on a port outside the public allow-list", async () => {
        const r = [rule({ ipProtocol: "icmp", portRange: "-1/-1", cidrIp: "0.0.0.0/0" })];
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, r)).toEqual([
            'Security group rule "r" accepts icmp -1/-1 from public source 0.0.0.0/0; use a private CIDR or a source security group.',
        ]);
    });
    it("takes its public ports from policy config", async () => {
        const r = [rule({ portRange: "443/443", cidrIp: "198.51.100.0/24" })];
        expect(await messages(ecsSecurityGroupNotInternetCidrAccess, r, { config: { allowedPublicPorts: [] } })).toEqual([
            'Security group rule "r" accepts tcp 443/443 from public source 198.51.100.0/24; '
                + "use a private CIDR or a source security group.",
        ]);
    });
});

describe("ecs-security-group-egress-not-all-access", () => {
    const egress = (inputs: Record<string, unknown>) => rule({ type: "egress", ipProtocol: "all", portRange: "-1/-1", ...inputs });

    it("accepts our layer, which declares no egress rule", async () => {
        expect(await messages(ecsSecurityGroupEgressNotAllAccess, ourRules)).toEqual([]);
    });
    it("accepts targeted egress", async () => {
        const r = [egress({ ipProtocol: "tcp", portRange: "443/443", cidrIp: "0.0.0.0/0" }), egress({ cidrIp: "10.0.0.0/8" })];
        expect(await messages(ecsSecurityGroupEgressNotAllAccess, r)).toEqual([]);
    });
    it("flags all egress to 0.0.0.0/0", async () => {
        expect(await messages(ecsSecurityGroupEgressNotAllAccess, [egress({ cidrIp: "0.0.0.0/0" })])).toEqual([
            'Security group rule "r" allows all egress traffic (all protocols, -1/-1) to 0.0.0.0/0; declare only the outbound ports '
                + "the workload needs.",
        ]);
    });
    it("flags all egress to ::/0 with the default portRange", async () => {
        expect(await messages(ecsSecurityGroupEgressNotAllAccess, [egress({ portRange: undefined, ipv6CidrIp: "::/0" })])).toEqual([
            'Security group rule "r" allows all egress traffic (all protocols, -1/-1) to ::/0; declare only the outbound ports '
                + "the workload needs.",
        ]);
    });
});

describe("security-group-enterprise-type", () => {
    it("accepts an enterprise group", async () => {
        expect(await messages(securityGroupEnterpriseType, [baseline(SG, "sg")])).toEqual([]);
    });
    it("flags a normal group", async () => {
        expect(await messages(securityGroupEnterpriseType, [baseline(SG, "sg", { securityGroupType: "normal" })])).toEqual([
            'Security group "sg" is not an enterprise group (securityGroupType is "normal"); set securityGroupType: "enterprise".',
        ]);
    });
    it("flags an unset type, which the provider makes normal", async () => {
        expect(await messages(securityGroupEnterpriseType, [baseline(SG, "sg", { securityGroupType: undefined })])).toEqual([
            'Security group "sg" is not an enterprise group (securityGroupType is unset, so "normal"); '
                + 'set securityGroupType: "enterprise".',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(securityGroupEnterpriseType, [baseline(SG, "sg", { securityGroupType: undefined })]);
        expect(f.message.fr).toBe(
            "Le groupe de sécurité « sg » n'est pas de type entreprise (securityGroupType est absent, donc « normal ») ; "
                + 'définir securityGroupType: "enterprise".',
        );
    });
});

describe("ecs-security-group-description-check", () => {
    it("accepts a described group", async () => {
        expect(await messages(ecsSecurityGroupDescriptionCheck, [baseline(SG, "sg")])).toEqual([]);
    });
    it("flags a missing description", async () => {
        expect(await messages(ecsSecurityGroupDescriptionCheck, [baseline(SG, "sg", { description: undefined })])).toEqual([
            'Security group "sg" has no description; set description to the group\'s purpose.',
        ]);
    });
    it("flags a blank description", async () => {
        expect(await messages(ecsSecurityGroupDescriptionCheck, [baseline(SG, "sg", { description: "  " })])).toEqual([
            'Security group "sg" has no description; set description to the group\'s purpose.',
        ]);
    });
});

describe("security-group-vpc-required", () => {
    it("accepts a group in a VPC", async () => {
        expect(await messages(securityGroupVpcRequired, [baseline(SG, "sg")])).toEqual([]);
    });
    it("flags a group without vpcId", async () => {
        expect(await messages(securityGroupVpcRequired, [baseline(SG, "sg", { vpcId: undefined })])).toEqual([
            'Security group "sg" has no vpcId; set vpcId to the VPC it protects.',
        ]);
    });
    it("flags an empty vpcId", async () => {
        expect(await messages(securityGroupVpcRequired, [baseline(SG, "sg", { vpcId: "" })])).toEqual([
            'Security group "sg" has no vpcId; set vpcId to the VPC it protects.',
        ]);
    });
});
