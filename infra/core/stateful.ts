/**
 * The options of a stateful resource: what losing it would cost (data, an address partners
 * allow-list, a year of logs) decides them, so every layer gets them from here.
 */
import * as pulumi from "@pulumi/pulumi";

export interface Protection {
    /** `protect` plus the provider's deletion protection (the profile decides). */
    readonly protect: boolean;
}

/**
 * Options for a stateful child of `parent`: `protect` from the profile, and any aliases that keep
 * its identity when its declaration moves (a rename or a new parent must never replace it).
 */
export function statefulOptions(
    parent: pulumi.Resource,
    p: Protection,
    aliases?: pulumi.Input<pulumi.URN | pulumi.Alias>[],
): pulumi.CustomResourceOptions {
    return { parent, protect: p.protect, ...(aliases && aliases.length > 0 ? { aliases } : {}) };
}

/** The value most Alibaba APIs want for deletion protection: "Enabled" or "Disabled". */
export function deletionProtectionFlag(p: Protection): "Enabled" | "Disabled" {
    return p.protect ? "Enabled" : "Disabled";
}
