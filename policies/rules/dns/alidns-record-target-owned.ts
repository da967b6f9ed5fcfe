import type { AlidnsRecordArgs } from "@pulumi/alicloud/dns";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType } from "../../lib/util";

const RECORD = "alicloud:dns/alidnsRecord:AlidnsRecord";

/**
 * Names Alibaba Cloud gives its service endpoints: CDN (kunlun*, alikunlun, cdngslb), WAF (yundunwaf*), ALB/OSS/SLB
 * (aliyuncs.com). Any customer can claim such a name once its owner releases it.
 */
const SERVICE_TARGET = /\.(aliyuncs\.com|alikunlun\.com|kunlun[a-z0-9]*\.com|cdngslb\.com|yundunwaf[0-9]*\.com)\.?$/i;

/** RFC 1918 and RFC 4193 private ranges, plus loopback and link-local. */
const PRIVATE_ADDRESS = /^(10\.|192\.168\.|172\.(1[6-9]|2[0-9]|3[01])\.|127\.|169\.254\.|f[cd][0-9a-f]{2}:|fe80:|::1$)/i;

/**
 * Issue 9 manages the site's records when the stack owns its zone. A CNAME to a CDN, WAF or load-balancer endpoint must
 * take its value from the resource of the stack that owns the endpoint (a Pulumi reference, recorded as a property
 * dependency of `value`): the record is then updated or removed with its target. Written as a literal, it outlives the
 * target, and whoever next obtains that endpoint name serves the Games' domain (subdomain takeover). An A or AAAA record to
 * a private address publishes the internal addressing plan in a public zone and resolves to nothing outside the VPC.
 */
export const alidnsRecordTargetOwned = stackRule({
    meta: {
        id: "alidns-record-target-owned",
        service: "dns",
        title: text("DNS records point at resources the stack owns", "Les enregistrements DNS pointent vers des ressources de la pile"),
        description: text(
            "An Alidns CNAME to an Alibaba Cloud service endpoint must take its value from the stack's resource that owns the endpoint "
                + "(a reference), so that it cannot dangle; an A or AAAA record must not publish a private address.",
            "Un CNAME Alidns vers un point d'accès de service Alibaba Cloud doit tirer sa valeur de la ressource de la pile qui possède "
                + "ce point d'accès (une référence), afin de ne jamais pointer dans le vide ; un enregistrement A ou AAAA ne doit pas "
                + "publier d'adresse privée.",
        ),
        remediation: text(
            "Set the record's value from the resource's output (cdn.DomainNew cname, alb.LoadBalancer dnsName) instead of a literal, "
                + "and publish only public addresses in A/AAAA records.",
            "Renseigner la valeur de l'enregistrement avec la sortie de la ressource (cname de cdn.DomainNew, dnsName de "
                + "alb.LoadBalancer) au lieu d'un littéral, et ne publier que des adresses publiques dans les enregistrements A/AAAA.",
        ),
        severity: "medium",
        resourceTypes: [RECORD],
        frameworks: { iso27001: ["A.8.20", "A.5.9"], nist: ["SC-20", "CM-8"] },
    },
    validate: (resources, { report }) => {
        for (const r of ofType(resources, RECORD)) {
            const p = r.props as Partial<ResourceProps<AlidnsRecordArgs>>;
            const value = typeof p.value === "string" ? p.value.trim() : "";
            const name = `${p.rr ?? "?"}.${p.domainName ?? "?"}`;
            const type = (p.type ?? "").toUpperCase();
            if (type === "CNAME" && SERVICE_TARGET.test(value) && (r.propertyDependencies.value ?? []).length === 0) {
                report(
                    text(
                        `DNS record "${r.name}" (${name} CNAME ${value}) names a service endpoint as a literal, so it can outlive its `
                            + "target; take the value from the resource that owns the endpoint.",
                        `L'enregistrement DNS « ${r.name} » (${name} CNAME ${value}) désigne un point d'accès de service en littéral, et `
                            + "peut donc survivre à sa cible ; tirer la valeur de la ressource qui possède ce point d'accès.",
                    ),
                    r.urn,
                );
            }
            if ((type === "A" || type === "AAAA") && PRIVATE_ADDRESS.test(value)) {
                report(
                    text(
                        `DNS record "${r.name}" (${name} ${type} ${value}) publishes a private address; publish the public entry point `
                            + "(the CDN or the ALB) instead.",
                        `L'enregistrement DNS « ${r.name} » (${name} ${type} ${value}) publie une adresse privée ; publier plutôt le point `
                            + "d'entrée public (le CDN ou l'ALB).",
                    ),
                    r.urn,
                );
            }
        }
    },
});
