import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { isSet } from "../../lib/util";

export const rdsInstancesInVpc = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instances-in-vpc",
        service: "rds",
        title: text("RDS instances run in a VPC", "Les instances RDS s'exécutent dans un VPC"),
        description: text(
            "Every RDS instance must be placed in a VPC vSwitch (vswitchId set); without it the instance lands on the classic network.",
            "Chaque instance RDS doit être placée dans un vSwitch de VPC (vswitchId défini) ; sans cela elle est créée sur le réseau "
                + "classique.",
        ),
        remediation: text(
            "Set vswitchId on the rds.Instance to a database vSwitch of the platform's VPC.",
            "Fixer vswitchId sur la rds.Instance à un vSwitch de bases de données du VPC de la plateforme.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { iso27001: ["A.8.20", "A.8.22"], nist: ["SC-7"] },
    },
    validate: (db, { args, report }) => {
        if (isSet(db.vswitchId)) return;
        report(
            text(
                `RDS instance "${args.name}" has no vswitchId; place it in a VPC vSwitch.`,
                `L'instance RDS « ${args.name} » n'a pas de vswitchId ; la placer dans un vSwitch de VPC.`,
            ),
        );
    },
});
