import type { CatalogPolicy } from "../../lib/rule";
import { cdnDomainHttpsEnabled } from "./cdn-domain-https-enabled";
import { cdnDomainHttpsForce } from "./cdn-domain-https-force";
import { cdnDomainMultipleOriginServers } from "./cdn-domain-multiple-origin-servers";
import { cdnDomainScopeAllowed } from "./cdn-domain-scope-allowed";
import { cdnDomainTlsVersion } from "./cdn-domain-tls-version";
import { dcdnDomainMultipleOriginServers } from "./dcdn-domain-multiple-origin-servers";

export const cdnPolicies: readonly CatalogPolicy[] = [
    cdnDomainMultipleOriginServers,
    dcdnDomainMultipleOriginServers,
    cdnDomainScopeAllowed,
    cdnDomainHttpsEnabled,
    cdnDomainHttpsForce,
    cdnDomainTlsVersion,
];
