import { kmsInstanceMultiZone } from "../../policies/rules/kms/kms-instance-multi-zone";
import { kmsKeyDescriptionRequired } from "../../policies/rules/kms/kms-key-description-required";
import { kmsKeyEnabled } from "../../policies/rules/kms/kms-key-enabled";
import { kmsKeyOriginAllowed } from "../../policies/rules/kms/kms-key-origin-allowed";
import { kmsKeyPendingWindowMinDays } from "../../policies/rules/kms/kms-key-pending-window-min-days";
import { kmsKeySpecAllowed } from "../../policies/rules/kms/kms-key-spec-allowed";
import { kmsPolicyNoAnyPrincipal } from "../../policies/rules/kms/kms-policy-no-any-principal";
import { kmsSecretEncryptedWithCmk } from "../../policies/rules/kms/kms-secret-encrypted-with-cmk";
import { kmsSecretRecoveryWindowMinDays } from "../../policies/rules/kms/kms-secret-recovery-window-min-days";
import { kmsKeyRotationEnabled } from "../../policies/rules/kms/kms-key-rotation-enabled";
import { kmsSecretRotationEnabled } from "../../policies/rules/kms/kms-secret-rotation-enabled";
import { statefulResourcesProtected } from "../../policies/rules/governance/stateful-resources-protected";
import { UNKNOWN } from "../../tools/plan/types";
import { baseline } from "../support/baselines";
import { messages, res, run } from "../support/policy";

const KEY = "alicloud:kms/key:Key";
const SECRET = "alicloud:kms/secret:Secret";

/** The baseline key "athletes-key"; `inputs` mutate it. */
const key = (inputs: Record<string, unknown>) => baseline(KEY, "athletes-key", inputs);

/** A generic secret built from the baseline secret: no rotation (KMS cannot rotate generic secrets), our key. */
const secret = (inputs: Record<string, unknown>) =>
    baseline(SECRET, "app-secret", {
        secretName: "dakar2026-prod-app-token",
        secretType: undefined,
        enableAutomaticRotation: undefined,
        rotationInterval: undefined,
        ...inputs,
    });

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

describe("kms-key-pending-window-min-days", () => {
    it("accepts the default minimum window, and the deprecated input when it is long enough", async () => {
        const keys = [key({}), key({ pendingWindowInDays: 366 }), key({ pendingWindowInDays: undefined, deletionWindowInDays: 30 })];
        expect(await messages(kmsKeyPendingWindowMinDays, keys)).toEqual([]);
    });
    it("flags a key that sets no window", async () => {
        expect(await messages(kmsKeyPendingWindowMinDays, [key({ pendingWindowInDays: undefined })])).toEqual([
            'KMS key "athletes-key" sets no pending-deletion window; set pendingWindowInDays to at least 30.',
        ]);
    });
    it("flags a short window, and follows config", async () => {
        const k = [key({ pendingWindowInDays: 7 })];
        expect(await messages(kmsKeyPendingWindowMinDays, k)).toEqual([
            'KMS key "athletes-key" can be deleted for good 7 days after its deletion is scheduled (pendingWindowInDays is 7); '
                + "set pendingWindowInDays to at least 30.",
        ]);
        expect(await messages(kmsKeyPendingWindowMinDays, k, { config: { minDays: 7 } })).toEqual([]);
    });
    it("flags a short window given through the deprecated deletionWindowInDays", async () => {
        expect(await messages(kmsKeyPendingWindowMinDays, [key({ pendingWindowInDays: undefined, deletionWindowInDays: 10 })])).toEqual([
            'KMS key "athletes-key" can be deleted for good 10 days after its deletion is scheduled (deletionWindowInDays is 10); '
                + "set pendingWindowInDays to at least 30.",
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsKeyPendingWindowMinDays, [key({ pendingWindowInDays: 7 })]);
        expect(f.message.fr).toBe(
            "La clé KMS « athletes-key » peut être supprimée définitivement 7 jours après la programmation de sa suppression "
                + "(pendingWindowInDays vaut 7) ; définir pendingWindowInDays à au moins 30.",
        );
    });
});

describe("kms-key-spec-allowed", () => {
    it("accepts the provider defaults and an explicit AES-256 data key", async () => {
        const keys = [key({}), key({ keySpec: "Aliyun_AES_256", keyUsage: "ENCRYPT/DECRYPT" })];
        expect(await messages(kmsKeySpecAllowed, keys)).toEqual([]);
    });
    it("flags a weaker specification", async () => {
        expect(await messages(kmsKeySpecAllowed, [key({ keySpec: "Aliyun_AES_128" })])).toEqual([
            'KMS key "athletes-key" is not an allowed kind of key (keySpec is "Aliyun_AES_128", allowed: "Aliyun_AES_256").',
        ]);
    });
    it("flags a signing usage", async () => {
        expect(await messages(kmsKeySpecAllowed, [key({ keyUsage: "SIGN/VERIFY" })])).toEqual([
            'KMS key "athletes-key" is not an allowed kind of key (keyUsage is "SIGN/VERIFY", allowed: "ENCRYPT/DECRYPT").',
        ]);
    });
    it("flags an asymmetric signing key once, naming both inputs", async () => {
        expect(await messages(kmsKeySpecAllowed, [key({ keySpec: "RSA_2048", keyUsage: "SIGN/VERIFY" })])).toEqual([
            'KMS key "athletes-key" is not an allowed kind of key (keySpec is "RSA_2048", allowed: "Aliyun_AES_256"; '
                + 'keyUsage is "SIGN/VERIFY", allowed: "ENCRYPT/DECRYPT").',
        ]);
    });
    it("follows config", async () => {
        const k = [key({ keySpec: "RSA_2048", keyUsage: "SIGN/VERIFY" })];
        const config = { allowedKeySpecs: ["Aliyun_AES_256", "RSA_2048"], allowedKeyUsages: ["ENCRYPT/DECRYPT", "SIGN/VERIFY"] };
        expect(await messages(kmsKeySpecAllowed, k, { config })).toEqual([]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsKeySpecAllowed, [key({ keySpec: "EC_P256", keyUsage: "SIGN/VERIFY" })]);
        expect(f.message.fr).toBe(
            'La clé KMS « athletes-key » n\'est pas d\'un type autorisé (keySpec vaut "EC_P256", valeurs autorisées : '
                + '"Aliyun_AES_256" ; keyUsage vaut "SIGN/VERIFY", valeurs autorisées : "ENCRYPT/DECRYPT").',
        );
    });
});

describe("kms-key-origin-allowed", () => {
    it("accepts material generated by KMS, by default or explicitly", async () => {
        expect(await messages(kmsKeyOriginAllowed, [key({}), key({ origin: "Aliyun_KMS" })])).toEqual([]);
    });
    it("flags imported material, unless config allows it", async () => {
        const k = [key({ origin: "EXTERNAL" })];
        expect(await messages(kmsKeyOriginAllowed, k)).toEqual([
            'KMS key "athletes-key" has origin "EXTERNAL" (allowed: "Aliyun_KMS"); leave origin unset so that KMS generates and '
                + "rotates the material.",
        ]);
        expect(await messages(kmsKeyOriginAllowed, k, { config: { allowedOrigins: ["Aliyun_KMS", "EXTERNAL"] } })).toEqual([]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsKeyOriginAllowed, [key({ origin: "EXTERNAL" })]);
        expect(f.message.fr).toBe(
            'La clé KMS « athletes-key » a origin "EXTERNAL" (valeurs autorisées : "Aliyun_KMS") ; laisser origin non défini pour '
                + "que KMS génère et renouvelle le matériel.",
        );
    });
});

describe("kms-secret-encrypted-with-cmk", () => {
    it("accepts a secret naming its key", async () => {
        expect(await messages(kmsSecretEncryptedWithCmk, [secret({})])).toEqual([]);
    });
    it("accepts a key id that is unknown during preview (a key created in the same deployment)", async () => {
        const findings = await run(kmsSecretEncryptedWithCmk, [secret({ encryptionKeyId: UNKNOWN })]);
        expect(findings).toEqual([]);
    });
    it("flags a secret without a key", async () => {
        expect(await messages(kmsSecretEncryptedWithCmk, [secret({ encryptionKeyId: undefined })])).toEqual([
            'KMS secret "app-secret" is encrypted with a key KMS manages (encryptionKeyId is unset); set encryptionKeyId to a '
                + "customer-managed key.",
        ]);
    });
    it("flags a blank key id", async () => {
        expect(await messages(kmsSecretEncryptedWithCmk, [secret({ encryptionKeyId: " " })])).toEqual([
            'KMS secret "app-secret" is encrypted with a key KMS manages (encryptionKeyId is unset); set encryptionKeyId to a '
                + "customer-managed key.",
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsSecretEncryptedWithCmk, [secret({ encryptionKeyId: undefined })]);
        expect(f.message.fr).toBe(
            "Le secret KMS « app-secret » est chiffré avec une clé gérée par KMS (encryptionKeyId n'est pas défini) ; définir "
                + "encryptionKeyId avec une clé gérée par le client.",
        );
    });
});

describe("kms-secret-recovery-window-min-days", () => {
    it("accepts the default window and an explicit 30 days", async () => {
        expect(await messages(kmsSecretRecoveryWindowMinDays, [secret({}), secret({ recoveryWindowInDays: 30 })])).toEqual([]);
    });
    it("flags a short window, and follows config", async () => {
        const s = [secret({ recoveryWindowInDays: 7 })];
        expect(await messages(kmsSecretRecoveryWindowMinDays, s)).toEqual([
            'KMS secret "app-secret" stays recoverable only 7 days after deletion (recoveryWindowInDays is 7); set '
                + "recoveryWindowInDays to at least 30.",
        ]);
        expect(await messages(kmsSecretRecoveryWindowMinDays, s, { config: { minDays: 7 } })).toEqual([]);
    });
    it("leaves a skipped window to stateful-resources-protected, so that the fault is reported once", async () => {
        const s = [secret({ forceDeleteWithoutRecovery: true, recoveryWindowInDays: 7 })];
        expect(await messages(kmsSecretRecoveryWindowMinDays, s)).toEqual([]);
        const protectedSecret = [
            res(SECRET, "app-secret", { ...secret({}).inputs, forceDeleteWithoutRecovery: true }, { options: { protect: true } }),
        ];
        expect(await messages(statefulResourcesProtected, protectedSecret)).toEqual([
            'kms.Secret "app-secret" has forceDeleteWithoutRecovery true; expected unset or false.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsSecretRecoveryWindowMinDays, [secret({ recoveryWindowInDays: 14 })]);
        expect(f.message.fr).toBe(
            "Le secret KMS « app-secret » ne reste récupérable que 14 jours après sa suppression (recoveryWindowInDays vaut 14) ; "
                + "fixer recoveryWindowInDays à au moins 30.",
        );
    });
});

describe("kms-policy-no-any-principal", () => {
    const doc = (...statements: Record<string, unknown>[]) => JSON.stringify({ Version: "1", Statement: statements });
    const ownAccount = { Effect: "Allow", Principal: { RAM: ["acs:ram::1234567890:*"] }, Action: ["kms:*"], Resource: ["*"] };

    it("accepts no policy, a policy for one account, and a Deny to everyone", async () => {
        const resources = [
            key({}),
            secret({}),
            key({ policy: doc(ownAccount, { Effect: "Deny", Principal: "*", Action: ["kms:Decrypt"], Resource: ["*"] }) }),
        ];
        expect(await messages(kmsPolicyNoAnyPrincipal, resources)).toEqual([]);
    });
    it("flags a key policy allowing \"*\"", async () => {
        const k = [key({ policy: doc(ownAccount, { Effect: "Allow", Principal: "*", Action: ["kms:Decrypt"], Resource: ["*"] }) })];
        expect(await messages(kmsPolicyNoAnyPrincipal, k)).toEqual([
            'KMS key "athletes-key" allows kms:Decrypt to any principal (*); name the accounts, users or roles that need access.',
        ]);
    });
    it("flags a secret policy allowing the RAM identities of any account", async () => {
        const statement = { Effect: "Allow", Principal: { RAM: ["acs:ram::*:root"] }, Action: ["kms:GetSecretValue"], Resource: ["*"] };
        expect(await messages(kmsPolicyNoAnyPrincipal, [secret({ policy: doc(statement) })])).toEqual([
            'KMS secret "app-secret" allows kms:GetSecretValue to any principal (acs:ram::*:root); name the accounts, users or roles '
                + "that need access.",
        ]);
    });
    it("flags a policy that is not valid JSON", async () => {
        expect(await messages(kmsPolicyNoAnyPrincipal, [key({ policy: "{ not json" })])).toEqual([
            'KMS key "athletes-key" has a policy that is not valid JSON; it cannot be checked.',
        ]);
    });
    it("reports in French", async () => {
        const [f] = await run(kmsPolicyNoAnyPrincipal, [secret({ policy: doc({ Effect: "Allow", Principal: "*", Action: "kms:*" }) })]);
        expect(f.message.fr).toBe(
            "Le secret KMS « app-secret » autorise kms:* à tout principal (*) ; nommer les comptes, utilisateurs ou rôles qui ont "
                + "besoin de l'accès.",
        );
    });
});
