/**
 * Regions the project supports, with their zones. Only regions whose zones we verified are here:
 * regions open and close (Sydney and Mumbai did), so this is a list we maintain, not a guess.
 */
export const REGION_ZONES: Readonly<Record<string, readonly string[]>> = {
    "eu-central-1": ["eu-central-1a", "eu-central-1b", "eu-central-1c"],
    "eu-west-1": ["eu-west-1a", "eu-west-1b"],
    "me-east-1": ["me-east-1a", "me-east-1b"],
};

/** Last letter of a zone id ("eu-central-1a" → "a"), used in names. */
export function zoneLetter(zone: string): string {
    return zone.slice(-1);
}
