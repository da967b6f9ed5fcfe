import type { InstanceArgs } from "@pulumi/alicloud/rds";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

/** Engines whose instances the typings let us force onto SSL with `forceEncryption`. */
const FORCEABLE = ["mysql", "sqlserver"];

/**
 * `sslAction: "Open"` gives the instance a certificate; clients may still connect in clear unless the instance refuses
 * them. The typings offer `forceEncryption: 1` for MySQL and SQL Server; MySQL also refuses clear connections with its
 * `require_secure_transport` parameter set to ON. PostgreSQL and MariaDB are left out: PostgreSQL decides per pg_hba entry
 * (`pgHbaConfs`), which this rule does not read. An instance whose SSL is off is reported by rds-instance-enabled-ssl
 * alone, since it cannot be forced before SSL is on.
 */
export const rdsInstanceSslEnforced = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "rds-instance-ssl-enforced",
        service: "rds",
        title: text("RDS instances refuse unencrypted connections", "Les instances RDS refusent les connexions non chiffrées"),
        description: text(
            "A MySQL or SQL Server RDS instance with SSL on must also refuse connections without SSL: forceEncryption: 1, or, for "
                + "MySQL, the parameter require_secure_transport set to ON.",
            "Une instance RDS MySQL ou SQL Server dont SSL est activé doit aussi refuser les connexions sans SSL : "
                + "forceEncryption: 1, ou, pour MySQL, le paramètre require_secure_transport à ON.",
        ),
        remediation: text(
            "Set forceEncryption: 1 on the rds.Instance (MySQL: or add parameters: [{ name: \"require_secure_transport\", value: "
                + "\"ON\" }]), and give the application the instance's CA certificate.",
            "Fixer forceEncryption: 1 sur la rds.Instance (MySQL : ou ajouter parameters: [{ name: \"require_secure_transport\", "
                + "value: \"ON\" }]), et fournir à l'application le certificat de l'autorité de l'instance.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:rds/instance:Instance"],
        frameworks: { cis: ["6.1"], iso27001: ["A.8.24", "A.8.20"], nist: ["SC-8", "SC-13"], senegal: ["Art. 71"] },
    },
    validate: (db, { args, report }) => {
        const engine = (db.engine ?? "").toLowerCase();
        if (!FORCEABLE.includes(engine)) return;
        if (db.sslAction === undefined || db.sslAction === "Close") return;
        if (db.forceEncryption === 1) return;
        const required = (db.parameters ?? []).find((p) => p.name === "require_secure_transport")?.value;
        if (engine === "mysql" && ["on", "1"].includes((required ?? "").toLowerCase())) return;
        report(
            text(
                `RDS instance "${args.name}" accepts connections without SSL (forceEncryption is ${shown(db.forceEncryption)}); set `
                    + "forceEncryption: 1.",
                `L'instance RDS « ${args.name} » accepte des connexions sans SSL (forceEncryption est ${shown(db.forceEncryption, "fr")}) ; `
                    + "fixer forceEncryption: 1.",
            ),
        );
    },
});
