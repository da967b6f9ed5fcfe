/**
 * The CrossGuard pack. This is the only `new PolicyPack` in the repository: constructing one starts
 * a gRPC server for the Pulumi CLI, so tests and tools import `./catalog` instead.
 *
 *   pulumi preview --policy-pack policies --policy-pack-config policies/config/<env>.json
 *
 * The CLI starts this program once per preview or update, so the waivers are read and the date
 * taken once, here, and handed to every policy explicitly.
 */
import * as path from "node:path";
import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME, packArgs } from "./catalog";
import { isCalendarDate } from "./lib/dates";
import { readWaiverFile } from "./lib/waivers";

/**
 * The day waivers are judged at: today, unless DAKAR2026_POLICY_DATE names another day (to
 * reproduce a past run, or to pin a test). A malformed date stops the pack rather than judging
 * waivers at a day nobody asked for.
 */
function evaluationDate(): string {
    const given = process.env.DAKAR2026_POLICY_DATE;
    if (given === undefined || given === "") return new Date().toISOString().slice(0, 10);
    if (!isCalendarDate(given)) {
        throw new Error(`DAKAR2026_POLICY_DATE ${JSON.stringify(given)} is not a date YYYY-MM-DD`);
    }
    return given;
}

const run = {
    today: evaluationDate(),
    waivers: readWaiverFile(path.join(__dirname, "waivers.json")),
};

new PolicyPack(PACK_NAME, packArgs(run));
