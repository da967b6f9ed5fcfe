/**
 * Cloud-side names and mandatory tags, in one place so that every layer names and tags the same
 * way and the `naming-convention` / `tags-mandatory` guardrails have one source to agree with.
 */

/** The Pulumi project, the first segment of every cloud-side name and the namespace of every setting. */
export const PROJECT = "dakar2026";

/** The environment variable that pins the date a plan is made on (YYYY-MM-DD); infra/settings.ts reads it. */
export const PLAN_DATE_VARIABLE = "DAKAR2026_PLAN_DATE";

export const DATA_CLASSIFICATIONS = ["public", "internal", "personal", "sensitive-personal"] as const;
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];

const COMPONENT = /^[a-z0-9]+$/;
const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Alibaba's tightest common limit on names we set (OSS buckets, SLS projects): 63 characters. */
export const MAX_NAME_LENGTH = 63;

/** Who a name belongs to: the project and the environment (not the stack: several stacks can form one environment). */
export interface NameScope {
    readonly project: string;
    readonly environment: string;
}

/** Everything the mandatory tags need besides the component and the data classification. */
export interface TagScope extends NameScope {
    readonly owner: string;
    readonly costCentre: string;
}

/**
 * `<project>-<env>-<component>-<purpose>`. Throws on segments that would produce a name the cloud
 * rejects or the convention cannot parse back; these are programming errors, not user input.
 */
export function cloudName(s: NameScope, component: string, purpose: string): string {
    // One-word components keep names parseable: everything after the third hyphen is the purpose.
    if (!COMPONENT.test(component)) throw new Error(`component ${JSON.stringify(component)} must be one word of lowercase letters and digits`);
    if (!SEGMENT.test(purpose)) throw new Error(`purpose ${JSON.stringify(purpose)} must be lowercase letters and digits separated by single hyphens`);
    const name = `${s.project}-${s.environment}-${component}-${purpose}`;
    if (name.length > MAX_NAME_LENGTH) throw new Error(`name ${JSON.stringify(name)} is longer than ${MAX_NAME_LENGTH} characters`);
    return name;
}

/** The logical (Pulumi) name of a layer's component: children derive theirs from it. */
export function componentName(s: NameScope, component: string): string {
    return `${s.project}-${s.environment}-${component}`;
}

/** The mandatory tags of a resource of `component` holding data of `classification`. */
export function resourceTags(s: TagScope, component: string, classification: DataClassification): Record<string, string> {
    return {
        project: s.project,
        environment: s.environment,
        component,
        owner: s.owner,
        "cost-centre": s.costCentre,
        "data-classification": classification,
        "managed-by": "pulumi",
    };
}
