import { checkListenerTls, ListenerTlsConfig, listenerTlsSchema, ListenerTlsSpec } from "../../lib/listener-tls";
import { stackRule, text } from "../../lib/rule";

const LISTENER = "alicloud:alb/listener:Listener";
const SECURITY_POLICY = "alicloud:alb/securityPolicy:SecurityPolicy";

const SPEC: ListenerTlsSpec = {
    lb: "ALB",
    listenerType: LISTENER,
    policyType: SECURITY_POLICY,
    isHttps: (l) => l.listenerProtocol === "HTTPS",
    policyProp: "securityPolicyId",
    policyTitle: text("ALB security policy", "politique de sécurité ALB"),
    policyNoun: text("security policy", "politique de sécurité"),
    builtIn: "ALB security policies",
};

/**
 * Not in the survey; the ALB twin of slb-all-listener-tls-policy-check. `securityPolicyId` is a built-in policy name or the id
 * of a custom alb.SecurityPolicy, joined by reference and judged on its `tlsVersions`.
 */
export const albListenerTlsPolicyCheck = stackRule<ListenerTlsConfig>({
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
    configSchema: listenerTlsSchema(SPEC),
    validate: (resources, { config, report }) => checkListenerTls(resources, SPEC, config, report),
});
