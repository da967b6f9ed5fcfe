/**
 * `npm run engine -- check`: the whole round under the real engine, in a fresh workspace.
 *
 *  1. `pulumi config` accepts every stack file;
 *  2. every stack previews with the policy pack and its profile's configuration; a layer stack after
 *     the stacks it reads have gone up (a StackReference reads their state), in deploy order;
 *  3. dev goes up, and a second preview finds nothing to change;
 *  4. prod goes up, and `pulumi destroy` of it is refused because its resources are protected;
 *  5. dev is destroyed and its stack is empty.
 */
import { deployOrder, environmentStacks } from "../../infra/core/stacks";
import { readEnvironments } from "../plan/layered";
import { listStacks } from "../plan/stack-config";
import { EngineRun, lastErrorLine, ROOT, Workspace } from "./run";

export interface CheckStep {
    readonly name: string;
    readonly ok: boolean;
    /** One line: what was seen. */
    readonly detail: string;
    readonly seconds: number;
}

/** The first error the CLI gave, as one line. */
export function failureOf(r: EngineRun | { stderr: string; errors?: readonly string[] }): string {
    return r.errors?.[0] ?? lastErrorLine(r.stderr) ?? "no error message";
}

export function describeRun(r: EngineRun): string {
    const changes = Object.entries(r.changes)
        .map(([op, n]) => `${n} ${op}`)
        .join(", ");
    const mandatory = r.findings.filter((f) => f.enforcement === "mandatory").length;
    const resources = new Set(r.steps.map((s) => s.urn)).size;
    return `${resources} resources (${changes || "no changes"}), ${r.findings.length} policy findings (${mandatory} mandatory)`;
}

function changed(r: EngineRun): number {
    return Object.entries(r.changes)
        .filter(([op]) => op !== "same")
        .reduce((n, [, c]) => n + c, 0);
}

/**
 * Runs the round; `report` gets each step as it ends. Stops at the first step whose failure makes
 * the next ones meaningless (a stack that does not preview, an up that fails).
 */
export async function check(ws: Workspace, report: (step: CheckStep) => void): Promise<CheckStep[]> {
    const steps: CheckStep[] = [];
    const step = async (name: string, run: () => Promise<{ ok: boolean; detail: string }>): Promise<boolean> => {
        const started = Date.now();
        const { ok, detail } = await run();
        const s: CheckStep = { name, ok, detail, seconds: Math.round((Date.now() - started) / 100) / 10 };
        steps.push(s);
        report(s);
        return ok;
    };
    const stacks = listStacks(ROOT);
    for (const stack of stacks) {
        await step(`pulumi config --stack ${stack}`, async () => {
            const r = await ws.config(stack);
            if (r.code !== 0) return { ok: false, detail: failureOf(r) };
            return { ok: true, detail: `${Object.keys(JSON.parse(r.stdout) as object).length} keys accepted` };
        });
    }
    let previewsOk = true;
    const layered = readEnvironments(ROOT);
    const reads = (stack: string): string[] => [...new Set(Object.values(layered.find((s) => s.stack === stack)?.layers.references ?? {}))];
    const preview = async (stack: string): Promise<void> => {
        const ok = await step(`preview ${stack}`, async () => {
            const r = await ws.operation("preview", stack);
            return { ok: r.code === 0, detail: r.code === 0 ? describeRun(r) : failureOf(r) };
        });
        previewsOk &&= ok;
    };
    for (const stack of stacks.filter((s) => reads(s).length === 0)) await preview(stack);
    // Layer stacks: the stacks they read go up first, in deploy order.
    const readers = stacks.filter((s) => reads(s).length > 0);
    const upped = new Set<string>();
    for (const env of [...new Set(readers.map((s) => layered.find((x) => x.stack === s)?.environment ?? s))]) {
        for (const stack of deployOrder(environmentStacks(layered, env))) {
            if (!previewsOk) return steps;
            if (reads(stack).length > 0) await preview(stack);
            const readLater = readers.some((r) => reads(r).some((fq) => fq.endsWith(`/${stack}`)));
            if (readLater && !upped.has(stack)) {
                upped.add(stack);
                const ok = await step(`up ${stack}, which the stacks above read`, async () => {
                    const r = await ws.operation("up", stack);
                    return { ok: r.code === 0, detail: r.code === 0 ? describeRun(r) : failureOf(r) };
                });
                previewsOk &&= ok;
            }
        }
    }
    if (!previewsOk) return steps;
    if (stacks.includes("dev")) {
        const up = await step("up dev", async () => {
            const r = await ws.operation("up", "dev");
            return { ok: r.code === 0, detail: r.code === 0 ? describeRun(r) : failureOf(r) };
        });
        if (!up) return steps;
        await step("preview dev after up: nothing to change", async () => {
            const r = await ws.operation("preview", "dev");
            if (r.code !== 0) return { ok: false, detail: failureOf(r) };
            return { ok: changed(r) === 0, detail: describeRun(r) };
        });
    }
    if (stacks.includes("prod")) {
        const up = await step("up prod", async () => {
            const r = await ws.operation("up", "prod");
            return { ok: r.code === 0, detail: r.code === 0 ? describeRun(r) : failureOf(r) };
        });
        if (up) {
            await step("destroy prod is refused: its protected resources stay", async () => {
                const before = await ws.exportState("prod");
                const protectedBefore = before.resources.filter((r) => r.protect).length;
                const r = await ws.operation("destroy", "prod");
                const after = await ws.exportState("prod");
                const protectedAfter = after.resources.filter((x) => x.protect).length;
                const refusals = r.errors.filter((e) => /cannot be deleted because it is protected/.test(e));
                return {
                    ok: r.code !== 0 && protectedBefore > 0 && refusals.length > 0 && protectedAfter === protectedBefore,
                    detail:
                        `exit ${r.code}, ${refusals.length} "cannot be deleted because it is protected" errors; ` +
                        `${protectedAfter} of ${protectedBefore} protected resources kept; ` +
                        `${r.changes.delete ?? 0} unprotected resources were deleted before the engine stopped`,
                };
            });
        }
    }
    if (stacks.includes("dev")) {
        await step("destroy dev", async () => {
            const r = await ws.operation("destroy", "dev");
            const after = await ws.exportState("dev");
            const left = after.resources.length;
            return { ok: r.code === 0 && left === 0, detail: r.code === 0 ? `${r.changes.delete ?? 0} deleted, ${left} left in the stack` : failureOf(r) };
        });
    }
    return steps;
}
