import type { CatalogPolicy } from "../../lib/rule";
import { eipAttached } from "./eip-attached";
import { eipBandwidthLimit } from "./eip-bandwidth-limit";
import { eipDeleteProtectionEnabled } from "./eip-delete-protection-enabled";
import { eipExplicitBandwidthRequired } from "./eip-explicit-bandwidth-required";
import { vpcFlowLogsEnabled } from "./flow-logs-enabled";
import { natGatewayInSpecifiedVpc } from "./nat-gateway-in-specified-vpc";
import { natGatewaySpecRequired } from "./nat-gateway-spec-required";
import { natGatewayVpcRequired } from "./nat-gateway-vpc-required";
import { natRiskPortsCheck } from "./nat-risk-ports-check";
import { natgatewayDeleteProtectionEnabled } from "./natgateway-delete-protection-enabled";
import { vpcCidrRequired } from "./vpc-cidr-required";
import { vpcNameRequired } from "./vpc-name-required";
import { vpcNetworkAclNotEmpty } from "./vpc-network-acl-not-empty";
import { vpcNetworkAclRiskyPortsCheck } from "./vpc-network-acl-risky-ports-check";
import { vswitchAvailableIpCount } from "./vswitch-available-ip-count";
import { vswitchCidrRequired } from "./vswitch-cidr-required";
import { vswitchNameRequired } from "./vswitch-name-required";
import { vswitchZoneRequired } from "./vswitch-zone-required";

export const vpcPolicies: readonly CatalogPolicy[] = [
    vpcFlowLogsEnabled,
    vpcCidrRequired,
    vpcNameRequired,
    vswitchCidrRequired,
    vswitchNameRequired,
    vswitchZoneRequired,
    vswitchAvailableIpCount,
    vpcNetworkAclNotEmpty,
    vpcNetworkAclRiskyPortsCheck,
    natgatewayDeleteProtectionEnabled,
    natGatewayVpcRequired,
    natGatewayInSpecifiedVpc,
    natGatewaySpecRequired,
    natRiskPortsCheck,
    eipDeleteProtectionEnabled,
    eipBandwidthLimit,
    eipExplicitBandwidthRequired,
    eipAttached,
];
