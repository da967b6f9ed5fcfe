import type { InstanceArgs, WhitelistTemplateArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

const INSTANCE = "alicloud:rds/instance:Instance";
const TEMPLATE = "alicloud:rds/whitelistTemplate:WhitelistTemplate";

type Props = ResourceProps<InstanceArgs> & Partial<ResourceProps<WhitelistTemplateArgs>>;

/**
 * Address blocks no internet host can come from: RFC 1918 private ranges, the shared address space (RFC 6598, where
 * Alibaba Cloud places service addresses), loopback (127.0.0.1 is the services' "nobody" whitelist entry), and IPv6
 * unique-local and loopback addresses.
 */
const PRIVATE_V4: readonly (readonly [number, number])[] = [
    [ipv4("10.0.0.0") as number, 8],
    [ipv4("172.16.0.0") as number, 12],
    [ipv4("192.168.0.0") as number, 16],
    [ipv4("100.64.0.0") as number, 10],
    [ipv4("127.0.0.0") as number, 8],
];

function ipv4(address: string): number | undefined {
    const parts = address.split(".");
    if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
    return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/**
 * True when every address of a whitelist entry ("10.0.16.0/20", "10.1.2.3", "fd00::/8") is private. An entry that cannot be
 * read (a wildcard, a typo) is not known to be private, so it is false.
 */
export function isPrivateEntry(entry: string): boolean {
    const [address, bits, ...rest] = entry.trim().split("/");
    if (rest.length > 0) return false;
    if (address.includes(":")) {
        const prefix = bits === undefined ? 128 : Number(bits);
        if (!Number.isInteger(prefix) || prefix < 0 || prefix > 128) return false;
        if (address === "::1" && prefix === 128) return true;
        return prefix >= 7 && /^f[cd][0-9a-f]{0,2}:/i.test(address);
    }
    const base = ipv4(address);
    const prefix = bits === undefined ? 32 : Number(bits);
    if (base === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return false;
    const size = 2 ** (32 - prefix);
    const start = base - (base % size);
    return PRIVATE_V4.some(([block, blockBits]) => {
        const blockSize = 2 ** (32 - blockBits);
        return prefix >= blockBits && start >= block && start + size <= block + blockSize;
    });
}

/**
 * Whitelists live on the instance (`securityIps`) or in a reusable `rds.WhitelistTemplate` (`ipWhiteList`, comma-separated).
 * Extended in issue 8 from "not 0.0.0.0/0" to "private ranges only": a public /24 is as much an internet path as the
 * whole internet. With `modifyMode` Append or Delete the declared list is a change to the whitelist, not the whitelist,
 * so the plan cannot show what the database admits.
 */
export const rdsWhiteListInternetIpAccessCheck = resourceRule<Props>({
    meta: {
        id: "rds-white-list-internet-ip-access-check",
        service: "rds",
        title: text("RDS whitelists admit no internet address", "Les listes blanches RDS n'admettent aucune adresse d'internet"),
        description: text(
            "The IP whitelist of an RDS instance (securityIps) or of an rds.WhitelistTemplate (ipWhiteList) may only contain private "
                + "addresses (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, loopback, IPv6 unique-local); 0.0.0.0/0, "
                + "0.0.0.0, ::/0 and every public range are refused. The instance's modifyMode must stay Cover (the default), so that "
                + "the declared list is the whole whitelist.",
            "La liste blanche d'une instance RDS (securityIps) ou d'un rds.WhitelistTemplate (ipWhiteList) ne peut contenir que des "
                + "adresses privées (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10, boucle locale, IPv6 unique-local) ; "
                + "0.0.0.0/0, 0.0.0.0, ::/0 et toute plage publique sont refusés. Le modifyMode de l'instance doit rester Cover (la "
                + "valeur par défaut), afin que la liste déclarée soit toute la liste blanche.",
        ),
        remediation: text(
            "Replace every public entry by the CIDR of the application vSwitches in securityIps (or ipWhiteList), e.g. "
                + "[\"10.0.16.0/20\"], and leave modifyMode unset.",
            "Remplacer chaque entrée publique par le CIDR des vSwitches applicatifs dans securityIps (ou ipWhiteList), par ex. "
                + "[\"10.0.16.0/20\"], et laisser modifyMode non défini.",
        ),
        severity: "high",
        resourceTypes: [INSTANCE, TEMPLATE],
        frameworks: { cis: ["6.2"], iso27001: ["A.8.20", "A.8.3"], nist: ["SC-7", "AC-3"], senegal: ["Art. 71"] },
    },
    validate: (props, { args, report }) => {
        const entries = args.type === TEMPLATE ? (props.ipWhiteList ?? "").split(",") : (props.securityIps ?? []);
        const open = entries.map((e) => e.trim()).filter((e) => e !== "" && !isPrivateEntry(e));
        const kind = args.type === TEMPLATE ? "Whitelist template" : "RDS instance";
        const kindFr = args.type === TEMPLATE ? "Le modèle de liste blanche" : "L'instance RDS";
        if (open.length > 0) {
            report(
                text(
                    `${kind} "${args.name}" whitelists ${open.join(", ")}; allow only the private ranges that need the database.`,
                    `${kindFr} « ${args.name} » admet ${open.join(", ")} en liste blanche ; n'autoriser que les plages privées qui ont `
                        + `besoin de la base.`,
                ),
            );
        }
        if (args.type === INSTANCE && props.modifyMode !== undefined && props.modifyMode !== "Cover") {
            report(
                text(
                    `RDS instance "${args.name}" has modifyMode "${props.modifyMode}": its securityIps change the whitelist instead of `
                        + "replacing it, so the plan does not show what the database admits; leave modifyMode unset (Cover).",
                    `L'instance RDS « ${args.name} » a modifyMode "${props.modifyMode}" : ses securityIps modifient la liste blanche au `
                        + "lieu de la remplacer, et le plan ne montre pas ce que la base admet ; laisser modifyMode non défini (Cover).",
                ),
            );
        }
    },
});
