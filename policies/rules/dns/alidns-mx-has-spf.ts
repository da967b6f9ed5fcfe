import type { PolicyResource } from "@pulumi/policy";
import type { AlidnsRecordArgs } from "@pulumi/alicloud/dns";
import { ResourceProps, stackRule, text } from "../../lib/rule";
import { ofType, sameTarget } from "../../lib/util";

const RECORD = "alicloud:dns/alidnsRecord:AlidnsRecord";

type RecordProps = Partial<ResourceProps<AlidnsRecordArgs>>;

const props = (r: PolicyResource) => r.props as RecordProps;
const host = (value: string | undefined) => (value ?? "").trim().toLowerCase().replace(/\.$/, "");
const unquoted = (value: string | undefined) => (value ?? "").trim().replace(/^"|"$/g, "");

/**
 * InfraGuard's alidns-route-53-mx-check, renamed. The TXT record is joined to the MX record on the same zone (`domainName`,
 * by value or by a shared reference to the dns.AlidnsDomain) AND the same host (`rr`): an SPF record only covers its own name.
 */
export const alidnsMxHasSpf = stackRule({
    meta: {
        id: "alidns-mx-has-spf",
        service: "dns",
        title: text("Every mail domain publishes SPF", "Chaque domaine de messagerie publie un SPF"),
        description: text(
            "Each enabled MX record must have an enabled TXT record on the same name that starts with \"v=spf1\" and authorises the "
                + "mail host (its name, the mx mechanism or an include:), so that others cannot send mail in the platform's name.",
            "Chaque enregistrement MX actif doit avoir, sur le même nom, un enregistrement TXT actif commençant par « v=spf1 » qui "
                + "autorise l'hôte de messagerie (son nom, le mécanisme mx ou un include:), afin que personne ne puisse envoyer de "
                + "courriel au nom de la plateforme.",
        ),
        remediation: text(
            "Declare an alicloud.dns.AlidnsRecord with type \"TXT\", the MX record's domainName and rr, and a value such as "
                + "\"v=spf1 mx include:spf.example.com -all\".",
            "Déclarer un alicloud.dns.AlidnsRecord de type \"TXT\", avec le domainName et le rr de l'enregistrement MX, et une valeur "
                + "comme \"v=spf1 mx include:spf.example.com -all\".",
        ),
        severity: "high",
        resourceTypes: [RECORD],
        frameworks: { iso27001: ["A.8.20", "A.5.14"], nist: ["SC-8", "SI-8"] },
    },
    validate: (resources, { report }) => {
        const records = ofType(resources, RECORD).filter((r) => props(r).status !== "DISABLE");
        for (const mx of records.filter((r) => props(r).type === "MX")) {
            const m = props(mx);
            const name = `${m.rr}.${m.domainName ?? "?"}`;
            const spf = records
                .filter((t) => props(t).type === "TXT" && props(t).rr === m.rr && sameTarget(mx, "domainName", t, "domainName"))
                .map((t) => unquoted(props(t).value))
                .filter((v) => /^v=spf1(\s|$)/i.test(v));
            if (spf.length === 0) {
                report(
                    text(
                        `MX record "${mx.name}" (${name} → ${m.value}) has no TXT record starting with "v=spf1" on the same name.`,
                        `L'enregistrement MX « ${mx.name} » (${name} → ${m.value}) n'a aucun enregistrement TXT commençant par « v=spf1 » `
                            + "sur le même nom.",
                    ),
                    mx.urn,
                );
                continue;
            }
            const mailHost = host(m.value);
            const authorises = (v: string) => {
                const terms = v.toLowerCase().split(/\s+/);
                return terms.some((t) => t.startsWith("include:") || /^[+?~-]?mx(:|\/|$)/.test(t)) || v.toLowerCase().includes(mailHost);
            };
            if (spf.some(authorises)) continue;
            report(
                text(
                    `MX record "${mx.name}" (${name} → ${m.value}) has an SPF record that neither names ${mailHost}, nor uses mx or `
                        + "include:.",
                    `L'enregistrement MX « ${mx.name} » (${name} → ${m.value}) a un SPF qui ne cite pas ${mailHost} et n'utilise ni mx `
                        + "ni include:.",
                ),
                mx.urn,
            );
        }
    },
});
