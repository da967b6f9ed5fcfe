/**
 * Account-wide rules. Some resources exist once per Alibaba Cloud account, whatever the number of
 * stacks deployed into it: the password policy, the console MFA preference, the CI's OIDC provider,
 * the all-regions trail. One stack owns them and says so with its `accountOwner` stack output
 * (infra/index.ts), which stack policies see as a prop of the root stack resource, as they see
 * `layerStacks` (lib/layers.ts). A rule about the account's baseline decides only in that stack;
 * in every other stack it says "not applicable", so that dev neither fails for lacking the trail
 * nor may declare a second one that destroying dev would reset.
 */
import type { PolicyResource, StackValidationArgs } from "@pulumi/policy";
import { STACK_TYPE } from "./rule";
import { known } from "./util";

/** The stack output through which a stack says it owns the account-wide resources. */
export const ACCOUNT_OWNER_OUTPUT = "accountOwner";

/** Whether the stack's root resource exports `accountOwner: true`. */
export function ownsAccount(resources: readonly PolicyResource[]): boolean {
    return resources.some((r) => r.type === STACK_TYPE && known(() => (r.props as Record<string, unknown>)[ACCOUNT_OWNER_OUTPUT]) === true);
}

/** Ends the rule as not applicable unless the stack owns the account. */
export function onlyInAccountOwner(args: StackValidationArgs, resources: readonly PolicyResource[]): void {
    if (ownsAccount(resources)) return;
    args.notApplicable(
        `this stack does not own the account (its ${ACCOUNT_OWNER_OUTPUT} output is not true): the account-wide resources are checked in the stack that owns them`,
    );
}
