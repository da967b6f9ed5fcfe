import { ramGroupHasMemberCheck } from "../../policies/rules/ram/ram-group-has-member-check";
import { ramInstanceRoleTrustsEcsOnly } from "../../policies/rules/ram/ram-instance-role-trusts-ecs-only";
import { ramNoAdminPolicyAttached } from "../../policies/rules/ram/ram-no-admin-policy-attached";
import { ramPasswordPolicyCheck } from "../../policies/rules/ram/ram-password-policy-check";
import { ramPasswordPolicyComplexity } from "../../policies/rules/ram/ram-password-policy-complexity";
import { ramPasswordPolicyMaxAge } from "../../policies/rules/ram/ram-password-policy-max-age";
import { ramPasswordPolicyMaxLoginAttempts } from "../../policies/rules/ram/ram-password-policy-max-login-attempts";
import { ramPasswordPolicyReusePrevention } from "../../policies/rules/ram/ram-password-policy-reuse-prevention";
import { ramPolicyInUseCheck } from "../../policies/rules/ram/ram-policy-in-use-check";
import { ramRoleTrustNoAnyPrincipal } from "../../policies/rules/ram/ram-role-trust-no-any-principal";
import { ramPolicyNoStatementsWithAdminAccessCheck } from "../../policies/rules/ram/ram-policy-no-statements-with-admin-access-check";
import { ramSecurityPreferenceEnforceMfa } from "../../policies/rules/ram/ram-security-preference-enforce-mfa";
import { ramUserActivatedAkQuantityCheck } from "../../policies/rules/ram/ram-user-activated-ak-quantity-check";
import { ramUserGroupMembershipCheck } from "../../policies/rules/ram/ram-user-group-membership-check";
import { ramUserLoginCheck } from "../../policies/rules/ram/ram-user-login-check";
import { ramUserMfaCheck } from "../../policies/rules/ram/ram-user-mfa-check";
import { ramUserNoPolicyCheck } from "../../policies/rules/ram/ram-user-no-policy-check";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const PASSWORD_POLICY = "alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy";
const USER = "alicloud:ram/user:User";
const GROUP = "alicloud:ram/group:Group";
const POLICY = "alicloud:ram/policy:Policy";
const MEMBERSHIP = "alicloud:ram/groupMembership:GroupMembership";
const ACCESS_KEY = "alicloud:ram/accessKey:AccessKey";
const LOGIN_PROFILE = "alicloud:ram/loginProfile:LoginProfile";
const USER_ATTACH = "alicloud:ram/userPolicyAttachment:UserPolicyAttachment";
const ROLE_ATTACH = "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment";
const GROUP_ATTACH = "alicloud:ram/groupPolicyAttachment:GroupPolicyAttachment";

const passwordPolicy = (inputs: Record<string, unknown>) => baseline(PASSWORD_POLICY, "pwd", inputs);

describe("ram-password-policy-check", () => {
    it("accepts a 14-character minimum", async () => {
        expect(await messages(ramPasswordPolicyCheck, [passwordPolicy({})])).toEqual([]);
    });
    it("flags a short minimum", async () => {
        expect(await messages(ramPasswordPolicyCheck, [passwordPolicy({ minimumPasswordLength: 8 })])).toEqual([
            "The RAM password policy allows passwords of 8 characters; set minimumPasswordLength to at least 14.",
        ]);
    });
    it("flags an unset minimum (provider default 12)", async () => {
        expect(await messages(ramPasswordPolicyCheck, [passwordPolicy({ minimumPasswordLength: undefined })])).toEqual([
            "The RAM password policy allows passwords of 12 characters; set minimumPasswordLength to at least 14.",
        ]);
    });
    it("takes the minimum from config", async () => {
        expect(await messages(ramPasswordPolicyCheck, [passwordPolicy({})], { config: { minimumLength: 16 } })).toEqual([
            "The RAM password policy allows passwords of 14 characters; set minimumPasswordLength to at least 16.",
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(ramPasswordPolicyCheck, [passwordPolicy({ minimumPasswordLength: 10 })]);
        expect(f.message.fr).toBe(
            "La politique de mots de passe RAM accepte des mots de passe de 10 caractères ; définir minimumPasswordLength à au moins 14.",
        );
    });
});

describe("ram-password-policy-complexity", () => {
    it("accepts every class required, explicitly or by the provider defaults (all true)", async () => {
        const defaults = passwordPolicy({
            requireUppercaseCharacters: undefined,
            requireLowercaseCharacters: undefined,
            requireNumbers: undefined,
            requireSymbols: undefined,
        });
        expect(await messages(ramPasswordPolicyComplexity, [passwordPolicy({}), defaults])).toEqual([]);
    });
    it("flags each character class turned off", async () => {
        const p = passwordPolicy({
            requireUppercaseCharacters: false,
            requireLowercaseCharacters: false,
            requireNumbers: false,
            requireSymbols: false,
        });
        expect(await messages(ramPasswordPolicyComplexity, [p])).toEqual([
            "The RAM password policy does not require uppercase letters (requireUppercaseCharacters is false); set "
                + "requireUppercaseCharacters: true.",
            "The RAM password policy does not require lowercase letters (requireLowercaseCharacters is false); set "
                + "requireLowercaseCharacters: true.",
            "The RAM password policy does not require numbers (requireNumbers is false); set requireNumbers: true.",
            "The RAM password policy does not require symbols (requireSymbols is false); set requireSymbols: true.",
        ]);
    });
});

describe("ram-password-policy-reuse-prevention", () => {
    it("accepts 24 remembered passwords", async () => {
        expect(await messages(ramPasswordPolicyReusePrevention, [passwordPolicy({})])).toEqual([]);
    });
    it("flags an unset value (0 disables the check)", async () => {
        expect(await messages(ramPasswordPolicyReusePrevention, [passwordPolicy({ passwordReusePrevention: undefined })])).toEqual([
            "The RAM password policy remembers 0 previous password(s); set passwordReusePrevention to at least 24.",
        ]);
    });
    it("flags too few remembered passwords, and follows config", async () => {
        const p = [passwordPolicy({ passwordReusePrevention: 5 })];
        expect(await messages(ramPasswordPolicyReusePrevention, p)).toEqual([
            "The RAM password policy remembers 5 previous password(s); set passwordReusePrevention to at least 24.",
        ]);
        expect(await messages(ramPasswordPolicyReusePrevention, p, { config: { minimumReusePrevention: 5 } })).toEqual([]);
    });
});

describe("ram-password-policy-max-age", () => {
    it("accepts 90 days", async () => {
        expect(await messages(ramPasswordPolicyMaxAge, [passwordPolicy({})])).toEqual([]);
    });
    it("flags passwords that never expire (unset = 0)", async () => {
        expect(await messages(ramPasswordPolicyMaxAge, [passwordPolicy({ maxPasswordAge: undefined })])).toEqual([
            "RAM passwords never expire (maxPasswordAge is 0); set maxPasswordAge between 1 and 90.",
        ]);
    });
    it("flags a too long age, and follows config", async () => {
        const p = [passwordPolicy({ maxPasswordAge: 180 })];
        expect(await messages(ramPasswordPolicyMaxAge, p)).toEqual([
            "RAM passwords expire after 180 days; set maxPasswordAge between 1 and 90.",
        ]);
        expect(await messages(ramPasswordPolicyMaxAge, p, { config: { maximumAgeDays: 180 } })).toEqual([]);
    });
});

describe("ram-password-policy-max-login-attempts", () => {
    it("accepts 5 and the unset default (5)", async () => {
        const r = [passwordPolicy({}), passwordPolicy({ maxLoginAttempts: undefined })];
        expect(await messages(ramPasswordPolicyMaxLoginAttempts, r)).toEqual([]);
    });
    it("flags a disabled lockout", async () => {
        expect(await messages(ramPasswordPolicyMaxLoginAttempts, [passwordPolicy({ maxLoginAttempts: 0 })])).toEqual([
            "The RAM password policy never locks a user (maxLoginAttempts is 0); set maxLoginAttempts between 1 and 5.",
        ]);
    });
    it("flags too many attempts, and follows config", async () => {
        const p = [passwordPolicy({ maxLoginAttempts: 10 })];
        expect(await messages(ramPasswordPolicyMaxLoginAttempts, p)).toEqual([
            "The RAM password policy allows 10 failed logins per hour; set maxLoginAttempts between 1 and 5.",
        ]);
        expect(await messages(ramPasswordPolicyMaxLoginAttempts, p, { config: { maximumLoginAttempts: 10 } })).toEqual([]);
    });
});

describe("ram-security-preference-enforce-mfa", () => {
    const pref = (inputs: Record<string, unknown>) => baseline("alicloud:ram/securityPreference:SecurityPreference", "pref", inputs);

    it("accepts mfaOperationForLogin mandatory", async () => {
        expect(await messages(ramSecurityPreferenceEnforceMfa, [pref({})])).toEqual([]);
    });
    it("accepts the deprecated enforceMfaForLogin: true", async () => {
        expect(await messages(ramSecurityPreferenceEnforceMfa, [pref({ mfaOperationForLogin: undefined, enforceMfaForLogin: true })])).toEqual([]);
    });
    it("flags an unset preference", async () => {
        expect(await messages(ramSecurityPreferenceEnforceMfa, [pref({ mfaOperationForLogin: undefined })])).toEqual([
            "The RAM security preference does not enforce MFA at login (mfaOperationForLogin is independent (default)); "
                + 'set mfaOperationForLogin: "mandatory".',
        ]);
    });
    it("flags adaptive MFA", async () => {
        const p = [pref({ mfaOperationForLogin: "adaptive", enforceMfaForLogin: false })];
        expect(await messages(ramSecurityPreferenceEnforceMfa, p)).toEqual([
            'The RAM security preference does not enforce MFA at login (mfaOperationForLogin is adaptive); set mfaOperationForLogin: '
                + '"mandatory".',
        ]);
    });
});

describe("ram-user-mfa-check", () => {
    const profile = (inputs: Record<string, unknown>) => baseline(LOGIN_PROFILE, "lp", { userName: "alice", ...inputs });

    it("accepts mfaBindRequired: true", async () => {
        expect(await messages(ramUserMfaCheck, [profile({})])).toEqual([]);
    });
    it("flags an unset mfaBindRequired", async () => {
        expect(await messages(ramUserMfaCheck, [profile({ mfaBindRequired: undefined })])).toEqual([
            'The console login of RAM user "alice" does not require MFA (mfaBindRequired is not true); set mfaBindRequired: true.',
        ]);
    });
    it("flags mfaBindRequired: false", async () => {
        expect(await messages(ramUserMfaCheck, [profile({ mfaBindRequired: false })])).toEqual([
            'The console login of RAM user "alice" does not require MFA (mfaBindRequired is not true); set mfaBindRequired: true.',
        ]);
    });
});

describe("ram-user-login-check", () => {
    const profile = baseline(LOGIN_PROFILE, "lp", { userName: "alice" });

    it("flags a console password", async () => {
        expect(await messages(ramUserLoginCheck, [profile])).toEqual([
            'RAM user "alice" has a console password (alicloud.ram.LoginProfile); use SSO or add the user to allowedUsers.',
        ]);
    });
    it("accepts an allow-listed break-glass user", async () => {
        expect(await messages(ramUserLoginCheck, [profile], { config: { allowedUsers: ["alice"] } })).toEqual([]);
    });
    it("accepts a stack without login profiles", async () => {
        expect(await messages(ramUserLoginCheck, [baseline(USER, "alice", { name: "alice" })])).toEqual([]);
    });
});

describe("ram-policy-no-statements-with-admin-access-check", () => {
    const policy = (inputs: Record<string, unknown>) => baseline(POLICY, "p", { policyName: "ops", ...inputs });
    const doc = (statement: unknown) => JSON.stringify({ Version: "1", Statement: statement });

    it("accepts a scoped policy", async () => {
        const p = policy({ policyDocument: doc([{ Effect: "Allow", Action: ["ecs:Describe*"], Resource: "*" }]) });
        expect(await messages(ramPolicyNoStatementsWithAdminAccessCheck, [p])).toEqual([]);
    });
    it("accepts Deny * on *", async () => {
        const p = policy({ policyDocument: doc({ Effect: "Deny", Action: "*", Resource: "*" }) });
        expect(await messages(ramPolicyNoStatementsWithAdminAccessCheck, [p])).toEqual([]);
    });
    it("flags Allow * on * in policyDocument", async () => {
        const p = policy({ policyDocument: doc({ Effect: "Allow", Action: "*", Resource: "*" }) });
        expect(await messages(ramPolicyNoStatementsWithAdminAccessCheck, [p])).toEqual([
            'RAM policy "ops" allows Action "*" on Resource "*" (full administrator access); grant only the actions needed.',
        ]);
    });
    it("flags Allow * on * in the deprecated document", async () => {
        const adminDocument = doc([{ Effect: "Allow", Action: ["*"], Resource: ["*"] }]);
        const p = policy({ policyName: undefined, policyDocument: undefined, name: "legacy", document: adminDocument });
        expect(await messages(ramPolicyNoStatementsWithAdminAccessCheck, [p])).toEqual([
            'RAM policy "legacy" allows Action "*" on Resource "*" (full administrator access); grant only the actions needed.',
        ]);
    });
    it("flags Allow * on * in the deprecated inline statements", async () => {
        const p = policy({ policyDocument: undefined, statements: [{ effect: "Allow", actions: ["*"], resources: ["*"] }] });
        expect(await messages(ramPolicyNoStatementsWithAdminAccessCheck, [p])).toEqual([
            'RAM policy "ops" allows Action "*" on Resource "*" (full administrator access); grant only the actions needed.',
        ]);
    });
    it("flags a document that is not JSON", async () => {
        expect(await messages(ramPolicyNoStatementsWithAdminAccessCheck, [policy({ policyDocument: "{not json" })])).toEqual([
            'The document of RAM policy "ops" is not a JSON object; write policyDocument as valid JSON so that it can be checked.',
        ]);
    });
});

describe("ram-no-admin-policy-attached", () => {
    it("accepts a read-only system policy", async () => {
        const a = baseline(GROUP_ATTACH, "a", { groupName: "ops", policyName: "AliyunECSReadOnlyAccess", policyType: "System" });
        expect(await messages(ramNoAdminPolicyAttached, [a])).toEqual([]);
    });
    it("flags AdministratorAccess on a user", async () => {
        const a = baseline(USER_ATTACH, "a", { userName: "alice", policyName: "AdministratorAccess", policyType: "System" });
        expect(await messages(ramNoAdminPolicyAttached, [a])).toEqual([
            'Policy "AdministratorAccess" grants administrator or full product access to RAM user "alice"; attach a least-privilege '
                + 'policy instead.',
        ]);
    });
    it("flags a product FullAccess policy on a role", async () => {
        const a = baseline(ROLE_ATTACH, "a", { roleName: "deployer", policyName: "AliyunOSSFullAccess", policyType: "System" });
        expect(await messages(ramNoAdminPolicyAttached, [a])).toEqual([
            'Policy "AliyunOSSFullAccess" grants administrator or full product access to RAM role "deployer"; attach a least-privilege '
                + 'policy instead.',
        ]);
    });
    it("flags a policy from the configured list on a group, and honours exceptions", async () => {
        const a = [baseline(GROUP_ATTACH, "a", { groupName: "ops", policyName: "AliyunRAMFullAccess", policyType: "System" })];
        expect(await messages(ramNoAdminPolicyAttached, a)).toEqual([
            'Policy "AliyunRAMFullAccess" grants administrator or full product access to RAM group "ops"; attach a least-privilege policy '
                + 'instead.',
        ]);
        expect(await messages(ramNoAdminPolicyAttached, a, { config: { allowedPolicies: ["AliyunRAMFullAccess"] } })).toEqual([]);
        expect(await messages(ramNoAdminPolicyAttached, a, { config: { forbidFullAccess: false } })).toEqual([]);
    });
});

describe("ram-user-no-policy-check", () => {
    it("accepts a policy attached to a group", async () => {
        const a = baseline(GROUP_ATTACH, "a", { groupName: "ops", policyName: "AliyunECSReadOnlyAccess", policyType: "System" });
        expect(await messages(ramUserNoPolicyCheck, [a])).toEqual([]);
    });
    it("flags a policy attached to a user", async () => {
        const a = baseline(USER_ATTACH, "a", { userName: "alice", policyName: "AliyunECSReadOnlyAccess", policyType: "System" });
        expect(await messages(ramUserNoPolicyCheck, [a])).toEqual([
            'Policy "AliyunECSReadOnlyAccess" is attached directly to RAM user "alice"; attach it to a group or role instead.',
        ]);
    });
});

describe("ram-user-activated-ak-quantity-check", () => {
    const alice = baseline(USER, "alice", { name: "alice" }, { id: "2000001" });
    const key = (name: string, inputs: Record<string, unknown>, refs = {}) => baseline(ACCESS_KEY, name, inputs, { refs });

    it("accepts one active key and one inactive key", async () => {
        const r = [alice, key("k1", { userName: "alice" }, { userName: [alice] }), key("k2", { userName: "alice", status: "Inactive" })];
        expect(await messages(ramUserActivatedAkQuantityCheck, r)).toEqual([]);
    });
    it("flags two active keys joined by reference and by name", async () => {
        const r = [alice, key("k1", { userName: "alice" }, { userName: [alice] }), key("k2", { userName: "alice", status: "Active" })];
        const findings = await run(ramUserActivatedAkQuantityCheck, r);
        expect(findings.map((f) => f.message.en)).toEqual(['RAM user "alice" has 2 active access keys (k1, k2); keep at most 1.']);
        expect(findings[0].urn).toBe(alice.urn);
    });
    it("flags two active keys of a user declared elsewhere, on its first key", async () => {
        const r = [key("k1", { userName: "bob" }), key("k2", { userName: "bob" })];
        const findings = await run(ramUserActivatedAkQuantityCheck, r);
        expect(findings.map((f) => f.message.en)).toEqual(['RAM user "bob" has 2 active access keys (k1, k2); keep at most 1.']);
        expect(findings[0].name).toBe("k1");
    });
    it("joins keys by reference when the user name is unknown during preview", async () => {
        const unknown = { __pulumiUnknown: true };
        const carol = baseline(USER, "carol", { name: unknown });
        const keys = ["k1", "k2"].map((n) => key(n, { userName: unknown }, { userName: [carol] }));
        expect(await messages(ramUserActivatedAkQuantityCheck, [alice, carol, ...keys])).toEqual([
            'RAM user "carol" has 2 active access keys (k1, k2); keep at most 1.',
        ]);
    });
    it("does not mix keys of different users, and follows config", async () => {
        const r = [key("k1", { userName: "bob" }), key("k2", { userName: "carol" }), key("k3", { userName: "carol" })];
        expect(await messages(ramUserActivatedAkQuantityCheck, r, { config: { maxActiveKeys: 2 } })).toEqual([]);
    });
});

describe("ram-group-has-member-check", () => {
    const group = baseline(GROUP, "ops", { groupName: "ops" });

    it("accepts a group referenced by a membership", async () => {
        const m = baseline(MEMBERSHIP, "m", { groupName: "ops", userNames: ["alice"] }, { refs: { groupName: [group] } });
        expect(await messages(ramGroupHasMemberCheck, [group, m])).toEqual([]);
    });
    it("accepts a join by group name (plan file without references)", async () => {
        const m = baseline(MEMBERSHIP, "m", { groupName: "ops", userNames: ["alice"] });
        expect(await messages(ramGroupHasMemberCheck, [group, m])).toEqual([]);
    });
    it("flags a group when the only membership targets another group", async () => {
        const m = baseline(MEMBERSHIP, "m", { groupName: "admins", userNames: ["alice"] });
        expect(await messages(ramGroupHasMemberCheck, [group, m])).toEqual([
            'RAM group "ops" has no alicloud.ram.GroupMembership referring to it.',
        ]);
    });
});

describe("ram-user-group-membership-check", () => {
    const alice = baseline(USER, "alice", { name: "alice" }, { id: "2000001" });

    it("accepts a user listed by reference", async () => {
        const m = baseline(MEMBERSHIP, "m", { groupName: "ops", userNames: ["alice"] }, { refs: { userNames: [alice] } });
        expect(await messages(ramUserGroupMembershipCheck, [alice, m])).toEqual([]);
    });
    it("accepts a user listed by name", async () => {
        const m = baseline(MEMBERSHIP, "m", { groupName: "ops", userNames: ["bob", "alice"] });
        expect(await messages(ramUserGroupMembershipCheck, [alice, m])).toEqual([]);
    });
    it("flags a user in no group", async () => {
        const m = baseline(MEMBERSHIP, "m", { groupName: "ops", userNames: ["bob"] });
        expect(await messages(ramUserGroupMembershipCheck, [alice, m])).toEqual([
            'RAM user "alice" is not in any group (no alicloud.ram.GroupMembership lists it).',
        ]);
    });
});

describe("ram-policy-in-use-check", () => {
    const policy = baseline(POLICY, "ops-policy", { policyName: "ops-policy" });

    it("accepts a policy attached by reference", async () => {
        const inputs = { roleName: "r", policyName: "ops-policy", policyType: "Custom" };
        const a = baseline(ROLE_ATTACH, "a", inputs, { refs: { policyName: [policy] } });
        expect(await messages(ramPolicyInUseCheck, [policy, a])).toEqual([]);
    });
    it("accepts a policy attached by name to a group", async () => {
        const a = baseline(GROUP_ATTACH, "a", { groupName: "ops", policyName: "ops-policy", policyType: "Custom" });
        expect(await messages(ramPolicyInUseCheck, [policy, a])).toEqual([]);
    });
    it("flags a policy no attachment refers to", async () => {
        const a = baseline(USER_ATTACH, "a", { userName: "alice", policyName: "other", policyType: "Custom" });
        expect(await messages(ramPolicyInUseCheck, [policy, a])).toEqual([
            'RAM policy "ops-policy" is not attached to any user, group or role.',
        ]);
    });
});

describe("ram-role-trust-no-any-principal", () => {
    const ROLE = "alicloud:ram/role:Role";
    const trust = (Principal: unknown, Effect = "Allow") => JSON.stringify({ Version: "1", Statement: [{ Effect, Action: "sts:AssumeRole", Principal }] });
    const role = (inputs: Record<string, unknown>) => baseline(ROLE, "cdn-origin", inputs);
    it("accepts a role trusted by a service, and one trusted by a named account", async () => {
        const r = [
            role({ assumeRolePolicyDocument: trust({ Service: ["cdn.aliyuncs.com"] }) }),
            role({ assumeRolePolicyDocument: trust({ RAM: ["acs:ram::5012345678901234:root"] }) }),
        ];
        expect(await messages(ramRoleTrustNoAnyPrincipal, r)).toEqual([]);
    });
    it("accepts a Deny to everyone, and a role that names no principal at all", async () => {
        const r = [role({ assumeRolePolicyDocument: trust({ RAM: ["*"] }, "Deny") }), role({ assumeRolePolicyDocument: undefined })];
        expect(await messages(ramRoleTrustNoAnyPrincipal, r)).toEqual([]);
    });
    it("flags a role any account can assume", async () => {
        expect(await messages(ramRoleTrustNoAnyPrincipal, [role({ assumeRolePolicyDocument: trust({ RAM: ["acs:ram::*:root"] }) })])).toEqual([
            'RAM role "cdn-origin" can be assumed by any principal (acs:ram::*:root); name the service or account that needs it.',
        ]);
    });
    it("reads the deprecated document when it is the only one, and flags \"*\"", async () => {
        const r = [role({ assumeRolePolicyDocument: undefined, document: trust("*") })];
        expect(await messages(ramRoleTrustNoAnyPrincipal, r)).toEqual([
            'RAM role "cdn-origin" can be assumed by any principal (*); name the service or account that needs it.',
        ]);
    });
    it("reads the deprecated ramUsers and services lists when there is no document", async () => {
        const legacy = (ramUsers: string[]) => role({ assumeRolePolicyDocument: undefined, ramUsers, services: ["ecs.aliyuncs.com"] });
        expect(await messages(ramRoleTrustNoAnyPrincipal, [legacy(["acs:ram::5012345678901234:root"])])).toEqual([]);
        expect(await messages(ramRoleTrustNoAnyPrincipal, [legacy(["acs:ram::*:root"])])).toEqual([
            'RAM role "cdn-origin" can be assumed by any principal (acs:ram::*:root); name the service or account that needs it.',
        ]);
    });
    it("flags a trust policy that is not JSON, in French too", async () => {
        const [f] = await run(ramRoleTrustNoAnyPrincipal, [role({ assumeRolePolicyDocument: "{not json" })]);
        expect(f.message.en).toBe('RAM role "cdn-origin" has a trust policy that is not valid JSON; it cannot be checked.');
        expect(f.message.fr).toBe(
            "Le rôle RAM « cdn-origin » a une politique d'approbation qui n'est pas du JSON valide ; elle ne peut pas être vérifiée.",
        );
    });
});

describe("ram-instance-role-trusts-ecs-only", () => {
    const ROLE = "alicloud:ram/role:Role";
    const TEMPLATE = "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate";
    const CONFIGURATION = "alicloud:ess/scalingConfiguration:ScalingConfiguration";
    const trust = (...principals: unknown[]) =>
        JSON.stringify({ Version: "1", Statement: principals.map((Principal) => ({ Effect: "Allow", Action: "sts:AssumeRole", Principal })) });
    const role = (doc: string, name = "app") => baseline(ROLE, name, { roleName: `dakar2026-test-identity-${name}`, assumeRolePolicyDocument: doc });
    const template = (ramRoleName: string) => baseline(TEMPLATE, "lt", { ramRoleName });

    it("accepts an instance role trusted by ECS only, and leaves roles no launch path uses alone", async () => {
        const cdnRole = role(trust({ Service: ["cdn.aliyuncs.com"] }), "cdn");
        expect(await messages(ramInstanceRoleTrustsEcsOnly, [role(trust({ Service: ["ecs.aliyuncs.com"] })), template("dakar2026-test-identity-app"), cdnRole])).toEqual([]);
    });
    it("flags a launch template's role that another service can assume", async () => {
        const doc = trust({ Service: ["ecs.aliyuncs.com", "fc.aliyuncs.com"] });
        expect(await messages(ramInstanceRoleTrustsEcsOnly, [role(doc), template("dakar2026-test-identity-app")])).toEqual([
            'RAM role "app", used by "lt" to run instances, can also be assumed by fc.aliyuncs.com; trust only ecs.aliyuncs.com.',
        ]);
    });
    it("flags a scaling configuration's role (joined by reference) that an account can assume, in French too", async () => {
        const r = role(trust({ Service: ["ecs.aliyuncs.com"] }, { RAM: ["acs:ram::5012345678901234:root"] }));
        const conf = baseline(CONFIGURATION, "web", { roleName: "unknown" }, { refs: { roleName: [r] } });
        const [f] = await run(ramInstanceRoleTrustsEcsOnly, [r, conf]);
        expect(f.message.en).toBe(
            'RAM role "app", used by "web" to run instances, can also be assumed by acs:ram::5012345678901234:root; trust only ecs.aliyuncs.com.',
        );
        expect(f.message.fr).toBe(
            "Le rôle RAM « app », utilisé par \"web\" pour faire tourner des instances, peut aussi être endossé par "
                + "acs:ram::5012345678901234:root ; n'approuver que ecs.aliyuncs.com.",
        );
    });
});
