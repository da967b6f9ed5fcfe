import type { ListenerArgs, TlsCipherPolicyArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, refersTo } from "../../lib/util";

const LISTENER = "alicloud:slb/listener:Listener";
const TLS_POLICY = "alicloud:slb/tlsCipherPolicy:TlsCipherPolicy";

interface Config {
    allowedPolicies: string[];
    forbiddenVersions: string[];
}

/**
 * A listener's `tlsCipherPolicy` is either a built-in policy name or the id of a custom slb.TlsCipherPolicy: the custom case is
 * joined by reference and judged on its `tlsVersions`, so this is a stack rule.
 */
export const slbAllListenerTlsPolicyCheck = stackRule<Config>({
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
    configSchema: {
        properties: {
            allowedPolicies: {
                type: "array",
                items: { type: "string" },
                default: ["tls_cipher_policy_1_2", "tls_cipher_policy_1_2_strict", "tls_cipher_policy_1_2_strict_with_1_3"],
                description: "Built-in CLB TLS policies HTTPS listeners may use.",
            },
            forbiddenVersions: {
                type: "array",
                items: { type: "string" },
                default: ["TLSv1.0", "TLSv1.1"],
                description: "TLS versions a custom TLS cipher policy must not enable.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        const policies = ofType(resources, TLS_POLICY);
        const weak = (p: (typeof policies)[number]) =>
            ((p.props as Partial<ResourceProps<TlsCipherPolicyArgs>>).tlsVersions ?? [])
                .filter((v) => config.forbiddenVersions.includes(v));
        for (const p of policies) {
            const versions = weak(p);
            if (versions.length === 0) continue;
            report(
                text(
                    `TLS cipher policy "${p.name}" enables ${versions.join(", ")}; keep only TLSv1.2 and TLSv1.3 in tlsVersions.`,
                    `La politique de chiffrement TLS « ${p.name} » active ${versions.join(", ")} ; ne garder que TLSv1.2 et TLSv1.3 dans `
                        + "tlsVersions.",
                ),
                p.urn,
            );
        }
        for (const l of ofType(resources, LISTENER)) {
            const props = l.props as Partial<ResourceProps<ListenerArgs>>;
            if (props.protocol !== "https") continue;
            const custom = policies.find((p) => refersTo(l, "tlsCipherPolicy", p));
            if (custom) {
                const versions = weak(custom);
                if (versions.length === 0) continue;
                report(
                    text(
                        `CLB listener "${l.name}" uses TLS cipher policy "${custom.name}", which enables ${versions.join(", ")}.`,
                        `L'écouteur CLB « ${l.name} » utilise la politique de chiffrement TLS « ${custom.name} », qui active `
                            + `${versions.join(", ")}.`,
                    ),
                    l.urn,
                );
                continue;
            }
            const policy = props.tlsCipherPolicy;
            if (policy !== undefined && config.allowedPolicies.includes(policy)) continue;
            report(
                policy === undefined
                    ? text(
                          `CLB HTTPS listener "${l.name}" has no tlsCipherPolicy, so tls_cipher_policy_1_0 applies; `
                              + `set one of ${config.allowedPolicies.join(", ")}.`,
                          `L'écouteur HTTPS CLB « ${l.name} » n'a pas de tlsCipherPolicy, donc tls_cipher_policy_1_0 s'applique ; `
                              + `choisir l'une de ${config.allowedPolicies.join(", ")}.`,
                      )
                    : text(
                          `CLB HTTPS listener "${l.name}" uses tlsCipherPolicy "${policy}", which is not one of `
                              + `${config.allowedPolicies.join(", ")}.`,
                          `L'écouteur HTTPS CLB « ${l.name} » utilise tlsCipherPolicy "${policy}", qui ne fait pas partie de `
                              + `${config.allowedPolicies.join(", ")}.`,
                      ),
                l.urn,
            );
        }
    },
});
