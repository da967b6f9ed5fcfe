import { checkListenerTls, ListenerTlsConfig, listenerTlsSchema, ListenerTlsSpec } from "../../lib/listener-tls";
import { stackRule, text } from "../../lib/rule";

const LISTENER = "alicloud:slb/listener:Listener";
const TLS_POLICY = "alicloud:slb/tlsCipherPolicy:TlsCipherPolicy";

const SPEC: ListenerTlsSpec = {
    lb: "CLB",
    listenerType: LISTENER,
    policyType: TLS_POLICY,
    isHttps: (l) => l.protocol === "https",
    policyProp: "tlsCipherPolicy",
    policyTitle: text("TLS cipher policy", "politique de chiffrement TLS"),
    policyNoun: text("TLS cipher policy", "politique de chiffrement TLS"),
    builtIn: "CLB TLS policies",
};

/**
 * A listener's `tlsCipherPolicy` is either a built-in policy name or the id of a custom slb.TlsCipherPolicy: the custom case is
 * joined by reference and judged on its `tlsVersions`, so this is a stack rule.
 */
export const slbAllListenerTlsPolicyCheck = stackRule<ListenerTlsConfig>({
    meta: {
        id: "slb-all-listener-tls-policy-check",
        service: "slb",
        title: text("CLB HTTPS listeners use TLS 1.2 or later", "Les écouteurs HTTPS des CLB utilisent TLS 1.2 ou plus"),
        description: text(
            "Every HTTPS listener of a Classic Load Balancer must use an approved TLS policy (TLS 1.2 or later), and custom TLS cipher "
                + "policies must not enable TLS 1.0 or 1.1. An unset policy means tls_cipher_policy_1_0.",
            "Chaque écouteur HTTPS d'un Classic Load Balancer doit utiliser une politique TLS approuvée (TLS 1.2 ou plus) et les "
                + "politiques de chiffrement personnalisées ne doivent pas activer TLS 1.0 ou 1.1. Sans politique, tls_cipher_policy_1_0 "
                + "s'applique.",
        ),
        remediation: text(
            "Set tlsCipherPolicy on alicloud.slb.Listener to \"tls_cipher_policy_1_2_strict\" (or another approved policy), or to an "
                + "alicloud.slb.TlsCipherPolicy whose tlsVersions contain only TLSv1.2 and TLSv1.3.",
            "Définir tlsCipherPolicy dans alicloud.slb.Listener à \"tls_cipher_policy_1_2_strict\" (ou une autre politique approuvée), ou "
                + "vers une alicloud.slb.TlsCipherPolicy dont tlsVersions ne contient que TLSv1.2 et TLSv1.3.",
        ),
        severity: "medium",
        resourceTypes: [LISTENER, TLS_POLICY],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    configSchema: listenerTlsSchema(SPEC),
    validate: (resources, { config, report }) => checkListenerTls(resources, SPEC, config, report),
});
