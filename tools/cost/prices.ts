/**
 * The price sheet of `npm run cost -- --prices FILE`: prices the user supplies (from the Alibaba
 * Cloud price pages, a quote or a contract), never prices of ours. Format (docs/cost/README.md):
 *
 *   { "currency": "USD", "placeholder": false,
 *     "prices": { "<driver>": { "unit": "<the driver's unit>", "per": "hour" | "month" | "unit",
 *                               "price": <number>, "bySku": { "<sku>": <number> } } } }
 *
 * A driver's `bySku` price wins over its `price`; a driver or sku the sheet does not name is
 * unpriced (the report says so; it never counts it as zero). Anything else is bad input: one line
 * naming the key, the value and what is allowed.
 */
import * as fs from "node:fs";
import { closest } from "../../infra/core/keys";
import { InputError } from "../command/errors";
import { MSG } from "../command/messages";
import { DRIVER_IDS, DRIVER_KINDS, DriverId } from "./drivers";

/** Per what a price is: an hour or a month of a held quantity (time basis), or one unit used (volume basis). */
export type Per = "hour" | "month" | "unit";

export interface DriverPrice {
    readonly unit: string;
    readonly per: Per;
    readonly price?: number;
    readonly bySku: Readonly<Record<string, number>>;
}

export interface PriceSheet {
    readonly currency: string;
    readonly placeholder: boolean;
    readonly prices: Readonly<Partial<Record<DriverId, DriverPrice>>>;
}

const TOP_KEYS = ["$comment", "currency", "placeholder", "prices"] as const;
const PRICE_KEYS = ["$comment", "unit", "per", "price", "bySku"] as const;
const CURRENCY = /^[A-Z]{3}$/;

/** What `per` may be for a driver: a held quantity is priced by the hour or the month, a used one by the unit. */
export function allowedPer(driver: DriverId): readonly Per[] {
    return DRIVER_KINDS[driver].basis === "time" ? ["hour", "month"] : ["unit"];
}

const show = (v: unknown): string => (v === undefined ? "(missing)" : JSON.stringify(v) ?? String(v));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks a parsed sheet; `file` names it in the one-line errors. */
export function parsePriceSheet(raw: unknown, file: string): PriceSheet {
    const bad = (key: string, value: unknown, allowed: string): never => {
        throw new InputError(MSG.badPriceValue(file, key, show(value), allowed));
    };
    const unknownKey = (where: string, k: string, allowed: readonly string[]): never => {
        throw new InputError(MSG.badPriceKey(file, where, k, allowed, closest(k, allowed)));
    };
    if (!isObject(raw)) bad("(top level)", raw, 'an object with "currency" and "prices"');
    const top = raw as Record<string, unknown>;
    for (const k of Object.keys(top)) if (!(TOP_KEYS as readonly string[]).includes(k)) unknownKey("the sheet", k, TOP_KEYS);
    if (typeof top.currency !== "string" || !CURRENCY.test(top.currency)) bad("currency", top.currency, "a three-letter ISO 4217 code such as USD, EUR or XOF");
    if (top.placeholder !== undefined && typeof top.placeholder !== "boolean") bad("placeholder", top.placeholder, "true or false");
    if (!isObject(top.prices)) bad("prices", top.prices, "an object of prices by driver");
    const prices: Partial<Record<DriverId, DriverPrice>> = {};
    for (const [driver, entry] of Object.entries(top.prices as Record<string, unknown>)) {
        const at = `prices.${driver}`;
        if (!(DRIVER_IDS as readonly string[]).includes(driver)) unknownKey("prices", driver, DRIVER_IDS);
        const id = driver as DriverId;
        if (!isObject(entry)) bad(at, entry, 'an object with "unit", "per" and "price" or "bySku"');
        const e = entry as Record<string, unknown>;
        for (const k of Object.keys(e)) if (!(PRICE_KEYS as readonly string[]).includes(k)) unknownKey(at, k, PRICE_KEYS);
        const unit = DRIVER_KINDS[id].unit;
        if (e.unit !== unit) bad(`${at}.unit`, e.unit, JSON.stringify(unit));
        const per = allowedPer(id);
        if (!(per as readonly unknown[]).includes(e.per)) bad(`${at}.per`, e.per, per.map((p) => JSON.stringify(p)).join(" or "));
        const amount = (key: string, v: unknown): number => {
            if (typeof v !== "number" || !Number.isFinite(v) || v < 0) bad(key, v, "a number of at least 0");
            return v as number;
        };
        if (e.price === undefined && e.bySku === undefined) bad(`${at}.price`, undefined, 'a number of at least 0 (or prices by sku in "bySku")');
        const price = e.price === undefined ? undefined : amount(`${at}.price`, e.price);
        if (e.bySku !== undefined && !isObject(e.bySku)) bad(`${at}.bySku`, e.bySku, "an object of prices by sku");
        const bySku = Object.fromEntries(Object.entries((e.bySku ?? {}) as Record<string, unknown>).map(([sku, v]) => [sku, amount(`${at}.bySku.${sku}`, v)]));
        prices[id] = { unit, per: e.per as Per, ...(price === undefined ? {} : { price }), bySku };
    }
    return { currency: top.currency as string, placeholder: top.placeholder === true, prices };
}

/** Reads and checks a sheet file (already checked to be a readable regular file). */
export function readPriceSheet(file: string, shown = file): PriceSheet {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (e) {
        throw new InputError(MSG.notReadable("--prices", shown, (e as NodeJS.ErrnoException).code ?? String(e)));
    }
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch (e) {
        throw new InputError(MSG.notJson(shown, (e as Error).message));
    }
    return parsePriceSheet(raw, shown);
}

/** The price of one unit of `driver` for `sku`, or undefined when the sheet has none. */
export function priceOf(sheet: PriceSheet, driver: DriverId, sku: string): { price: number; per: Per } | undefined {
    const p = sheet.prices[driver];
    if (p === undefined) return undefined;
    const price = Object.prototype.hasOwnProperty.call(p.bySku, sku) ? p.bySku[sku] : p.price;
    return price === undefined ? undefined : { price, per: p.per };
}
