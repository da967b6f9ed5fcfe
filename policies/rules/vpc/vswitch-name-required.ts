import type { SwitchArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const vswitchNameRequired = resourceRule<ResourceProps<SwitchArgs>>({
    meta: {
        id: "vswitch-name-required",
        service: "vpc",
        title: text("vSwitches are named", "Les vSwitch sont nommés"),
        description: text(
            "Each vSwitch has a vswitchName, so that operators and auditors can tell the tiers apart.",
            "Chaque vSwitch a un vswitchName, afin que les exploitants et les auditeurs distinguent les tiers.",
        ),
        remediation: text(
            "Set vswitchName on the alicloud.vpc.Switch (the deprecated name field no longer counts).",
            "Définir vswitchName sur l'alicloud.vpc.Switch (le champ obsolète name ne compte plus).",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/switch:Switch"],
        frameworks: { iso27001: ["A.5.9"], nist: ["CM-8"] },
    },
    validate: (vsw, { args, report }) => {
        if (isSet(vsw.vswitchName)) return;
        // `name` is deprecated since provider 1.119.0 in favour of `vswitchName`.
        if (isSet(vsw.name)) {
            report(
                text(
                    `vSwitch "${args.name}" is named only through the deprecated name field; move the value to vswitchName.`,
                    `Le vSwitch « ${args.name} » n'est nommé que par le champ obsolète name ; reporter la valeur dans vswitchName.`,
                ),
            );
            return;
        }
        report(
            text(
                `vSwitch "${args.name}" has no vswitchName; set vswitchName.`,
                `Le vSwitch « ${args.name} » n'a pas de vswitchName ; définir vswitchName.`,
            ),
        );
    },
});
