import type { CatalogPolicy } from "../../lib/rule";
import { rdsBackupPolicyRequired } from "./backup-policy-required";
import { rdsInstanceAutoUpgradeMinorVersion } from "./instance-auto-upgrade-minor-version";
import { rdsInstanceEnabledAuditing } from "./instance-enabled-auditing";
import { rdsInstanceEnabledDiskEncryption } from "./instance-enabled-disk-encryption";
import { rdsInstanceEnabledLogBackup } from "./instance-enabled-log-backup";
import { rdsInstanceEnabledSsl } from "./instance-enabled-ssl";
import { rdsInstanceEnabledTdeDiskEncryption } from "./instance-enabled-tde-disk-encryption";
import { rdsInstanceEventsLogged } from "./instance-events-logged";
import { rdsInstanceExpiredCheck } from "./instance-expired-check";
import { rdsInstanceHighAvailabilityCategory } from "./instance-high-availability-category";
import { rdsInstanceMaintainTimeCheck } from "./instance-maintain-time-check";
import { rdsInstanceStorageAutoscaleEnable } from "./instance-storage-autoscale-enable";
import { rdsInstancesInVpc } from "./instances-in-vpc";
import { rdsPostgresqlLogParametersEnabled } from "./postgresql-log-parameters-enabled";
import { rdsPublicAccessCheck } from "./public-access-check";
import { rdsPublicConnectionAndAnyIpAccessCheck } from "./public-connection-and-any-ip-access-check";
import { rdsWhiteListInternetIpAccessCheck } from "./white-list-internet-ip-access-check";

export const rdsPolicies: readonly CatalogPolicy[] = [
    rdsWhiteListInternetIpAccessCheck,
    rdsPublicAccessCheck,
    rdsPublicConnectionAndAnyIpAccessCheck,
    rdsInstanceEnabledSsl,
    rdsInstanceEnabledTdeDiskEncryption,
    rdsInstanceEnabledDiskEncryption,
    rdsInstanceEnabledAuditing,
    rdsPostgresqlLogParametersEnabled,
    rdsInstanceEventsLogged,
    rdsInstancesInVpc,
    rdsInstanceHighAvailabilityCategory,
    rdsBackupPolicyRequired,
    rdsInstanceEnabledLogBackup,
    rdsInstanceMaintainTimeCheck,
    rdsInstanceStorageAutoscaleEnable,
    rdsInstanceExpiredCheck,
    rdsInstanceAutoUpgradeMinorVersion,
];
