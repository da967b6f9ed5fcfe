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
import { readWaiverFile } from "./lib/waivers";

const run = {
    today: new Date().toISOString().slice(0, 10),
    waivers: readWaiverFile(path.join(__dirname, "waivers.json")),
};

new PolicyPack(PACK_NAME, packArgs(run));
