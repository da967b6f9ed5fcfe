import { ecsDiskAllEncryptedByKms } from "../../policies/rules/ecs/ecs-disk-all-encrypted-by-kms";
import { ecsDiskAutoSnapshotPolicy } from "../../policies/rules/ecs/ecs-disk-auto-snapshot-policy";
import { ecsDiskEncrypted } from "../../policies/rules/ecs/ecs-disk-encrypted";
import { ecsDiskInUse } from "../../policies/rules/ecs/ecs-disk-in-use";
import { ecsDiskRegionalAutoCheck } from "../../policies/rules/ecs/ecs-disk-regional-auto-check";
import { ecsDiskRetainAutoSnapshot } from "../../policies/rules/ecs/ecs-disk-retain-auto-snapshot";
import { ecsInstanceAttachedSecurityGroup } from "../../policies/rules/ecs/ecs-instance-attached-security-group";
import { ecsInstanceAutoRenewalEnabled } from "../../policies/rules/ecs/ecs-instance-auto-renewal-enabled";
import { ecsInstanceChargetypeCheck } from "../../policies/rules/ecs/ecs-instance-chargetype-check";
import { ecsInstanceDeletionProtectionEnabled } from "../../policies/rules/ecs/ecs-instance-deletion-protection-enabled";
import { ecsInstanceDisksEncrypted } from "../../policies/rules/ecs/ecs-instance-disks-encrypted";
import { ecsInstanceEnabledSecurityProtection } from "../../policies/rules/ecs/ecs-instance-enabled-security-protection";
import { ecsInstanceImageExpiredCheck } from "../../policies/rules/ecs/ecs-instance-image-expired-check";
import { ecsInstanceLoginUseKeypair } from "../../policies/rules/ecs/ecs-instance-login-use-keypair";
import { ecsInstanceMetaDataModeCheck } from "../../policies/rules/ecs/ecs-instance-meta-data-mode-check";
import { ecsInstanceMultipleEniCheck } from "../../policies/rules/ecs/ecs-instance-multiple-eni-check";
import { ecsInstanceNoPublicIp } from "../../policies/rules/ecs/ecs-instance-no-public-ip";
import { ecsInstanceRamRoleAttached } from "../../policies/rules/ecs/ecs-instance-ram-role-attached";
import { ecsInstancesInVpc } from "../../policies/rules/ecs/ecs-instances-in-vpc";
import { ecsInstanceTypeFamilyNotDeprecated } from "../../policies/rules/ecs/ecs-instance-type-family-not-deprecated";
import { ecsInternetChargeTypeCheck } from "../../policies/rules/ecs/ecs-internet-charge-type-check";
import { ecsInternetMaxBandwidthCheck } from "../../policies/rules/ecs/ecs-internetmaxbandwidth-check";
import { ecsLaunchTemplateNoPublicIp } from "../../policies/rules/ecs/ecs-launch-template-no-public-ip";
import { ecsLaunchTemplateSystemDiskEncrypted } from "../../policies/rules/ecs/ecs-launch-template-system-disk-encrypted";
import { ecsLaunchTemplateNetworkTypeCheck } from "../../policies/rules/ecs/ecs-launch-template-network-type-check";
import { ecsLaunchTemplateVersionAttachSecurityGroup } from "../../policies/rules/ecs/ecs-launch-template-version-attach-security-group";
import { ecsLaunchTemplateVersionDataDiskEncrypted } from "../../policies/rules/ecs/ecs-launch-template-version-data-disk-encrypted";
import { ecsLaunchTemplateVersionImageTypeCheck } from "../../policies/rules/ecs/ecs-launch-template-version-image-type-check";
import { ecsUserDataNoSecrets } from "../../policies/rules/ecs/ecs-user-data-no-secrets";
import { ecsSnapshotPolicyTimepointsCheck } from "../../policies/rules/ecs/ecs-snapshot-policy-timepoints-check";
import { ecsSnapshotRetentionDays } from "../../policies/rules/ecs/ecs-snapshot-retention-days";
import { ecsSystemDiskSizeCheck } from "../../policies/rules/ecs/ecs-system-disk-size-check";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const INSTANCE = "alicloud:ecs/instance:Instance";
const DISK = "alicloud:ecs/ecsDisk:EcsDisk";
const LEGACY_DISK = "alicloud:ecs/disk:Disk";
const SNAPSHOT_POLICY = "alicloud:ecs/autoSnapshotPolicy:AutoSnapshotPolicy";
const LAUNCH_TEMPLATE = "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate";
const LEGACY_LAUNCH_TEMPLATE = "alicloud:ecs/launchTemplate:LaunchTemplate";

/** Baselines: instance (id i-<name>), disk "data" (id d-data), launch template "lt", snapshot policy "daily"; inputs mutate them. */
const instance = (inputs: Record<string, unknown> = {}, name = "web") => baseline(INSTANCE, name, inputs, { id: `i-${name}` });
const disk = (inputs: Record<string, unknown> = {}, type = DISK) => baseline(type, "data", inputs, { id: "d-data" });
const template = (inputs: Record<string, unknown> = {}, type = LAUNCH_TEMPLATE) => baseline(type, "lt", inputs);
const configuration = (inputs: Record<string, unknown> = {}) => baseline("alicloud:ess/scalingConfiguration:ScalingConfiguration", "web", inputs);
const snapshotPolicy = (inputs: Record<string, unknown>) => baseline(SNAPSHOT_POLICY, "daily", inputs);

describe("ecs-instance-no-public-ip", () => {
    const eip = (refs = {}, instanceId = "i-web") =>
        baseline("alicloud:ecs/eipAssociation:EipAssociation", "assoc", { allocationId: "eip-1", instanceId }, { refs });

    it("accepts a private instance (bandwidth 0 or unset)", async () => {
        expect(await messages(ecsInstanceNoPublicIp, [instance(), instance({ internetMaxBandwidthOut: undefined }, "unset")])).toEqual([]);
    });
    it("accepts an EIP association that targets another instance", async () => {
        expect(await messages(ecsInstanceNoPublicIp, [instance(), eip({}, "i-other")])).toEqual([]);
    });
    it("flags allocatePublicIp", async () => {
        expect(await messages(ecsInstanceNoPublicIp, [instance({ allocatePublicIp: true })])).toEqual([
            'Instance "web" allocates a public IP (allocatePublicIp is true); remove allocatePublicIp.',
        ]);
    });
    it("flags public bandwidth", async () => {
        expect(await messages(ecsInstanceNoPublicIp, [instance({ internetMaxBandwidthOut: 10 })])).toEqual([
            'Instance "web" gets a public IP because internetMaxBandwidthOut is 10; set internetMaxBandwidthOut: 0.',
        ]);
    });
    it("flags an EIP association that refers to the instance", async () => {
        const web = instance();
        expect(await messages(ecsInstanceNoPublicIp, [web, eip({ instanceId: [web] }, "unknown-at-preview")])).toEqual([
            'Instance "web" is bound to eip-1 by EIP association "assoc"; remove the association.',
        ]);
    });
    it("flags an EIP association joined by id and says it in French", async () => {
        const [f] = await run(ecsInstanceNoPublicIp, [instance(), eip()]);
        expect(f.message.fr).toBe("L'instance « web » est liée à eip-1 par l'association d'EIP « assoc » ; supprimer l'association.");
        expect(f.urn).toBe(instance().urn);
    });
});

describe("ecs-internetmaxbandwidth-check", () => {
    it("accepts an unset or capped bandwidth", async () => {
        const r = [instance({ internetMaxBandwidthOut: undefined }), instance({ internetMaxBandwidthOut: 100 }, "b")];
        expect(await messages(ecsInternetMaxBandwidthCheck, r)).toEqual([]);
    });
    it("flags a bandwidth above the cap", async () => {
        expect(await messages(ecsInternetMaxBandwidthCheck, [instance({ internetMaxBandwidthOut: 200 })])).toEqual([
            'Instance "web" has internetMaxBandwidthOut 200 Mbit/s, above the cap of 100; set it to 100 or less.',
        ]);
    });
    it("takes its cap from policy config", async () => {
        const r = [instance({ internetMaxBandwidthOut: 20 })];
        expect(await messages(ecsInternetMaxBandwidthCheck, r, { config: { maxBandwidthOut: 10 } })).toEqual([
            'Instance "web" has internetMaxBandwidthOut 20 Mbit/s, above the cap of 10; set it to 10 or less.',
        ]);
    });
});

describe("ecs-instances-in-vpc", () => {
    it("accepts an instance in a vSwitch, or launched from a template", async () => {
        const fromTemplate = instance({ vswitchId: undefined, launchTemplateId: "lt-1" }, "lt");
        expect(await messages(ecsInstancesInVpc, [instance(), fromTemplate])).toEqual([]);
    });
    it("flags an instance without vSwitch or VPC", async () => {
        expect(await messages(ecsInstancesInVpc, [instance({ vswitchId: undefined })])).toEqual([
            'Instance "web" sets neither vswitchId nor vpcId, so it would run in the classic network; set vswitchId.',
        ]);
    });
});

describe("ecs-instance-attached-security-group", () => {
    it("accepts an instance with a security group", async () => {
        expect(await messages(ecsInstanceAttachedSecurityGroup, [instance()])).toEqual([]);
    });
    it("flags an empty securityGroups list", async () => {
        expect(await messages(ecsInstanceAttachedSecurityGroup, [instance({ securityGroups: [] })])).toEqual([
            'Instance "web" has no security group (securityGroups is empty); list at least one security group id.',
        ]);
    });
});

describe("ecs-instance-deletion-protection-enabled", () => {
    it("accepts protection, and exempts spot instances where it cannot work", async () => {
        const unprotectedSpot = instance({ spotStrategy: "SpotAsPriceGo", deletionProtection: undefined }, "spot");
        expect(await messages(ecsInstanceDeletionProtectionEnabled, [instance(), unprotectedSpot])).toEqual([]);
    });
    it("flags an unset flag", async () => {
        expect(await messages(ecsInstanceDeletionProtectionEnabled, [instance({ deletionProtection: undefined })])).toEqual([
            'Instance "web" has no deletion protection (deletionProtection is unset); set deletionProtection: true.',
        ]);
    });
    it("flags an explicit false", async () => {
        expect(await messages(ecsInstanceDeletionProtectionEnabled, [instance({ deletionProtection: false })])).toEqual([
            'Instance "web" has no deletion protection (deletionProtection is false); set deletionProtection: true.',
        ]);
    });
});

describe("ecs-instance-enabled-security-protection", () => {
    it("accepts unset and Active", async () => {
        const unset = instance({ securityEnhancementStrategy: undefined }, "b");
        expect(await messages(ecsInstanceEnabledSecurityProtection, [instance(), unset])).toEqual([]);
    });
    it("flags Deactive", async () => {
        expect(await messages(ecsInstanceEnabledSecurityProtection, [instance({ securityEnhancementStrategy: "Deactive" })])).toEqual([
            'Instance "web" turns security hardening off (securityEnhancementStrategy is "Deactive"); set it to "Active".',
        ]);
    });
});

describe("ecs-instance-login-use-keypair", () => {
    const attachment = (type: string, instanceIds: string[], refs = {}) => baseline(type, "kp", { keyPairName: "ops", instanceIds }, { refs });

    it("accepts keyName", async () => {
        expect(await messages(ecsInstanceLoginUseKeypair, [instance()])).toEqual([]);
    });
    it("accepts a key-pair attachment that refers to the instance", async () => {
        const web = instance({ keyName: undefined });
        const kp = attachment("alicloud:ecs/ecsKeyPairAttachment:EcsKeyPairAttachment", [], { instanceIds: [web] });
        expect(await messages(ecsInstanceLoginUseKeypair, [web, kp])).toEqual([]);
    });
    it("accepts the deprecated KeyPairAttachment joined by id", async () => {
        const kp = attachment("alicloud:ecs/keyPairAttachment:KeyPairAttachment", ["i-web"]);
        expect(await messages(ecsInstanceLoginUseKeypair, [instance({ keyName: undefined }), kp])).toEqual([]);
    });
    it("flags an instance without key pair even when another instance has one", async () => {
        const kp = attachment("alicloud:ecs/ecsKeyPairAttachment:EcsKeyPairAttachment", ["i-other"]);
        expect(await messages(ecsInstanceLoginUseKeypair, [instance({ keyName: undefined }), kp])).toEqual([
            'Instance "web" has no key pair (keyName is unset and no key-pair attachment refers to it); set keyName.',
        ]);
    });
});

describe("ecs-instance-meta-data-mode-check", () => {
    it("accepts required tokens", async () => {
        expect(await messages(ecsInstanceMetaDataModeCheck, [instance(), instance({ httpEndpoint: "enabled" }, "b")])).toEqual([]);
    });
    it("flags unset tokens (provider default optional)", async () => {
        expect(await messages(ecsInstanceMetaDataModeCheck, [instance({ httpTokens: undefined })])).toEqual([
            'Instance "web" accepts metadata requests without a token (httpTokens is unset); set httpTokens: "required".',
        ]);
    });
    it("flags optional tokens", async () => {
        expect(await messages(ecsInstanceMetaDataModeCheck, [instance({ httpTokens: "optional" })])).toEqual([
            'Instance "web" accepts metadata requests without a token (httpTokens is optional); set httpTokens: "required".',
        ]);
    });
    it("flags a disabled metadata endpoint", async () => {
        expect(await messages(ecsInstanceMetaDataModeCheck, [instance({ httpEndpoint: "disabled" })])).toEqual([
            'Instance "web" disables the metadata service (httpEndpoint is "disabled"); '
                + 'set httpEndpoint: "enabled" with httpTokens: "required".',
        ]);
    });
});

describe("ecs-instance-ram-role-attached", () => {
    it("accepts the deprecated roleName", async () => {
        expect(await messages(ecsInstanceRamRoleAttached, [instance()])).toEqual([]);
    });
    it("accepts an ecs.RamRoleAttachment that refers to the instance", async () => {
        const web = instance({ roleName: undefined });
        const att = baseline("alicloud:ecs/ramRoleAttachment:RamRoleAttachment", "role", { ramRoleName: "web-role", instanceId: "x" }, {
            refs: { instanceId: [web] },
        });
        expect(await messages(ecsInstanceRamRoleAttached, [web, att])).toEqual([]);
    });
    it("accepts a ram.RoleAttachment listing the instance id", async () => {
        const att = baseline("alicloud:ram/roleAttachment:RoleAttachment", "role", { roleName: "web-role", instanceIds: ["i-web"] });
        expect(await messages(ecsInstanceRamRoleAttached, [instance({ roleName: undefined }), att])).toEqual([]);
    });
    it("flags an instance whose role attachment targets another instance", async () => {
        const att = baseline("alicloud:ecs/ramRoleAttachment:RamRoleAttachment", "role", { ramRoleName: "web-role", instanceId: "i-other" });
        expect(await messages(ecsInstanceRamRoleAttached, [instance({ roleName: undefined }), att])).toEqual([
            'Instance "web" has no RAM role (no roleName and no RAM role attachment refers to it); '
                + "attach one with alicloud.ecs.RamRoleAttachment.",
        ]);
    });
});

describe("ecs-instance-image-expired-check", () => {
    it("accepts a supported image, and an instance taking its image from a launch template", async () => {
        const fromTemplate = instance({ imageId: undefined, launchTemplateName: "web" }, "lt");
        expect(await messages(ecsInstanceImageExpiredCheck, [instance(), fromTemplate])).toEqual([]);
    });
    it("flags a missing image", async () => {
        expect(await messages(ecsInstanceImageExpiredCheck, [instance({ imageId: "" })])).toEqual([
            'Instance "web" does not set imageId; name a supported image.',
        ]);
    });
    it("flags an end-of-life image", async () => {
        expect(await messages(ecsInstanceImageExpiredCheck, [instance({ imageId: "centos_6_10_x64_20G_alibase_20201120.vhd" })])).toEqual([
            'Instance "web" uses end-of-life image "centos_6_10_x64_20G_alibase_20201120.vhd" (prefix centos_6); '
                + "switch to a supported image.",
        ]);
    });
    it("takes its prefixes from policy config", async () => {
        const r = [instance({ imageId: "centos_7_9_x64_20G_alibase_20240628.vhd" })];
        expect(await messages(ecsInstanceImageExpiredCheck, r, { config: { expiredImagePrefixes: ["CentOS_7"] } })).toEqual([
            'Instance "web" uses end-of-life image "centos_7_9_x64_20G_alibase_20240628.vhd" (prefix CentOS_7); '
                + "switch to a supported image.",
        ]);
    });
});

describe("ecs-instance-type-family-not-deprecated", () => {
    it("accepts a current family", async () => {
        expect(await messages(ecsInstanceTypeFamilyNotDeprecated, [instance()])).toEqual([]);
    });
    it("flags a retired family", async () => {
        expect(await messages(ecsInstanceTypeFamilyNotDeprecated, [instance({ instanceType: "ecs.n1.small" })])).toEqual([
            'Instance "web" uses instance type "ecs.n1.small" from retired family ecs.n1.*; choose a current family.',
        ]);
    });
    it("takes its families from policy config", async () => {
        const r = [instance({ instanceType: "ecs.sn1ne.large" })];
        expect(await messages(ecsInstanceTypeFamilyNotDeprecated, r, { config: { retiredFamilies: ["ecs.sn1ne."] } })).toEqual([
            'Instance "web" uses instance type "ecs.sn1ne.large" from retired family ecs.sn1ne.*; choose a current family.',
        ]);
    });
});

describe("ecs-instance-chargetype-check", () => {
    it("accepts unset (PostPaid) and PostPaid", async () => {
        expect(await messages(ecsInstanceChargetypeCheck, [instance({ instanceChargeType: undefined }), instance({}, "b")])).toEqual([]);
    });
    it("flags a subscription", async () => {
        expect(await messages(ecsInstanceChargetypeCheck, [instance({ instanceChargeType: "PrePaid" })])).toEqual([
            'Instance "web" is billed "PrePaid"; set instanceChargeType to one of PostPaid.',
        ]);
    });
    it("takes the approved values from policy config", async () => {
        const r = [instance({ instanceChargeType: "PrePaid" })];
        expect(await messages(ecsInstanceChargetypeCheck, r, { config: { allowedChargeTypes: ["PostPaid", "PrePaid"] } })).toEqual([]);
    });
});

describe("ecs-internet-charge-type-check", () => {
    it("accepts PayByTraffic and unset (PayByTraffic)", async () => {
        expect(await messages(ecsInternetChargeTypeCheck, [instance(), instance({ internetChargeType: undefined }, "b")])).toEqual([]);
    });
    it("flags PayByBandwidth", async () => {
        expect(await messages(ecsInternetChargeTypeCheck, [instance({ internetChargeType: "PayByBandwidth" })])).toEqual([
            'Instance "web" has internetChargeType "PayByBandwidth"; set it to one of PayByTraffic.',
        ]);
    });
    it("takes the approved values from policy config", async () => {
        const r = [instance()];
        expect(await messages(ecsInternetChargeTypeCheck, r, { config: { allowedInternetChargeTypes: ["PayByBandwidth"] } })).toEqual([
            'Instance "web" has internetChargeType "PayByTraffic"; set it to one of PayByBandwidth.',
        ]);
    });
});

describe("ecs-instance-auto-renewal-enabled", () => {
    it("accepts pay-as-you-go, and PrePaid with AutoRenewal", async () => {
        const prepaid = instance({ instanceChargeType: "PrePaid", renewalStatus: "AutoRenewal" }, "b");
        expect(await messages(ecsInstanceAutoRenewalEnabled, [instance(), prepaid])).toEqual([]);
    });
    it("flags PrePaid without renewal status", async () => {
        expect(await messages(ecsInstanceAutoRenewalEnabled, [instance({ instanceChargeType: "PrePaid" })])).toEqual([
            'PrePaid instance "web" does not renew automatically (renewalStatus is unset); set renewalStatus: "AutoRenewal".',
        ]);
    });
    it("flags PrePaid with NotRenewal", async () => {
        const r = [instance({ instanceChargeType: "PrePaid", renewalStatus: "NotRenewal" })];
        expect(await messages(ecsInstanceAutoRenewalEnabled, r)).toEqual([
            'PrePaid instance "web" does not renew automatically (renewalStatus is NotRenewal); set renewalStatus: "AutoRenewal".',
        ]);
    });
});

describe("ecs-system-disk-size-check", () => {
    it("accepts unset and 40 GiB", async () => {
        expect(await messages(ecsSystemDiskSizeCheck, [instance({ systemDiskSize: undefined }), instance({}, "b")])).toEqual([]);
    });
    it("flags a small system disk", async () => {
        expect(await messages(ecsSystemDiskSizeCheck, [instance({ systemDiskSize: 20 })])).toEqual([
            'Instance "web" has a 20 GiB system disk, below the minimum of 40 GiB; set systemDiskSize to 40 or more.',
        ]);
    });
    it("takes its minimum from policy config", async () => {
        expect(await messages(ecsSystemDiskSizeCheck, [instance()], { config: { minSystemDiskSize: 60 } })).toEqual([
            'Instance "web" has a 40 GiB system disk, below the minimum of 60 GiB; set systemDiskSize to 60 or more.',
        ]);
    });
});

describe("ecs-instance-multiple-eni-check", () => {
    const ENI_ATT = "alicloud:ecs/ecsNetworkInterfaceAttachment:EcsNetworkInterfaceAttachment";
    const eniAttachment = (name: string, instanceId: string, refs = {}) =>
        baseline(ENI_ATT, name, { instanceId, networkInterfaceId: `eni-${name}` }, { refs });

    it("accepts an instance with its primary ENI only", async () => {
        expect(await messages(ecsInstanceMultipleEniCheck, [instance(), eniAttachment("a", "i-other")])).toEqual([]);
    });
    it("flags an inline secondary ENI", async () => {
        expect(await messages(ecsInstanceMultipleEniCheck, [instance({ networkInterfaces: { vswitchId: "vsw-2" } })])).toEqual([
            'Instance "web" has 2 network interfaces, more than the 1 allowed; remove the secondary ENIs.',
        ]);
    });
    it("flags ENI attachments that refer to the instance", async () => {
        const web = instance();
        const vpcAtt = baseline("alicloud:vpc/networkInterfaceAttachment:NetworkInterfaceAttachment", "b", {
            instanceId: "i-web",
            networkInterfaceId: "eni-b",
        });
        expect(await messages(ecsInstanceMultipleEniCheck, [web, eniAttachment("a", "x", { instanceId: [web] }), vpcAtt])).toEqual([
            'Instance "web" has 3 network interfaces, more than the 1 allowed; remove the secondary ENIs.',
        ]);
    });
    it("takes its maximum from policy config", async () => {
        const r = [instance(), eniAttachment("a", "i-web")];
        expect(await messages(ecsInstanceMultipleEniCheck, r, { config: { maxNetworkInterfaces: 2 } })).toEqual([]);
    });
});

describe("ecs-disk-encrypted", () => {
    it("accepts an encrypted disk and a disk restored from a snapshot", async () => {
        const fromSnapshot = baseline(LEGACY_DISK, "restored", { encrypted: undefined, snapshotId: "s-1" });
        expect(await messages(ecsDiskEncrypted, [disk(), fromSnapshot])).toEqual([]);
    });
    it("flags an unset flag", async () => {
        expect(await messages(ecsDiskEncrypted, [disk({ encrypted: undefined })])).toEqual([
            'Disk "data" is not encrypted (encrypted is unset); set encrypted: true.',
        ]);
    });
    it("flags encrypted: false on the deprecated ecs.Disk", async () => {
        expect(await messages(ecsDiskEncrypted, [disk({ encrypted: false }, LEGACY_DISK)])).toEqual([
            'Disk "data" is not encrypted (encrypted is false); set encrypted: true.',
        ]);
    });
    it("says it in French", async () => {
        const [f] = await run(ecsDiskEncrypted, [disk({ encrypted: false })]);
        expect(f.message.fr).toBe("Le disque « data » n'est pas chiffré (encrypted vaut false) ; fixer encrypted à true.");
    });
});

describe("ecs-disk-all-encrypted-by-kms", () => {
    it("accepts a disk encrypted with a CMK", async () => {
        expect(await messages(ecsDiskAllEncryptedByKms, [disk()])).toEqual([]);
    });
    it("flags an encrypted disk without kmsKeyId", async () => {
        expect(await messages(ecsDiskAllEncryptedByKms, [disk({ kmsKeyId: undefined })])).toEqual([
            'Disk "data" is not encrypted with a customer-managed KMS key (kmsKeyId is unset); set encrypted: true and kmsKeyId.',
        ]);
    });
    it("flags an unencrypted disk", async () => {
        expect(await messages(ecsDiskAllEncryptedByKms, [disk({ encrypted: undefined })])).toEqual([
            'Disk "data" is not encrypted with a customer-managed KMS key (encrypted is not true); set encrypted: true and kmsKeyId.',
        ]);
    });
});

describe("ecs-disk-auto-snapshot-policy", () => {
    const ATT = "alicloud:ecs/ecsAutoSnapshotPolicyAttachment:EcsAutoSnapshotPolicyAttachment";

    it("accepts an attachment that refers to the disk", async () => {
        const d = disk();
        const att = baseline(ATT, "att", { autoSnapshotPolicyId: "sp-1", diskId: "x" }, { refs: { diskId: [d] } });
        expect(await messages(ecsDiskAutoSnapshotPolicy, [d, att])).toEqual([]);
    });
    it("accepts the deprecated enableAutoSnapshot", async () => {
        expect(await messages(ecsDiskAutoSnapshotPolicy, [disk({ enableAutoSnapshot: true })])).toEqual([]);
    });
    it("flags a disk when the attachment targets another disk", async () => {
        const att = baseline(ATT, "att", { autoSnapshotPolicyId: "sp-1", diskId: "d-other" });
        expect(await messages(ecsDiskAutoSnapshotPolicy, [disk(), att])).toEqual([
            'Disk "data" has no automatic snapshot policy (no EcsAutoSnapshotPolicyAttachment refers to it); attach one.',
        ]);
    });
});

describe("ecs-disk-retain-auto-snapshot", () => {
    it("accepts unset and false", async () => {
        expect(await messages(ecsDiskRetainAutoSnapshot, [disk({ deleteAutoSnapshot: undefined }), disk({}, LEGACY_DISK)])).toEqual([]);
    });
    it("flags deleteAutoSnapshot: true", async () => {
        expect(await messages(ecsDiskRetainAutoSnapshot, [disk({ deleteAutoSnapshot: true })])).toEqual([
            'Disk "data" deletes its automatic snapshots when released (deleteAutoSnapshot is true); set deleteAutoSnapshot: false.',
        ]);
    });
});

describe("ecs-disk-in-use", () => {
    it("accepts a disk attached by reference, or created on an instance", async () => {
        const d = disk();
        const att = baseline("alicloud:ecs/ecsDiskAttachment:EcsDiskAttachment", "att", { diskId: "x", instanceId: "i-web" }, {
            refs: { diskId: [d] },
        });
        const onInstance = baseline(DISK, "sub", { instanceId: "i-web" });
        expect(await messages(ecsDiskInUse, [d, att, onInstance])).toEqual([]);
    });
    it("flags a disk whose only attachment targets another disk", async () => {
        const att = baseline("alicloud:ecs/diskAttachment:DiskAttachment", "att", { diskId: "d-other", instanceId: "i-web" });
        expect(await messages(ecsDiskInUse, [disk(), att])).toEqual([
            'Disk "data" is not attached to any instance (no instanceId and no disk attachment refers to it); attach it or delete it.',
        ]);
    });
});

describe("ecs-disk-regional-auto-check", () => {
    it("accepts a regional disk", async () => {
        expect(await messages(ecsDiskRegionalAutoCheck, [disk()])).toEqual([]);
    });
    it("flags the default category", async () => {
        expect(await messages(ecsDiskRegionalAutoCheck, [disk({ category: undefined })])).toEqual([
            'Disk "data" has zonal category "cloud_efficiency"; set category to cloud_regional_disk_auto.',
        ]);
    });
    it("takes the allowed categories from policy config", async () => {
        const r = [disk({ category: "cloud_essd" })];
        expect(await messages(ecsDiskRegionalAutoCheck, r, { config: { allowedCategories: ["cloud_essd"] } })).toEqual([]);
    });
});

describe("ecs-snapshot-retention-days", () => {
    it("accepts 7 days and permanent retention", async () => {
        const permanent = baseline("alicloud:ecs/snapshotPolicy:SnapshotPolicy", "forever", { retentionDays: -1 });
        expect(await messages(ecsSnapshotRetentionDays, [snapshotPolicy({}), permanent])).toEqual([]);
    });
    it("flags a short retention", async () => {
        expect(await messages(ecsSnapshotRetentionDays, [snapshotPolicy({ retentionDays: 3 })])).toEqual([
            'Snapshot policy "daily" keeps snapshots 3 days, fewer than 7; set retentionDays to -1 or at least 7.',
        ]);
    });
    it("takes its minimum from policy config", async () => {
        const r = [snapshotPolicy({})];
        expect(await messages(ecsSnapshotRetentionDays, r, { config: { minRetentionDays: 30 } })).toEqual([
            'Snapshot policy "daily" keeps snapshots 7 days, fewer than 30; set retentionDays to -1 or at least 30.',
        ]);
    });
});

describe("ecs-snapshot-policy-timepoints-check", () => {
    it("accepts hours inside the window", async () => {
        expect(await messages(ecsSnapshotPolicyTimepointsCheck, [snapshotPolicy({ timePoints: ["2", "5"] })])).toEqual([]);
    });
    it("flags hours outside the window", async () => {
        expect(await messages(ecsSnapshotPolicyTimepointsCheck, [snapshotPolicy({ timePoints: ["1", "3", "14"] })])).toEqual([
            'Snapshot policy "daily" starts snapshots at hour(s) 1, 14, outside the 2-5 window; move timePoints into the window.',
        ]);
    });
    it("takes its window from policy config", async () => {
        const r = [snapshotPolicy({ timePoints: ["3"] })];
        expect(await messages(ecsSnapshotPolicyTimepointsCheck, r, { config: { earliestHour: 0, latestHour: 2 } })).toEqual([
            'Snapshot policy "daily" starts snapshots at hour(s) 3, outside the 0-2 window; move timePoints into the window.',
        ]);
    });
});

describe("ecs-launch-template-version-data-disk-encrypted", () => {
    it("accepts encrypted data disks and a template without data disks", async () => {
        const lt = template({ dataDisks: [{ name: "logs", encrypted: true, kmsKeyId: "key-1" }] });
        const noDataDisk = template({ dataDisks: undefined }, LEGACY_LAUNCH_TEMPLATE);
        expect(await messages(ecsLaunchTemplateVersionDataDiskEncrypted, [lt, noDataDisk])).toEqual([]);
    });
    it("flags each unencrypted data disk, named or not", async () => {
        const lt = template({ dataDisks: [{ name: "logs", encrypted: true, kmsKeyId: "key-1" }, { name: "db", encrypted: false }, { size: 40 }] });
        expect(await messages(ecsLaunchTemplateVersionDataDiskEncrypted, [lt])).toEqual([
            'Launch template "lt" declares unencrypted data disk db (encrypted is false); set encrypted: true.',
            'Launch template "lt" declares unencrypted data disk #2 (encrypted is unset); set encrypted: true.',
        ]);
    });
    it("flags a data disk encrypted with the service key", async () => {
        const lt = template({ dataDisks: [{ name: "logs", encrypted: true }] }, LEGACY_LAUNCH_TEMPLATE);
        expect(await messages(ecsLaunchTemplateVersionDataDiskEncrypted, [lt])).toEqual([
            'Launch template "lt" encrypts data disk logs with the service key (kmsKeyId is unset); set kmsKeyId to the disks key.',
        ]);
    });
});

describe("ecs-launch-template-version-attach-security-group", () => {
    it("accepts securityGroupIds, securityGroupId or an ENI security group", async () => {
        const r = [
            template(),
            baseline(LEGACY_LAUNCH_TEMPLATE, "old"),
            baseline(LAUNCH_TEMPLATE, "eni", { securityGroupIds: undefined, networkInterfaces: { securityGroupId: "sg-1" } }),
        ];
        expect(await messages(ecsLaunchTemplateVersionAttachSecurityGroup, r)).toEqual([]);
    });
    it("flags a template without security group", async () => {
        expect(await messages(ecsLaunchTemplateVersionAttachSecurityGroup, [template({ securityGroupIds: [] })])).toEqual([
            'Launch template "lt" sets no security group (securityGroupId and securityGroupIds are empty); set securityGroupIds.',
        ]);
    });
});

describe("ecs-launch-template-network-type-check", () => {
    it("accepts vpc and unset", async () => {
        const r = [template(), baseline(LAUNCH_TEMPLATE, "b", { networkType: undefined })];
        expect(await messages(ecsLaunchTemplateNetworkTypeCheck, r)).toEqual([]);
    });
    it("flags classic", async () => {
        expect(await messages(ecsLaunchTemplateNetworkTypeCheck, [template({ networkType: "classic" })])).toEqual([
            'Launch template "lt" uses the classic network (networkType is "classic"); set networkType: "vpc".',
        ]);
    });
});

describe("ecs-launch-template-version-image-type-check", () => {
    it("accepts a template with imageId", async () => {
        expect(await messages(ecsLaunchTemplateVersionImageTypeCheck, [template()])).toEqual([]);
    });
    it("flags a template without imageId", async () => {
        expect(await messages(ecsLaunchTemplateVersionImageTypeCheck, [template({ imageId: undefined }, LEGACY_LAUNCH_TEMPLATE)])).toEqual([
            'Launch template "lt" does not set imageId; name the image its instances boot from.',
        ]);
    });
});

describe("ecs-instance-meta-data-mode-check on the other launch paths", () => {
    it("accepts templates that require tokens and a scaling configuration with the metadata service off", async () => {
        const r = [template(), template({}, LEGACY_LAUNCH_TEMPLATE), configuration()];
        expect(await messages(ecsInstanceMetaDataModeCheck, r)).toEqual([]);
    });
    it("flags a launch template with unset tokens", async () => {
        expect(await messages(ecsInstanceMetaDataModeCheck, [template({ httpTokens: undefined })])).toEqual([
            'Launch template "lt" accepts metadata requests without a token (httpTokens is unset); set httpTokens: "required".',
        ]);
    });
    it("flags a deprecated launch template with optional tokens, in French too", async () => {
        const [f] = await run(ecsInstanceMetaDataModeCheck, [template({ httpTokens: "optional" }, LEGACY_LAUNCH_TEMPLATE)]);
        expect(f.message.en).toBe('Launch template "lt" accepts metadata requests without a token (httpTokens is optional); set httpTokens: "required".');
        expect(f.message.fr).toBe(
            "Le modèle de lancement « lt » accepte les requêtes de métadonnées sans jeton (httpTokens vaut optional) ; fixer httpTokens à « required ».",
        );
    });
    it("flags a launch template that disables the metadata service", async () => {
        expect(await messages(ecsInstanceMetaDataModeCheck, [template({ httpEndpoint: "disabled" })])).toEqual([
            'Launch template "lt" disables the metadata service (httpEndpoint is "disabled"); set httpEndpoint: "enabled" with httpTokens: "required".',
        ]);
    });
    it("flags a scaling configuration whose metadata service answers without a token", async () => {
        const expected = 'Scaling configuration "web" leaves the metadata service open to requests without a token (a scaling configuration has '
            + 'no httpTokens input); launch the group from an ecs.EcsLaunchTemplate with httpTokens: "required".';
        expect(await messages(ecsInstanceMetaDataModeCheck, [configuration({ httpEndpoint: undefined })])).toEqual([expected]);
        expect(await messages(ecsInstanceMetaDataModeCheck, [configuration({ httpEndpoint: "enabled" })])).toEqual([expected]);
    });
});

describe("ecs-instance-enabled-security-protection on the other launch paths", () => {
    it("accepts Active and unset on templates and scaling configurations", async () => {
        const r = [template(), template({}, LEGACY_LAUNCH_TEMPLATE), configuration(), configuration({ securityEnhancementStrategy: "Active" })];
        expect(await messages(ecsInstanceEnabledSecurityProtection, r)).toEqual([]);
    });
    it("flags Deactive on a launch template", async () => {
        expect(await messages(ecsInstanceEnabledSecurityProtection, [template({ securityEnhancementStrategy: "Deactive" })])).toEqual([
            'Launch template "lt" turns security hardening off (securityEnhancementStrategy is "Deactive"); set it to "Active".',
        ]);
    });
    it("flags Deactive on a scaling configuration, in French too", async () => {
        const [f] = await run(ecsInstanceEnabledSecurityProtection, [configuration({ securityEnhancementStrategy: "Deactive" })]);
        expect(f.message.en).toBe('Scaling configuration "web" turns security hardening off (securityEnhancementStrategy is "Deactive"); set it to "Active".');
        expect(f.message.fr).toBe(
            "La configuration de mise à l'échelle « web » désactive le renforcement de sécurité (securityEnhancementStrategy vaut « Deactive ») ; "
                + "le fixer à « Active ».",
        );
    });
});

describe("ecs-launch-template-no-public-ip", () => {
    it("accepts no or zero public bandwidth", async () => {
        expect(await messages(ecsLaunchTemplateNoPublicIp, [template(), template({ internetMaxBandwidthOut: 0 }, LEGACY_LAUNCH_TEMPLATE)])).toEqual([]);
    });
    it("flags public bandwidth", async () => {
        expect(await messages(ecsLaunchTemplateNoPublicIp, [template({ internetMaxBandwidthOut: 5 })])).toEqual([
            'Launch template "lt" gives its instances a public IP (internetMaxBandwidthOut is 5); set internetMaxBandwidthOut: 0.',
        ]);
    });
});

describe("ecs-launch-template-system-disk-encrypted", () => {
    it("accepts a system disk encrypted with a customer key, on both template classes", async () => {
        expect(await messages(ecsLaunchTemplateSystemDiskEncrypted, [template(), template({}, LEGACY_LAUNCH_TEMPLATE)])).toEqual([]);
    });
    it("flags a template without systemDisk block", async () => {
        expect(await messages(ecsLaunchTemplateSystemDiskEncrypted, [template({ systemDisk: undefined })])).toEqual([
            'Launch template "lt" leaves its system disk unencrypted (systemDisk.encrypted is unset); set systemDisk.encrypted: true with systemDisk.kmsKeyId.',
        ]);
    });
    it("flags encrypted: false", async () => {
        expect(await messages(ecsLaunchTemplateSystemDiskEncrypted, [template({ systemDisk: { size: 40, encrypted: false } })])).toEqual([
            'Launch template "lt" leaves its system disk unencrypted (systemDisk.encrypted is false); set systemDisk.encrypted: true with systemDisk.kmsKeyId.',
        ]);
    });
    it("flags encryption with the service key", async () => {
        expect(await messages(ecsLaunchTemplateSystemDiskEncrypted, [template({ systemDisk: { size: 40, encrypted: true } })])).toEqual([
            'Launch template "lt" encrypts its system disk with the service key (systemDisk.kmsKeyId is unset); set systemDisk.kmsKeyId to the disks key.',
        ]);
    });
});

describe("ecs-user-data-no-secrets", () => {
    const script = [
        "#!/bin/sh",
        "DB_PASSWORD=$(aliyun kms GetSecretValue --SecretName dakar2026-prod-storage-db | jq -r .SecretData)",
        'export REDIS_PASSWORD="${REDIS_FROM_KMS}"',
        "DB_SECRET_NAME=dakar2026-prod-storage-db",
        "exec /opt/app/start",
    ].join("\n");
    const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");

    it("accepts user data that fetches its secrets at boot, plain or base64, on every launch path", async () => {
        const r = [instance({ userData: script }), template({ userData: b64(script) }), configuration({ userData: b64(script) }), template({}, LEGACY_LAUNCH_TEMPLATE)];
        expect(await messages(ecsUserDataNoSecrets, r)).toEqual([]);
    });
    it("flags a Pulumi secret in user data", async () => {
        expect(await messages(ecsUserDataNoSecrets, [template({ userData: "[secret]" })])).toEqual([
            'Launch template "lt" puts a Pulumi secret in userData; have the boot script read it from KMS Secrets Manager instead.',
        ]);
    });
    it("flags an AccessKey ID in base64 user data", async () => {
        expect(await messages(ecsUserDataNoSecrets, [configuration({ userData: b64("aliyun configure set --access-key-id LTAI5tAbCdEfGhIjKlMn\n") })])).toEqual([
            'Scaling configuration "web" has an AccessKey ID (LTAI…) in userData; have the boot script read credentials from KMS Secrets Manager instead.',
        ]);
    });
    it("flags a private key in the deprecated userdata input", async () => {
        const key = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----";
        expect(await messages(ecsUserDataNoSecrets, [template({ userdata: key }, LEGACY_LAUNCH_TEMPLATE)])).toEqual([
            'Launch template "lt" has a private key in userdata; have the boot script read credentials from KMS Secrets Manager instead.',
        ]);
    });
    it("flags a literal password, in French too", async () => {
        const [f] = await run(ecsUserDataNoSecrets, [instance({ userData: "#!/bin/sh\nDB_PASSWORD='Sup3rS3cret!'\n" })]);
        expect(f.message.en).toBe(
            'Instance "web" has a password or secret assigned a literal value in userData; have the boot script read credentials from KMS Secrets Manager instead.',
        );
        expect(f.message.fr).toBe(
            "L'instance « web » a un mot de passe ou un secret affecté d'une valeur littérale dans userData ; faire lire les identifiants "
                + "par le script de démarrage dans KMS Secrets Manager.",
        );
    });
});

describe("ecs-instance-disks-encrypted", () => {
    it("accepts a system disk and inline data disks encrypted with a customer key", async () => {
        const web = instance({ dataDisks: [{ name: "logs", size: 40, encrypted: true, kmsKeyId: "key-1" }] });
        expect(await messages(ecsInstanceDisksEncrypted, [web])).toEqual([]);
    });
    it("flags an unencrypted system disk", async () => {
        expect(await messages(ecsInstanceDisksEncrypted, [instance({ systemDiskEncrypted: undefined })])).toEqual([
            'Instance "web" leaves its system disk unencrypted (systemDiskEncrypted is unset); set systemDiskEncrypted: true with systemDiskKmsKeyId.',
        ]);
    });
    it("flags a system disk on the service key", async () => {
        expect(await messages(ecsInstanceDisksEncrypted, [instance({ systemDiskKmsKeyId: undefined })])).toEqual([
            'Instance "web" encrypts its system disk with the service key (systemDiskKmsKeyId is unset); set systemDiskKmsKeyId to the disks key.',
        ]);
    });
    it("flags each inline data disk unencrypted or on the service key, in French too", async () => {
        const web = instance({ dataDisks: [{ name: "db", size: 40, encrypted: false }, { size: 40, encrypted: true }] });
        const findings = await run(ecsInstanceDisksEncrypted, [web]);
        expect(findings.map((f) => f.message.en)).toEqual([
            'Instance "web" leaves its data disk db unencrypted (encrypted is false); set encrypted: true with kmsKeyId.',
            'Instance "web" encrypts its data disk #1 with the service key (kmsKeyId is unset); set kmsKeyId to the disks key.',
        ]);
        expect(findings[0].message.fr).toBe(
            "L'instance « web » laisse son disque de données db non chiffré (encrypted vaut false) ; fixer encrypted à true avec kmsKeyId.",
        );
    });
});
