import type { CatalogPolicy } from "../../lib/rule";
import { kmsInstanceMultiZone } from "./kms-instance-multi-zone";
import { kmsKeyDescriptionRequired } from "./kms-key-description-required";
import { kmsKeyEnabled } from "./kms-key-enabled";
import { kmsKeyOriginAllowed } from "./kms-key-origin-allowed";
import { kmsKeyPendingWindowMinDays } from "./kms-key-pending-window-min-days";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled";
import { kmsKeySpecAllowed } from "./kms-key-spec-allowed";
import { kmsPolicyNoAnyPrincipal } from "./kms-policy-no-any-principal";
import { kmsSecretEncryptedWithCmk } from "./kms-secret-encrypted-with-cmk";
import { kmsSecretRecoveryWindowMinDays } from "./kms-secret-recovery-window-min-days";
import { kmsSecretRotationEnabled } from "./kms-secret-rotation-enabled";

export const kmsPolicies: readonly CatalogPolicy[] = [
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
];
