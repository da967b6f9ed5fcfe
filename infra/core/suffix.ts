/**
 * The stack's random suffix, which makes globally unique cloud names (Log Service projects, OSS
 * buckets) unique. It is created once and must never change: changing it renames, and so
 * replaces, every resource whose name carries it.
 */
import * as random from "@pulumi/random";
import type * as pulumi from "@pulumi/pulumi";
import { componentName } from "./names";
import type { CoreSettings } from "./settings";

export function uniqueSuffix(core: CoreSettings): pulumi.Output<string> {
    return new random.RandomString(
        `${componentName(core, "suffix")}`,
        { length: 6, special: false, upper: false, numeric: true, lower: true },
        { protect: core.profile.protect },
    ).result;
}
