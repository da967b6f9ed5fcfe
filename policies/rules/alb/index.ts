import type { CatalogPolicy } from "../../lib/rule";
import { albAclPublicAccessCheck } from "./alb-acl-public-access-check";
import { albAddressTypeIntranet } from "./alb-address-type-intranet";
import { albAllListenerHasServer } from "./alb-all-listener-has-server";
import { albAllListenerHealthCheckEnabled } from "./alb-all-listener-health-check-enabled";
import { albDeleteProtectionEnabled } from "./alb-delete-protection-enabled";
import { albInstanceBindSecurityGroupOrEnabledAcl } from "./alb-instance-bind-security-group-or-enabled-acl";
import { albInstanceWafEnabled } from "./alb-instance-waf-enabled";
import { albListenerNoHttp } from "./alb-listener-no-http";
import { albListenerTlsPolicyCheck } from "./alb-listener-tls-policy-check";
import { albServerGroupMultiServer } from "./alb-server-group-multi-server";
import { nlbAddressTypeIntranet } from "./nlb-address-type-intranet";

export const albPolicies: readonly CatalogPolicy[] = [
    albAddressTypeIntranet,
    nlbAddressTypeIntranet,
    albDeleteProtectionEnabled,
    albInstanceWafEnabled,
    albInstanceBindSecurityGroupOrEnabledAcl,
    albAclPublicAccessCheck,
    albListenerNoHttp,
    albListenerTlsPolicyCheck,
    albAllListenerHasServer,
    albAllListenerHealthCheckEnabled,
    albServerGroupMultiServer,
];
