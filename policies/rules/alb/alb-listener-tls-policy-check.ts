import type { ListenerArgs, SecurityPolicyArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, refersTo } from "../../lib/util";

const LISTENER = "alicloud:alb/listener:Listener";
const SECURITY_POLICY = "alicloud:alb/securityPolicy:SecurityPolicy";

interface Config {
    allowedPolicies: string[];
    forbiddenVersions: string[];
}

/**
 * Not in the survey; the ALB twin of slb-all-listener-tls-policy-check. `securityPolicyId` is a built-in policy name or the id
 * of a custom alb.SecurityPolicy, joined by reference and judged on its `tlsVersions`.
 */
export const albListenerTlsPolicyCheck = stackRule<Config>({
    meta: {
        id: "alb-listener-tls-policy-check",
        service: "alb",
        title: text("ALB HTTPS listeners use TLS 1.2 or later", "Les écouteurs HTTPS des ALB utilisent TLS 1.2 ou plus"),
        description: text(
            "Every HTTPS listener of an Application Load Balancer must use an approved security policy (TLS 1.2 or later), and custom "
                + "security policies must not enable TLS 1.0 or 1.1. An unset policy means tls_cipher_policy_1_0.",
            "Chaque écouteur HTTPS d'un Application Load Balancer doit utiliser une politique de sécurité approuvée (TLS 1.2 ou plus) et "
                + "les politiques personnalisées ne doivent pas activer TLS 1.0 ou 1.1. Sans politique, tls_cipher_policy_1_0 s'applique.",
        ),
        remediation: text(
            "Set securityPolicyId on alicloud.alb.Listener to \"tls_cipher_policy_1_2_strict\" (or another approved policy), or to an "
                + "alicloud.alb.SecurityPolicy whose tlsVersions contain only TLSv1.2 and TLSv1.3.",
            "Définir securityPolicyId dans alicloud.alb.Listener à \"tls_cipher_policy_1_2_strict\" (ou une autre politique approuvée), ou "
                + "vers une alicloud.alb.SecurityPolicy dont tlsVersions ne contient que TLSv1.2 et TLSv1.3.",
        ),
        severity: "medium",
        resourceTypes: [LISTENER, SECURITY_POLICY],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: {
        properties: {
            allowedPolicies: {
                type: "array",
                items: { type: "string" },
                default: ["tls_cipher_policy_1_2", "tls_cipher_policy_1_2_strict", "tls_cipher_policy_1_2_strict_with_1_3"],
                description: "Built-in ALB security policies HTTPS listeners may use.",
            },
            forbiddenVersions: {
                type: "array",
                items: { type: "string" },
                default: ["TLSv1.0", "TLSv1.1"],
                description: "TLS versions a custom ALB security policy must not enable.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        const policies = ofType(resources, SECURITY_POLICY);
        const weak = (p: (typeof policies)[number]) =>
            ((p.props as Partial<ResourceProps<SecurityPolicyArgs>>).tlsVersions ?? [])
                .filter((v) => config.forbiddenVersions.includes(v));
        for (const p of policies) {
            const versions = weak(p);
            if (versions.length === 0) continue;
            report(
                text(
                    `ALB security policy "${p.name}" enables ${versions.join(", ")}; keep only TLSv1.2 and TLSv1.3 in tlsVersions.`,
                    `La politique de sécurité ALB « ${p.name} » active ${versions.join(", ")} ; ne garder que TLSv1.2 et TLSv1.3 dans `
                        + "tlsVersions.",
                ),
                p.urn,
            );
        }
        for (const l of ofType(resources, LISTENER)) {
            const props = l.props as Partial<ResourceProps<ListenerArgs>>;
            if (props.listenerProtocol !== "HTTPS") continue;
            const custom = policies.find((p) => refersTo(l, "securityPolicyId", p));
            if (custom) {
                const versions = weak(custom);
                if (versions.length === 0) continue;
                report(
                    text(
                        `ALB listener "${l.name}" uses security policy "${custom.name}", which enables ${versions.join(", ")}.`,
                        `L'écouteur ALB « ${l.name} » utilise la politique de sécurité « ${custom.name} », qui active `
                            + `${versions.join(", ")}.`,
                    ),
                    l.urn,
                );
                continue;
            }
            const policy = props.securityPolicyId;
            if (policy !== undefined && config.allowedPolicies.includes(policy)) continue;
            const allowed = config.allowedPolicies.join(", ");
            report(
                policy === undefined
                    ? text(
                          `ALB HTTPS listener "${l.name}" has no securityPolicyId, so tls_cipher_policy_1_0 applies; set one of `
                              + `${allowed}.`,
                          `L'écouteur HTTPS ALB « ${l.name} » n'a pas de securityPolicyId, donc tls_cipher_policy_1_0 s'applique ; `
                              + `choisir l'une de ${allowed}.`,
                      )
                    : text(
                          `ALB HTTPS listener "${l.name}" uses securityPolicyId "${policy}", which is not one of ${allowed}.`,
                          `L'écouteur HTTPS ALB « ${l.name} » utilise securityPolicyId "${policy}", qui ne fait pas partie de ${allowed}.`,
                      ),
                l.urn,
            );
        }
    },
});
