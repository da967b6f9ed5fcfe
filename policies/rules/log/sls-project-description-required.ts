import type { ProjectArgs } from "@pulumi/alicloud/log";
import { ResourceProps, resourceRule, text } from "../../lib/rule";

export const slsProjectDescriptionRequired = resourceRule<ResourceProps<ProjectArgs>>({
    meta: {
        id: "sls-project-description-required",
        service: "log",
        title: text("Log Service projects are described", "Les projets Log Service sont décrits"),
        description: text(
            "Each Log Service project must say which logs it collects, so that the record of processing can point to it.",
            "Chaque projet Log Service doit indiquer les journaux qu'il collecte, afin que le registre des traitements puisse y renvoyer.",
        ),
        remediation: text(
            "Set description on the alicloud.log.Project, e.g. \"Access logs of the ticketing site\".",
            "Renseigner description sur la ressource alicloud.log.Project, par exemple « Journaux d'accès du site de billetterie ».",
        ),
        severity: "medium",
        resourceTypes: ["alicloud:log/project:Project"],
        frameworks: { iso27001: ["A.5.9", "A.8.9"], nist: ["CM-8"] },
    },
    validate: (project, { args, report }) => {
        if ((project.description ?? "").trim() !== "") return;
        const name = project.projectName ?? project.name ?? args.name;
        report(
            text(
                `Log Service project "${name}" has no description; set description to the logs it collects.`,
                `Le projet Log Service « ${name} » n'a pas de description ; renseigner description avec les journaux qu'il collecte.`,
            ),
        );
    },
});
