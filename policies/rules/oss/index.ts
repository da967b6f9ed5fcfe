import type { CatalogPolicy } from "../../lib/rule";
import { ossBucketAuthorizeSpecifiedIp } from "./bucket-authorize-specified-ip";
import { ossBucketLifecycleEnabled } from "./bucket-lifecycle-enabled";
import { ossBucketLoggingEnabled } from "./bucket-logging-enabled";
import { ossBucketNoStaticWebsite } from "./bucket-no-static-website";
import { ossBucketOnlyHttpsEnabled } from "./bucket-only-https-enabled";
import { ossBucketPolicyNoAnyAnonymous } from "./bucket-policy-no-any-anonymous";
import { ossBucketPublicReadProhibited } from "./bucket-public-read-prohibited";
import { ossBucketRefererLimit } from "./bucket-referer-limit";
import { ossBucketRemoteReplication } from "./bucket-remote-replication";
import { ossBucketServerSideEncryptionEnabled } from "./bucket-server-side-encryption-enabled";
import { ossBucketTlsVersionCheck } from "./bucket-tls-version-check";
import { ossBucketVersioningEnabled } from "./bucket-versioning-enabled";
import { ossDefaultEncryptionKms } from "./default-encryption-kms";

export const ossPolicies: readonly CatalogPolicy[] = [
    ossBucketPublicReadProhibited,
    ossBucketPolicyNoAnyAnonymous,
    ossBucketOnlyHttpsEnabled,
    ossBucketTlsVersionCheck,
    ossBucketAuthorizeSpecifiedIp,
    ossBucketServerSideEncryptionEnabled,
    ossDefaultEncryptionKms,
    ossBucketVersioningEnabled,
    ossBucketLoggingEnabled,
    ossBucketRemoteReplication,
    ossBucketRefererLimit,
    ossBucketLifecycleEnabled,
    ossBucketNoStaticWebsite,
];
