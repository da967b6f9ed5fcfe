import { stackRule, text } from "../../lib/rule";
import { known, ofType } from "../../lib/util";

const TRAIL = "alicloud:actiontrail/trail:Trail";

interface Config {
    required: boolean;
}

/**
 * A trail is account-wide, so one stack normally owns it. The rule applies to any stack that declares an
 * Alibaba Cloud resource; stacks whose account trail lives in another stack set `required: false`.
 */
export const actiontrailEnabled = stackRule<Config>({
    meta: {
        id: "actiontrail-enabled",
        service: "log",
        title: text("An ActionTrail trail records API activity", "Une piste ActionTrail enregistre l'activité des API"),
        description: text(
            "A stack that creates Alibaba Cloud resources must declare at least one enabled ActionTrail trail (CIS 2.1).",
            "Une pile qui crée des ressources Alibaba Cloud doit déclarer au moins une piste ActionTrail activée (CIS 2.1).",
        ),
        remediation: text(
            "Declare an alicloud.actiontrail.Trail with status \"Enable\", trailRegion \"All\" and eventRw \"All\", "
                + "or set required: false when the account's trail is managed by another stack.",
            "Déclarer une alicloud.actiontrail.Trail avec status \"Enable\", trailRegion \"All\" et eventRw \"All\", "
                + "ou définir required: false lorsque la piste du compte est gérée par une autre pile.",
        ),
        severity: "high",
        resourceTypes: [TRAIL],
        frameworks: { cis: ["2.1"], iso27001: ["A.8.15", "A.8.16"], nist: ["AU-2", "AU-12"] },
    },
    configSchema: {
        properties: {
            required: {
                type: "boolean",
                default: true,
                description: "Require a trail in this stack; set false in stacks that rely on a trail declared elsewhere.",
            },
        },
    },
    validate: (resources, { config, report }) => {
        if (!config.required) return;
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
