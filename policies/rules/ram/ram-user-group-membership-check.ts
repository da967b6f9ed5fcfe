import { stackRule, text } from "../../lib/rule";
import { ofType, refersToByName } from "../../lib/util";

const USER = "alicloud:ram/user:User";
const MEMBERSHIP = "alicloud:ram/groupMembership:GroupMembership";

/** Joins by reference (or user name): a user counts only when a GroupMembership's userNames refers to it. */
export const ramUserGroupMembershipCheck = stackRule({
    meta: {
        id: "ram-user-group-membership-check",
        service: "ram",
        title: text("Every RAM user belongs to a group", "Chaque utilisateur RAM appartient à un groupe"),
        description: text(
            "RAM users should get their permissions from group membership, so each user declared in the stack should be in a group.",
            "Les utilisateurs RAM doivent tenir leurs permissions de leur appartenance à un groupe ; "
                + "chaque utilisateur déclaré dans la pile doit donc être membre d'un groupe.",
        ),
        remediation: text(
            "Add the user's name to userNames of an alicloud.ram.GroupMembership (refer to the user's name output).",
            "Ajouter le nom de l'utilisateur aux userNames d'un alicloud.ram.GroupMembership (en référençant la sortie name de "
                + "l'utilisateur).",
        ),
        severity: "low",
        resourceTypes: [USER, MEMBERSHIP],
        frameworks: { iso27001: ["A.5.15", "A.5.18"], nist: ["AC-2"] },
    },
    validate: (resources, { report }) => {
        const memberships = ofType(resources, MEMBERSHIP);
        for (const user of ofType(resources, USER)) {
            if (memberships.some((m) => refersToByName(m, "userNames", user, ["name"]))) continue;
            report(
                text(
                    `RAM user "${user.name}" is not in any group (no alicloud.ram.GroupMembership lists it).`,
                    `L'utilisateur RAM « ${user.name} » n'appartient à aucun groupe (aucun alicloud.ram.GroupMembership ne le mentionne).`,
                ),
                user.urn,
            );
        }
    },
});
