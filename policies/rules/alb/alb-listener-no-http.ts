import type { PolicyResource } from "@pulumi/policy";
import type { ListenerArgs, RuleArgs } from "@pulumi/alicloud/alb";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, referrers } from "../../lib/util";

const LISTENER = "alicloud:alb/listener:Listener";
const RULE = "alicloud:alb/rule:Rule";

type RuleProps = Partial<ResourceProps<RuleArgs>>;

/** True when an alb.Rule action sends the client to HTTPS (a Redirect whose protocol is HTTPS). */
const redirectsToHttps = (a: NonNullable<RuleProps["ruleActions"]>[number]): boolean =>
    a.type === "Redirect" && (a.redirectConfig?.protocol ?? "").toUpperCase() === "HTTPS";

/** True when the rule matches every request: one Path condition whose values include "/*". */
const matchesEverything = (r: RuleProps): boolean => {
    const conditions = r.ruleConditions ?? [];
    return conditions.length === 1 && conditions[0].type === "Path" && (conditions[0].pathConfig?.values ?? []).includes("/*");
};

/**
 * An ALB listener's default action can only forward (ListenerDefaultAction has no redirect in 3.108.0); a redirect exists
 * only as an action of an alb.Rule on the listener. So a plain-HTTP listener is allowed only when rules redirect every
 * request to HTTPS before the default action is reached: every request-direction rule of the listener redirects to HTTPS,
 * and one of them matches every path. Rules join their listener by reference or id on `listenerId`.
 */
export const albListenerNoHttp = stackRule({
    meta: {
        id: "alb-listener-no-http",
        service: "alb",
        title: text("ALB HTTP listeners only redirect to HTTPS", "Les écouteurs HTTP des ALB ne font que rediriger vers HTTPS"),
        description: text(
            "An Application Load Balancer listener must use HTTPS or QUIC so that traffic, including personal data, is encrypted in "
                + "transit. A plain-HTTP listener is allowed only to redirect: every forwarding rule of the listener redirects to HTTPS "
                + "and one of them matches every path, so the listener's default action never serves a request.",
            "Un écouteur d'Application Load Balancer doit utiliser HTTPS ou QUIC afin que le trafic, données personnelles comprises, soit "
                + "chiffré en transit. Un écouteur HTTP en clair n'est admis que pour rediriger : chaque règle de l'écouteur redirige "
                + "vers HTTPS et l'une d'elles couvre tous les chemins, de sorte que l'action par défaut ne sert jamais de requête.",
        ),
        remediation: text(
            "Set listenerProtocol: \"HTTPS\" with certificates on alicloud.alb.Listener, or, for a port-80 listener, declare an "
                + "alicloud.alb.Rule on it with ruleConditions [{ type: \"Path\", pathConfig: { values: [\"/*\"] } }] and ruleActions "
                + "[{ order: 1, type: \"Redirect\", redirectConfig: { protocol: \"HTTPS\", port: \"443\", httpCode: \"301\" } }], and no "
                + "other kind of rule.",
            "Définir listenerProtocol: \"HTTPS\" avec certificates dans alicloud.alb.Listener, ou, pour un écouteur sur le port 80, "
                + "déclarer sur lui une alicloud.alb.Rule avec ruleConditions [{ type: \"Path\", pathConfig: { values: [\"/*\"] } }] et "
                + "ruleActions [{ order: 1, type: \"Redirect\", redirectConfig: { protocol: \"HTTPS\", port: \"443\", httpCode: \"301\" } }], "
                + "et aucune autre sorte de règle.",
        ),
        severity: "high",
        resourceTypes: [LISTENER, RULE],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        const rules = ofType(resources, RULE);
        for (const l of ofType(resources, LISTENER)) {
            const p = l.props as Partial<ResourceProps<ListenerArgs>>;
            if (p.listenerProtocol !== "HTTP") continue;
            // Response-direction rules rewrite answers; they never decide where a request goes.
            const own = referrers(rules, "listenerId", l).filter((r: PolicyResource) => ((r.props as RuleProps).direction ?? "Request") === "Request");
            const serving = own.filter((r) => !((r.props as RuleProps).ruleActions ?? []).some(redirectsToHttps));
            for (const r of serving) {
                const actions = ((r.props as RuleProps).ruleActions ?? []).map((a) => a.type).join(", ") || "none";
                report(
                    text(
                        `ALB listener "${l.name}" uses plain HTTP and its rule "${r.name}" does not redirect to HTTPS (actions: ${actions}); `
                            + "an HTTP listener may only redirect.",
                        `L'écouteur ALB « ${l.name} » utilise HTTP en clair et sa règle « ${r.name} » ne redirige pas vers HTTPS `
                            + `(actions : ${actions}) ; un écouteur HTTP ne peut que rediriger.`,
                    ),
                    l.urn,
                );
            }
            if (own.length > serving.length && own.some((r) => !serving.includes(r) && matchesEverything(r.props as RuleProps))) continue;
            if (own.length > serving.length) {
                report(
                    text(
                        `ALB listener "${l.name}" uses plain HTTP and its redirect rules do not match every request; give one rule the `
                            + 'single condition Path "/*" so that the default action never serves plain HTTP.',
                        `L'écouteur ALB « ${l.name} » utilise HTTP en clair et ses règles de redirection ne couvrent pas toutes les requêtes ; `
                            + "donner à une règle l'unique condition Path \"/*\" afin que l'action par défaut ne serve jamais HTTP en clair.",
                    ),
                    l.urn,
                );
                continue;
            }
            if (serving.length > 0) continue;
            report(
                text(
                    `ALB listener "${l.name}" uses plain HTTP on port ${p.listenerPort} and no alb.Rule redirects it to HTTPS; `
                        + 'set listenerProtocol: "HTTPS" or add a Redirect rule (protocol "HTTPS", Path "/*").',
                    `L'écouteur ALB « ${l.name} » utilise HTTP en clair sur le port ${p.listenerPort} et aucune alb.Rule ne le redirige `
                        + 'vers HTTPS ; définir listenerProtocol: "HTTPS" ou ajouter une règle Redirect (protocole "HTTPS", Path "/*").',
                ),
                l.urn,
            );
        }
    },
});
