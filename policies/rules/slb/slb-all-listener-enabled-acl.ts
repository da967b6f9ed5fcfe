import type { ListenerArgs } from "@pulumi/alicloud/slb";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

export const slbAllListenerEnabledAcl = resourceRule<ResourceProps<ListenerArgs>>({
    meta: {
        id: "slb-all-listener-enabled-acl",
        service: "slb",
        title: text("CLB listeners have access control on", "Le contrôle d'accès des écouteurs CLB est activé"),
        description: text(
            "Every Classic Load Balancer listener must enable its access-control list so that only expected sources reach the backends.",
            "Chaque écouteur de Classic Load Balancer doit activer sa liste de contrôle d'accès afin que seules les sources attendues "
                + "atteignent les serveurs.",
        ),
        remediation: text(
            "Set aclStatus: \"on\", aclType \"white\" and aclIds to an alicloud.slb.Acl on alicloud.slb.Listener.",
            "Définir aclStatus: \"on\", aclType \"white\" et aclIds vers une alicloud.slb.Acl dans alicloud.slb.Listener.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:slb/listener:Listener"],
        frameworks: { iso27001: ["A.8.20", "A.5.15"], nist: ["SC-7", "AC-3"] },
    },
    validate: (l, { args, report }) => {
        if (l.aclStatus === "on") return;
        report(
            text(
                `CLB listener "${args.name}" (port ${l.frontendPort}) has aclStatus ${shown(l.aclStatus)} (default "off"); set aclStatus: `
                    + '"on".',
                `L'écouteur CLB « ${args.name} » (port ${l.frontendPort}) a aclStatus ${shown(l.aclStatus, "fr")} (« off » par défaut) ; `
                    + "définir aclStatus: \"on\".",
            ),
        );
    },
});
