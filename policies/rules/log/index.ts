import type { CatalogPolicy } from "../../lib/rule";
import { actiontrailEnabled } from "./actiontrail-enabled";
import { actiontrailTrailIntactEnabled } from "./actiontrail-trail-intact-enabled";
import { actiontrailTrailOssBucketPrivate } from "./actiontrail-trail-oss-bucket-private";
import { cmsAlarmNameRequired } from "./cms-alarm-name-required";
import { slsLogstoreEnabledEncrypt } from "./sls-logstore-enabled-encrypt";
import { slsLogstoreEncryptKeyOriginCheck } from "./sls-logstore-encrypt-key-origin-check";
import { slsLogstoreRetentionMinDays } from "./sls-logstore-retention-min-days";
import { slsProjectDescriptionRequired } from "./sls-project-description-required";

export const logPolicies: readonly CatalogPolicy[] = [
    slsLogstoreEnabledEncrypt,
    slsLogstoreEncryptKeyOriginCheck,
    slsLogstoreRetentionMinDays,
    slsProjectDescriptionRequired,
    actiontrailEnabled,
    actiontrailTrailIntactEnabled,
    actiontrailTrailOssBucketPrivate,
    cmsAlarmNameRequired,
];
