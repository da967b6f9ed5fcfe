/**
 * The RAM rules of issue 11 (identity layer): the password rules on the newer ram.PasswordPolicy,
 * OIDC trusts, no AccessKey, the account baseline's owner, the operator without RAM writes, the
 * auditor's Deny on personal buckets and the pinned OIDC provider. Each: a compliant case and one
 * case per way it fails.
 */
import { imsOidcProviderPinned } from "../../policies/rules/ram/ims-oidc-provider-pinned";
import { ramAccountBaselineOwned } from "../../policies/rules/ram/ram-account-baseline-owned";
import { ramAuditorDeniesPersonalObjects } from "../../policies/rules/ram/ram-auditor-denies-personal-objects";
import { ramNoAccessKey } from "../../policies/rules/ram/ram-no-access-key";
import { ramOperatorNoRamWrite } from "../../policies/rules/ram/ram-operator-no-ram-write";
import { ramPasswordPolicyCheck } from "../../policies/rules/ram/ram-password-policy-check";
import { ramPasswordPolicyComplexity } from "../../policies/rules/ram/ram-password-policy-complexity";
import { ramPasswordPolicyMaxLoginAttempts } from "../../policies/rules/ram/ram-password-policy-max-login-attempts";
import { ramRoleTrustNoAnyPrincipal } from "../../policies/rules/ram/ram-role-trust-no-any-principal";
import { baseline, stackRoot } from "../support/baselines";
import { messages } from "../support/policy";

const PASSWORD = "alicloud:ram/passwordPolicy:PasswordPolicy";
const ROLE = "alicloud:ram/role:Role";
const POLICY = "alicloud:ram/policy:Policy";
const ATTACH = "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment";
const BUCKET = "alicloud:oss/bucket:Bucket";
const PREFERENCE = "alicloud:ram/securityPreference:SecurityPreference";
const OIDC = "alicloud:ims/oidcProvider:OidcProvider";
const TRAIL = "alicloud:actiontrail/trail:Trail";
const ACCOUNT = "5012345678901234";
const PROVIDER_ARN = `acs:ram::${ACCOUNT}:oidc-provider/dakar2026-ci`;

describe("ram password rules on ram.PasswordPolicy", () => {
    it("accept the compliant baseline", async () => {
        for (const rule of [ramPasswordPolicyCheck, ramPasswordPolicyComplexity, ramPasswordPolicyMaxLoginAttempts]) {
            expect(await messages(rule, [baseline(PASSWORD)])).toEqual([]);
        }
    });
    it("take the class's own default length (8) when minimumPasswordLength is unset", async () => {
        expect(await messages(ramPasswordPolicyCheck, [baseline(PASSWORD, "p", { minimumPasswordLength: undefined })])).toEqual([
            "The RAM password policy allows passwords of 8 characters; set minimumPasswordLength to at least 14.",
        ]);
    });
    it("flag an unset character class, false by default on this class", async () => {
        expect(await messages(ramPasswordPolicyComplexity, [baseline(PASSWORD, "p", { requireSymbols: undefined })])).toEqual([
            "The RAM password policy does not require symbols (requireSymbols is unset, false by default); set requireSymbols: true.",
        ]);
    });
    it("flag a class set to false", async () => {
        expect(await messages(ramPasswordPolicyComplexity, [baseline(PASSWORD, "p", { requireNumbers: false })])).toEqual([
            "The RAM password policy does not require numbers (requireNumbers is false); set requireNumbers: true.",
        ]);
    });
    it("read the lockout from maxLoginAttemps, unset meaning no lockout", async () => {
        expect(await messages(ramPasswordPolicyMaxLoginAttempts, [baseline(PASSWORD, "p", { maxLoginAttemps: undefined })])).toEqual([
            "The RAM password policy never locks a user (maxLoginAttemps is 0); set maxLoginAttemps between 1 and 5.",
        ]);
    });
});

describe("ram-role-trust-no-any-principal on OIDC trusts", () => {
    const oidcRole = (condition: Record<string, Record<string, string>> | undefined) =>
        baseline(ROLE, "deployer", {
            roleName: "dakar2026-prod-identity-deployer",
            assumeRolePolicyDocument: JSON.stringify({
                Version: "1",
                Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Federated: [PROVIDER_ARN] }, ...(condition ? { Condition: condition } : {}) }],
            }),
        });
    const pinned = { "oidc:iss": "https://token.actions.githubusercontent.com", "oidc:aud": "sts.aliyuncs.com", "oidc:sub": "repo:senum-sa/infra:environment:prod" };

    it("accepts a trust pinning the subject and the audience", async () => {
        expect(await messages(ramRoleTrustNoAnyPrincipal, [oidcRole({ StringEquals: pinned })])).toEqual([]);
    });
    it("flags a trust with no condition", async () => {
        expect(await messages(ramRoleTrustNoAnyPrincipal, [oidcRole(undefined)])).toEqual([
            `RAM role "deployer" trusts OIDC provider ${PROVIDER_ARN} without pinning oidc:sub and oidc:aud; add a StringEquals condition on oidc:sub and oidc:aud with the exact value(s) of the CI's token.`,
        ]);
    });
    it("flags a subject given as a wildcard", async () => {
        const condition = { StringEquals: { "oidc:aud": pinned["oidc:aud"] }, StringLike: { "oidc:sub": "repo:senum-sa/*" } };
        expect(await messages(ramRoleTrustNoAnyPrincipal, [oidcRole(condition)])).toEqual([
            `RAM role "deployer" trusts OIDC provider ${PROVIDER_ARN} without pinning oidc:sub; add a StringEquals condition on oidc:sub with the exact value(s) of the CI's token.`,
        ]);
    });
    it("flags a trust that pins the subject but not the audience", async () => {
        expect(await messages(ramRoleTrustNoAnyPrincipal, [oidcRole({ StringEquals: { "oidc:sub": pinned["oidc:sub"] } })])).toEqual([
            `RAM role "deployer" trusts OIDC provider ${PROVIDER_ARN} without pinning oidc:aud; add a StringEquals condition on oidc:aud with the exact value(s) of the CI's token.`,
        ]);
    });
});

describe("ram-no-access-key", () => {
    it("accepts a stack of roles", async () => {
        expect(await messages(ramNoAccessKey, [baseline(ROLE)])).toEqual([]);
    });
    it("flags any AccessKey", async () => {
        expect(await messages(ramNoAccessKey, [baseline("alicloud:ram/accessKey:AccessKey", "ci-key")])).toEqual([
            'AccessKey "ci-key" of user "ops.baseline" is a long-lived credential; remove it and use a RAM role.',
        ]);
    });
});

describe("ram-account-baseline-owned", () => {
    const owner = stackRoot({ environment: "prod", accountOwner: true });
    const other = stackRoot({ environment: "dev", accountOwner: false });
    const complete = [baseline(PASSWORD, "pw"), baseline(PREFERENCE, "pref"), baseline(OIDC, "ci")];

    it("accepts the owner with the whole baseline, and another stack with none of it", async () => {
        expect(await messages(ramAccountBaselineOwned, [owner, ...complete])).toEqual([]);
        expect(await messages(ramAccountBaselineOwned, [other, baseline(ROLE)])).toEqual([]);
    });
    it("flags each piece the owner leaves out", async () => {
        expect(await messages(ramAccountBaselineOwned, [owner, baseline(OIDC, "ci")])).toEqual([
            "The stack owns the account (accountOwner is true) but does not declare the account password policy; declare it here (alicloud:ram/accountPasswordPolicy:AccountPasswordPolicy or alicloud:ram/passwordPolicy:PasswordPolicy).",
            "The stack owns the account (accountOwner is true) but does not declare the account security preference (MFA at console login); declare it here (alicloud:ram/securityPreference:SecurityPreference).",
        ]);
        expect(await messages(ramAccountBaselineOwned, [owner, baseline(PASSWORD, "pw"), baseline(PREFERENCE, "pref")])).toEqual([
            "The stack owns the account (accountOwner is true) but does not declare the CI's OIDC provider; declare it here (alicloud:ims/oidcProvider:OidcProvider).",
        ]);
    });
    it("flags each account-wide resource in a stack that does not own the account, a trail included", async () => {
        expect(await messages(ramAccountBaselineOwned, [other, baseline(PASSWORD, "pw"), baseline(TRAIL, "trail")])).toEqual([
            '"pw" is the account password policy, which exists once per account, but this stack does not own the account (accountOwner is not true); declare it only in the stack that does.',
            '"trail" is an ActionTrail trail, which exists once per account, but this stack does not own the account (accountOwner is not true); declare it only in the stack that does.',
        ]);
    });
});

/** A role named `roleName` with one custom policy holding `statements`. */
function roleWith(roleName: string, statements: readonly Record<string, unknown>[]) {
    const role = baseline(ROLE, roleName, { roleName });
    const policy = baseline(POLICY, `${roleName}-policy`, { policyName: `${roleName}-1`, policyDocument: JSON.stringify({ Version: "1", Statement: statements }) });
    const attach = baseline(ATTACH, `${roleName}-attach`, { roleName, policyName: `${roleName}-1`, policyType: "Custom" });
    return [role, policy, attach];
}

describe("ram-operator-no-ram-write", () => {
    const OPERATOR = "dakar2026-prod-identity-operator";
    const read = { Effect: "Allow", Action: ["rds:RestartDBInstance", "ram:GetRole", "ram:ListPoliciesForRole"], Resource: ["acs:rds:eu-central-1:1:*"] };

    it("accepts an operator that only reads RAM", async () => {
        expect(await messages(ramOperatorNoRamWrite, roleWith(OPERATOR, [read]))).toEqual([]);
    });
    it("leaves roles of other names alone", async () => {
        expect(await messages(ramOperatorNoRamWrite, roleWith("dakar2026-prod-identity-deployer", [{ ...read, Action: ["ram:CreatePolicy"] }]))).toEqual([]);
    });
    it.each([
        ["a RAM write", ["ram:AttachPolicyToRole"], "ram:AttachPolicyToRole"],
        ["ram:*", ["ram:*"], "ram:*"],
        ["*", ["*"], "*"],
        ["a RAM wildcard beyond reads", ["ram:Create*"], "ram:Create*"],
    ])("flags %s", async (_what, actions, shown) => {
        expect(await messages(ramOperatorNoRamWrite, roleWith(OPERATOR, [read, { Effect: "Allow", Action: actions, Resource: ["*"] }]))).toEqual([
            `Operator role "${OPERATOR}" may change RAM through policy "${OPERATOR}-1" (${shown}); remove those actions.`,
        ]);
    });
    it("flags a RAM system policy that is not read-only", async () => {
        const [role] = roleWith(OPERATOR, [read]);
        const attach = baseline(ATTACH, "system", { roleName: OPERATOR, policyName: "AliyunRAMFullAccess", policyType: "System" });
        expect(await messages(ramOperatorNoRamWrite, [role, attach])).toEqual([
            `Operator role "${OPERATOR}" has system policy AliyunRAMFullAccess attached, which changes RAM; attach a read-only policy instead.`,
        ]);
    });
    it("flags a document it cannot read", async () => {
        const [role, policy, attach] = roleWith(OPERATOR, [read]);
        const broken = { ...policy, inputs: { ...policy.inputs, policyDocument: "{not json" }, outputs: { ...policy.outputs, policyDocument: "{not json" } };
        expect(await messages(ramOperatorNoRamWrite, [role, broken, attach])).toEqual([
            `Operator role "${OPERATOR}" has policy "${OPERATOR}-1" attached, whose document is not in the stack or not valid JSON; it cannot be checked.`,
        ]);
    });
});

describe("ram-auditor-denies-personal-objects", () => {
    const AUDITOR = "dakar2026-prod-identity-auditor";
    const bucket = (name: string, classification: string) =>
        baseline(BUCKET, name, { bucket: name, tags: { ...(baseline(BUCKET).inputs.tags as Record<string, string>), "data-classification": classification } });
    const logs = bucket("dakar2026-prod-storage-logs-abc123", "personal");
    const backups = bucket("dakar2026-prod-storage-backups-abc123", "sensitive-personal");
    const media = bucket("dakar2026-prod-storage-media-abc123", "public");
    const deny = (buckets: readonly string[], actions = ["oss:GetObject", "oss:GetObjectVersion"]) => ({
        Effect: "Deny",
        Action: actions,
        Resource: buckets.map((b) => `acs:oss:*:${ACCOUNT}:${b}/*`),
    });

    it("accepts an auditor denied object reads on every personal bucket (public ones need nothing)", async () => {
        expect(await messages(ramAuditorDeniesPersonalObjects, [logs, backups, media, ...roleWith(AUDITOR, [deny([String(logs.inputs.bucket), String(backups.inputs.bucket)])])])).toEqual([]);
    });
    it("flags an auditor with no Deny at all, once per personal bucket", async () => {
        expect(await messages(ramAuditorDeniesPersonalObjects, [logs, backups, media, ...roleWith(AUDITOR, [{ Effect: "Allow", Action: ["oss:GetBucketInfo"], Resource: ["*"] }])])).toEqual([
            `Auditor role "${AUDITOR}" has no Deny of oss:GetObject and oss:GetObjectVersion on bucket "dakar2026-prod-storage-logs-abc123", classified personal; attach a policy denying them on its objects.`,
            `Auditor role "${AUDITOR}" has no Deny of oss:GetObject and oss:GetObjectVersion on bucket "dakar2026-prod-storage-backups-abc123", classified sensitive-personal; attach a policy denying them on its objects.`,
        ]);
    });
    it("flags a Deny that misses a bucket or an action", async () => {
        expect(await messages(ramAuditorDeniesPersonalObjects, [logs, backups, ...roleWith(AUDITOR, [deny([String(logs.inputs.bucket)]), deny([String(backups.inputs.bucket)], ["oss:GetObject"])])])).toEqual([
            `Auditor role "${AUDITOR}" has no Deny of oss:GetObjectVersion on bucket "dakar2026-prod-storage-backups-abc123", classified sensitive-personal; attach a policy denying them on its objects.`,
        ]);
    });
    it("accepts a Deny written with wildcards that cover the bucket and the action", async () => {
        expect(await messages(ramAuditorDeniesPersonalObjects, [logs, ...roleWith(AUDITOR, [{ Effect: "Deny", Action: ["oss:Get*"], Resource: [`acs:oss:*:${ACCOUNT}:dakar2026-prod-storage-*`] }])])).toEqual([]);
    });
});

describe("ims-oidc-provider-pinned", () => {
    it("accepts the baseline provider", async () => {
        expect(await messages(imsOidcProviderPinned, [baseline(OIDC, "ci")])).toEqual([]);
    });
    it("flags an issuer that is not https", async () => {
        expect(await messages(imsOidcProviderPinned, [baseline(OIDC, "ci", { issuerUrl: "http://token.example" })])).toEqual([
            'OIDC provider "dakar2026-ci" has issuer "http://token.example"; set issuerUrl to the issuer\'s https URL.',
        ]);
    });
    it("flags missing and malformed fingerprints", async () => {
        expect(await messages(imsOidcProviderPinned, [baseline(OIDC, "ci", { fingerprints: undefined })])).toEqual([
            "OIDC provider \"dakar2026-ci\" pins no valid certificate fingerprint (none); set fingerprints to the SHA-1 fingerprints (40 hexadecimal digits) of the issuer's certificate chain.",
        ]);
        expect(await messages(imsOidcProviderPinned, [baseline(OIDC, "ci", { fingerprints: ["abc"] })])).toEqual([
            "OIDC provider \"dakar2026-ci\" pins no valid certificate fingerprint (abc); set fingerprints to the SHA-1 fingerprints (40 hexadecimal digits) of the issuer's certificate chain.",
        ]);
    });
    it("flags no client id and a wildcard client id", async () => {
        expect(await messages(imsOidcProviderPinned, [baseline(OIDC, "ci", { clientIds: [] })])).toEqual([
            'OIDC provider "dakar2026-ci" accepts no declared client id; list the exact audience the CI requests in clientIds.',
        ]);
        expect(await messages(imsOidcProviderPinned, [baseline(OIDC, "ci", { clientIds: ["*"] })])).toEqual([
            'OIDC provider "dakar2026-ci" accepts client ids *; list the exact audience the CI requests in clientIds.',
        ]);
    });
});
