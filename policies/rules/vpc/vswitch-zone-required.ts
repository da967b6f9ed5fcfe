import type { SwitchArgs } from "@pulumi/alicloud/vpc";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const vswitchZoneRequired = resourceRule<ResourceProps<SwitchArgs>>({
    meta: {
        id: "vswitch-zone-required",
        service: "vpc",
        title: text("vSwitches name their zone", "Les vSwitch nomment leur zone"),
        description: text(
            "Each vSwitch states its zoneId, so that the spread of tiers across availability zones is decided, not left to chance.",
            "Chaque vSwitch indique sa zoneId, afin que la répartition des tiers entre zones de disponibilité soit décidée et non "
                + "laissée au hasard.",
        ),
        remediation: text(
            "Set zoneId on the alicloud.vpc.Switch (e.g. from alicloud.getZones); the deprecated availabilityZone no longer counts.",
            "Définir zoneId sur l'alicloud.vpc.Switch (par ex. depuis alicloud.getZones) ; le champ obsolète availabilityZone ne "
                + "compte plus.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:vpc/switch:Switch"],
        frameworks: { iso27001: ["A.8.14"], nist: ["CP-10", "CM-6"] },
    },
    validate: (vsw, { args, report }) => {
        if (isSet(vsw.zoneId)) return;
        // `availabilityZone` is deprecated since provider 1.119.0 in favour of `zoneId`.
        if (isSet(vsw.availabilityZone)) {
            report(
                text(
                    `vSwitch "${args.name}" sets its zone only through the deprecated availabilityZone field; move the value to zoneId.`,
                    `Le vSwitch « ${args.name} » ne fixe sa zone que par le champ obsolète availabilityZone ; reporter la valeur `
                        + "dans zoneId.",
                ),
            );
            return;
        }
        report(
            text(
                `vSwitch "${args.name}" has no zoneId; set zoneId to the intended availability zone.`,
                `Le vSwitch « ${args.name} » n'a pas de zoneId ; définir zoneId sur la zone de disponibilité voulue.`,
            ),
        );
    },
});
