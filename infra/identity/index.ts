/**
 * The identity layer: the environment's roles (deployer and previewer for the CI through OIDC,
 * operator and auditor for people), each with least-privilege policies built from the
 * type-to-actions map; and, only in the stack that owns the account, the account-wide baseline:
 * password policy, MFA at console login, the CI's OIDC provider, and the all-regions ActionTrail
 * trail into the logs bucket and an encrypted Log Service logstore, with alerts on the events that
 * matter.
 */
import * as actiontrail from "@pulumi/alicloud/actiontrail";
import * as ims from "@pulumi/alicloud/ims";
import * as log from "@pulumi/alicloud/log";
import * as ram from "@pulumi/alicloud/ram";
import * as pulumi from "@pulumi/pulumi";
import { key, SettingsError } from "../core/config";
import { encryptedLogStoreArgs } from "../core/logstore";
import { cloudName, PROJECT, resourceTags } from "../core/names";
import type { CoreSettings } from "../core/settings";
import { statefulOptions } from "../core/stateful";
import type { KeysOutputs } from "../keys/outputs";
import { BUCKET_CLASSIFICATION, BUCKET_ROLES, StorageOutputs } from "../storage/outputs";
import type { ActionScope } from "./actions";
import type { IdentityConfig } from "./config";
import { PermissionStatement, packDocuments, PolicyDocument, serialise, TrustStatement } from "./documents";
import { AuditTrail, IdentityOutputs, OIDC_PROVIDER_NAME, oidcProviderArn, ROLE_KINDS, RoleKind, TRAIL_DELIVERY_ROLE, trailDeliveryRoleArn } from "./outputs";
import { accountTrust, oidcTrust, PERSONAL, personalObjectsDeny, roleStatements } from "./roles";
import { TRAIL_ALERTS } from "./alerts";

const COMPONENT = "identity";

/** Prefix of the trail's objects in the logs bucket (ActionTrail wants 6 to 32 characters, starting with a letter). */
export const TRAIL_BUCKET_PREFIX = "actiontrail";

/** ActionTrail delivers into a logstore it names `actiontrail_<trail name>`; the layer creates it first, encrypted. */
export const trailLogstoreName = (trailName: string): string => `actiontrail_${trailName}`;

const ROLE_TEXT: Readonly<Record<RoleKind, string>> = {
    deployer: "the CI's deployments (pulumi up) of this environment, through OIDC",
    previewer: "the CI's previews of pull requests (pulumi preview), read-only, through OIDC",
    operator: "operators: operate and restore, no RAM changes",
    auditor: "auditors: read configuration, logs and the trail; no object of a personal-data bucket",
};

/**
 * Stops a deployment whose `dakar2026:accountId` is not the account it deploys into (read from a
 * role the keys layer made there): every trust and ARN of this layer would name another account.
 */
export function checkAccount(accountId: string, roleArnInAccount: string): void {
    const actual = /^acs:ram::(\d+):/.exec(roleArnInAccount)?.[1];
    if (actual !== undefined && actual !== accountId) {
        throw new SettingsError(`${key("accountId")} ${JSON.stringify(accountId)} is not the account this stack deploys into (${actual}); allowed: ${actual}`);
    }
}

export interface IdentityArgs {
    readonly core: CoreSettings;
    readonly config: IdentityConfig;
    /** The logs key and the role Log Service assumes to use it (the trail's logstore). */
    readonly keys: Pick<KeysOutputs, "keyIds" | "serviceRoleArns">;
    /** The buckets: the auditor's Deny names the personal ones, the trail writes into the logs bucket. */
    readonly storage: Pick<StorageOutputs, "bucketNames">;
    readonly uniqueSuffix: pulumi.Input<string>;
}

export class Identity extends pulumi.ComponentResource implements IdentityOutputs {
    public readonly roleArns: Readonly<Record<RoleKind, pulumi.Output<string>>>;
    public readonly roleNames: Readonly<Record<RoleKind, pulumi.Output<string>>>;
    public readonly oidcProviderArn: string;
    public readonly accountOwner: boolean;
    public readonly auditTrail?: AuditTrail;

    constructor(name: string, args: IdentityArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:identity:Identity", name, {}, opts);
        const { core, config, keys, storage } = args;
        const parent = { parent: this };
        const tags = resourceTags(core, COMPONENT, "internal");
        const providerArn = oidcProviderArn(config.accountId);
        const scope: ActionScope = {
            accountId: config.accountId,
            region: core.region,
            namePrefix: `${PROJECT}-${core.environment}-`,
            oidcProviderName: OIDC_PROVIDER_NAME,
            trailDeliveryRole: TRAIL_DELIVERY_ROLE,
        };
        const trusts: Readonly<Record<RoleKind, PolicyDocument<TrustStatement>>> = {
            deployer: oidcTrust({ providerArn, issuer: config.ci.issuer, audience: config.ci.audience, subject: config.ci.deployerSubject }),
            previewer: oidcTrust({ providerArn, issuer: config.ci.issuer, audience: config.ci.audience, subject: config.ci.previewerSubject }),
            operator: accountTrust(config.operatorAccounts),
            auditor: accountTrust(config.auditorAccounts),
        };

        // What the bootstrap made by hand is adopted, not created (docs/runbooks/bootstrap-ci-identity.md):
        // the same names, the same documents; tags and descriptions are set by the next update.
        const adopt = config.account?.adoptCiBootstrap === true;
        const adopted = (kind: RoleKind, id: string): pulumi.CustomResourceOptions =>
            adopt && kind === "deployer" ? { import: id, ignoreChanges: ["tags", "description"] } : {};
        const roles = {} as Record<RoleKind, ram.Role>;
        for (const kind of ROLE_KINDS) {
            const role = new ram.Role(
                `${name}-role-${kind}`,
                {
                    roleName: cloudName(core, COMPONENT, kind),
                    description: `Dakar 2026 ${core.environment}: ${ROLE_TEXT[kind]}`,
                    assumeRolePolicyDocument: serialise(trusts[kind]),
                    maxSessionDuration: config.profile.sessionSeconds,
                    tags,
                },
                { ...parent, ...adopted(kind, cloudName(core, COMPONENT, kind)) },
            );
            roles[kind] = role;
            // The personal buckets' Deny is added apart (below): its ARNs are only known once the buckets are named.
            const documents = packDocuments(roleStatements(kind, scope, config.accountOwner, []));
            documents.forEach((doc, i) =>
                this.grant(name, core, role, `${kind}-${i + 1}`, `${ROLE_TEXT[kind]} (${i + 1} of ${documents.length})`, doc, tags, adopt && kind === "deployer"),
            );
        }
        const personal = BUCKET_ROLES.filter((r) => PERSONAL.includes(BUCKET_CLASSIFICATION[r]));
        this.grant(
            name,
            core,
            roles.auditor,
            "auditor-no-personal-objects",
            `no read of objects in the ${personal.join(" and ")} buckets (personal data)`,
            pulumi.all([keys.serviceRoleArns.log, ...personal.map((r) => storage.bucketNames[r])]).apply(([roleArn, ...names]): PolicyDocument<PermissionStatement> => {
                checkAccount(config.accountId, roleArn);
                return { Version: "1", Statement: personalObjectsDeny(config.accountId, names) };
            }),
            tags,
        );

        if (config.account !== undefined) this.auditTrail = this.account(name, core, config, keys, storage, args.uniqueSuffix);

        this.oidcProviderArn = providerArn;
        this.accountOwner = config.accountOwner;
        this.roleArns = Object.fromEntries(ROLE_KINDS.map((k) => [k, roles[k].arn])) as Record<RoleKind, pulumi.Output<string>>;
        this.roleNames = Object.fromEntries(ROLE_KINDS.map((k) => [k, roles[k].roleName])) as Record<RoleKind, pulumi.Output<string>>;
        this.registerOutputs({ roleArns: this.roleArns, roleNames: this.roleNames, oidcProviderArn: this.oidcProviderArn, accountOwner: this.accountOwner });
    }

    /** One custom policy holding `doc`, attached to `role`. */
    private grant(
        name: string,
        core: CoreSettings,
        role: ram.Role,
        purpose: string,
        what: string,
        doc: pulumi.Input<PolicyDocument<PermissionStatement>>,
        tags: Record<string, string>,
        adopt = false,
    ): void {
        const policyName = cloudName(core, COMPONENT, purpose);
        const roleName = role.roleName;
        const policy = new ram.Policy(
            `${name}-policy-${purpose}`,
            {
                policyName,
                description: `Dakar 2026 ${core.environment}: ${what}`,
                policyDocument: pulumi.output(doc).apply((d) => serialise(d)),
                tags,
            },
            { parent: this, ...(adopt ? { import: policyName, ignoreChanges: ["tags", "description"] } : {}) },
        );
        // The attachment's id is role:<policy>:<type>:<role> (the provider's import format).
        const roleId = cloudName(core, COMPONENT, "deployer");
        new ram.RolePolicyAttachment(
            `${name}-attach-${purpose}`,
            { roleName, policyName: policy.policyName, policyType: "Custom" },
            { parent: this, ...(adopt ? { import: `role:${policyName}:Custom:${roleId}` } : {}) },
        );
    }

    /**
     * The account-wide baseline, in the one stack that owns the account. The account's settings, its
     * OIDC provider and its trail are retained on delete: they outlive any stack that declares them,
     * so that no `pulumi destroy` resets the account's rules, locks the CI out or stops the trail
     * (docs/decisions/0013). The trail's project and logstore hold data and are protected as the
     * profile says.
     */
    private account(
        name: string,
        core: CoreSettings,
        config: IdentityConfig,
        keys: IdentityArgs["keys"],
        storage: IdentityArgs["storage"],
        suffix: pulumi.Input<string>,
    ): AuditTrail {
        const account = config.account;
        if (account === undefined) throw new Error("identity: the account-wide resources need the account settings");
        const keep = statefulOptions(this, core.profile);
        const outlive: pulumi.CustomResourceOptions = { parent: this, retainOnDelete: true };
        const p = config.profile.password;
        // ram.PasswordPolicy rather than ram.AccountPasswordPolicy: the latter resets the account's
        // policy to the provider's defaults when it is destroyed; the former leaves it as it is.
        new ram.PasswordPolicy(
            `${name}-password-policy`,
            {
                minimumPasswordLength: p.minimumLength,
                requireLowercaseCharacters: true,
                requireUppercaseCharacters: true,
                requireNumbers: true,
                requireSymbols: true,
                passwordReusePrevention: p.reusePrevention,
                maxPasswordAge: p.maxAgeDays,
                maxLoginAttemps: p.maxLoginAttempts,
                passwordNotContainUserName: true,
                hardExpiry: false,
            },
            outlive,
        );
        new ram.SecurityPreference(
            `${name}-security-preference`,
            {
                mfaOperationForLogin: "mandatory",
                // The project creates no access key; people sign in and assume roles.
                allowUserToManageAccessKeys: false,
                allowUserToManageMfaDevices: true,
                allowUserToChangePassword: true,
                enableSaveMfaTicket: false,
            },
            outlive,
        );
        new ims.OidcProvider(
            `${name}-ci-oidc`,
            {
                oidcProviderName: OIDC_PROVIDER_NAME,
                description: "The CI's identity: its jobs exchange their OIDC token for a role session, no stored key",
                issuerUrl: config.ci.issuer,
                clientIds: [config.ci.audience],
                fingerprints: [...account.oidcFingerprints],
                // Tokens older than an hour are refused, whatever their own expiry.
                issuanceLimitTime: 1,
            },
            { ...outlive, ...(account.adoptCiBootstrap ? { import: OIDC_PROVIDER_NAME, ignoreChanges: ["description"] } : {}) },
        );

        // Trail events name the people who act and the addresses they act from: personal data.
        const personal = resourceTags(core, COMPONENT, "personal");
        const trailName = cloudName(core, COMPONENT, "trail");
        const project = new log.Project(
            `${name}-trail-project`,
            {
                projectName: pulumi.interpolate`${cloudName(core, COMPONENT, "trail")}-${suffix}`,
                description: `ActionTrail events of the account (all regions, all events), Dakar 2026 ${core.environment}`,
                tags: personal,
            },
            keep,
        );
        const store = new log.Store(
            `${name}-trail-store`,
            encryptedLogStoreArgs(
                { projectName: project.projectName, logstoreName: trailLogstoreName(trailName), retentionDays: core.profile.logRetentionDays, shardCount: 2 },
                { keyId: keys.keyIds.logs, serviceRoleArn: keys.serviceRoleArns.log, region: core.region },
            ),
            keep,
        );
        const deliveryRole = trailDeliveryRoleArn(config.accountId);
        const trail = new actiontrail.Trail(
            `${name}-trail`,
            {
                trailName,
                trailRegion: "All",
                eventRw: "All",
                status: "Enable",
                isOrganizationTrail: false,
                ossBucketName: storage.bucketNames.logs,
                ossKeyPrefix: TRAIL_BUCKET_PREFIX,
                ossWriteRoleArn: deliveryRole,
                slsProjectArn: pulumi.interpolate`acs:log:${core.region}:${config.accountId}:project/${project.projectName}`,
                slsWriteRoleArn: deliveryRole,
            },
            // The store exists before the trail, so ActionTrail writes into it rather than creating its own.
            { ...outlive, dependsOn: [store] },
        );
        for (const alert of TRAIL_ALERTS) {
            new log.Alert(
                `${name}-alert-${alert.id}`,
                {
                    version: "2.0",
                    type: "default",
                    projectName: project.projectName,
                    alertName: `${trailName}-${alert.id}`,
                    alertDisplayname: alert.title,
                    alertDescription: alert.description,
                    schedule: { type: "FixedRate", interval: config.profile.alertInterval },
                    queryLists: [
                        {
                            store: store.logstoreName,
                            storeType: "log",
                            project: project.projectName,
                            region: core.region,
                            start: `-${config.profile.alertInterval}`,
                            end: "now",
                            query: `${alert.search} | select count(1) as events`,
                            powerSqlMode: "auto",
                        },
                    ],
                    severityConfigurations: [{ severity: alert.severity, evalCondition: { condition: "events > 0", count_condition: "" } }],
                    policyConfiguration: { alertPolicyId: "sls.builtin.dynamic", actionPolicyId: account.alertActionPolicy, repeatInterval: config.profile.alertInterval },
                    sendResolved: false,
                    noDataFire: false,
                },
                { parent: this },
            );
        }
        return { trailName: trail.trailName, project: project.projectName, logstore: store.logstoreName, bucket: storage.bucketNames.logs, bucketPrefix: TRAIL_BUCKET_PREFIX };
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { IdentityOutputs } from "./outputs";
