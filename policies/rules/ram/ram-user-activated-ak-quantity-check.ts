import type { PolicyResource } from "@pulumi/policy";
import { stackRule, text } from "../../lib/rule";
import { known, ofType, refersToByName } from "../../lib/util";

const USER = "alicloud:ram/user:User";
const ACCESS_KEY = "alicloud:ram/accessKey:AccessKey";

interface Config {
    maxActiveKeys: number;
}

interface Owner {
    label: string;
    urn: string;
    keys: PolicyResource[];
}

/** Keys are grouped by the ram.User their userName refers to (by reference or name), else by the literal userName. */
export const ramUserActivatedAkQuantityCheck = stackRule<Config>({
    meta: {
        id: "ram-user-activated-ak-quantity-check",
        service: "ram",
        title: text("A RAM user has at most one active access key", "Un utilisateur RAM a au plus une clé d'accès active"),
        description: text(
            "Each RAM user should hold a single active AccessKey so that rotation stays traceable (CIS 1.6).",
            "Chaque utilisateur RAM ne doit détenir qu'une seule AccessKey active afin que la rotation reste traçable (CIS 1.6).",
        ),
        remediation: text(
            "Keep one alicloud.ram.AccessKey with status \"Active\" per userName; set status: \"Inactive\" on the others, then delete "
                + "them.",
            "Ne garder qu'une alicloud.ram.AccessKey avec status \"Active\" par userName ; passer les autres en status: \"Inactive\" puis "
                + "les supprimer.",
        ),
        severity: "medium",
        resourceTypes: [USER, ACCESS_KEY],
        frameworks: { cis: ["1.6"], iso27001: ["A.5.17", "A.8.5"], nist: ["IA-5", "AC-2"] },
    },
    configSchema: {
        properties: {
            maxActiveKeys: { type: "integer", default: 1, description: "Largest number of active access keys per RAM user." },
        },
    },
    validate: (resources, { config, report }) => {
        const users = ofType(resources, USER);
        const owners = new Map<string, Owner>();
        for (const key of ofType(resources, ACCESS_KEY)) {
            const props = key.props as { status?: string; userName?: string };
            // The API creates keys Active; only an explicit "Inactive" takes a key out of the count.
            if (known(() => props.status) === "Inactive") continue;
            const user = users.find((u) => refersToByName(key, "userName", u, ["name"]));
            const userName = known(() => props.userName) ?? user?.name;
            if (userName === undefined) continue;
            const id = user?.urn ?? `name:${userName}`;
            const owner = owners.get(id) ?? { label: userName, urn: user?.urn ?? key.urn, keys: [] };
            owner.keys.push(key);
            owners.set(id, owner);
        }
        for (const o of owners.values()) {
            if (o.keys.length <= config.maxActiveKeys) continue;
            const names = o.keys.map((k) => k.name).join(", ");
            report(
                text(
                    `RAM user "${o.label}" has ${o.keys.length} active access keys (${names}); keep at most ${config.maxActiveKeys}.`,
                    `L'utilisateur RAM « ${o.label} » a ${o.keys.length} clés d'accès actives (${names}) ; en garder au plus `
                        + `${config.maxActiveKeys}.`,
                ),
                o.urn,
            );
        }
    },
});
