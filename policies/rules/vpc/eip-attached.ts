import { stackRule, text } from "../../lib/rule";
import { ofType, referrers } from "../../lib/util";

const EIP = "alicloud:ecs/eipAddress:EipAddress";
const ASSOCIATION = "alicloud:ecs/eipAssociation:EipAssociation";

/** Joins by reference: an EIP counts as attached only when an EipAssociation's allocationId refers to that very EIP. */
export const eipAttached = stackRule({
    meta: {
        id: "eip-attached",
        service: "vpc",
        title: text("Every EIP is attached", "Chaque EIP est associée"),
        description: text(
            "Each EIP must be the target of an alicloud.ecs.EipAssociation (allocationId); an idle public address costs money "
                + "and invites later misuse.",
            "Chaque EIP doit être la cible d'une alicloud.ecs.EipAssociation (allocationId) ; une adresse publique inutilisée "
                + "coûte de l'argent et invite à un usage ultérieur non maîtrisé.",
        ),
        remediation: text(
            "Declare an alicloud.ecs.EipAssociation with allocationId set to the EIP's id and instanceId to its target "
                + "(e.g. the NAT gateway with instanceType \"Nat\"), or remove the EIP.",
            "Déclarer une alicloud.ecs.EipAssociation avec allocationId égal à l'id de l'EIP et instanceId égal à sa cible "
                + "(par ex. la passerelle NAT avec instanceType « Nat »), ou supprimer l'EIP.",
        ),
        severity: "low",
        resourceTypes: [EIP, ASSOCIATION],
        frameworks: { iso27001: ["A.5.9"], nist: ["CM-8", "CM-7"] },
    },
    validate: (resources, { report }) => {
        const associations = ofType(resources, ASSOCIATION);
        for (const eip of ofType(resources, EIP)) {
            if (referrers(associations, "allocationId", eip).length > 0) continue;
            report(
                text(
                    `EIP "${eip.name}" is not attached: no EipAssociation refers to it through allocationId.`,
                    `L'EIP « ${eip.name} » n'est pas associée : aucune EipAssociation ne la désigne par allocationId.`,
                ),
                eip.urn,
            );
        }
    },
});
