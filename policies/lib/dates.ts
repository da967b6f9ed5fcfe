/** Days as the pack writes them: YYYY-MM-DD, and a day that exists (2027-02-30 does not). */
export function isCalendarDate(text: string): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const t = Date.parse(`${text}T00:00:00Z`);
    // Date.parse rolls 2027-02-30 over to March instead of refusing it; a round trip catches that.
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === text;
}
