import type { DomainNewArgs } from "@pulumi/alicloud/cdn";
import type { DomainArgs as DcdnDomainArgs } from "@pulumi/alicloud/dcdn";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

const CDN = "alicloud:cdn/domainNew:DomainNew";

interface Config {
    allowedScopes: string[];
}

/** Our own rule: "domestic" and "global" put the domain on mainland-China points of presence, which need an ICP filing. */
export const cdnDomainScopeAllowed = resourceRule<ResourceProps<DomainNewArgs> | ResourceProps<DcdnDomainArgs>, Config>({
    meta: {
        id: "cdn-domain-scope-allowed",
        service: "cdn",
        title: text("CDN/DCDN domains are served from allowed regions", "Les domaines CDN/DCDN sont servis depuis des régions autorisées"),
        description: text(
            "The acceleration scope of a CDN or DCDN domain must be in the allowed list (\"overseas\" by default): \"domestic\" and "
                + "\"global\" use mainland-China nodes, which require a Chinese ICP filing the platform does not have. An unset scope "
                + "means \"domestic\".",
            "La zone d'accélération d'un domaine CDN ou DCDN doit figurer dans la liste autorisée (« overseas » par défaut) : "
                + "« domestic » et « global » utilisent des nœuds en Chine continentale, qui exigent une licence ICP chinoise que la "
                + "plateforme n'a pas. Sans valeur, la zone est « domestic ».",
        ),
        remediation: text(
            "Set scope: \"overseas\" on alicloud.cdn.DomainNew and alicloud.dcdn.Domain.",
            "Définir scope: \"overseas\" dans alicloud.cdn.DomainNew et alicloud.dcdn.Domain.",
        ),
        severity: "medium",
        resourceTypes: [CDN, "alicloud:dcdn/domain:Domain"],
        frameworks: { iso27001: ["A.5.31", "A.8.9"], nist: ["CM-6", "SA-9"] },
    },
    configSchema: {
        properties: {
            allowedScopes: {
                type: "array",
                items: { type: "string" },
                default: ["overseas"],
                description: "Acceleration scopes CDN/DCDN domains may use (domestic and global need a Chinese ICP filing).",
            },
        },
    },
    validate: (d, { args, config, report }) => {
        const scope = d.scope ?? "domestic";
        if (config.allowedScopes.includes(scope)) return;
        const kind = args.type === CDN ? "CDN" : "DCDN";
        const shownEn = d.scope === undefined ? "unset (default \"domestic\")" : `"${scope}"`;
        const shownFr = d.scope === undefined ? "non définie (« domestic » par défaut)" : `"${scope}"`;
        const allowed = config.allowedScopes.join(", ");
        report(
            text(
                `${kind} domain "${args.name}" has scope ${shownEn}, which is not allowed; set scope to one of ${allowed}.`,
                `Le domaine ${kind} « ${args.name} » a une zone ${shownFr}, qui n'est pas autorisée ; définir scope à l'une de ${allowed}.`,
            ),
        );
    },
});
