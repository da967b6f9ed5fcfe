/**
 * The CrossGuard pack. This is the only `new PolicyPack` in the repository: constructing one starts
 * a gRPC server for the Pulumi CLI, so tests and tools import `./catalog` instead.
 *
 *   pulumi preview --policy-pack policies --policy-pack-config policies/config/<env>.json
 */
import * as path from "node:path";
import { PolicyPack } from "@pulumi/policy";
import { PACK_NAME, packArgs } from "./catalog";
import { useWaivers } from "./lib/rule";
import { readWaiverFile } from "./lib/waivers";

useWaivers(readWaiverFile(path.join(__dirname, "waivers.json")));

new PolicyPack(PACK_NAME, packArgs);
