import type { CatalogPolicy } from "../../lib/rule";
import { kmsInstanceMultiZone } from "./kms-instance-multi-zone";
import { kmsKeyDescriptionRequired } from "./kms-key-description-required";
import { kmsKeyEnabled } from "./kms-key-enabled";
import { kmsKeyRotationEnabled } from "./kms-key-rotation-enabled";
import { kmsSecretRotationEnabled } from "./kms-secret-rotation-enabled";

export const kmsPolicies: readonly CatalogPolicy[] = [
    kmsKeyRotationEnabled,
    kmsKeyEnabled,
    kmsKeyDescriptionRequired,
    kmsSecretRotationEnabled,
    kmsInstanceMultiZone,
];
