/**
 * The cost report of a plan: one row per cost driver of each billed resource (tools/cost/drivers.ts),
 * the resources with no direct cost counted by type, and, with a price sheet, a monthly estimate at
 * the minimum and at the maximum. Its JSON form is documented in docs/cost/README.md and checked by
 * test/tools/cost.test.ts: add fields, never rename or remove one without a new `schema`.
 */
import type { Lang } from "../../policies/lib/rule";
import type { Plan, PlanResource } from "../plan/types";
import { Basis, bilingual, DRIVER_KINDS, DRIVERS, DriverId, HOURS_PER_MONTH, isComponent, NO_DIRECT_COST, PlanIndex } from "./drivers";
import { PriceSheet, priceOf } from "./prices";

/** Bumped when a field is renamed or removed; readers check it. */
export const COST_SCHEMA = "dakar2026.cost-report/1";

/** A row's place against the price sheet: priced, not in the sheet, or usage the plan cannot know. */
export type PriceStatus = "priced" | "unpriced" | "usage";

export interface CostRow {
    /** The stack that plans the resource (an environment's report has several). */
    readonly stack: string;
    /** Logical name of the resource in the plan. */
    readonly resource: string;
    readonly urn: string;
    /** Pulumi type token. */
    readonly type: string;
    readonly driver: DriverId;
    /** What is billed, e.g. the instance type or "Standard ZRS"; the price sheet's bySku key. */
    readonly sku: string;
    readonly unit: string;
    readonly basis: Basis;
    /** Quantity at the minimum and at the maximum; null where only usage decides it. */
    readonly min: number | null;
    readonly max: number | null;
    /** Why, in the report's language (empty when the numbers say it all). */
    readonly note: string;
    /** Only with a price sheet. */
    readonly price?: {
        readonly status: PriceStatus;
        /** Price of one unit as the sheet gives it, and per what ("hour", "month" or "unit"). */
        readonly unitPrice: number | null;
        readonly per: string | null;
        /** Monthly amount at the minimum and at the maximum, rounded to the cent. */
        readonly monthlyMin: number | null;
        readonly monthlyMax: number | null;
    };
}

export interface FreeType {
    readonly type: string;
    readonly resources: number;
    readonly reason: string;
}

export interface Estimate {
    readonly currency: string;
    /** The sheet says its prices are placeholders (the example sheet does). */
    readonly placeholder: boolean;
    readonly monthlyMin: number;
    readonly monthlyMax: number;
    /** Rows whose quantities are known but whose price the sheet lacks: the totals leave them out. */
    readonly unpricedRows: number;
    /** Rows billed by usage the plan cannot know: never in the totals. */
    readonly usageRows: number;
    /** No quantified row lacks a price. Usage rows are outside the totals either way. */
    readonly complete: boolean;
}

export interface CostReport {
    readonly schema: typeof COST_SCHEMA;
    readonly project: string;
    /** The stack, or the environment's stacks joined with "+". */
    readonly stack: string;
    readonly profile: string;
    readonly lang: Lang;
    readonly hoursPerMonth: number;
    readonly rows: readonly CostRow[];
    readonly free: readonly FreeType[];
    /** Planned types in neither map of tools/cost/drivers.ts: the report is incomplete while any is here. */
    readonly unclassified: readonly string[];
    readonly estimate: Estimate | null;
}

/** The stack in a URN ("urn:pulumi:<stack>::<project>::..."). */
const stackOf = (urn: string): string => /^urn:pulumi:([^:]+)::/.exec(urn)?.[1] ?? "";

function indexOf(plan: Plan): PlanIndex {
    const byUrn = new Map(plan.resources.map((r) => [r.urn, r]));
    const byId = new Map(plan.resources.filter((r) => r.custom && typeof r.id === "string" && r.id !== "").map((r) => [r.id as string, r]));
    const referenced = (r: PlanResource, input: string): PlanResource | undefined => {
        const from = (r.propertyDependencies[input] ?? []).map((u) => byUrn.get(u)).find((x) => x !== undefined && x.custom);
        const value = r.inputs[input];
        return from ?? (typeof value === "string" ? byId.get(value) : undefined);
    };
    return {
        plan,
        referenced,
        referring: (r, type, input) => plan.resources.filter((o) => o.type === type && referenced(o, input)?.urn === r.urn),
    };
}

const round = (v: number): number => Math.round(v * 100) / 100;

/** The cost report of `plan` in `lang`, priced when a sheet is given. */
export function costReport(plan: Plan, lang: Lang, sheet?: PriceSheet): CostReport {
    const index = indexOf(plan);
    const rows: CostRow[] = [];
    const free = new Map<string, number>();
    const unclassified = new Set<string>();
    for (const r of plan.resources) {
        const driver = Object.prototype.hasOwnProperty.call(DRIVERS, r.type) ? DRIVERS[r.type] : undefined;
        if (driver === undefined) {
            if (Object.prototype.hasOwnProperty.call(NO_DIRECT_COST, r.type) || isComponent(r)) free.set(r.type, (free.get(r.type) ?? 0) + 1);
            else unclassified.add(r.type);
            continue;
        }
        for (const d of driver(r, index)) {
            const kind = DRIVER_KINDS[d.driver];
            const row: CostRow = {
                stack: stackOf(r.urn),
                resource: r.name,
                urn: r.urn,
                type: r.type,
                driver: d.driver,
                sku: d.sku,
                unit: kind.unit,
                basis: kind.basis,
                min: d.min,
                max: d.max,
                note: d.note?.[lang] ?? "",
            };
            rows.push(sheet === undefined ? row : { ...row, price: priced(row, sheet) });
        }
    }
    const componentReason = bilingual("a component groups the resources of a layer; it is not a cloud resource", "un composant regroupe les ressources d'une couche ; ce n'est pas une ressource cloud");
    return {
        schema: COST_SCHEMA,
        project: plan.project,
        stack: plan.stack,
        profile: plan.profile,
        lang,
        hoursPerMonth: HOURS_PER_MONTH,
        rows,
        free: [...free]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([type, resources]) => ({ type, resources, reason: (NO_DIRECT_COST[type] ?? componentReason)[lang] })),
        unclassified: [...unclassified].sort(),
        estimate: sheet === undefined ? null : estimate(rows, sheet),
    };
}

function priced(row: CostRow, sheet: PriceSheet): NonNullable<CostRow["price"]> {
    const p = priceOf(sheet, row.driver, row.sku);
    const known = row.min !== null && row.max !== null;
    if (!known) return { status: "usage", unitPrice: p?.price ?? null, per: p?.per ?? null, monthlyMin: null, monthlyMax: null };
    if (p === undefined) return { status: "unpriced", unitPrice: null, per: null, monthlyMin: null, monthlyMax: null };
    const factor = p.per === "hour" ? HOURS_PER_MONTH : 1;
    return {
        status: "priced",
        unitPrice: p.price,
        per: p.per,
        monthlyMin: round((row.min as number) * p.price * factor),
        monthlyMax: round((row.max as number) * p.price * factor),
    };
}

function estimate(rows: readonly CostRow[], sheet: PriceSheet): Estimate {
    const status = (s: PriceStatus): CostRow[] => rows.filter((r) => r.price?.status === s);
    // Summed in cents, so that the total is the sum of the rows as printed.
    const sum = (pick: (r: CostRow) => number | null): number => status("priced").reduce((t, r) => t + Math.round((pick(r) ?? 0) * 100), 0) / 100;
    const unpriced = status("unpriced").length;
    return {
        currency: sheet.currency,
        placeholder: sheet.placeholder,
        monthlyMin: sum((r) => r.price?.monthlyMin ?? null),
        monthlyMax: sum((r) => r.price?.monthlyMax ?? null),
        unpricedRows: unpriced,
        usageRows: status("usage").length,
        complete: unpriced === 0,
    };
}
