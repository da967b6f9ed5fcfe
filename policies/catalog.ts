/**
 * The rule catalog: every policy of the pack, in a fixed order. This file is the only place a rule
 * is registered: the pack (`index.ts`), the offline audit and the tests all import this list, and
 * test/policies/pack.test.ts fails when a file under rules/ exports a policy that is not listed here.
 *
 * Imports are static on purpose: the pack runs under the Pulumi CLI with ts-node and the tools may
 * run as compiled JavaScript; a list built by reading the rules folder at run time would have to
 * work in both.
 */
import type { PolicyPackArgs } from "@pulumi/policy";
import { forEngine } from "./lib/engine-policy";
import type { CatalogPolicy, RunContext } from "./lib/rule";
import { albAccessLogEnabled } from "./rules/alb/alb-access-log-enabled";
import { albAclPublicAccessCheck } from "./rules/alb/alb-acl-public-access-check";
import { albAddressTypeIntranet } from "./rules/alb/alb-address-type-intranet";
import { albAllListenerHasServer } from "./rules/alb/alb-all-listener-has-server";
import { albAllListenerHealthCheckEnabled } from "./rules/alb/alb-all-listener-health-check-enabled";
import { albDeleteProtectionEnabled } from "./rules/alb/alb-delete-protection-enabled";
import { albInstanceBindSecurityGroupOrEnabledAcl } from "./rules/alb/alb-instance-bind-security-group-or-enabled-acl";
import { albInstanceWafEnabled } from "./rules/alb/alb-instance-waf-enabled";
import { albListenerNoHttp } from "./rules/alb/alb-listener-no-http";
import { albListenerTlsPolicyCheck } from "./rules/alb/alb-listener-tls-policy-check";
import { albSecurityPolicyStrongCiphers } from "./rules/alb/alb-security-policy-strong-ciphers";
import { albServerGroupMultiServer } from "./rules/alb/alb-server-group-multi-server";
import { nlbAddressTypeIntranet } from "./rules/alb/nlb-address-type-intranet";
import { cdnDomainCertificateFromCas } from "./rules/cdn/cdn-domain-certificate-from-cas";
import { cdnDomainHttp2Enabled } from "./rules/cdn/cdn-domain-http2-enabled";
import { cdnDomainHttpsEnabled } from "./rules/cdn/cdn-domain-https-enabled";
import { cdnDomainHttpsForce } from "./rules/cdn/cdn-domain-https-force";
import { cdnDomainHttpsOrigin } from "./rules/cdn/cdn-domain-https-origin";
import { cdnDomainMultipleOriginServers } from "./rules/cdn/cdn-domain-multiple-origin-servers";
import { cdnDomainPrivateOssOrigin } from "./rules/cdn/cdn-domain-private-oss-origin";
import { cdnDomainScopeAllowed } from "./rules/cdn/cdn-domain-scope-allowed";
import { cdnDomainTlsVersion } from "./rules/cdn/cdn-domain-tls-version";
import { dcdnDomainMultipleOriginServers } from "./rules/cdn/dcdn-domain-multiple-origin-servers";
import { alidnsMxHasSpf } from "./rules/dns/alidns-mx-has-spf";
import { alidnsRecordTargetOwned } from "./rules/dns/alidns-record-target-owned";
import { ecsDiskAllEncryptedByKms } from "./rules/ecs/ecs-disk-all-encrypted-by-kms";
import { ecsDiskAutoSnapshotPolicy } from "./rules/ecs/ecs-disk-auto-snapshot-policy";
import { ecsDiskEncrypted } from "./rules/ecs/ecs-disk-encrypted";
import { ecsDiskInUse } from "./rules/ecs/ecs-disk-in-use";
import { ecsDiskRegionalAutoCheck } from "./rules/ecs/ecs-disk-regional-auto-check";
import { ecsDiskRetainAutoSnapshot } from "./rules/ecs/ecs-disk-retain-auto-snapshot";
import { ecsInstanceAttachedSecurityGroup } from "./rules/ecs/ecs-instance-attached-security-group";
import { ecsInstanceAutoRenewalEnabled } from "./rules/ecs/ecs-instance-auto-renewal-enabled";
import { ecsInstanceChargetypeCheck } from "./rules/ecs/ecs-instance-chargetype-check";
import { ecsInstanceDeletionProtectionEnabled } from "./rules/ecs/ecs-instance-deletion-protection-enabled";
import { ecsInstanceDisksEncrypted } from "./rules/ecs/ecs-instance-disks-encrypted";
import { ecsInstanceEnabledSecurityProtection } from "./rules/ecs/ecs-instance-enabled-security-protection";
import { ecsInstanceImageExpiredCheck } from "./rules/ecs/ecs-instance-image-expired-check";
import { ecsInstanceLoginUseKeypair } from "./rules/ecs/ecs-instance-login-use-keypair";
import { ecsInstanceMetaDataModeCheck } from "./rules/ecs/ecs-instance-meta-data-mode-check";
import { ecsInstanceMultipleEniCheck } from "./rules/ecs/ecs-instance-multiple-eni-check";
import { ecsInstanceNoPublicIp } from "./rules/ecs/ecs-instance-no-public-ip";
import { ecsInstanceRamRoleAttached } from "./rules/ecs/ecs-instance-ram-role-attached";
import { ecsInstanceTypeFamilyNotDeprecated } from "./rules/ecs/ecs-instance-type-family-not-deprecated";
import { ecsInstancesInVpc } from "./rules/ecs/ecs-instances-in-vpc";
import { ecsInternetChargeTypeCheck } from "./rules/ecs/ecs-internet-charge-type-check";
import { ecsInternetMaxBandwidthCheck } from "./rules/ecs/ecs-internetmaxbandwidth-check";
import { ecsLaunchTemplateNetworkTypeCheck } from "./rules/ecs/ecs-launch-template-network-type-check";
import { ecsLaunchTemplateNoPublicIp } from "./rules/ecs/ecs-launch-template-no-public-ip";
import { ecsLaunchTemplateSystemDiskEncrypted } from "./rules/ecs/ecs-launch-template-system-disk-encrypted";
import { ecsLaunchTemplateVersionAttachSecurityGroup } from "./rules/ecs/ecs-launch-template-version-attach-security-group";
import { ecsLaunchTemplateVersionDataDiskEncrypted } from "./rules/ecs/ecs-launch-template-version-data-disk-encrypted";
import { ecsLaunchTemplateVersionImageTypeCheck } from "./rules/ecs/ecs-launch-template-version-image-type-check";
import { ecsUserDataNoSecrets } from "./rules/ecs/ecs-user-data-no-secrets";
import { ecsSnapshotPolicyTimepointsCheck } from "./rules/ecs/ecs-snapshot-policy-timepoints-check";
import { ecsSnapshotRetentionDays } from "./rules/ecs/ecs-snapshot-retention-days";
import { ecsSystemDiskSizeCheck } from "./rules/ecs/ecs-system-disk-size-check";
import { essGroupHealthCheck } from "./rules/ess/ess-group-health-check";
import { essScalingConfigurationAttachSecurityGroup } from "./rules/ess/ess-scaling-configuration-attach-security-group";
import { essScalingConfigurationDataDiskEncrypted } from "./rules/ess/ess-scaling-configuration-data-disk-encrypted";
import { essScalingConfigurationEnabledInternetCheck } from "./rules/ess/ess-scaling-configuration-enabled-internet-check";
import { essScalingConfigurationImageCheck } from "./rules/ess/ess-scaling-configuration-image-check";
import { essScalingConfigurationSgPublicAccess } from "./rules/ess/ess-scaling-configuration-sg-public-access";
import { essScalingConfigurationSystemDiskEncrypted } from "./rules/ess/ess-scaling-configuration-system-disk-encrypted";
import { essScalingGroupAttachSlb } from "./rules/ess/ess-scaling-group-attach-slb";
import { essScalingRuleActionConfigured } from "./rules/ess/ess-scaling-rule-action-configured";
import { essScheduledTaskBounds } from "./rules/ess/ess-scheduled-task-bounds";
import { costInstanceFamilyAllowed } from "./rules/governance/cost-instance-family-allowed";
import { dataResidency } from "./rules/governance/data-residency";
import { haMultiZone } from "./rules/governance/ha-multi-zone";
import { namingConvention } from "./rules/governance/naming-convention";
import { ossZoneRedundant } from "./rules/governance/oss-zone-redundant";
import { regionAllowed } from "./rules/governance/region-allowed";
import { secretsNotPlaintext } from "./rules/governance/secrets-not-plaintext";
import { statefulResourcesProtected } from "./rules/governance/stateful-resources-protected";
import { tagsMandatory } from "./rules/governance/tags-mandatory";
import { waiverNotExpired } from "./rules/governance/waiver-not-expired";
import { kmsInstanceMultiZone } from "./rules/kms/kms-instance-multi-zone";
import { kmsKeyDescriptionRequired } from "./rules/kms/kms-key-description-required";
import { kmsKeyEnabled } from "./rules/kms/kms-key-enabled";
import { kmsKeyOriginAllowed } from "./rules/kms/kms-key-origin-allowed";
import { kmsKeyPendingWindowMinDays } from "./rules/kms/kms-key-pending-window-min-days";
import { kmsKeyRotationEnabled } from "./rules/kms/kms-key-rotation-enabled";
import { kmsKeySpecAllowed } from "./rules/kms/kms-key-spec-allowed";
import { kmsPolicyNoAnyPrincipal } from "./rules/kms/kms-policy-no-any-principal";
import { kmsSecretEncryptedWithCmk } from "./rules/kms/kms-secret-encrypted-with-cmk";
import { kmsSecretRecoveryWindowMinDays } from "./rules/kms/kms-secret-recovery-window-min-days";
import { kmsSecretRotationEnabled } from "./rules/kms/kms-secret-rotation-enabled";
import { redisArchitecturetypeClusterCheck } from "./rules/kvstore/redis-architecturetype-cluster-check";
import { redisBackupPolicyRequired } from "./rules/kvstore/redis-backup-policy-required";
import { redisInstanceBackupLogEnabled } from "./rules/kvstore/redis-instance-backup-log-enabled";
import { redisInstanceDoubleNodeType } from "./rules/kvstore/redis-instance-double-node-type";
import { redisInstanceEnabledByokTde } from "./rules/kvstore/redis-instance-enabled-byok-tde";
import { redisInstanceEnabledSsl } from "./rules/kvstore/redis-instance-enabled-ssl";
import { redisInstanceExpiredCheck } from "./rules/kvstore/redis-instance-expired-check";
import { redisInstanceInVpc } from "./rules/kvstore/redis-instance-in-vpc";
import { redisInstanceNoPublicIp } from "./rules/kvstore/redis-instance-no-public-ip";
import { redisInstanceOpenAuthMode } from "./rules/kvstore/redis-instance-open-auth-mode";
import { redisPublicAndAnyIpAccessCheck } from "./rules/kvstore/redis-public-and-any-ip-access-check";
import { redisWhiteListInternetIpAccessCheck } from "./rules/kvstore/redis-white-list-internet-ip-access-check";
import { actiontrailEnabled } from "./rules/log/actiontrail-enabled";
import { actiontrailTrailIntactEnabled } from "./rules/log/actiontrail-trail-intact-enabled";
import { actiontrailTrailOssBucketPrivate } from "./rules/log/actiontrail-trail-oss-bucket-private";
import { cmsAlarmEnabled } from "./rules/log/cms-alarm-enabled";
import { cmsAlarmNameRequired } from "./rules/log/cms-alarm-name-required";
import { cmsAlarmNotifiesContactGroup } from "./rules/log/cms-alarm-notifies-contact-group";
import { cmsAlarmThresholdSane } from "./rules/log/cms-alarm-threshold-sane";
import { cmsAlarmWatchesAResource } from "./rules/log/cms-alarm-watches-a-resource";
import { cmsMonitoredResourcesAlarmed } from "./rules/log/cms-monitored-resources-alarmed";
import { slsLogstoreEnabledEncrypt } from "./rules/log/sls-logstore-enabled-encrypt";
import { slsLogstoreEncryptKeyOriginCheck } from "./rules/log/sls-logstore-encrypt-key-origin-check";
import { slsLogstoreRetentionMinDays } from "./rules/log/sls-logstore-retention-min-days";
import { slsLogstoreWebTrackingDisabled } from "./rules/log/sls-logstore-web-tracking-disabled";
import { slsProjectDescriptionRequired } from "./rules/log/sls-project-description-required";
import { ossBucketAuthorizeSpecifiedIp } from "./rules/oss/oss-bucket-authorize-specified-ip";
import { ossBucketLifecycleEnabled } from "./rules/oss/oss-bucket-lifecycle-enabled";
import { ossBucketLoggingEnabled } from "./rules/oss/oss-bucket-logging-enabled";
import { ossBucketNoStaticWebsite } from "./rules/oss/oss-bucket-no-static-website";
import { ossBucketOnlyHttpsEnabled } from "./rules/oss/oss-bucket-only-https-enabled";
import { ossBucketPolicyNoAnyAnonymous } from "./rules/oss/oss-bucket-policy-no-any-anonymous";
import { ossBucketPolicyNotOverwritten } from "./rules/oss/oss-bucket-policy-not-overwritten";
import { ossBucketPublicAccessBlocked } from "./rules/oss/oss-bucket-public-access-blocked";
import { ossBucketPublicReadProhibited } from "./rules/oss/oss-bucket-public-read-prohibited";
import { ossBucketRefererLimit } from "./rules/oss/oss-bucket-referer-limit";
import { ossBucketRemoteReplication } from "./rules/oss/oss-bucket-remote-replication";
import { ossBucketReplicationComplete } from "./rules/oss/oss-bucket-replication-complete";
import { ossBucketReplicationRegionAllowed } from "./rules/oss/oss-bucket-replication-region-allowed";
import { ossBucketServerSideEncryptionEnabled } from "./rules/oss/oss-bucket-server-side-encryption-enabled";
import { ossBucketTlsVersionCheck } from "./rules/oss/oss-bucket-tls-version-check";
import { ossBucketVersioningEnabled } from "./rules/oss/oss-bucket-versioning-enabled";
import { ossDefaultEncryptionKms } from "./rules/oss/oss-default-encryption-kms";
import { imsOidcProviderPinned } from "./rules/ram/ims-oidc-provider-pinned";
import { ramAccountBaselineOwned } from "./rules/ram/ram-account-baseline-owned";
import { ramAuditorDeniesPersonalObjects } from "./rules/ram/ram-auditor-denies-personal-objects";
import { ramNoAccessKey } from "./rules/ram/ram-no-access-key";
import { ramOperatorNoRamWrite } from "./rules/ram/ram-operator-no-ram-write";
import { ramGroupHasMemberCheck } from "./rules/ram/ram-group-has-member-check";
import { ramInstanceRoleTrustsEcsOnly } from "./rules/ram/ram-instance-role-trusts-ecs-only";
import { ramNoAdminPolicyAttached } from "./rules/ram/ram-no-admin-policy-attached";
import { ramPasswordPolicyCheck } from "./rules/ram/ram-password-policy-check";
import { ramPasswordPolicyComplexity } from "./rules/ram/ram-password-policy-complexity";
import { ramPasswordPolicyMaxAge } from "./rules/ram/ram-password-policy-max-age";
import { ramPasswordPolicyMaxLoginAttempts } from "./rules/ram/ram-password-policy-max-login-attempts";
import { ramPasswordPolicyReusePrevention } from "./rules/ram/ram-password-policy-reuse-prevention";
import { ramPolicyInUseCheck } from "./rules/ram/ram-policy-in-use-check";
import { ramPolicyNoStatementsWithAdminAccessCheck } from "./rules/ram/ram-policy-no-statements-with-admin-access-check";
import { ramRoleTrustNoAnyPrincipal } from "./rules/ram/ram-role-trust-no-any-principal";
import { ramSecurityPreferenceEnforceMfa } from "./rules/ram/ram-security-preference-enforce-mfa";
import { ramUserActivatedAkQuantityCheck } from "./rules/ram/ram-user-activated-ak-quantity-check";
import { ramUserGroupMembershipCheck } from "./rules/ram/ram-user-group-membership-check";
import { ramUserLoginCheck } from "./rules/ram/ram-user-login-check";
import { ramUserMfaCheck } from "./rules/ram/ram-user-mfa-check";
import { ramUserNoPolicyCheck } from "./rules/ram/ram-user-no-policy-check";
import { rdsAccountNotPrivileged } from "./rules/rds/rds-account-not-privileged";
import { rdsBackupPolicyRequired } from "./rules/rds/rds-backup-policy-required";
import { rdsBackupRetainedAfterRelease } from "./rules/rds/rds-backup-retained-after-release";
import { rdsInstanceAutoUpgradeMinorVersion } from "./rules/rds/rds-instance-auto-upgrade-minor-version";
import { rdsInstanceEnabledAuditing } from "./rules/rds/rds-instance-enabled-auditing";
import { rdsInstanceEnabledDiskEncryption } from "./rules/rds/rds-instance-enabled-disk-encryption";
import { rdsInstanceEnabledLogBackup } from "./rules/rds/rds-instance-enabled-log-backup";
import { rdsInstanceEnabledSsl } from "./rules/rds/rds-instance-enabled-ssl";
import { rdsInstanceEnabledTdeDiskEncryption } from "./rules/rds/rds-instance-enabled-tde-disk-encryption";
import { rdsInstanceEventsLogged } from "./rules/rds/rds-instance-events-logged";
import { rdsInstanceExpiredCheck } from "./rules/rds/rds-instance-expired-check";
import { rdsInstanceHaAutoSwitchover } from "./rules/rds/rds-instance-ha-auto-switchover";
import { rdsInstanceHighAvailabilityCategory } from "./rules/rds/rds-instance-high-availability-category";
import { rdsInstanceMaintainTimeCheck } from "./rules/rds/rds-instance-maintain-time-check";
import { rdsInstanceSslEnforced } from "./rules/rds/rds-instance-ssl-enforced";
import { rdsInstanceStorageAutoscaleEnable } from "./rules/rds/rds-instance-storage-autoscale-enable";
import { rdsInstancesInVpc } from "./rules/rds/rds-instances-in-vpc";
import { rdsPostgresqlLogParametersEnabled } from "./rules/rds/rds-postgresql-log-parameters-enabled";
import { rdsPublicAccessCheck } from "./rules/rds/rds-public-access-check";
import { rdsPublicConnectionAndAnyIpAccessCheck } from "./rules/rds/rds-public-connection-and-any-ip-access-check";
import { rdsWhiteListInternetIpAccessCheck } from "./rules/rds/rds-white-list-internet-ip-access-check";
import { ecsSecurityGroupDescriptionCheck } from "./rules/securitygroup/ecs-security-group-description-check";
import { ecsSecurityGroupEgressNotAllAccess } from "./rules/securitygroup/ecs-security-group-egress-not-all-access";
import { ecsSecurityGroupNotInternetCidrAccess } from "./rules/securitygroup/ecs-security-group-not-internet-cidr-access";
import { ecsSecurityGroupNotOpenAllPort } from "./rules/securitygroup/ecs-security-group-not-open-all-port";
import { ecsSecurityGroupNotOpenAllProtocol } from "./rules/securitygroup/ecs-security-group-not-open-all-protocol";
import { ecsSecurityGroupWhiteListPortCheck } from "./rules/securitygroup/ecs-security-group-white-list-port-check";
import { securityGroupEnterpriseType } from "./rules/securitygroup/security-group-enterprise-type";
import { securityGroupVpcRequired } from "./rules/securitygroup/security-group-vpc-required";
import { sgNoRiskyPortsFromInternet } from "./rules/securitygroup/sg-no-risky-ports-from-internet";
import { sgPublicAccessCheck } from "./rules/securitygroup/sg-public-access-check";
import { slbAclPublicAccessCheck } from "./rules/slb/slb-acl-public-access-check";
import { slbAllListenerEnabledAcl } from "./rules/slb/slb-all-listener-enabled-acl";
import { slbAllListenerHasServer } from "./rules/slb/slb-all-listener-has-server";
import { slbAllListenerHealthCheckEnabled } from "./rules/slb/slb-all-listener-health-check-enabled";
import { slbAllListenerTlsPolicyCheck } from "./rules/slb/slb-all-listener-tls-policy-check";
import { slbBackendserverWeightCheck } from "./rules/slb/slb-backendserver-weight-check";
import { slbDeleteProtectionEnabled } from "./rules/slb/slb-delete-protection-enabled";
import { slbInstanceSpecCheck } from "./rules/slb/slb-instance-spec-check";
import { slbListenerHttpsEnabled } from "./rules/slb/slb-listener-https-enabled";
import { slbListenerRiskPortsCheck } from "./rules/slb/slb-listener-risk-ports-check";
import { slbLoadbalancerBandwidthLimit } from "./rules/slb/slb-loadbalancer-bandwidth-limit";
import { slbLoadbalancerInVpc } from "./rules/slb/slb-loadbalancer-in-vpc";
import { slbModifyProtectionCheck } from "./rules/slb/slb-modify-protection-check";
import { slbNoPublicIp } from "./rules/slb/slb-no-public-ip";
import { slbServerGroupMultiServer } from "./rules/slb/slb-server-group-multi-server";
import { eipAttached } from "./rules/vpc/eip-attached";
import { eipBandwidthLimit } from "./rules/vpc/eip-bandwidth-limit";
import { eipDeleteProtectionEnabled } from "./rules/vpc/eip-delete-protection-enabled";
import { eipExplicitBandwidthRequired } from "./rules/vpc/eip-explicit-bandwidth-required";
import { natGatewayInSpecifiedVpc } from "./rules/vpc/nat-gateway-in-specified-vpc";
import { natGatewaySpecRequired } from "./rules/vpc/nat-gateway-spec-required";
import { natGatewayVpcRequired } from "./rules/vpc/nat-gateway-vpc-required";
import { natRiskPortsCheck } from "./rules/vpc/nat-risk-ports-check";
import { natgatewayDeleteProtectionEnabled } from "./rules/vpc/natgateway-delete-protection-enabled";
import { vpcCidrRequired } from "./rules/vpc/vpc-cidr-required";
import { vpcFlowLogsEnabled } from "./rules/vpc/vpc-flow-logs-enabled";
import { vpcNetworkAclNotEmpty } from "./rules/vpc/vpc-network-acl-not-empty";
import { vpcNetworkAclRiskyPortsCheck } from "./rules/vpc/vpc-network-acl-risky-ports-check";
import { vswitchAvailableIpCount } from "./rules/vpc/vswitch-available-ip-count";
import { vswitchCidrRequired } from "./rules/vpc/vswitch-cidr-required";
import { vswitchZoneRequired } from "./rules/vpc/vswitch-zone-required";
import { wafInstanceLoggingEnabled } from "./rules/waf/waf-instance-logging-enabled";
import { waf3DomainHttpsTls12 } from "./rules/waf/waf3-domain-https-tls12";

export const PACK_NAME = "dakar2026-guardrails";

/** Grouped by service, in the order reports list them. Adding a rule: one import, one line here. */
export const catalog: readonly CatalogPolicy[] = [
    // governance
    tagsMandatory,
    namingConvention,
    regionAllowed,
    dataResidency,
    statefulResourcesProtected,
    haMultiZone,
    ossZoneRedundant,
    secretsNotPlaintext,
    costInstanceFamilyAllowed,
    waiverNotExpired,
    // vpc
    vpcFlowLogsEnabled,
    vpcCidrRequired,
    vswitchCidrRequired,
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
    // securitygroup
    sgNoRiskyPortsFromInternet,
    sgPublicAccessCheck,
    ecsSecurityGroupNotOpenAllPort,
    ecsSecurityGroupNotOpenAllProtocol,
    ecsSecurityGroupWhiteListPortCheck,
    ecsSecurityGroupNotInternetCidrAccess,
    ecsSecurityGroupEgressNotAllAccess,
    securityGroupEnterpriseType,
    ecsSecurityGroupDescriptionCheck,
    securityGroupVpcRequired,
    // ecs
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
    ecsInstanceDisksEncrypted,
    ecsDiskAllEncryptedByKms,
    ecsDiskAutoSnapshotPolicy,
    ecsDiskRetainAutoSnapshot,
    ecsDiskInUse,
    ecsDiskRegionalAutoCheck,
    ecsSnapshotRetentionDays,
    ecsSnapshotPolicyTimepointsCheck,
    ecsLaunchTemplateVersionDataDiskEncrypted,
    ecsLaunchTemplateSystemDiskEncrypted,
    ecsLaunchTemplateVersionAttachSecurityGroup,
    ecsLaunchTemplateNetworkTypeCheck,
    ecsLaunchTemplateVersionImageTypeCheck,
    ecsLaunchTemplateNoPublicIp,
    ecsUserDataNoSecrets,
    // ess
    essScalingConfigurationDataDiskEncrypted,
    essScalingConfigurationSystemDiskEncrypted,
    essScalingConfigurationAttachSecurityGroup,
    essScalingConfigurationSgPublicAccess,
    essScalingConfigurationEnabledInternetCheck,
    essScalingConfigurationImageCheck,
    essScalingGroupAttachSlb,
    essGroupHealthCheck,
    essScalingRuleActionConfigured,
    essScheduledTaskBounds,
    // slb
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
    // alb
    albAddressTypeIntranet,
    nlbAddressTypeIntranet,
    albDeleteProtectionEnabled,
    albAccessLogEnabled,
    albInstanceWafEnabled,
    albInstanceBindSecurityGroupOrEnabledAcl,
    albAclPublicAccessCheck,
    albListenerNoHttp,
    albListenerTlsPolicyCheck,
    albSecurityPolicyStrongCiphers,
    albAllListenerHasServer,
    albAllListenerHealthCheckEnabled,
    albServerGroupMultiServer,
    // cdn
    cdnDomainMultipleOriginServers,
    dcdnDomainMultipleOriginServers,
    cdnDomainScopeAllowed,
    cdnDomainHttpsEnabled,
    cdnDomainCertificateFromCas,
    cdnDomainPrivateOssOrigin,
    cdnDomainHttpsForce,
    cdnDomainHttpsOrigin,
    cdnDomainTlsVersion,
    cdnDomainHttp2Enabled,
    // waf
    wafInstanceLoggingEnabled,
    waf3DomainHttpsTls12,
    // dns
    alidnsMxHasSpf,
    alidnsRecordTargetOwned,
    // oss
    ossBucketPublicReadProhibited,
    ossBucketPublicAccessBlocked,
    ossBucketPolicyNoAnyAnonymous,
    ossBucketOnlyHttpsEnabled,
    ossBucketPolicyNotOverwritten,
    ossBucketTlsVersionCheck,
    ossBucketAuthorizeSpecifiedIp,
    ossBucketServerSideEncryptionEnabled,
    ossDefaultEncryptionKms,
    ossBucketVersioningEnabled,
    ossBucketLoggingEnabled,
    ossBucketRemoteReplication,
    ossBucketReplicationRegionAllowed,
    ossBucketReplicationComplete,
    ossBucketRefererLimit,
    ossBucketLifecycleEnabled,
    ossBucketNoStaticWebsite,
    // rds
    rdsWhiteListInternetIpAccessCheck,
    rdsPublicAccessCheck,
    rdsPublicConnectionAndAnyIpAccessCheck,
    rdsInstanceEnabledSsl,
    rdsInstanceSslEnforced,
    rdsInstanceEnabledTdeDiskEncryption,
    rdsInstanceEnabledDiskEncryption,
    rdsInstanceEnabledAuditing,
    rdsPostgresqlLogParametersEnabled,
    rdsInstanceEventsLogged,
    rdsInstancesInVpc,
    rdsInstanceHighAvailabilityCategory,
    rdsInstanceHaAutoSwitchover,
    rdsBackupPolicyRequired,
    rdsInstanceEnabledLogBackup,
    rdsBackupRetainedAfterRelease,
    rdsInstanceMaintainTimeCheck,
    rdsInstanceStorageAutoscaleEnable,
    rdsInstanceExpiredCheck,
    rdsInstanceAutoUpgradeMinorVersion,
    rdsAccountNotPrivileged,
    // kvstore
    redisInstanceNoPublicIp,
    redisWhiteListInternetIpAccessCheck,
    redisPublicAndAnyIpAccessCheck,
    redisInstanceOpenAuthMode,
    redisInstanceEnabledSsl,
    redisInstanceEnabledByokTde,
    redisInstanceInVpc,
    redisInstanceDoubleNodeType,
    redisArchitecturetypeClusterCheck,
    redisInstanceBackupLogEnabled,
    redisBackupPolicyRequired,
    redisInstanceExpiredCheck,
    // ram
    ramPasswordPolicyCheck,
    ramPasswordPolicyComplexity,
    ramPasswordPolicyReusePrevention,
    ramPasswordPolicyMaxAge,
    ramPasswordPolicyMaxLoginAttempts,
    ramSecurityPreferenceEnforceMfa,
    ramUserMfaCheck,
    ramUserLoginCheck,
    ramPolicyNoStatementsWithAdminAccessCheck,
    ramNoAdminPolicyAttached,
    ramRoleTrustNoAnyPrincipal,
    ramInstanceRoleTrustsEcsOnly,
    ramUserNoPolicyCheck,
    ramUserActivatedAkQuantityCheck,
    ramGroupHasMemberCheck,
    ramUserGroupMembershipCheck,
    ramPolicyInUseCheck,
    ramNoAccessKey,
    ramAccountBaselineOwned,
    ramOperatorNoRamWrite,
    ramAuditorDeniesPersonalObjects,
    imsOidcProviderPinned,
    // kms
    kmsKeyRotationEnabled,
    kmsKeyEnabled,
    kmsKeyDescriptionRequired,
    kmsKeyPendingWindowMinDays,
    kmsKeySpecAllowed,
    kmsKeyOriginAllowed,
    kmsSecretRotationEnabled,
    kmsSecretEncryptedWithCmk,
    kmsSecretRecoveryWindowMinDays,
    kmsPolicyNoAnyPrincipal,
    kmsInstanceMultiZone,
    // log
    slsLogstoreEnabledEncrypt,
    slsLogstoreEncryptKeyOriginCheck,
    slsLogstoreRetentionMinDays,
    slsLogstoreWebTrackingDisabled,
    slsProjectDescriptionRequired,
    actiontrailEnabled,
    actiontrailTrailIntactEnabled,
    actiontrailTrailOssBucketPrivate,
    cmsAlarmNameRequired,
    cmsAlarmEnabled,
    cmsAlarmThresholdSane,
    cmsAlarmWatchesAResource,
    cmsAlarmNotifiesContactGroup,
    cmsMonitoredResourcesAlarmed,
];

/** The pack's arguments for one run: every catalog policy wrapped for the engine with that run's waivers and date. */
export function packArgs(run: RunContext): PolicyPackArgs {
    return {
        description: "Dakar 2026 platform guardrails: security, data protection (Senegal law 2008-12), availability and cost, for Alibaba Cloud.",
        enforcementLevel: "advisory",
        policies: catalog.map((p) => forEngine(p, run)),
    };
}
