/**
 * RAM policy documents as typed objects. Every trust policy and permission document of the identity
 * layer is built here as data and serialised with JSON.stringify, never written as a string
 * template, so that a value can never break the document's structure and tests read back exactly
 * what RAM receives.
 */

/** RAM's condition operators the layer uses, and the values they compare. */
export type Condition = Readonly<Record<"StringEquals" | "StringLike", Readonly<Record<string, string | readonly string[]>>>>;

/** A statement of a permission document. */
export interface PermissionStatement {
    readonly Effect: "Allow" | "Deny";
    readonly Action: readonly string[];
    readonly Resource: readonly string[];
    readonly Condition?: Partial<Condition>;
}

/** A statement of a trust policy (who may assume the role). */
export interface TrustStatement {
    readonly Effect: "Allow";
    readonly Action: "sts:AssumeRole";
    readonly Principal: { readonly Federated: readonly string[] } | { readonly RAM: readonly string[] };
    readonly Condition?: Partial<Condition>;
}

export interface PolicyDocument<S> {
    readonly Version: "1";
    readonly Statement: readonly S[];
}

/**
 * RAM's limit on a custom policy document, in characters of its JSON (6,144). A role needs more
 * than one policy when its statements do not fit in one.
 */
export const MAX_DOCUMENT_LENGTH = 6144;

export const serialise = (doc: PolicyDocument<PermissionStatement | TrustStatement>): string => JSON.stringify(doc);

/**
 * Merges statements of the same effect, resources and condition (their actions joined, each once,
 * sorted), so that a role's grant is as short as RAM allows; order: by effect (Deny first), then
 * resources.
 */
export function mergeStatements(statements: readonly PermissionStatement[]): PermissionStatement[] {
    const byKey = new Map<string, { base: PermissionStatement; actions: Set<string> }>();
    for (const s of statements) {
        const resources = [...new Set(s.Resource)].sort();
        const k = JSON.stringify([s.Effect, resources, s.Condition ?? null]);
        const entry = byKey.get(k) ?? { base: { ...s, Resource: resources }, actions: new Set<string>() };
        for (const a of s.Action) entry.actions.add(a);
        byKey.set(k, entry);
    }
    return [...byKey.entries()]
        .sort(([a], [b]) => (a.startsWith('["Deny"') === b.startsWith('["Deny"') ? a.localeCompare(b) : a.startsWith('["Deny"') ? -1 : 1))
        .map(([, { base, actions }]) => ({ ...base, Action: [...actions].sort() }));
}

/**
 * Packs statements into as few documents as fit RAM's limit, in order. A statement too long for
 * one document is split by its actions. Deterministic: the same statements give the same documents.
 */
export function packDocuments(statements: readonly PermissionStatement[], limit = MAX_DOCUMENT_LENGTH): PolicyDocument<PermissionStatement>[] {
    const docs: PermissionStatement[][] = [];
    let current: PermissionStatement[] = [];
    const fits = (list: readonly PermissionStatement[]): boolean => serialise({ Version: "1", Statement: list }).length <= limit;
    const pieces: PermissionStatement[] = [];
    for (const s of statements) {
        if (fits([s])) {
            pieces.push(s);
            continue;
        }
        let actions: string[] = [];
        for (const a of s.Action) {
            if (!fits([{ ...s, Action: [...actions, a] }])) {
                if (actions.length === 0) throw new Error(`a statement with the single action ${a} does not fit in a RAM policy document`);
                pieces.push({ ...s, Action: actions });
                actions = [];
            }
            actions.push(a);
        }
        if (actions.length > 0) pieces.push({ ...s, Action: actions });
    }
    for (const s of pieces) {
        if (current.length > 0 && !fits([...current, s])) {
            docs.push(current);
            current = [];
        }
        current.push(s);
    }
    if (current.length > 0) docs.push(current);
    return docs.map((Statement) => ({ Version: "1", Statement }));
}
