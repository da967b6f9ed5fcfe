import { resourceRule, text } from "../../lib/rule";

/**
 * People sign in and assume roles; the CI exchanges its OIDC token for a role session. An AccessKey
 * is a long-lived secret that leaks through laptops, CI variables and logs, and its secret would sit
 * in the stack's state: the program never creates one.
 */
export const ramNoAccessKey = resourceRule<Readonly<Record<string, unknown>>>({
    meta: {
        id: "ram-no-access-key",
        service: "ram",
        title: text("The program creates no AccessKey", "Le programme ne crée aucune AccessKey"),
        description: text(
            "No alicloud.ram.AccessKey may be declared: access goes through roles (people assume them, the CI reaches them through "
                + "OIDC), never through a long-lived key whose secret would sit in the state (CIS 1.3, 1.5).",
            "Aucune alicloud.ram.AccessKey ne doit être déclarée : l'accès passe par des rôles (les personnes les endossent, la CI "
                + "les atteint par OIDC), jamais par une clé durable dont le secret se trouverait dans l'état (CIS 1.3, 1.5).",
        ),
        remediation: text(
            "Remove the AccessKey; give the workload a RAM role (ECS instance role, the CI's deployer role through OIDC) instead.",
            "Supprimer l'AccessKey ; donner à la charge de travail un rôle RAM (rôle d'instance ECS, rôle de déploiement de la CI par "
                + "OIDC) à la place.",
        ),
        severity: "critical",
        resourceTypes: ["alicloud:ram/accessKey:AccessKey"],
        frameworks: { cis: ["1.3", "1.5"], iso27001: ["A.5.17", "A.8.5"], nist: ["IA-5", "AC-2"] },
    },
    validate: (props, { args, report }) => {
        const user = typeof props.userName === "string" ? ` of user "${props.userName}"` : "";
        const userFr = typeof props.userName === "string" ? ` de l'utilisateur « ${props.userName} »` : "";
        report(
            text(
                `AccessKey "${args.name}"${user} is a long-lived credential; remove it and use a RAM role.`,
                `L'AccessKey « ${args.name} »${userFr} est un identifiant durable ; la supprimer et utiliser un rôle RAM.`,
            ),
        );
    },
});
