/**
 * What a resource "gets back from the cloud" when there is no cloud: a deterministic id and, per
 * type, the output-only properties a real provider would return, so that inputs depending on them
 * (a NAT's SNAT table id, an EIP's address, a random suffix) resolve to realistic values.
 *
 * One source for two consumers that must agree: the offline plan's mocks (tools/plan/mocks.ts) and
 * the stand-in providers the real Pulumi engine runs (tools/engine/stand-in/provider.ts).
 */
import { createHash } from "node:crypto";
import { ID_PREFIX } from "./ids";

export type State = Record<string, unknown>;

function hash(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}

/** Deterministic lowercase alphanumeric string of `length` characters. */
function fakeString(seed: string, length: number, alphabet: string): string {
    const h = hash(seed);
    let out = "";
    for (let i = 0; out.length < length; i++) {
        const byte = parseInt(h.slice((i * 2) % 64, ((i * 2) % 64) + 2), 16) + i;
        out += alphabet[byte % alphabet.length];
    }
    return out;
}

/**
 * A documentation-style account id: clearly not a real one. It is the account of a stack that names
 * none; a stack whose `dakar2026:accountId` names one gets ARNs in that account, so that setting the
 * real account before the first deploy does not make the offline plan disagree with itself.
 */
export const OFFLINE_ACCOUNT_ID = "1234567890123456";

/** The account a stack's fake ARNs name: its `dakar2026:accountId` when that is an account id. */
export function offlineAccount(configured: string | undefined): string {
    return configured !== undefined && /^\d{16}$/.test(configured) ? configured : OFFLINE_ACCOUNT_ID;
}

/** Creation time of every fake resource: fixed, so that plans do not depend on the day they run. */
const OFFLINE_DATE = "2026-01-01T00:00:00Z";

/** What a fake output may depend on: the resource and the account and region it would live in. */
interface OutputContext {
    readonly name: string;
    readonly inputs: State;
    readonly id: string;
    readonly region: string;
    readonly account: string;
}

/** Fake output-only properties, by type. Inputs always win over them (what the provider echoes back). */
const OUTPUTS: Readonly<Record<string, (c: OutputContext) => State>> = {
    "alicloud:vpc/natGateway:NatGateway": ({ name }) => ({
        snatTableIds: `stb-${hash(`${name}/snat`).slice(0, 20)}`,
        forwardTableIds: `ftb-${hash(`${name}/dnat`).slice(0, 20)}`,
        status: "Available",
    }),
    "alicloud:ecs/eipAddress:EipAddress": ({ name }) => ({
        // TEST-NET-3 (RFC 5737): clearly not a real address.
        ipAddress: `203.0.113.${(parseInt(hash(name).slice(0, 4), 16) % 254) + 1}`,
        status: "Available",
    }),
    "alicloud:vpc/network:Network": () => ({ status: "Available", routerId: "vrt-offline", routeTableId: "vtb-offline" }),
    "alicloud:vpc/switch:Switch": () => ({ status: "Available" }),
    "alicloud:kms/key:Key": ({ id, region, account }) => ({ arn: `acs:kms:${region}:${account}:key/${id}`, status: "Enabled" }),
    // RAM writes role names in lower case in ARNs.
    "alicloud:ram/role:Role": ({ name, inputs, account }) => ({ arn: `acs:ram::${account}:role/${String(inputs.roleName ?? name).toLowerCase()}` }),
    // The account's OIDC provider is named in its ARN, as RAM names it.
    "alicloud:ims/oidcProvider:OidcProvider": ({ name, inputs, account }) => ({
        arn: `acs:ram::${account}:oidc-provider/${String(inputs.oidcProviderName ?? name)}`,
        createTime: OFFLINE_DATE,
    }),
    // OSS answers on regional endpoints; the account that creates a bucket owns it.
    "alicloud:oss/bucket:Bucket": ({ region, account }) => ({
        extranetEndpoint: `oss-${region}.aliyuncs.com`,
        intranetEndpoint: `oss-${region}-internal.aliyuncs.com`,
        location: `oss-${region}`,
        owner: account,
        creationDate: OFFLINE_DATE,
    }),
    "alicloud:rds/instance:Instance": ({ id, region, inputs }) => ({
        connectionString: `${id}.mysql.${region}.rds.aliyuncs.com`,
        port: typeof inputs.port === "string" ? inputs.port : "3306",
        sslStatus: "Yes",
        status: "Running",
    }),
    "alicloud:rds/rdsAccount:RdsAccount": () => ({ status: "Available" }),
    "alicloud:kvstore/instance:Instance": ({ id, region, inputs }) => ({
        connectionDomain: `${id}.redis.${region}.rds.aliyuncs.com`,
        privateConnectionPort: typeof inputs.privateConnectionPort === "string" ? inputs.privateConnectionPort : "6379",
        status: "Normal",
    }),
    "alicloud:kms/secret:Secret": ({ region, inputs, name, account }) => ({
        arn: `acs:kms:${region}:${account}:secret/${String(inputs.secretName ?? name)}`,
        createTime: OFFLINE_DATE,
    }),
    // ALB and CDN names are the service's: "<id>.<region>.alb.aliyuncs.com", "<domain>.w.kunlunsl.com".
    "alicloud:alb/loadBalancer:LoadBalancer": ({ id, region }) => ({ dnsName: `${id}.${region}.alb.aliyuncs.com`, status: "Active" }),
    "alicloud:cdn/domainNew:DomainNew": ({ inputs }) => ({ cname: `${String(inputs.domainName)}.w.kunlunsl.com`, status: "online" }),
    "random:index/randomString:RandomString": ({ name, inputs }) => {
        const length = typeof inputs.length === "number" ? inputs.length : 8;
        return { result: fakeString(name, length, "abcdefghijklmnopqrstuvwxyz0123456789") };
    },
    "random:index/randomPassword:RandomPassword": ({ name, inputs }) => {
        const length = typeof inputs.length === "number" ? inputs.length : 16;
        return { result: fakeString(`${name}/password`, length, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=") };
    },
};

/** The cloud id of a new custom resource: the type's Alibaba prefix and a hash of its type and name. */
export function fakeId(type: string, name: string): string {
    return `${ID_PREFIX[type] ?? ""}${hash(`${type}::${name}`).slice(0, 20)}`;
}

/** The state a provider returns for a resource: its fake outputs, overridden by its inputs. */
export function fakeState(type: string, name: string, inputs: State, id: string, region: string, account = OFFLINE_ACCOUNT_ID): State {
    const fake = OUTPUTS[type]?.({ name, inputs, id, region, account }) ?? {};
    return { ...fake, ...inputs };
}
