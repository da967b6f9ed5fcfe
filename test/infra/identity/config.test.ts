/**
 * The identity layer's settings and the core account settings: what a stack must say to deploy the
 * roles and, where it owns the account, the account-wide resources; every bad value stops with one
 * line naming the key, the value and what is allowed.
 */
import { parseCore } from "../../../infra/core/settings";
import { parseIdentityConfig } from "../../../infra/identity/config";
import { parseSettings, RawConfig } from "../../../infra/settings";
import { rawFor, settingsError, withKeys } from "../../support/settings";

const ACCOUNT = "5012345678901234";
const base: RawConfig = withKeys(rawFor({ profile: "prod" }), {
    "dakar2026:accountId": ACCOUNT,
    "dakar2026:ciDeployerSubject": "repo:senum-sa/dakar2026-infra:environment:prod",
    "dakar2026:ciPreviewerSubject": "repo:senum-sa/dakar2026-infra:pull_request",
});
const owner: RawConfig = withKeys(base, {
    "dakar2026:accountOwner": "true",
    "dakar2026:ciOidcFingerprints": JSON.stringify(["6938fd4d98bab03faadb97b34396831e3780aea1"]),
    "dakar2026:trailAlertActionPolicy": "dakar2026-oncall",
});
const parse = (raw: RawConfig) => parseIdentityConfig(raw, parseCore(raw, "prod"));
const error = (raw: RawConfig): string => settingsError(() => parseSettings(raw, "prod")).message;

describe("identity settings", () => {
    it("read a stack that does not own the account: its roles, this account trusted first, no account-wide part", () => {
        const c = parse(withKeys(base, { "dakar2026:auditorAccounts": JSON.stringify(["5098765432109876"]) }));
        expect(c).toMatchObject({
            accountId: ACCOUNT,
            accountOwner: false,
            operatorAccounts: [ACCOUNT],
            auditorAccounts: [ACCOUNT, "5098765432109876"],
            ci: { issuer: "https://token.actions.githubusercontent.com", audience: "sts.aliyuncs.com" },
        });
        expect(c.account).toBeUndefined();
    });
    it("read the owner's fingerprints and the alerts' action policy", () => {
        expect(parse(owner).account).toEqual({ oidcFingerprints: ["6938fd4d98bab03faadb97b34396831e3780aea1"], alertActionPolicy: "dakar2026-oncall", adoptCiBootstrap: false });
    });
    it.each([
        [{ "dakar2026:accountId": "" }, "dakar2026:accountId is required where the stack deploys the identity layer: an Alibaba Cloud account UID, 16 digits (aliyun sts GetCallerIdentity prints it as AccountId)"],
        [{ "dakar2026:accountId": "12345" }, 'dakar2026:accountId "12345" is not allowed: an Alibaba Cloud account UID, 16 digits (aliyun sts GetCallerIdentity prints it as AccountId)'],
        [{ "dakar2026:accountOwner": "yes" }, 'dakar2026:accountOwner "yes" is not allowed: true or false'],
        [{ "dakar2026:ciDeployerSubject": "" }, "dakar2026:ciDeployerSubject is required where the stack deploys the identity layer: the exact `sub` claim of the CI's token, e.g. repo:<owner>/<repository>:environment:<name> (no spaces, no wildcard)"],
        [{ "dakar2026:ciDeployerSubject": "repo:senum-sa/*" }, 'dakar2026:ciDeployerSubject "repo:senum-sa/*" is not allowed: the exact `sub` claim of the CI\'s token, e.g. repo:<owner>/<repository>:environment:<name> (no spaces, no wildcard)'],
        [{ "dakar2026:ciPreviewerSubject": "repo:senum-sa/dakar2026-infra:environment:prod" }, 'dakar2026:ciPreviewerSubject "repo:senum-sa/dakar2026-infra:environment:prod" is also dakar2026:ciDeployerSubject; allowed: a subject of its own, or every pull request could deploy'],
        [{ "dakar2026:ciOidcIssuer": "http://token.actions.githubusercontent.com" }, 'dakar2026:ciOidcIssuer "http://token.actions.githubusercontent.com" is not allowed: an https URL without a trailing slash, exactly the tokens\' iss claim, e.g. https://token.actions.githubusercontent.com'],
        [{ "dakar2026:ciOidcAudience": "any audience" }, 'dakar2026:ciOidcAudience "any audience" is not allowed: the tokens\' aud claim (the OIDC provider\'s client id): letters, digits and . _ : / -, at most 128 characters'],
        [{ "dakar2026:operatorAccounts": JSON.stringify(["*"]) }, 'dakar2026:operatorAccounts contains "*", which is not allowed: an Alibaba Cloud account UID, 16 digits (aliyun sts GetCallerIdentity prints it as AccountId)'],
        [{ "dakar2026:auditorAccounts": JSON.stringify([ACCOUNT]) }, `dakar2026:auditorAccounts contains "${ACCOUNT}", this stack's own account (dakar2026:accountId), which is always trusted; remove it`],
        [{ "dakar2026:trailAlertActionPolicy": "oncall" }, "dakar2026:trailAlertActionPolicy is set but dakar2026:accountOwner is false: only the stack that owns the account reads it; remove it"],
        [{ "dakar2026:adoptCiBootstrap": "true" }, "dakar2026:adoptCiBootstrap is set but dakar2026:accountOwner is false: only the stack that owns the account reads it; remove it"],
    ])("refuse %j in one line", (change, message) => {
        expect(error(withKeys(base, change))).toBe(message);
    });
    it.each([
        [{ "dakar2026:ciOidcFingerprints": "[]" }, "dakar2026:ciOidcFingerprints has 0 fingerprint(s); the stack owns the account (dakar2026:accountOwner) and creates the OIDC provider, which needs 1 to 5 (docs/runbooks/bootstrap-ci-identity.md says how to read them)"],
        [{ "dakar2026:ciOidcFingerprints": JSON.stringify(["abc"]) }, 'dakar2026:ciOidcFingerprints contains "abc", which is not allowed: 40 hexadecimal digits (a SHA-1 fingerprint)'],
        [{ "dakar2026:adoptCiBootstrap": "yes" }, 'dakar2026:adoptCiBootstrap "yes" is not allowed: true or false'],
        [{ "dakar2026:trailAlertActionPolicy": "" }, "dakar2026:trailAlertActionPolicy is required where the stack owns the account: the id of the Log Service action policy the trail's alerts notify"],
        [{ "dakar2026:layers": JSON.stringify(["keys", "network", "storage"]) }, 'dakar2026:accountOwner is true but dakar2026:layers ["keys","network","storage"] leaves out identity, which holds the account-wide resources; allowed: add identity, or set accountOwner false'],
    ])("refuse, in the owner's stack, %j in one line", (change, message) => {
        expect(error(withKeys(owner, change))).toBe(message);
    });
});
