import type { CatalogPolicy } from "../../lib/rule";
import { slbAclPublicAccessCheck } from "./slb-acl-public-access-check";
import { slbAllListenerEnabledAcl } from "./slb-all-listener-enabled-acl";
import { slbAllListenerHasServer } from "./slb-all-listener-has-server";
import { slbAllListenerHealthCheckEnabled } from "./slb-all-listener-health-check-enabled";
import { slbAllListenerTlsPolicyCheck } from "./slb-all-listener-tls-policy-check";
import { slbBackendserverWeightCheck } from "./slb-backendserver-weight-check";
import { slbDeleteProtectionEnabled } from "./slb-delete-protection-enabled";
import { slbInstanceSpecCheck } from "./slb-instance-spec-check";
import { slbListenerHttpsEnabled } from "./slb-listener-https-enabled";
import { slbListenerRiskPortsCheck } from "./slb-listener-risk-ports-check";
import { slbLoadbalancerBandwidthLimit } from "./slb-loadbalancer-bandwidth-limit";
import { slbLoadbalancerInVpc } from "./slb-loadbalancer-in-vpc";
import { slbModifyProtectionCheck } from "./slb-modify-protection-check";
import { slbNoPublicIp } from "./slb-no-public-ip";
import { slbServerGroupMultiServer } from "./slb-server-group-multi-server";

export const slbPolicies: readonly CatalogPolicy[] = [
    slbNoPublicIp,
    slbDeleteProtectionEnabled,
    slbModifyProtectionCheck,
    slbLoadbalancerInVpc,
    slbLoadbalancerBandwidthLimit,
    slbInstanceSpecCheck,
    slbListenerHttpsEnabled,
    slbAllListenerTlsPolicyCheck,
    slbAllListenerEnabledAcl,
    slbAllListenerHealthCheckEnabled,
    slbListenerRiskPortsCheck,
    slbAclPublicAccessCheck,
    slbServerGroupMultiServer,
    slbBackendserverWeightCheck,
    slbAllListenerHasServer,
];
