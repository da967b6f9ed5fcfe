import type { CatalogPolicy } from "../../lib/rule";
import { ramGroupHasMemberCheck } from "./ram-group-has-member-check";
import { ramNoAdminPolicyAttached } from "./ram-no-admin-policy-attached";
import { ramPasswordPolicyCheck } from "./ram-password-policy-check";
import { ramPasswordPolicyComplexity } from "./ram-password-policy-complexity";
import { ramPasswordPolicyMaxAge } from "./ram-password-policy-max-age";
import { ramPasswordPolicyMaxLoginAttempts } from "./ram-password-policy-max-login-attempts";
import { ramPasswordPolicyReusePrevention } from "./ram-password-policy-reuse-prevention";
import { ramPolicyInUseCheck } from "./ram-policy-in-use-check";
import { ramPolicyNoStatementsWithAdminAccessCheck } from "./ram-policy-no-statements-with-admin-access-check";
import { ramSecurityPreferenceEnforceMfa } from "./ram-security-preference-enforce-mfa";
import { ramUserActivatedAkQuantityCheck } from "./ram-user-activated-ak-quantity-check";
import { ramUserGroupMembershipCheck } from "./ram-user-group-membership-check";
import { ramUserLoginCheck } from "./ram-user-login-check";
import { ramUserMfaCheck } from "./ram-user-mfa-check";
import { ramUserNoPolicyCheck } from "./ram-user-no-policy-check";

export const ramPolicies: readonly CatalogPolicy[] = [
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
    ramUserNoPolicyCheck,
    ramUserActivatedAkQuantityCheck,
    ramGroupHasMemberCheck,
    ramUserGroupMembershipCheck,
    ramPolicyInUseCheck,
];
