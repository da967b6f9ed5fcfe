import type { CatalogPolicy } from "../../lib/rule";
import { costEipBandwidthLimit } from "./cost-eip-bandwidth-limit";
import { costInstanceFamilyAllowed } from "./cost-instance-family-allowed";
import { dataResidency } from "./data-residency";
import { haMultiZone } from "./ha-multi-zone";
import { namingConvention } from "./naming-convention";
import { ossZoneRedundant } from "./oss-zone-redundant";
import { regionAllowed } from "./region-allowed";
import { secretsNotPlaintext } from "./secrets-not-plaintext";
import { statefulResourcesProtected } from "./stateful-resources-protected";
import { tagsMandatory } from "./tags-mandatory";
import { waiverNotExpired } from "./waiver-not-expired";

export const governancePolicies: readonly CatalogPolicy[] = [
    tagsMandatory,
    namingConvention,
    regionAllowed,
    dataResidency,
    statefulResourcesProtected,
    haMultiZone,
    ossZoneRedundant,
    secretsNotPlaintext,
    costInstanceFamilyAllowed,
    costEipBandwidthLimit,
    waiverNotExpired,
];
