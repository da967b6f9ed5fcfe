import type { BucketHttpsConfigArgs } from "@pulumi/alicloud/oss";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

const BUCKET = "alicloud:oss/bucket:Bucket";
const HTTPS = "alicloud:oss/bucketHttpsConfig:BucketHttpsConfig";

interface Config {
    allowedTlsVersions: string[];
    requireStrongCipherSuites: boolean;
}

/**
 * TLS version management is a separate `oss.BucketHttpsConfig` (no Bucket input), hence a stack rule joining by reference.
 * Extended in issue 8 to the cipher suites: by default (cipherSuit unset or enable false) OSS accepts every suite it
 * knows with the allowed versions; `cipherSuit: { enable: true, strongCipherSuite: true }` keeps the strong ones only.
 */
export const ossBucketTlsVersionCheck = stackRule<Config>({
    meta: {
        id: "oss-bucket-tls-version-check",
        service: "oss",
        title: text("OSS buckets only accept recent TLS versions", "Les buckets OSS n'acceptent que des versions récentes de TLS"),
        description: text(
            "Every OSS bucket must have an oss.BucketHttpsConfig with enable: true whose tlsVersions lists only allowed versions "
                + "(TLS 1.2 and 1.3 by default) and, unless configured otherwise, whose cipherSuit keeps the strong cipher suites only.",
            "Chaque bucket OSS doit avoir un oss.BucketHttpsConfig avec enable: true dont tlsVersions ne liste que des versions "
                + "autorisées (TLS 1.2 et 1.3 par défaut) et, sauf configuration contraire, dont cipherSuit ne garde que les suites de "
                + "chiffrement fortes.",
        ),
        remediation: text(
            "Declare an oss.BucketHttpsConfig with bucket set to the bucket, enable: true, tlsVersions: [\"TLSv1.2\", \"TLSv1.3\"] "
                + "and cipherSuit: { enable: true, strongCipherSuite: true }.",
            "Déclarer un oss.BucketHttpsConfig avec bucket égal au bucket, enable: true, tlsVersions: [\"TLSv1.2\", \"TLSv1.3\"] "
                + "et cipherSuit: { enable: true, strongCipherSuite: true }.",
        ),
        severity: "medium",
        resourceTypes: [BUCKET, HTTPS],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedTlsVersions: {
                type: "array",
                items: { type: "string" },
                default: ["TLSv1.2", "TLSv1.3"],
                description: "TLS versions a bucket may accept (OSS spelling: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3).",
            },
            requireStrongCipherSuites: {
                type: "boolean",
                default: true,
                description: "Also require cipherSuit { enable: true, strongCipherSuite: true } (OSS's strong suites only).",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const bucket of ofType(resources, BUCKET)) {
            const enabled = linkedTo(resources, HTTPS, "bucket", bucket, ["bucket"])
                .map((h) => h.props as ResourceProps<BucketHttpsConfigArgs>)
                .filter((h) => h.enable === true);
            if (enabled.length === 0) {
                report(
                    text(
                        `Bucket "${bucket.name}" has no oss.BucketHttpsConfig with enable: true; declare one restricting tlsVersions to `
                            + `${config.allowedTlsVersions.join(", ")}.`,
                        `Le bucket « ${bucket.name} » n'a aucun oss.BucketHttpsConfig avec enable: true ; en déclarer un qui limite `
                            + `tlsVersions à ${config.allowedTlsVersions.join(", ")}.`,
                    ),
                    bucket.urn,
                );
                continue;
            }
            for (const h of enabled) {
                const suites = h.cipherSuit;
                if (config.requireStrongCipherSuites && !(suites?.enable === true && suites.strongCipherSuite === true)) {
                    report(
                        text(
                            `Bucket "${bucket.name}" accepts every TLS cipher suite OSS offers; set cipherSuit: { enable: true, `
                                + "strongCipherSuite: true } on its oss.BucketHttpsConfig.",
                            `Le bucket « ${bucket.name} » accepte toutes les suites de chiffrement TLS proposées par OSS ; fixer cipherSuit: `
                                + "{ enable: true, strongCipherSuite: true } sur son oss.BucketHttpsConfig.",
                        ),
                        bucket.urn,
                    );
                }
                const versions = h.tlsVersions ?? [];
                const bad = versions.filter((v) => !config.allowedTlsVersions.includes(v));
                if (versions.length > 0 && bad.length === 0) continue;
                const shownBad = versions.length === 0 ? "none listed" : bad.join(", ");
                const shownBadFr = versions.length === 0 ? "aucune indiquée" : bad.join(", ");
                report(
                    text(
                        `Bucket "${bucket.name}" accepts TLS versions outside ${config.allowedTlsVersions.join(", ")} (${shownBad}); `
                            + "set tlsVersions on its oss.BucketHttpsConfig accordingly.",
                        `Le bucket « ${bucket.name} » accepte des versions TLS hors de ${config.allowedTlsVersions.join(", ")} `
                            + `(${shownBadFr}) ; ajuster tlsVersions sur son oss.BucketHttpsConfig.`,
                    ),
                    bucket.urn,
                );
            }
        }
    },
});
