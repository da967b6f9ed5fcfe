import type { CatalogPolicy } from "../../lib/rule";
import { ecsDiskAllEncryptedByKms } from "./ecs-disk-all-encrypted-by-kms";
import { ecsDiskAutoSnapshotPolicy } from "./ecs-disk-auto-snapshot-policy";
import { ecsDiskEncrypted } from "./ecs-disk-encrypted";
import { ecsDiskInUse } from "./ecs-disk-in-use";
import { ecsDiskRegionalAutoCheck } from "./ecs-disk-regional-auto-check";
import { ecsDiskRetainAutoSnapshot } from "./ecs-disk-retain-auto-snapshot";
import { ecsInstanceAttachedSecurityGroup } from "./ecs-instance-attached-security-group";
import { ecsInstanceAutoRenewalEnabled } from "./ecs-instance-auto-renewal-enabled";
import { ecsInstanceChargetypeCheck } from "./ecs-instance-chargetype-check";
import { ecsInstanceDeletionProtectionEnabled } from "./ecs-instance-deletion-protection-enabled";
import { ecsInstanceEnabledSecurityProtection } from "./ecs-instance-enabled-security-protection";
import { ecsInstanceImageExpiredCheck } from "./ecs-instance-image-expired-check";
import { ecsInstanceLoginUseKeypair } from "./ecs-instance-login-use-keypair";
import { ecsInstanceMetaDataModeCheck } from "./ecs-instance-meta-data-mode-check";
import { ecsInstanceMultipleEniCheck } from "./ecs-instance-multiple-eni-check";
import { ecsInstanceNoPublicIp } from "./ecs-instance-no-public-ip";
import { ecsInstanceRamRoleAttached } from "./ecs-instance-ram-role-attached";
import { ecsInstancesInVpc } from "./ecs-instances-in-vpc";
import { ecsInstanceTypeFamilyNotDeprecated } from "./ecs-instance-type-family-not-deprecated";
import { ecsInternetChargeTypeCheck } from "./ecs-internet-charge-type-check";
import { ecsInternetMaxBandwidthCheck } from "./ecs-internetmaxbandwidth-check";
import { ecsLaunchTemplateNetworkTypeCheck } from "./ecs-launch-template-network-type-check";
import { ecsLaunchTemplateVersionAttachSecurityGroup } from "./ecs-launch-template-version-attach-security-group";
import { ecsLaunchTemplateVersionDataDiskEncrypted } from "./ecs-launch-template-version-data-disk-encrypted";
import { ecsLaunchTemplateVersionImageTypeCheck } from "./ecs-launch-template-version-image-type-check";
import { ecsSnapshotPolicyTimepointsCheck } from "./ecs-snapshot-policy-timepoints-check";
import { ecsSnapshotRetentionDays } from "./ecs-snapshot-retention-days";
import { ecsSystemDiskSizeCheck } from "./ecs-system-disk-size-check";

export const ecsPolicies: readonly CatalogPolicy[] = [
    ecsInstanceNoPublicIp,
    ecsInternetMaxBandwidthCheck,
    ecsInstancesInVpc,
    ecsInstanceAttachedSecurityGroup,
    ecsInstanceDeletionProtectionEnabled,
    ecsInstanceEnabledSecurityProtection,
    ecsInstanceLoginUseKeypair,
    ecsInstanceMetaDataModeCheck,
    ecsInstanceRamRoleAttached,
    ecsInstanceImageExpiredCheck,
    ecsInstanceTypeFamilyNotDeprecated,
    ecsInstanceChargetypeCheck,
    ecsInternetChargeTypeCheck,
    ecsInstanceAutoRenewalEnabled,
    ecsSystemDiskSizeCheck,
    ecsInstanceMultipleEniCheck,
    ecsDiskEncrypted,
    ecsDiskAllEncryptedByKms,
    ecsDiskAutoSnapshotPolicy,
    ecsDiskRetainAutoSnapshot,
    ecsDiskInUse,
    ecsDiskRegionalAutoCheck,
    ecsSnapshotRetentionDays,
    ecsSnapshotPolicyTimepointsCheck,
    ecsLaunchTemplateVersionDataDiskEncrypted,
    ecsLaunchTemplateVersionAttachSecurityGroup,
    ecsLaunchTemplateNetworkTypeCheck,
    ecsLaunchTemplateVersionImageTypeCheck,
];
