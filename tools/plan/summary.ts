/** The human-readable summary `npm run plan` prints. */
import { Plan, PlanResource, showValue } from "./types";

const STACK_REFERENCE = "pulumi:pulumi:StackReference";

/** The layer a resource belongs to: the component type's middle segment of its top-level ancestor. */
function layerOf(r: PlanResource, byUrn: ReadonlyMap<string, PlanResource>): string {
    if (r.type.startsWith("pulumi:providers:")) return "providers";
    let top = r;
    for (let p = r.parent ? byUrn.get(r.parent) : undefined; p && p.type !== "pulumi:pulumi:Stack"; p = p.parent ? byUrn.get(p.parent) : undefined) {
        top = p;
    }
    const m = /^dakar2026:([^:]+):/.exec(top.type);
    return m ? m[1] : "stack";
}

/**
 * A stack output as indented `key: value` lines: objects one key per line (vSwitch ids by tier and
 * zone would otherwise make one line of 400 characters), lists of scalars on one line.
 */
function outputLines(key: string, value: unknown, indent: string): string[] {
    if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length > 0) {
        return [`${indent}${key}:`, ...Object.entries(value).flatMap(([k, v]) => outputLines(k, v, `${indent}  `))];
    }
    const scalars = Array.isArray(value) && value.length > 0 && value.every((v) => v === null || typeof v !== "object");
    return [`${indent}${key}: ${scalars ? (value as unknown[]).map(showValue).join(", ") : showValue(value)}`];
}

/**
 * `<layer>Layer`, the outputs object the stacks above read back, repeats the flat outputs: the
 * summary says what it carries in one line; the JSON has it whole.
 */
function layerExport(key: string, value: unknown): string[] | undefined {
    const v = value as { value?: unknown; secrets?: unknown } | null;
    if (!/Layer$/.test(key) || v === null || typeof v !== "object" || typeof v.value !== "object" || v.value === null || !Array.isArray(v.secrets)) return undefined;
    const secrets = v.secrets.length > 0 ? `, secret: ${v.secrets.map(String).join(", ")}` : "";
    return [`  ${key}: ${Object.keys(v.value).length} members for the stacks above${secrets}`];
}

export function summarisePlan(plan: Plan): string {
    const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
    const layers = new Map<string, Map<string, number>>();
    for (const r of plan.resources) {
        if (r.type === "pulumi:pulumi:Stack") continue;
        const layer = layerOf(r, byUrn);
        const types = layers.get(layer) ?? new Map<string, number>();
        types.set(r.type, (types.get(r.type) ?? 0) + 1);
        layers.set(layer, types);
    }
    const lines: string[] = [];
    const count = plan.resources.filter((r) => r.type !== "pulumi:pulumi:Stack").length;
    lines.push(`Offline plan of stack "${plan.stack}" (profile ${plan.profile}, project ${plan.project}): ${count} resources`);
    lines.push("");
    for (const layer of [...layers.keys()].sort()) {
        const types = layers.get(layer) as Map<string, number>;
        const total = [...types.values()].reduce((a, b) => a + b, 0);
        lines.push(`${layer} (${total})`);
        for (const [type, n] of [...types.entries()].sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${String(n).padStart(3)}  ${type}`);
    }
    const protectedCount = plan.resources.filter((r) => r.options.protect).length;
    lines.push("", `Protected resources: ${protectedCount}`, "", "Stack outputs:");
    for (const [k, v] of Object.entries(plan.outputs)) lines.push(...(layerExport(k, v) ?? outputLines(k, v, "  ")));
    const references = plan.resources.filter((r) => r.type === STACK_REFERENCE);
    if (references.length > 0) {
        lines.push("", "Stack references (outputs read from the stacks that deploy the other layers; --json shows them):");
        for (const r of references) {
            const outputs = (r.outputs as { outputs?: Record<string, unknown> }).outputs ?? {};
            lines.push(`  ${r.name}: ${Object.keys(outputs).filter((k) => /Layer$/.test(k) || k === "uniqueSuffix").sort().join(", ")}`);
        }
    }
    lines.push("", plan.warnings.length === 0 ? "Warnings: none" : "Warnings:");
    for (const w of plan.warnings) lines.push(`  - ${showValue(w)}`);
    return `${lines.join("\n")}\n`;
}
