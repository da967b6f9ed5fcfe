/**
 * The keys layer: one customer-managed KMS key per kind of data (logs, storage, disks, databases),
 * rotated automatically, and the RAM roles through which Log Service, RDS and ECS use them. Every
 * layer above encrypts with these keys, so they come first and outlive everything else.
 */
import * as kms from "@pulumi/alicloud/kms";
import * as ram from "@pulumi/alicloud/ram";
import * as pulumi from "@pulumi/pulumi";
import { cloudName, resourceTags } from "../core/names";
import type { CoreSettings } from "../core/settings";
import { deletionProtectionFlag, statefulOptions } from "../core/stateful";
import type { KeysConfig } from "./config";
import { KEY_PURPOSES, KEY_SERVICES, KeyPurpose, KeyService, KeysOutputs } from "./outputs";

const COMPONENT = "keys";

/** Default (non-instance) KMS keys rotate on a fixed yearly period; it is the only value they accept. */
export const ROTATION_INTERVAL = "365d";

/** Only what a service needs to encrypt and decrypt with one key: no management, no other key. */
export const KEY_USE_ACTIONS = ["kms:Encrypt", "kms:Decrypt", "kms:GenerateDataKey", "kms:DescribeKey"] as const;

const PURPOSE_TEXT: Readonly<Record<KeyPurpose, string>> = {
    logs: "Log Service logstores (flow logs, audit trail, app logs)",
    storage: "OSS buckets (media, static site, logs, backups)",
    disks: "ECS system and data disks of the app servers",
    databases: "RDS and Tair/Redis data, and the KMS secrets holding their credentials",
};

export interface KeysArgs {
    readonly core: CoreSettings;
    readonly config: KeysConfig;
}

export class Keys extends pulumi.ComponentResource implements KeysOutputs {
    public readonly keyIds: Readonly<Record<KeyPurpose, pulumi.Output<string>>>;
    public readonly keyArns: Readonly<Record<KeyPurpose, pulumi.Output<string>>>;
    public readonly serviceRoleArns: Readonly<Record<KeyService, pulumi.Output<string>>>;

    constructor(name: string, args: KeysArgs, opts?: pulumi.ComponentResourceOptions) {
        super("dakar2026:keys:Keys", name, {}, opts);
        const { core, config } = args;
        // A key is the most stateful resource there is: destroying it destroys every byte encrypted with it.
        const keep = statefulOptions(this, core.profile);

        const keys = {} as Record<KeyPurpose, kms.Key>;
        for (const purpose of KEY_PURPOSES) {
            keys[purpose] = new kms.Key(
                `${name}-${purpose}`,
                {
                    description: `Dakar 2026 ${core.environment}: encrypts ${PURPOSE_TEXT[purpose]}`,
                    keySpec: "Aliyun_AES_256",
                    keyUsage: "ENCRYPT/DECRYPT",
                    origin: "Aliyun_KMS",
                    protectionLevel: "SOFTWARE",
                    automaticRotation: "Enabled",
                    rotationInterval: ROTATION_INTERVAL,
                    pendingWindowInDays: config.profile.pendingWindowInDays,
                    deletionProtection: deletionProtectionFlag(core.profile),
                    ...(core.profile.protect
                        ? { deletionProtectionDescription: "Data encrypted with this key is lost with it; lift only to decommission the environment." }
                        : {}),
                    tags: resourceTags(core, COMPONENT, "internal"),
                },
                keep,
            );
        }

        const roles = {} as Record<KeyService, ram.Role>;
        for (const [service, { principal, key }] of Object.entries(KEY_SERVICES) as [KeyService, (typeof KEY_SERVICES)[KeyService]][]) {
            const role = new ram.Role(
                `${name}-role-${service}`,
                {
                    roleName: cloudName(core, COMPONENT, `${service}-role`),
                    description: `Assumed by ${principal} to encrypt with the ${key} key of Dakar 2026 ${core.environment}`,
                    assumeRolePolicyDocument: JSON.stringify({
                        Version: "1",
                        Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { Service: [principal] } }],
                    }),
                    maxSessionDuration: 3600,
                    tags: resourceTags(core, COMPONENT, "internal"),
                },
                { parent: this },
            );
            const policy = new ram.Policy(
                `${name}-policy-${service}`,
                {
                    policyName: cloudName(core, COMPONENT, `${service}-use-${key}-key`),
                    description: `Lets ${principal} use the ${key} key and nothing else`,
                    policyDocument: keys[key].arn.apply((arn) =>
                        JSON.stringify({ Version: "1", Statement: [{ Effect: "Allow", Action: [...KEY_USE_ACTIONS], Resource: [arn] }] }),
                    ),
                    tags: resourceTags(core, COMPONENT, "internal"),
                },
                { parent: this },
            );
            new ram.RolePolicyAttachment(
                `${name}-attach-${service}`,
                { roleName: role.roleName, policyName: policy.policyName, policyType: "Custom" },
                { parent: this },
            );
            roles[service] = role;
        }

        this.keyIds = Object.fromEntries(KEY_PURPOSES.map((p) => [p, keys[p].id])) as Record<KeyPurpose, pulumi.Output<string>>;
        this.keyArns = Object.fromEntries(KEY_PURPOSES.map((p) => [p, keys[p].arn])) as Record<KeyPurpose, pulumi.Output<string>>;
        this.serviceRoleArns = Object.fromEntries(
            (Object.keys(KEY_SERVICES) as KeyService[]).map((s) => [s, roles[s].arn]),
        ) as Record<KeyService, pulumi.Output<string>>;
        this.registerOutputs({ keyIds: this.keyIds, keyArns: this.keyArns, serviceRoleArns: this.serviceRoleArns });
    }
}

/** The outputs contract, for the composition (which may import a layer only through its index). */
export type { KeysOutputs } from "./outputs";
