import type { InstanceArgs } from "@pulumi/alicloud/waf";
import { ResourceProps, resourceRule, text } from "../../lib/rule";
import { shown } from "../../lib/util";

/** InfraGuard reads `log_status`, which waf.Instance does not have; its Log Service switch is the string input `wafLog`. */
export const wafInstanceLoggingEnabled = resourceRule<ResourceProps<InstanceArgs>>({
    meta: {
        id: "waf-instance-logging-enabled",
        service: "waf",
        title: text("WAF instances keep logs", "Les instances WAF conservent leurs journaux"),
        description: text(
            "A Web Application Firewall instance must have Log Service enabled, so that blocked and allowed web requests can be "
                + "investigated after an incident.",
            "Une instance de Web Application Firewall doit avoir Log Service activé, afin que les requêtes web bloquées et autorisées "
                + "puissent être analysées après un incident.",
        ),
        remediation: text(
            "Set wafLog: \"true\" on alicloud.waf.Instance, with logStorage and logTime sized for the retention period.",
            "Définir wafLog: \"true\" dans alicloud.waf.Instance, avec logStorage et logTime dimensionnés pour la durée de conservation.",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:waf/instance:Instance"],
        frameworks: { cis: ["2.7"], iso27001: ["A.8.15", "A.8.16"], nist: ["AU-2", "AU-12", "SI-4"] },
    },
    validate: (w, { args, report }) => {
        if (w.wafLog === "true") return;
        report(
            text(
                `WAF instance "${args.name}" has wafLog ${shown(w.wafLog)}; set wafLog: "true".`,
                `L'instance WAF « ${args.name} » a wafLog ${shown(w.wafLog, "fr")} ; définir wafLog: "true".`,
            ),
        );
    },
});
