import type { SecurityGroupRuleArgs } from "@pulumi/alicloud/ecs";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { parsePortRange, rangeWithin } from "../../lib/util";

interface Config {
    allowedPublicPorts: number[];
}

/** Private and link-local IPv4 ranges the survey accepts as sources: [network, prefix length]. */
const PRIVATE_V4: readonly (readonly [string, number])[] = [
    ["10.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.168.0.0", 16],
    ["127.0.0.0", 8],
    ["169.254.0.0", 16],
];

function ipv4ToInt(ip: string): number | undefined {
    const parts = ip.split(".");
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
    return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** True when the whole CIDR lies in a private range (a /8 that merely starts at 10.x does not make 0.0.0.0/0 private). */
function isPrivateSource(cidr: string): boolean {
    const [ip, len] = cidr.trim().toLowerCase().split("/");
    if (ip.includes(":")) {
        const prefix = len === undefined ? 128 : Number(len);
        if (/^f[cd][0-9a-f]{0,2}:/.test(ip)) return prefix >= 7;
        return /^fe[89ab][0-9a-f]?:/.test(ip) && prefix >= 10;
    }
    const addr = ipv4ToInt(ip);
    const prefix = len === undefined ? 32 : Number(len);
    if (addr === undefined || !Number.isInteger(prefix)) return false;
    return PRIVATE_V4.some(([net, bits]) => {
        const base = ipv4ToInt(net) ?? 0;
        const size = 2 ** (32 - bits);
        return prefix >= bits && addr >= base && addr < base + size;
    });
}

export const ecsSecurityGroupNotInternetCidrAccess = resourceRule<ResourceProps<SecurityGroupRuleArgs>, Config>({
    meta: {
        id: "ecs-security-group-not-internet-cidr-access",
        service: "securitygroup",
        title: text("Ingress sources are private networks", "Les sources autorisées en entrée sont des réseaux privés"),
        description: text(
            "An accepting ingress rule must take its traffic from private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, "
                + "127.0.0.0/8, 169.254.0.0/16, IPv6 fc00::/7 and fe80::/10); only the allow-listed public ports "
                + "(by default tcp/udp 80 and 443) may accept public sources.",
            "Une règle d'entrée qui accepte le trafic doit le recevoir de plages privées (10.0.0.0/8, 172.16.0.0/12, "
                + "192.168.0.0/16, 127.0.0.0/8, 169.254.0.0/16, IPv6 fc00::/7 et fe80::/10) ; seuls les ports publics autorisés "
                + "(par défaut tcp/udp 80 et 443) peuvent accepter des sources publiques.",
        ),
        remediation: text(
            "Set cidrIp to the private CIDR of the calling vSwitch, or use sourceSecurityGroupId; reach administration ports "
                + "through a bastion or Cloud Assistant rather than from a public address.",
            "Définir cidrIp sur le CIDR privé du vSwitch appelant, ou utiliser sourceSecurityGroupId ; atteindre les ports "
                + "d'administration via un bastion ou Cloud Assistant plutôt que depuis une adresse publique.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7", "AC-4"] },
    },
    configSchema: {
        properties: {
            allowedPublicPorts: {
                type: "array",
                items: { type: "integer" },
                default: [80, 443],
                description: "tcp/udp ports on which an ingress rule may accept a public source (the edge's HTTP and HTTPS).",
            },
        },
    },
    validate: (rule, { args, config, report }) => {
        if (rule.type !== "ingress" || (rule.policy ?? "accept") !== "accept") return;
        const source = rule.cidrIp ?? rule.ipv6CidrIp;
        if (source === undefined || isPrivateSource(source)) return;
        const portRange = rule.portRange ?? "-1/-1";
        const range = rule.ipProtocol === "tcp" || rule.ipProtocol === "udp" ? parsePortRange(portRange) : undefined;
        if (range && rangeWithin(range, config.allowedPublicPorts)) return;
        report(
            text(
                `Security group rule "${args.name}" accepts ${rule.ipProtocol} ${portRange} from public source ${source}; `
                    + "use a private CIDR or a source security group.",
                `La règle de groupe de sécurité « ${args.name} » accepte ${rule.ipProtocol} ${portRange} depuis la source publique `
                    + `${source} ; utiliser un CIDR privé ou un groupe de sécurité source.`,
            ),
        );
    },
});
