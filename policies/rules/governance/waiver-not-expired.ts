import { stackRule, text } from "../../lib/rule";
import { isExpired } from "../../lib/waivers";

/**
 * An expired waiver no longer suppresses anything (applyWaivers skips it), so the findings it covered
 * come back; this rule also makes the stale entry itself visible so that it is renewed or removed.
 * It reads the waivers of the run from its context: the pack passes policies/waivers.json, the
 * audit the file it was given.
 */
export const waiverNotExpired = stackRule({
    meta: {
        id: "waiver-not-expired",
        service: "governance",
        title: text("No expired waiver is left in the waiver file", "Aucune dérogation expirée ne reste dans le fichier des dérogations"),
        description: text(
            "Every waiver in policies/waivers.json is time-boxed. Once its expiry date has passed it is reported until it is " +
                "renewed after a new review or removed, so that exceptions cannot silently outlive their justification.",
            "Chaque dérogation de policies/waivers.json est limitée dans le temps. Une fois sa date d'expiration passée, elle est " +
                "signalée jusqu'à ce qu'elle soit renouvelée après une nouvelle revue ou supprimée, afin qu'aucune exception ne survive " +
                "en silence à sa justification.",
        ),
        remediation: text(
            "Fix the resources the waiver covered and delete the entry from policies/waivers.json, or have the owner review the " +
                "risk again and set a new `expires` date.",
            "Corriger les ressources couvertes par la dérogation et supprimer l'entrée de policies/waivers.json, ou faire réexaminer " +
                "le risque par son responsable et fixer une nouvelle date `expires`.",
        ),
        severity: "high",
        // Reads no resource: the finding belongs to the stack itself.
        resourceTypes: ["pulumi:pulumi:Stack"],
        frameworks: { iso27001: ["A.5.36", "A.8.9"], nist: ["CA-5", "CA-7"] },
    },
    validate: (_resources, { report, today, waivers }) => {
        for (const w of waivers) {
            if (!isExpired(w, today)) continue;
            report(
                text(
                    `The waiver of policy "${w.policy}" for "${w.resource}" (owner ${w.owner}) has expired: its last day in force was ` +
                        `${w.expires}; renew it after review or remove it.`,
                    `La dérogation à la règle « ${w.policy} » pour « ${w.resource} » (responsable ${w.owner}) a expiré : son dernier ` +
                        `jour de validité était le ${w.expires} ; la renouveler après revue ou la supprimer.`,
                ),
            );
        }
    },
});
