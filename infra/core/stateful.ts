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

/**
 * The URN the engine gives a resource of `type` named `name` under the resource whose URN is
 * `parentUrn`: urn:pulumi:<stack>::<project>::<parent's type chain>$<type>::<name>. The root
 * stack's type is never part of a chain: the engine leaves it out of top-level URNs; Pulumi's mock
 * runtime writes it, so it is dropped here (`pulumi.createUrn` keeps it, and then names a URN the
 * engine never gave).
 */
export function childUrnOf(parentUrn: string, type: string, name: string): string {
    const parts = parentUrn.split("::");
    if (parts.length !== 4 || !parts[0].startsWith("urn:pulumi:")) throw new Error(`${parentUrn} is not a resource URN`);
    const chain = parts[2].replace(/^pulumi:pulumi:Stack\$/, "");
    return `${parts[0]}::${parts[1]}::${chain}$${type}::${name}`;
}

/** `childUrnOf` for outputs: an alias that keeps the identity of a resource moved to another parent. */
export function childUrn(parentUrn: pulumi.Input<string>, type: string, name: pulumi.Input<string>): pulumi.Output<string> {
    return pulumi.all([parentUrn, name]).apply(([parent, child]) => childUrnOf(parent, type, child));
}
