import { grantsOf, rolesNamed, roleNameOf } from "../../lib/ram-grants";
import { stackRule, text } from "../../lib/rule";

interface Config {
    operatorRoles: string[];
}

/** RAM actions that only read; anything else of RAM (or a wildcard covering RAM) changes who may do what. */
const RAM_READ = /^ram:(Get|List)[A-Za-z]*$/;

/** Whether an Allow of `action` lets its holder change RAM: a RAM action that is not a read, or a wildcard reaching RAM. */
function writesRam(action: string): boolean {
    const a = action.trim();
    if (a === "*" || /^ram:\*?$/i.test(a)) return true;
    if (!/^ram:/i.test(a)) return false;
    if (a.includes("*")) return !["ram:Get*", "ram:List*"].includes(a);
    return !RAM_READ.test(a);
}

/**
 * The operator role operates and restores; it must not be able to widen anyone's access, its own
 * included. Its attached policies (custom documents parsed, system policies by name) may allow no
 * RAM action but reads.
 */
export const ramOperatorNoRamWrite = stackRule<Config>({
    meta: {
        id: "ram-operator-no-ram-write",
        service: "ram",
        title: text("Operators cannot change RAM", "Les opérateurs ne peuvent pas modifier RAM"),
        description: text(
            "The policies attached to an operator role (roles named by config operatorRoles) allow no RAM action other than Get* and "
                + "List*, no ram:* and no *: operating and restoring never needs to change who may do what.",
            "Les politiques attachées à un rôle d'opérateur (rôles désignés par la configuration operatorRoles) n'autorisent aucune "
                + "action RAM autre que Get* et List*, ni ram:* ni * : exploiter et restaurer n'exige jamais de modifier qui peut faire quoi.",
        ),
        remediation: text(
            "Remove the RAM write actions (and any ram:* or *) from the operator's policies; RAM changes go through the deployer role "
                + "and a reviewed change.",
            "Retirer les actions RAM d'écriture (et tout ram:* ou *) des politiques de l'opérateur ; les changements RAM passent par le "
                + "rôle de déploiement et une modification relue.",
        ),
        severity: "high",
        resourceTypes: ["alicloud:ram/role:Role", "alicloud:ram/policy:Policy", "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment"],
        frameworks: { iso27001: ["A.5.15", "A.8.2"], nist: ["AC-5", "AC-6"] },
    },
    configSchema: {
        properties: {
            operatorRoles: {
                type: "array",
                items: { type: "string" },
                default: ["*-identity-operator"],
                description: "Name patterns (* = any characters) of the operator roles.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        for (const role of rolesNamed(resources, config.operatorRoles)) {
            const name = roleNameOf(role) ?? role.name;
            for (const g of grantsOf(resources, role)) {
                if (g.policyType === "System") {
                    if (/ram/i.test(g.policyName) && !/ReadOnly/i.test(g.policyName)) {
                        report(
                            text(
                                `Operator role "${name}" has system policy ${g.policyName} attached, which changes RAM; attach a read-only policy instead.`,
                                `Le rôle d'opérateur « ${name} » a la politique système ${g.policyName}, qui modifie RAM ; attacher une politique en lecture seule.`,
                            ),
                            g.attachment.urn,
                        );
                    }
                    continue;
                }
                if (g.statements === undefined) {
                    report(
                        text(
                            `Operator role "${name}" has policy "${g.policyName}" attached, whose document is not in the stack or not valid JSON; it cannot be checked.`,
                            `Le rôle d'opérateur « ${name} » a la politique « ${g.policyName} », dont le document est absent de la pile ou n'est pas du JSON valide ; elle ne peut pas être vérifiée.`,
                        ),
                        g.attachment.urn,
                    );
                    continue;
                }
                const writes = [...new Set(g.statements.filter((s) => s.effect === "Allow").flatMap((s) => s.actions.filter(writesRam)))].sort();
                if (writes.length === 0) continue;
                report(
                    text(
                        `Operator role "${name}" may change RAM through policy "${g.policyName}" (${writes.join(", ")}); remove those actions.`,
                        `Le rôle d'opérateur « ${name} » peut modifier RAM par la politique « ${g.policyName} » (${writes.join(", ")}) ; retirer ces actions.`,
                    ),
                    g.policy?.urn ?? g.attachment.urn,
                );
            }
        }
    },
});
