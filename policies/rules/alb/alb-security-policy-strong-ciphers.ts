import type { SecurityPolicyArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

/**
 * A strong suite gives forward secrecy and authenticated encryption: an ECDHE key exchange with AES-GCM or ChaCha20-Poly1305
 * (TLS 1.2 names such as "ECDHE-ECDSA-AES128-GCM-SHA256"), or any TLS 1.3 suite ("TLS_AES_128_GCM_SHA256"), all of which are
 * AEAD with ephemeral keys. CBC suites, static RSA key exchange and 3DES are what alb-listener-tls-policy-check's version
 * check lets through when a custom policy keeps TLS 1.2 but lists them.
 */
const strong = (cipher: string): boolean => /^TLS_/.test(cipher) || (/^ECDHE-/.test(cipher) && /(GCM|CHACHA20)/.test(cipher));

export const albSecurityPolicyStrongCiphers = resourceRule<ResourceProps<SecurityPolicyArgs>>({
    meta: {
        id: "alb-security-policy-strong-ciphers",
        service: "alb",
        title: text("Custom ALB TLS policies list only strong cipher suites", "Les politiques TLS ALB personnalisées ne listent que des suites fortes"),
        description: text(
            "Every cipher suite of a custom ALB security policy must offer forward secrecy and authenticated encryption: ECDHE with "
                + "AES-GCM or ChaCha20-Poly1305, or a TLS 1.3 suite.",
            "Chaque suite de chiffrement d'une politique de sécurité ALB personnalisée doit assurer la confidentialité persistante et "
                + "le chiffrement authentifié : ECDHE avec AES-GCM ou ChaCha20-Poly1305, ou une suite TLS 1.3.",
        ),
        remediation: text(
            "Keep in the ciphers of alicloud.alb.SecurityPolicy only ECDHE-*-GCM-*, ECDHE-*-CHACHA20-* and TLS_* suites.",
            "Ne garder dans les ciphers de alicloud.alb.SecurityPolicy que les suites ECDHE-*-GCM-*, ECDHE-*-CHACHA20-* et TLS_*.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:alb/securityPolicy:SecurityPolicy"],
        frameworks: { iso27001: ["A.8.24"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (p, { args, report }) => {
        const weak = (p.ciphers ?? []).filter((c) => !strong(c));
        if (weak.length === 0) return;
        report(
            text(
                `ALB security policy "${args.name}" lists weak cipher suites (${weak.join(", ")}); keep only ECDHE with GCM or ChaCha20, `
                    + "and TLS 1.3 suites.",
                `La politique de sécurité ALB « ${args.name} » liste des suites faibles (${weak.join(", ")}) ; ne garder qu'ECDHE avec `
                    + "GCM ou ChaCha20, et les suites TLS 1.3.",
            ),
        );
    },
});
