import { kmsInstanceMultiZone } from "../../policies/rules/kms/kms-instance-multi-zone";
import { kmsKeyDescriptionRequired } from "../../policies/rules/kms/kms-key-description-required";
import { kmsKeyEnabled } from "../../policies/rules/kms/kms-key-enabled";
import { kmsKeyRotationEnabled } from "../../policies/rules/kms/kms-key-rotation-enabled";
import { kmsSecretRotationEnabled } from "../../policies/rules/kms/kms-secret-rotation-enabled";
import { baseline } from "../support/baselines";
import { messages, run } from "../support/policy";

const KEY = "alicloud:kms/key:Key";
const SECRET = "alicloud:kms/secret:Secret";

/** The baseline key "athletes-key"; `inputs` mutate it. */
const key = (inputs: Record<string, unknown>) => baseline(KEY, "athletes-key", inputs);

describe("kms-key-rotation-enabled", () => {
    it("accepts yearly rotation", async () => {
        expect(await messages(kmsKeyRotationEnabled, [key({})])).toEqual([]);
    });
    it("accepts rotation without an explicit interval, and an interval in hours", async () => {
        const keys = [key({ rotationInterval: undefined }), key({ rotationInterval: "720h" })];
        expect(await messages(kmsKeyRotationEnabled, keys)).toEqual([]);
    });
    it("skips keys KMS cannot rotate (asymmetric, imported, HSM)", async () => {
        const keys = [
            key({ automaticRotation: undefined, keySpec: "RSA_2048", keyUsage: "SIGN/VERIFY" }),
            key({ automaticRotation: undefined, origin: "EXTERNAL" }),
            key({ automaticRotation: undefined, protectionLevel: "HSM" }),
        ];
        expect(await messages(kmsKeyRotationEnabled, keys)).toEqual([]);
    });
    it("flags an unset rotation (provider default Disabled)", async () => {
        expect(await messages(kmsKeyRotationEnabled, [key({ automaticRotation: undefined, rotationInterval: undefined })])).toEqual([
            'KMS key "athletes-key" does not rotate automatically (automaticRotation is Disabled (default)); set automaticRotation: '
                + '"Enabled".',
        ]);
    });
    it("flags rotation turned off", async () => {
        expect(await messages(kmsKeyRotationEnabled, [key({ automaticRotation: "Disabled" })])).toEqual([
            'KMS key "athletes-key" does not rotate automatically (automaticRotation is Disabled); set automaticRotation: "Enabled".',
        ]);
    });
    it("flags a too long interval, and follows config", async () => {
        const k = [key({ rotationInterval: "31536000s" })];
        expect(await messages(kmsKeyRotationEnabled, k, { config: { maxRotationDays: 180 } })).toEqual([
            'KMS key "athletes-key" rotates every "31536000s"; set rotationInterval to at most "180d".',
        ]);
        expect(await messages(kmsKeyRotationEnabled, k)).toEqual([]);
    });
    it("flags an unreadable interval", async () => {
        expect(await messages(kmsKeyRotationEnabled, [key({ rotationInterval: "1y" })])).toEqual([
            'KMS key "athletes-key" rotates every "1y"; set rotationInterval to at most "365d".',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsKeyRotationEnabled, [key({ automaticRotation: "Disabled" })]);
        expect(f.message.fr).toBe(
            'La clé KMS « athletes-key » n\'est pas renouvelée automatiquement (automaticRotation vaut Disabled) ; définir '
                + 'automaticRotation: "Enabled".',
        );
    });
});

describe("kms-key-enabled", () => {
    it("accepts the default status and an explicit Enabled", async () => {
        const explicit = key({ isEnabled: true, keyState: "Enabled" });
        expect(await messages(kmsKeyEnabled, [key({ status: undefined }), explicit])).toEqual([]);
    });
    it("flags a disabled key", async () => {
        expect(await messages(kmsKeyEnabled, [key({ status: "Disabled" })])).toEqual([
            'KMS key "athletes-key" is not usable (status is Disabled); set status: "Enabled".',
        ]);
    });
    it("flags a key pending deletion through the deprecated keyState", async () => {
        expect(await messages(kmsKeyEnabled, [key({ keyState: "PendingDeletion" })])).toEqual([
            'KMS key "athletes-key" is not usable (keyState is PendingDeletion); set status: "Enabled".',
        ]);
    });
    it("flags the deprecated isEnabled: false", async () => {
        expect(await messages(kmsKeyEnabled, [key({ isEnabled: false })])).toEqual([
            'KMS key "athletes-key" is not usable (isEnabled is false); set status: "Enabled".',
        ]);
    });
});

describe("kms-key-description-required", () => {
    it("accepts a described key", async () => {
        expect(await messages(kmsKeyDescriptionRequired, [key({})])).toEqual([]);
    });
    it("flags a missing description", async () => {
        expect(await messages(kmsKeyDescriptionRequired, [key({ description: undefined })])).toEqual([
            'KMS key "athletes-key" has no description; set description to what the key protects.',
        ]);
    });
    it("flags a blank description", async () => {
        expect(await messages(kmsKeyDescriptionRequired, [key({ description: "  " })])).toEqual([
            'KMS key "athletes-key" has no description; set description to what the key protects.',
        ]);
    });
});

describe("kms-secret-rotation-enabled", () => {
    /** The baseline (RDS) secret, named "rds-app" in KMS. */
    const secret = (inputs: Record<string, unknown>) => baseline(SECRET, "s", { secretName: "rds-app", ...inputs });

    it("accepts a rotated RDS secret", async () => {
        expect(await messages(kmsSecretRotationEnabled, [secret({})])).toEqual([]);
    });
    it("skips Generic secrets (KMS cannot rotate them)", async () => {
        const s = [secret({ secretType: undefined, enableAutomaticRotation: undefined })];
        expect(await messages(kmsSecretRotationEnabled, s)).toEqual([]);
    });
    it("flags a rotatable secret without rotation", async () => {
        expect(await messages(kmsSecretRotationEnabled, [secret({ enableAutomaticRotation: undefined })])).toEqual([
            'KMS secret "rds-app" (Rds) is not rotated automatically; set enableAutomaticRotation: true.',
        ]);
    });
    it("flags a too long interval, and follows config", async () => {
        const s = [secret({ secretType: "RAMCredentials", rotationInterval: "180d" })];
        expect(await messages(kmsSecretRotationEnabled, s)).toEqual([
            'KMS secret "rds-app" rotates every "180d"; set rotationInterval to at most "90d".',
        ]);
        expect(await messages(kmsSecretRotationEnabled, s, { config: { maxRotationDays: 180 } })).toEqual([]);
    });
    it("follows the configured list of rotatable types", async () => {
        const s = [secret({ secretType: "ECS", enableAutomaticRotation: false })];
        expect(await messages(kmsSecretRotationEnabled, s, { config: { rotatableTypes: ["Rds"] } })).toEqual([]);
    });
});

describe("kms-instance-multi-zone", () => {
    const instance = (zoneIds: string[]) => baseline("alicloud:kms/instance:Instance", "kms", { zoneIds });

    it("accepts two zones", async () => {
        expect(await messages(kmsInstanceMultiZone, [instance(["cn-hangzhou-h", "cn-hangzhou-k"])])).toEqual([]);
    });
    it("flags a single zone", async () => {
        expect(await messages(kmsInstanceMultiZone, [instance(["cn-hangzhou-h"])])).toEqual([
            'KMS instance "kms" declares 1 distinct zone(s) (cn-hangzhou-h); list two zones in zoneIds.',
        ]);
    });
    it("flags the same zone listed twice", async () => {
        expect(await messages(kmsInstanceMultiZone, [instance(["cn-hangzhou-h", "cn-hangzhou-h"])])).toEqual([
            'KMS instance "kms" declares 2 distinct zone(s) (cn-hangzhou-h, cn-hangzhou-h); list two zones in zoneIds.',
        ]);
    });
});
