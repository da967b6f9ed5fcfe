/**
 * The TLS check CLB and ALB share: an HTTPS listener names either a built-in policy (must be in the
 * allowed list) or, by reference, a custom policy resource (must not enable a forbidden version), and
 * every custom policy is judged on its own too. Only names, properties and wording differ.
 */
import type { PolicyConfigSchema, PolicyResource } from "@pulumi/policy";
import { Report, Text, text } from "./rule";
import { ofType, refersTo } from "./util";

export interface ListenerTlsConfig {
    allowedPolicies: string[];
    forbiddenVersions: string[];
}

export interface ListenerTlsSpec {
    /** "CLB" or "ALB", as messages name the load balancer. */
    readonly lb: string;
    readonly listenerType: string;
    readonly policyType: string;
    /** True for listeners that terminate TLS. */
    readonly isHttps: (listener: Record<string, unknown>) => boolean;
    /** Listener input naming the policy ("tlsCipherPolicy", "securityPolicyId"). */
    readonly policyProp: string;
    /** How a custom policy resource is called on its own, and when a listener uses it. */
    readonly policyTitle: Text;
    readonly policyNoun: Text;
    /** Which built-in policies the allow-list names, for the config description. */
    readonly builtIn: string;
}

export function listenerTlsSchema(spec: ListenerTlsSpec): PolicyConfigSchema {
    return {
        properties: {
            allowedPolicies: {
                type: "array",
                items: { type: "string" },
                default: ["tls_cipher_policy_1_2", "tls_cipher_policy_1_2_strict", "tls_cipher_policy_1_2_strict_with_1_3"],
                description: `Built-in ${spec.builtIn} HTTPS listeners may use.`,
            },
            forbiddenVersions: {
                type: "array",
                items: { type: "string" },
                default: ["TLSv1.0", "TLSv1.1"],
                description: `TLS versions a custom ${spec.policyNoun.en} must not enable.`,
            },
        },
    };
}

export function checkListenerTls(
    resources: readonly PolicyResource[],
    spec: ListenerTlsSpec,
    config: ListenerTlsConfig,
    report: Report,
): void {
    const policies = ofType(resources, spec.policyType);
    const weak = (p: PolicyResource): string[] =>
        (((p.props as { tlsVersions?: string[] }).tlsVersions ?? []) as string[]).filter((v) => config.forbiddenVersions.includes(v));
    for (const p of policies) {
        const versions = weak(p).join(", ");
        if (versions === "") continue;
        report(
            text(
                `${spec.policyTitle.en} "${p.name}" enables ${versions}; keep only TLSv1.2 and TLSv1.3 in tlsVersions.`,
                `La ${spec.policyTitle.fr} « ${p.name} » active ${versions} ; ne garder que TLSv1.2 et TLSv1.3 dans tlsVersions.`,
            ),
            p.urn,
        );
    }
    const allowed = config.allowedPolicies.join(", ");
    for (const l of ofType(resources, spec.listenerType)) {
        const props = l.props as Record<string, unknown>;
        if (!spec.isHttps(props)) continue;
        const custom = policies.find((p) => refersTo(l, spec.policyProp, p));
        if (custom) {
            const versions = weak(custom).join(", ");
            if (versions === "") continue;
            report(
                text(
                    `${spec.lb} listener "${l.name}" uses ${spec.policyNoun.en} "${custom.name}", which enables ${versions}.`,
                    `L'écouteur ${spec.lb} « ${l.name} » utilise la ${spec.policyNoun.fr} « ${custom.name} », qui active ${versions}.`,
                ),
                l.urn,
            );
            continue;
        }
        const policy = props[spec.policyProp];
        if (typeof policy === "string" && config.allowedPolicies.includes(policy)) continue;
        const p = spec.policyProp;
        report(
            policy === undefined
                ? text(
                      `${spec.lb} HTTPS listener "${l.name}" has no ${p}, so tls_cipher_policy_1_0 applies; set one of ${allowed}.`,
                      `L'écouteur HTTPS ${spec.lb} « ${l.name} » n'a pas de ${p}, donc tls_cipher_policy_1_0 s'applique ; `
                          + `choisir l'une de ${allowed}.`,
                  )
                : text(
                      `${spec.lb} HTTPS listener "${l.name}" uses ${p} "${String(policy)}", which is not one of ${allowed}.`,
                      `L'écouteur HTTPS ${spec.lb} « ${l.name} » utilise ${p} "${String(policy)}", `
                          + `qui ne fait pas partie de ${allowed}.`,
                  ),
            l.urn,
        );
    }
}
