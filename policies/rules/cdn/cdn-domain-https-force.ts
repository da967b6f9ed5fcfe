import type { PolicyResource } from "@pulumi/policy";
import type { DomainConfigArgs } from "@pulumi/alicloud/cdn";
import { ResourceProps, stackRule, text, Text } from "../../lib/rule";
import { linkedTo, ofType } from "../../lib/util";

export const CDN_DOMAIN = "alicloud:cdn/domainNew:DomainNew";
export const CDN_CONFIG = "alicloud:cdn/domainConfig:DomainConfig";
export const DCDN_DOMAIN = "alicloud:dcdn/domain:Domain";
export const DCDN_CONFIG = "alicloud:dcdn/domainConfig:DomainConfig";

/** cdn.DomainConfig and dcdn.DomainConfig share the same inputs (domainName, functionName, functionArgs). */
type ConfigProps = Partial<ResourceProps<DomainConfigArgs>>;

export interface DomainWithConfigs {
    readonly domain: PolicyResource;
    readonly kind: "CDN" | "DCDN";
    /** Configs of `functionName` that refer to this domain (by its `domainName` or its id). */
    readonly configs: ConfigProps[];
}

/** Every CDN/DCDN domain of the stack with its DomainConfig resources of one feature, joined by reference on `domainName`. */
export function domainsWithFeature(resources: readonly PolicyResource[], functionName: string): DomainWithConfigs[] {
    const pairs: [string, string, "CDN" | "DCDN"][] = [[CDN_DOMAIN, CDN_CONFIG, "CDN"], [DCDN_DOMAIN, DCDN_CONFIG, "DCDN"]];
    return pairs.flatMap(([domainType, configType, kind]) => {
        // The indexed join: a scan of every config per domain grew with the square of the stack.
        return ofType(resources, domainType).map((domain) => ({
            domain,
            kind,
            configs: linkedTo(resources, configType, "domainName", domain, ["domainName"])
                .map((c) => c.props as ConfigProps)
                .filter((c) => c.functionName === functionName),
        }));
    });
}

/** The value of one function argument, when set. */
export function argValue(config: ConfigProps, name: string): string | undefined {
    return (config.functionArgs ?? []).find((a) => a.argName === name)?.argValue;
}

/** Our own rule: the provider models "force HTTPS" only as the `https_force` feature of a separate DomainConfig resource. */
export const cdnDomainHttpsForce = stackRule({
    meta: {
        id: "cdn-domain-https-force",
        service: "cdn",
        title: text("CDN/DCDN domains redirect HTTP to HTTPS", "Les domaines CDN/DCDN redirigent HTTP vers HTTPS"),
        description: text(
            "Every CDN or DCDN accelerated domain must have the https_force feature enabled, so that plain HTTP requests are redirected "
                + "to HTTPS at the edge.",
            "Chaque domaine accéléré CDN ou DCDN doit avoir la fonction https_force activée, afin que les requêtes HTTP en clair soient "
                + "redirigées vers HTTPS en périphérie.",
        ),
        remediation: text(
            "Declare an alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig for DCDN) with domainName set to the domain's domainName, "
                + "functionName \"https_force\" and functionArgs [{ argName: \"enable\", argValue: \"on\" }].",
            "Déclarer une alicloud.cdn.DomainConfig (alicloud.dcdn.DomainConfig pour le DCDN) avec domainName égal au domainName du "
                + "domaine, functionName \"https_force\" et functionArgs [{ argName: \"enable\", argValue: \"on\" }].",
        ),
        severity: "medium",
        resourceTypes: [CDN_DOMAIN, CDN_CONFIG, DCDN_DOMAIN, DCDN_CONFIG],
        frameworks: { iso27001: ["A.8.24", "A.5.14"], nist: ["SC-8"], senegal: ["Art. 71"] },
    },
    validate: (resources, { report }) => {
        for (const { domain, kind, configs } of domainsWithFeature(resources, "https_force")) {
            if (configs.some((c) => argValue(c, "enable") === "on")) continue;
            const message: Text =
                configs.length === 0
                    ? text(
                          `${kind} domain "${domain.name}" has no https_force DomainConfig, so plain HTTP is still served.`,
                          `Le domaine ${kind} « ${domain.name} » n'a pas de DomainConfig https_force : le HTTP en clair reste servi.`,
                      )
                    : text(
                          `${kind} domain "${domain.name}" has an https_force DomainConfig whose enable argument is not "on".`,
                          `Le domaine ${kind} « ${domain.name} » a une DomainConfig https_force dont l'argument enable n'est pas "on".`,
                      );
            report(message, domain.urn);
        }
    },
});
