import { onlyInAccountOwner } from "../../lib/account";
import { stackRule, text } from "../../lib/rule";
import { known, ofType } from "../../lib/util";

const TRAIL = "alicloud:actiontrail/trail:Trail";

/**
 * A trail is account-wide: the stack that owns the account (its `accountOwner` output is true,
 * lib/account.ts) must declare it; in every other stack the rule is not applicable.
 */
export const actiontrailEnabled = stackRule({
    meta: {
        id: "actiontrail-enabled",
        service: "log",
        title: text("An ActionTrail trail records API activity", "Une piste ActionTrail enregistre l'activité des API"),
        description: text(
            "The stack that owns the account's account-wide resources (accountOwner output true) must declare at least one enabled "
                + "ActionTrail trail (CIS 2.1); other stacks rely on it.",
            "La pile qui détient les ressources du compte (sortie accountOwner à true) doit déclarer au moins une piste ActionTrail "
                + "activée (CIS 2.1) ; les autres piles s'appuient sur elle.",
        ),
        remediation: text(
            "In the stack that owns the account, declare an alicloud.actiontrail.Trail with status \"Enable\", trailRegion \"All\" "
                + "and eventRw \"All\" (the identity layer does, where dakar2026:accountOwner is true).",
            "Dans la pile qui détient le compte, déclarer une alicloud.actiontrail.Trail avec status \"Enable\", trailRegion \"All\" "
                + "et eventRw \"All\" (la couche identity le fait là où dakar2026:accountOwner vaut true).",
        ),
        severity: "high",
        resourceTypes: [TRAIL],
        frameworks: { cis: ["2.1"], iso27001: ["A.8.15", "A.8.16"], nist: ["AU-2", "AU-12"] },
    },
    validate: (resources, { args, report }) => {
        onlyInAccountOwner(args, resources);
        const alicloud = resources.filter((r) => r.type.startsWith("alicloud:"));
        if (alicloud.length === 0) return;
        const enabled = ofType(resources, TRAIL).filter((t) => known(() => (t.props as { status?: string }).status) !== "Disable");
        if (enabled.length > 0) return;
        const anchor = resources.find((r) => r.type === "pulumi:pulumi:Stack") ?? alicloud[0];
        report(
            text(
                `The stack declares ${alicloud.length} Alibaba Cloud resource(s) but no enabled alicloud.actiontrail.Trail; declare one `
                    + `with status "Enable".`,
                `La pile déclare ${alicloud.length} ressource(s) Alibaba Cloud mais aucune alicloud.actiontrail.Trail activée ; `
                    + `en déclarer une avec status "Enable".`,
            ),
            anchor.urn,
        );
    },
});
