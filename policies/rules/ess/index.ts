import type { CatalogPolicy } from "../../lib/rule";
import { essGroupHealthCheck } from "./ess-group-health-check";
import { essScalingConfigurationAttachSecurityGroup } from "./ess-scaling-configuration-attach-security-group";
import { essScalingConfigurationDataDiskEncrypted } from "./ess-scaling-configuration-data-disk-encrypted";
import { essScalingConfigurationEnabledInternetCheck } from "./ess-scaling-configuration-enabled-internet-check";
import { essScalingConfigurationImageCheck } from "./ess-scaling-configuration-image-check";
import { essScalingConfigurationSgPublicAccess } from "./ess-scaling-configuration-sg-public-access";
import { essScalingConfigurationSystemDiskEncrypted } from "./ess-scaling-configuration-system-disk-encrypted";
import { essScalingGroupAttachSlb } from "./ess-scaling-group-attach-slb";
import { essScalingRuleActionConfigured } from "./ess-scaling-rule-action-configured";

export const essPolicies: readonly CatalogPolicy[] = [
    essScalingConfigurationDataDiskEncrypted,
    essScalingConfigurationSystemDiskEncrypted,
    essScalingConfigurationAttachSecurityGroup,
    essScalingConfigurationSgPublicAccess,
    essScalingConfigurationEnabledInternetCheck,
    essScalingConfigurationImageCheck,
    essScalingGroupAttachSlb,
    essGroupHealthCheck,
    essScalingRuleActionConfigured,
];
