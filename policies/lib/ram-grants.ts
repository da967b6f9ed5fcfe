/**
 * What a RAM role may do, read from a stack: the custom policies attached to it (ram.Policy joined
 * to ram.RolePolicyAttachment by reference or by policy name, the attachment joined to the role by
 * reference or role name) and their parsed documents. Roles are picked by name patterns from the
 * pack configuration, since the pack never imports infra/ and knows roles only by what they are called.
 */
import type { PolicyResource } from "@pulumi/policy";
import { known, ofType, PolicyStatement, policyStatements, refersToByName } from "./util";

export const ROLE = "alicloud:ram/role:Role";
export const POLICY = "alicloud:ram/policy:Policy";
export const ATTACHMENT = "alicloud:ram/rolePolicyAttachment:RolePolicyAttachment";

/** `*` matches any run of characters, as in RAM and in the pack's role patterns. */
export function wildcardMatch(pattern: string, value: string): boolean {
    const re = new RegExp(`^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`, "i");
    return re.test(value);
}

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The role's cloud-side name (roleName, or the deprecated name). */
export const roleNameOf = (role: PolicyResource): string | undefined =>
    known(() => str((role.props as Record<string, unknown>).roleName) ?? str((role.props as Record<string, unknown>).name));

/** Roles of the stack whose name matches one of `patterns`. */
export function rolesNamed(resources: readonly PolicyResource[], patterns: readonly string[]): PolicyResource[] {
    return ofType(resources, ROLE).filter((r) => {
        const name = roleNameOf(r);
        return name !== undefined && patterns.some((p) => wildcardMatch(p, name));
    });
}

export interface Grant {
    /** The attachment. */
    readonly attachment: PolicyResource;
    /** "Custom" or "System". */
    readonly policyType: string;
    readonly policyName: string;
    /** The attached custom policy when it is in the stack. */
    readonly policy?: PolicyResource;
    /** Its statements; undefined for a system policy, a policy not in the stack, or a document that is not JSON. */
    readonly statements?: readonly PolicyStatement[];
}

/** Every policy attached to `role` in the stack. */
export function grantsOf(resources: readonly PolicyResource[], role: PolicyResource): Grant[] {
    const policies = ofType(resources, POLICY);
    return ofType(resources, ATTACHMENT)
        .filter((a) => refersToByName(a, "roleName", role, ["roleName", "name"]))
        .map((a) => {
            const props = a.props as Record<string, unknown>;
            const policyType = known(() => str(props.policyType)) ?? "Custom";
            const policyName = known(() => str(props.policyName)) ?? "";
            const policy = policyType === "System" ? undefined : policies.find((p) => refersToByName(a, "policyName", p, ["policyName", "name"]));
            const doc = policy === undefined ? undefined : known(() => (policy.props as Record<string, unknown>).policyDocument ?? (policy.props as Record<string, unknown>).document);
            const statements = doc === undefined ? undefined : policyStatements(doc);
            return { attachment: a, policyType, policyName, ...(policy !== undefined ? { policy } : {}), ...(statements !== undefined ? { statements } : {}) };
        });
}
