/**
 * The residency map: in which regions data of each classification may live, and on what legal
 * basis. It is the only copy. The settings loader refuses a replication region it does not allow,
 * and `npm run pack-config` hands it to the `data-residency` guardrail (policies/config/<profile>.json),
 * so that the program and the pack cannot disagree.
 *
 * Personal and sensitive-personal data have no entry on purpose: no Alibaba Cloud region is in
 * Senegal, so storing them anywhere is a transfer abroad (law 2008-12, Art. 49-50) whose basis only
 * the data protection officer can record (docs/compliance.md says what they must decide). Until then
 * the stores that hold them are reported under waivers owned by the officer.
 */
import type { DataClassification } from "./names";

export interface ResidencyEntry {
    /** Region ids where data of the classification may live. */
    readonly regions: readonly string[];
    /** Why data of that class may live there (a decision, a legal basis): never empty. */
    readonly legalBasis: string;
}

export type ResidencyMap = Readonly<Partial<Record<DataClassification, ResidencyEntry>>>;

const NO_PERSONAL_DATA = "public/internal data, no personal data";

export const RESIDENCY: ResidencyMap = {
    public: { regions: ["eu-central-1"], legalBasis: NO_PERSONAL_DATA },
    internal: { regions: ["eu-central-1"], legalBasis: NO_PERSONAL_DATA },
};

/** Regions the map allows for `classification` (none when it has no entry). */
export function allowedRegions(classification: DataClassification, map: ResidencyMap = RESIDENCY): readonly string[] {
    return map[classification]?.regions ?? [];
}
