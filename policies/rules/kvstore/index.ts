import type { CatalogPolicy } from "../../lib/rule";
import { redisArchitecturetypeClusterCheck } from "./architecturetype-cluster-check";
import { redisBackupPolicyRequired } from "./backup-policy-required";
import { redisInstanceBackupLogEnabled } from "./instance-backup-log-enabled";
import { redisInstanceDoubleNodeType } from "./instance-double-node-type";
import { redisInstanceEnabledByokTde } from "./instance-enabled-byok-tde";
import { redisInstanceEnabledSsl } from "./instance-enabled-ssl";
import { redisInstanceExpiredCheck } from "./instance-expired-check";
import { redisInstanceInVpc } from "./instance-in-vpc";
import { redisInstanceNoPublicIp } from "./instance-no-public-ip";
import { redisInstanceOpenAuthMode } from "./instance-open-auth-mode";
import { redisPublicAndAnyIpAccessCheck } from "./public-and-any-ip-access-check";
import { redisWhiteListInternetIpAccessCheck } from "./white-list-internet-ip-access-check";

export const kvstorePolicies: readonly CatalogPolicy[] = [
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
];
