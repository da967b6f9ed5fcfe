import { stackRule, text } from "../../lib/rule";
import { ofType, refersToByName } from "../../lib/util";

const GROUP = "alicloud:ram/group:Group";
const MEMBERSHIP = "alicloud:ram/groupMembership:GroupMembership";

/** Joins by reference (or group name): a group counts only when a GroupMembership's groupName refers to it. */
export const ramGroupHasMemberCheck = stackRule({
    meta: {
        id: "ram-group-has-member-check",
        service: "ram",
        title: text("Every RAM group has members", "Chaque groupe RAM a des membres"),
        description: text(
            "A RAM group declared in the stack should receive members through an alicloud.ram.GroupMembership; empty groups are unused "
                + "access paths.",
            "Un groupe RAM déclaré dans la pile doit recevoir des membres via un alicloud.ram.GroupMembership ; "
                + "les groupes vides sont des chemins d'accès inutilisés.",
        ),
        remediation: text(
            "Declare an alicloud.ram.GroupMembership whose groupName refers to the group, or delete the group.",
            "Déclarer un alicloud.ram.GroupMembership dont groupName désigne le groupe, ou supprimer le groupe.",
        ),
        severity: "low",
        resourceTypes: [GROUP, MEMBERSHIP],
        frameworks: { iso27001: ["A.5.15", "A.5.18"], nist: ["AC-2"] },
    },
    validate: (resources, { report }) => {
        const memberships = ofType(resources, MEMBERSHIP);
        for (const group of ofType(resources, GROUP)) {
            if (memberships.some((m) => refersToByName(m, "groupName", group, ["groupName", "name"]))) continue;
            report(
                text(
                    `RAM group "${group.name}" has no alicloud.ram.GroupMembership referring to it.`,
                    `Le groupe RAM « ${group.name} » n'est la cible d'aucun alicloud.ram.GroupMembership.`,
                ),
                group.urn,
            );
        }
    },
});
