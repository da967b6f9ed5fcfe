/**
 * Glue between a plan and a report: reads an exported plan (or takes one just computed), the
 * environment's pack configuration and the waivers, and runs the audit engine on the catalog.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { catalog } from "../../policies/catalog";
import type { Lang } from "../../policies/lib/rule";
import { readWaiverFile } from "../../policies/lib/waivers";
import type { ReportInput } from "../report";
import { NO_OPTIONS, Plan, PlanResource, PlanResourceOptions } from "../plan/types";
import { REPO_ROOT } from "../root";
import { audit, AuditResult, checkPackConfig, PackConfig, PackConfigError } from "./engine";
import { GitState, gitState, provenance } from "./provenance";

/** Input the audit cannot work with: shown as one line, exit code 2. */
export class AuditInputError extends Error {
    override name = "AuditInputError";
}

export { REPO_ROOT };


function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Accepts a plan from `npm run plan -- --json` or from elsewhere: a resource needs only `type`,
 * `name` and `inputs`; URNs, ids and outputs are derived when missing, the way the engine would.
 */
export function normalisePlan(raw: unknown, source: string): Plan {
    if (!isRecord(raw) || !Array.isArray(raw.resources)) throw new AuditInputError(`${source}: expected an object with a "resources" array`);
    const project = typeof raw.project === "string" ? raw.project : "dakar2026";
    const stack = typeof raw.stack === "string" ? raw.stack : "offline";
    const resources: PlanResource[] = raw.resources.map((r: unknown, i: number) => {
        if (!isRecord(r)) throw new AuditInputError(`${source}: resources[${i}] is not an object`);
        for (const k of ["type", "name"] as const) {
            if (typeof r[k] !== "string" || r[k] === "") throw new AuditInputError(`${source}: resources[${i}].${k} must be a non-empty string`);
        }
        if (!isRecord(r.inputs)) throw new AuditInputError(`${source}: resources[${i}] (${String(r.name)}) has no "inputs" object`);
        const type = r.type as string;
        const name = r.name as string;
        const options = isRecord(r.options) ? { ...NO_OPTIONS, ...(r.options as Partial<PlanResourceOptions>) } : NO_OPTIONS;
        return {
            urn: typeof r.urn === "string" ? r.urn : `urn:pulumi:${stack}::${project}::${type}::${name}`,
            type,
            name,
            ...(typeof r.parent === "string" ? { parent: r.parent } : {}),
            custom: r.custom !== false,
            id: typeof r.id === "string" ? r.id : name,
            inputs: r.inputs,
            outputs: isRecord(r.outputs) ? r.outputs : r.inputs,
            options,
            propertyDependencies: isRecord(r.propertyDependencies) ? (r.propertyDependencies as Record<string, string[]>) : {},
        };
    });
    return {
        project,
        stack,
        profile: typeof raw.profile === "string" ? raw.profile : "",
        resources,
        outputs: isRecord(raw.outputs) ? raw.outputs : {},
        warnings: Array.isArray(raw.warnings) ? raw.warnings.map(String) : [],
    };
}

export function readPlanFile(file: string): Plan {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new AuditInputError(`cannot read plan ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch (e) {
        throw new AuditInputError(`${file} is not valid JSON: ${(e as Error).message}`);
    }
    return normalisePlan(raw, file);
}

export function environments(root = REPO_ROOT): string[] {
    return fs
        .readdirSync(path.join(root, "policies", "config"))
        .map((f) => /^(.+)\.json$/.exec(f)?.[1])
        .filter((e): e is string => e !== undefined)
        .sort();
}

export function readPackConfig(env: string, root = REPO_ROOT): PackConfig {
    const known = environments(root);
    if (!known.includes(env)) throw new AuditInputError(`unknown profile "${env}"; profiles with a pack configuration: ${known.join(", ")}`);
    const file = path.join(root, "policies", "config", `${env}.json`);
    let raw: unknown;
    try {
        raw = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new AuditInputError(`${file}: ${(e as Error).message}`);
    }
    try {
        return checkPackConfig(raw, catalog, file);
    } catch (e) {
        throw new AuditInputError((e as Error).message);
    }
}

export interface AuditRun {
    readonly result: AuditResult;
    readonly report: ReportInput;
}

/** What `auditPlan` takes from the world besides its arguments; tests replace them. */
export interface AuditWorld {
    /** The repository whose pack, pack configuration and waivers judge the plan, and whose commit reports name. */
    readonly root?: string;
    /** The report's generation time. */
    readonly clock?: () => Date;
    /** The checkout's git state; by default read when the report is made (the command line starts it before planning). */
    readonly git?: GitState | Promise<GitState>;
}

export async function auditPlan(plan: Plan, env: string, lang: Lang, today: string, world: AuditWorld = {}): Promise<AuditRun> {
    const root = world.root ?? REPO_ROOT;
    const packConfig = readPackConfig(env, root);
    let waivers;
    try {
        waivers = readWaiverFile(path.join(root, "policies", "waivers.json"));
    } catch (e) {
        throw new AuditInputError((e as Error).message);
    }
    let result: AuditResult;
    try {
        result = await audit(plan, { policies: catalog, packConfig, waivers, today });
    } catch (e) {
        if (e instanceof PackConfigError) throw new AuditInputError(e.message);
        throw e;
    }
    let origin;
    const git = await (world.git ?? gitState(root));
    try {
        origin = provenance({ root, env, today, now: (world.clock ?? (() => new Date()))(), git });
    } catch (e) {
        throw new AuditInputError((e as Error).message);
    }
    return {
        result,
        report: {
            project: plan.project,
            stack: plan.stack,
            profile: env,
            findings: result.findings,
            policies: catalog,
            evaluated: result.evaluated,
            checks: result.checks,
            provenance: origin,
            resourceCount: plan.resources.length,
            lang,
        },
    };
}

/** Exit status of `npm run audit`: 1 when an unwaived mandatory finding remains. */
export function exitCode(result: Pick<AuditResult, "findings">): 0 | 1 {
    return result.findings.some((f) => f.enforcement === "mandatory" && !f.waived) ? 1 : 0;
}
