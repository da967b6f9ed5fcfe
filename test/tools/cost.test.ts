/**
 * The cost report (tools/cost/): every planned type is a driver or declared free; the drivers of the
 * real stacks follow their profiles (invariants over every stack, not today's numbers); every billed
 * stateful resource of the baseline has its rows; the price arithmetic and the price sheet's checks;
 * the JSON schema the documentation promises.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CORE_PROFILES, ProfileName } from "../../infra/core/profile";
import { COMPUTE_PROFILES } from "../../infra/compute/profile";
import { EDGE_PROFILES } from "../../infra/edge/profile";
import { NETWORK_PROFILES } from "../../infra/network/profile";
import { STORAGE_PROFILES } from "../../infra/storage/profile";
import { DRIVER_IDS, DRIVER_KINDS, DRIVERS, gbAtCap, HOURS_PER_MONTH, isComponent, NO_DIRECT_COST, unknownTypeMessage } from "../../tools/cost/drivers";
import { parsePriceSheet, PriceSheet, readPriceSheet } from "../../tools/cost/prices";
import { COST_SCHEMA, CostReport, CostRow, costReport } from "../../tools/cost/report";
import { renderCostJson, renderCostTable } from "../../tools/cost/render";
import { combinePlans } from "../../tools/plan/layered";
import { NO_OPTIONS, Plan, PlanResource } from "../../tools/plan/types";
import { planIsolated } from "../support/plan";
import { ROOT, STACKS } from "../support/settings";

const PLANNING = 300_000;
const plans = new Map<string, Plan>();

beforeAll(async () => {
    for (const stack of STACKS) plans.set(stack, await planIsolated(stack));
}, PLANNING);

const planOf = (stack: string): Plan => {
    const p = plans.get(stack);
    if (p === undefined) throw new Error(`no plan of ${stack}`);
    return p;
};

const rowsOf = (report: CostReport, driver: string): CostRow[] => report.rows.filter((r) => r.driver === driver);

describe("the driver map", () => {
    it("classifies every type every stack plans: a cost driver, or free with a reason", () => {
        const planned = new Set([...plans.values()].flatMap((p) => p.resources.filter((r) => !isComponent(r)).map((r) => r.type)));
        expect(planned.size).toBeGreaterThan(30);
        const unknown = [...planned].filter((t) => !(t in DRIVERS) && !(t in NO_DIRECT_COST)).map(unknownTypeMessage);
        expect(unknown).toEqual([]);
        for (const stack of STACKS) expect({ stack, unclassified: costReport(planOf(stack), "en").unclassified }).toEqual({ stack, unclassified: [] });
    });

    it("names the unknown type and the file to edit", () => {
        // Function Compute: a billed service this project does not use.
        const plan = synthetic([resource("alicloud:fc/function:Function", "thumbnails", {})]);
        expect(costReport(plan, "en").unclassified).toEqual(["alicloud:fc/function:Function"]);
        expect(unknownTypeMessage("alicloud:fc/function:Function")).toBe(
            "resource type alicloud:fc/function:Function is neither a cost driver nor declared free; add it to DRIVERS or NO_DIRECT_COST in tools/cost/drivers.ts",
        );
    });

    it("puts no type in both maps, and gives every free type a reason in both languages", () => {
        expect(Object.keys(DRIVERS).filter((t) => t in NO_DIRECT_COST)).toEqual([]);
        for (const [type, reason] of Object.entries(NO_DIRECT_COST)) {
            expect({ type, en: reason.en.length > 10, fr: reason.fr.length > 10 }).toEqual({ type, en: true, fr: true });
        }
    });
});

describe("the drivers of every stack follow its profile", () => {
    it.each(STACKS)("%s", (stack) => {
        const plan = planOf(stack);
        const profile = plan.profile as ProfileName;
        const report = costReport(plan, "en");
        const layers = new Set(plan.resources.filter(isComponent).map((r) => r.type.split(":")[1]));
        expect(report.rows.length).toBeGreaterThan(0);
        // Quantities: never negative, never more at the minimum than at the maximum.
        for (const r of report.rows) {
            if (r.min !== null) expect({ row: `${r.resource} ${r.driver}`, negative: r.min < 0 }).toEqual({ row: `${r.resource} ${r.driver}`, negative: false });
            if (r.min !== null && r.max !== null) expect({ row: `${r.resource} ${r.driver}`, ordered: r.max >= r.min }).toEqual({ row: `${r.resource} ${r.driver}`, ordered: true });
            if (r.basis === "time") expect({ row: `${r.resource} ${r.driver}`, both: (r.min === null) === (r.max === null) }).toEqual({ row: `${r.resource} ${r.driver}`, both: true });
        }
        if (layers.has("compute")) {
            const c = COMPUTE_PROFILES[profile];
            expect(rowsOf(report, "ecs.instance").map((r) => [r.sku, r.min, r.max])).toEqual([[c.instanceType, c.minSize, c.maxSize]]);
            const disks = rowsOf(report, "ecs.disk").map((r) => [r.min, r.max]);
            expect(disks).toEqual([c.systemDiskGb, c.dataDiskGb].map((gb) => [gb * c.minSize, gb * c.maxSize]));
        }
        if (layers.has("storage")) {
            const s = STORAGE_PROFILES[profile];
            expect(rowsOf(report, "rds.instance").map((r) => [r.sku, r.min, r.max])).toEqual([[s.database.instanceType, 1, 1]]);
            expect(rowsOf(report, "rds.storage").map((r) => [r.min, r.max])).toEqual([[s.database.storageGb, s.database.storageUpperBoundGb]]);
            expect(rowsOf(report, "redis.shard").map((r) => [r.sku, r.min, r.max])).toEqual([[s.cache.instanceClass, s.cache.shardCount, s.cache.shardCount]]);
            const oss = rowsOf(report, "oss.storage");
            expect(oss.length).toBeGreaterThanOrEqual(4);
            expect(oss.filter((r) => !r.sku.endsWith(` ${s.redundancy}`)).map((r) => r.sku)).toEqual([]);
            expect(rowsOf(report, "kms.secret")).toHaveLength(2);
        }
        if (layers.has("network")) {
            const cap = NETWORK_PROFILES[profile].natEipBandwidthMbps;
            expect(rowsOf(report, "eip.traffic").map((r) => [r.sku, r.min, r.max])).toEqual([[`cap ${cap} Mbit/s`, 0, gbAtCap(cap)]]);
            expect(rowsOf(report, "nat.gateway").map((r) => [r.min, r.max])).toEqual([[1, 1]]);
        }
        if (layers.has("edge")) {
            const e = EDGE_PROFILES[profile];
            expect(rowsOf(report, "alb.instance").map((r) => r.sku)).toEqual([e.albEdition]);
            expect(rowsOf(report, "waf.instance")).toHaveLength(e.waf ? 1 : 0);
            expect(rowsOf(report, "cdn.traffic").length).toBeGreaterThanOrEqual(2);
        }
        if (layers.has("keys")) expect(rowsOf(report, "kms.key").map((r) => [r.min, r.max])).toEqual(rowsOf(report, "kms.key").map(() => [1, 1]));
        // Every logstore keeps its logs the profile's retention (the legacy store too), on shards it can split up to its bound.
        const days = CORE_PROFILES[profile].logRetentionDays;
        expect(rowsOf(report, "sls.storage").filter((r) => r.sku !== `${days} days`)).toEqual([]);
        expect(rowsOf(report, "sls.shard").length).toBe(plan.resources.filter((r) => r.type === "alicloud:log/store:Store").length);
    });

    it("gives prod its profile's maximum of app servers, and more at the maximum than at the minimum", () => {
        const [instances] = rowsOf(costReport(planOf("prod"), "en"), "ecs.instance");
        expect(instances.max).toBe(COMPUTE_PROFILES.prod.maxSize);
        expect(instances.min).toBe(COMPUTE_PROFILES.prod.minSize);
        expect(instances.max as number).toBeGreaterThan(instances.min as number);
    });

    it("counts the same drivers for prod in its single form and in its layer stacks together", () => {
        const key = (r: CostRow): string => `${r.resource} ${r.driver} ${r.sku} ${r.min} ${r.max}`;
        const single = costReport(planOf("prod"), "en").rows.map(key).sort();
        const layered = costReport(combinePlans("prod", [planOf("prod-data"), planOf("prod-app")]), "en").rows.map(key).sort();
        expect(layered).toEqual(single);
    });
});

describe("the baseline's stateful resources", () => {
    interface Baseline {
        readonly environments: Readonly<Record<string, { readonly stacks: readonly string[]; readonly resources: readonly string[] }>>;
    }
    const baseline = JSON.parse(fs.readFileSync(path.join(ROOT, "baseline", "stateful-resources.json"), "utf8")) as Baseline;

    it.each(Object.keys(baseline.environments))("every billed one of %s has its rows", (env) => {
        const { stacks, resources } = baseline.environments[env];
        const report = costReport(combinePlans(env, stacks.map(planOf)), "en");
        const billed = resources
            .map((entry) => /(?:^|\$)([^$]+)::([^:]+)$/.exec(entry))
            .filter((m): m is RegExpExecArray => m !== null && m[1] in DRIVERS)
            .map((m) => m[2]);
        expect(billed.length).toBeGreaterThan(10);
        const rowed = new Set(report.rows.map((r) => r.resource));
        expect(billed.filter((name) => !rowed.has(name))).toEqual([]);
    });
});

// ---- A small plan, priced by hand ------------------------------------------------------------

function resource(type: string, name: string, inputs: Record<string, unknown>, extra: Partial<PlanResource> = {}): PlanResource {
    return {
        urn: `urn:pulumi:small::dakar2026::${type}::${name}`,
        type,
        name,
        custom: true,
        id: `${name}-id`,
        inputs,
        outputs: inputs,
        options: NO_OPTIONS,
        propertyDependencies: {},
        ...extra,
    };
}

function synthetic(resources: PlanResource[]): Plan {
    return { project: "dakar2026", stack: "small", profile: "dev", resources, outputs: {}, warnings: [] };
}

const SMALL = synthetic([
    resource("alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate", "template", { instanceType: "ecs.c7.large", systemDisk: { category: "cloud_essd", performanceLevel: "PL0", size: 40 } }),
    // Referenced by id, as a plan read from a file without property dependencies would.
    resource("alicloud:ess/scalingGroup:ScalingGroup", "group", { launchTemplateId: "template-id", minSize: 2, maxSize: 5 }),
    resource("alicloud:kms/key:Key", "key", { keySpec: "Aliyun_AES_256", protectionLevel: "SOFTWARE" }),
    resource("alicloud:ecs/eipAddress:EipAddress", "eip", { bandwidth: "10", internetChargeType: "PayByTraffic", isp: "BGP" }),
    resource("alicloud:oss/bucket:Bucket", "bucket", { storageClass: "Standard", redundancyType: "LRS" }),
]);

const SHEET: PriceSheet = parsePriceSheet(
    {
        currency: "EUR",
        prices: {
            "ecs.instance": { unit: "instance", per: "hour", bySku: { "ecs.c7.large": 0.05 }, price: 1000 },
            "ecs.disk": { unit: "GiB", per: "month", price: 0.125 },
            "kms.key": { unit: "key", per: "month", price: 1 },
            "eip.traffic": { unit: "GB", per: "unit", price: 0.01 },
            "oss.storage": { unit: "GB", per: "month", price: 0.02 },
        },
    },
    "small.json",
);

describe("the price arithmetic", () => {
    const report = costReport(SMALL, "en", SHEET);
    const row = (driver: string): CostRow => {
        const r = report.rows.find((x) => x.driver === driver);
        if (r === undefined) throw new Error(`no ${driver} row`);
        return r;
    };

    it("prices a held quantity by the hour over 730 hours, the sku's price before the driver's", () => {
        expect(row("ecs.instance").price).toEqual({ status: "priced", unitPrice: 0.05, per: "hour", monthlyMin: 73, monthlyMax: 182.5 });
        expect(HOURS_PER_MONTH).toBe(730);
    });

    it("prices by the month and by the unit as given", () => {
        expect(row("ecs.disk").price).toEqual({ status: "priced", unitPrice: 0.125, per: "month", monthlyMin: 10, monthlyMax: 25 });
        // 10 Mbit/s all month: 10 × 730 × 3600 ÷ 8 ÷ 1000 = 3285 GB, at 0.01 a GB.
        expect(row("eip.traffic")).toMatchObject({ min: 0, max: 3285, price: { status: "priced", monthlyMin: 0, monthlyMax: 32.85 } });
    });

    it("marks a quantity the sheet has no price for as unpriced, never as zero, and says the totals are incomplete", () => {
        expect(row("eip.address").price).toEqual({ status: "unpriced", unitPrice: null, per: null, monthlyMin: null, monthlyMax: null });
        expect(report.estimate).toEqual({ currency: "EUR", placeholder: false, monthlyMin: 84, monthlyMax: 241.35, unpricedRows: 1, usageRows: 1, complete: false });
    });

    it("leaves usage out of the totals, with the price it would take", () => {
        expect(row("oss.storage")).toMatchObject({ min: null, max: null, price: { status: "usage", unitPrice: 0.02, per: "month", monthlyMin: null, monthlyMax: null } });
    });

    it("prints the unpriced row and the incomplete total in the table", () => {
        const text = renderCostTable(report);
        const joined = text.replace(/\n(?! )/g, " ");
        expect(text).toMatch(/^ {2}eip\.address +BGP +address +1 +1 +UNPRICED$/m);
        expect(joined).toContain("Monthly estimate (EUR, 730 hours a month): 84.00 at the minimum, 241.35 at the maximum.");
        expect(joined).toContain("INCOMPLETE: 1 row(s) have quantities but no price in the sheet (UNPRICED above); the totals leave them out.");
        expect(joined).toContain("Not in the totals: 1 row(s) billed by usage.");
    });
});

describe("the price sheet", () => {
    const bad: readonly (readonly [string, unknown, string])[] = [
        ["not an object", [1], 'small.json: (top level) is [1]; expected an object with "currency" and "prices"'],
        ["an unknown top-level key", { currency: "EUR", prices: {}, currencies: "EUR" }, 'small.json: "currencies" is not a key of the sheet; did you mean currency? keys: $comment, currency, placeholder, prices'],
        ["no currency", { prices: {} }, "small.json: currency is (missing); expected a three-letter ISO 4217 code such as USD, EUR or XOF"],
        ["a placeholder flag that is text", { currency: "EUR", placeholder: "yes", prices: {} }, 'small.json: placeholder is "yes"; expected true or false'],
        ["prices that are a list", { currency: "EUR", prices: [] }, "small.json: prices is []; expected an object of prices by driver"],
        ["a unit that is not the driver's", { currency: "EUR", prices: { "ecs.disk": { unit: "GB", per: "month", price: 1 } } }, 'small.json: prices.ecs.disk.unit is "GB"; expected "GiB"'],
        ["a held quantity priced by the unit", { currency: "EUR", prices: { "kms.key": { unit: "key", per: "unit", price: 1 } } }, 'small.json: prices.kms.key.per is "unit"; expected "hour" or "month"'],
        ["a negative price", { currency: "EUR", prices: { "kms.key": { unit: "key", per: "month", price: -1 } } }, "small.json: prices.kms.key.price is -1; expected a number of at least 0"],
        ["a price as text", { currency: "EUR", prices: { "kms.key": { unit: "key", per: "month", bySku: { "Aliyun_AES_256 SOFTWARE": "1" } } } }, 'small.json: prices.kms.key.bySku.Aliyun_AES_256 SOFTWARE is "1"; expected a number of at least 0'],
        ["no price at all", { currency: "EUR", prices: { "kms.key": { unit: "key", per: "month" } } }, 'small.json: prices.kms.key.price is (missing); expected a number of at least 0 (or prices by sku in "bySku")'],
        ["an unknown key of a price", { currency: "EUR", prices: { "kms.key": { unit: "key", per: "month", price: 1, sku: "x" } } }, 'small.json: "sku" is not a key of prices.kms.key; did you mean bySku? keys: $comment, unit, per, price, bySku'],
    ];
    it.each(bad)("refuses %s in one line naming the key, the value and what is allowed", (_what, raw, line) => {
        expect(() => parsePriceSheet(raw, "small.json")).toThrow(line);
        try {
            parsePriceSheet(raw, "small.json");
        } catch (e) {
            expect((e as Error).name).toBe("InputError");
            expect((e as Error).message).toBe(line);
        }
    });

    it("has an example whose prices are marked placeholders and which prices every driver of the real stacks", () => {
        const example = readPriceSheet(path.join(ROOT, "docs", "cost", "prices.example.json"));
        expect(example.placeholder).toBe(true);
        expect(example.currency).toBe("XXX");
        expect(DRIVER_IDS.filter((d) => example.prices[d] === undefined)).toEqual([]);
        for (const stack of STACKS) {
            const report = costReport(planOf(stack), "en", example);
            expect({ stack, unpriced: report.rows.filter((r) => r.price?.status === "unpriced").map((r) => `${r.driver} ${r.sku}`) }).toEqual({ stack, unpriced: [] });
            expect(renderCostTable(report)).toContain("PLACEHOLDER PRICES");
        }
    });
});

describe("the output", () => {
    /** The documented schema (docs/cost/README.md): the keys of each object, in order. */
    const SCHEMA = {
        report: ["schema", "project", "stack", "profile", "lang", "hoursPerMonth", "rows", "free", "unclassified", "estimate"],
        row: ["stack", "resource", "urn", "type", "driver", "sku", "unit", "basis", "min", "max", "note"],
        pricedRow: ["stack", "resource", "urn", "type", "driver", "sku", "unit", "basis", "min", "max", "note", "price"],
        price: ["status", "unitPrice", "per", "monthlyMin", "monthlyMax"],
        free: ["type", "resources", "reason"],
        estimate: ["currency", "placeholder", "monthlyMin", "monthlyMax", "unpricedRows", "usageRows", "complete"],
    } as const;

    it("keeps the JSON schema stable", () => {
        const plain = JSON.parse(renderCostJson(costReport(planOf("prod"), "en"))) as Record<string, unknown> & { rows: Record<string, unknown>[]; free: Record<string, unknown>[] };
        expect(plain.schema).toBe(COST_SCHEMA);
        expect(COST_SCHEMA).toBe("dakar2026.cost-report/1");
        expect(Object.keys(plain)).toEqual(SCHEMA.report);
        expect(plain.estimate).toBeNull();
        expect([...new Set(plain.rows.map((r) => Object.keys(r).join(",")))]).toEqual([SCHEMA.row.join(",")]);
        expect([...new Set(plain.free.map((r) => Object.keys(r).join(",")))]).toEqual([SCHEMA.free.join(",")]);
        const priced = JSON.parse(renderCostJson(costReport(SMALL, "en", SHEET))) as { rows: (Record<string, unknown> & { price: Record<string, unknown> })[]; estimate: Record<string, unknown> };
        expect([...new Set(priced.rows.map((r) => Object.keys(r).join(",")))]).toEqual([SCHEMA.pricedRow.join(",")]);
        expect([...new Set(priced.rows.map((r) => Object.keys(r.price).join(",")))]).toEqual([SCHEMA.price.join(",")]);
        expect(Object.keys(priced.estimate)).toEqual(SCHEMA.estimate);
    });

    it("documents every field of the schema and every driver with its unit in docs/cost/README.md", () => {
        const doc = fs.readFileSync(path.join(ROOT, "docs", "cost", "README.md"), "utf8");
        const documented = new Set([...doc.matchAll(/^\| `([A-Za-z.-]+)` \|/gm)].map((m) => m[1]));
        const units = new Map([...doc.matchAll(/^\| `([a-z.-]+)` \| `([^`]+)` \| (time|volume) \|/gm)].map((m) => [m[1], `${m[2]} ${m[3]}`]));
        expect(DRIVER_IDS.filter((d) => units.get(d) !== `${DRIVER_KINDS[d].unit} ${DRIVER_KINDS[d].basis}`)).toEqual([]);
        const fields = [...SCHEMA.report, ...SCHEMA.row.map((k) => `rows.${k}`), "rows.price", ...SCHEMA.price.map((k) => `rows.price.${k}`), ...SCHEMA.free.map((k) => `free.${k}`), ...SCHEMA.estimate.map((k) => `estimate.${k}`)];
        expect(fields.filter((f) => !documented.has(f))).toEqual([]);
        expect(doc).toContain(COST_SCHEMA);
    });

    it.each(["en", "fr"] as const)("fits the table of every stack in 100 columns (%s)", (lang) => {
        for (const stack of STACKS) {
            const text = renderCostTable(costReport(planOf(stack), lang, readPriceSheet(path.join(ROOT, "docs", "cost", "prices.example.json"))));
            expect({ stack, long: text.split("\n").filter((l) => [...l].length > 100) }).toEqual({ stack, long: [] });
        }
    });

    it("says it in French with --lang fr", () => {
        const text = renderCostTable(costReport(planOf("prod"), "fr"));
        expect(text.split("\n")[0]).toBe(`Postes de coût de la pile prod (profil prod, projet dakar2026)\u202f: ${costReport(planOf("prod"), "fr").rows.length} lignes`);
        expect(text).toContain("à l'usage");
        expect(text).toContain("Sans coût direct\u202f:");
    });
});

describe("docs/runbooks/downsize.md", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs", "runbooks", "downsize.md"), "utf8");
    let after: Plan;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-downsize-"));
    afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

    /** This checkout's settings with docs/runbooks/downsize.patch applied, in a folder of its own. */
    beforeAll(async () => {
        for (const p of ["Pulumi.yaml", "stacks", "infra"]) fs.cpSync(path.join(ROOT, p), path.join(tmp, p), { recursive: true });
        fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"));
        try {
            execFileSync("git", ["apply", path.join(ROOT, "docs", "runbooks", "downsize.patch")], { cwd: tmp, stdio: "pipe" });
        } catch (e) {
            throw new Error(`docs/runbooks/downsize.patch no longer applies to infra/ and stacks/; make the change again by hand and rewrite the patch with git diff (${String((e as { stderr?: unknown }).stderr ?? e).trim()})`);
        }
        after = await planIsolated("prod", { root: tmp });
    }, PLANNING);

    it("tabulates every driver of prod the downsizing changes, before and after, as the cost command counts them", () => {
        // A resource may have several rows of one driver (a system and a data disk): the n-th is keyed n.
        const keyed = (rows: readonly CostRow[]): Map<string, CostRow> => {
            const seen = new Map<string, number>();
            return new Map(
                rows.map((r) => {
                    const k = `${r.resource} ${r.driver}`;
                    seen.set(k, (seen.get(k) ?? 0) + 1);
                    return [`${k}#${seen.get(k)}`, r];
                }),
            );
        };
        const value = (r: CostRow | undefined): string => (r === undefined ? "(none)" : `${r.sku} ${r.min ?? "usage"} ${r.max ?? "usage"}`);
        const before = keyed(costReport(planOf("prod"), "en").rows);
        const later = keyed(costReport(after, "en").rows);
        const changed = [...new Set([...before.keys(), ...later.keys()])]
            .filter((k) => value(before.get(k)) !== value(later.get(k)))
            .map((k) => `${k.replace(/#\d+$/, "")}: ${value(before.get(k))} -> ${value(later.get(k))}`)
            .sort();
        const number = (c: string): string => c.replace(/,/g, "");
        const rows = tablesUnder(doc, "## What changes")
            .map((c) => `${c[0]} ${c[1].replace(/`/g, "")}: ${c[2]} ${number(c[3])} ${number(c[4])} -> ${c[5]} ${number(c[6])} ${number(c[7])}`)
            .sort();
        expect(changed.length).toBeGreaterThan(3);
        expect(rows).toEqual(changed);
    });

    it("keeps prod's protection, zones and retention: the patch changes sizes, not guarantees", () => {
        const kept = (p: Plan): string[] =>
            p.resources
                .filter((r) => r.options.protect)
                .map((r) => r.urn)
                .sort();
        expect(kept(after)).toEqual(kept(planOf("prod")));
        expect(rowsOf(costReport(after, "en"), "sls.storage").map((r) => r.sku)).toEqual(rowsOf(costReport(planOf("prod"), "en"), "sls.storage").map((r) => r.sku));
        expect(rowsOf(costReport(after, "en"), "oss.storage").map((r) => r.sku)).toEqual(rowsOf(costReport(planOf("prod"), "en"), "oss.storage").map((r) => r.sku));
    });
});

/** Cells of the body rows of the first table after the line `heading`. */
function tablesUnder(markdown: string, heading: string): string[][] {
    const lines = markdown.split("\n");
    const start = lines.findIndex((l) => l.trim() === heading);
    if (start < 0) throw new Error(`no section "${heading}"`);
    const first = lines.findIndex((l, i) => i > start && l.startsWith("|"));
    const out: string[][] = [];
    for (let i = first + 2; i < lines.length && lines[i].startsWith("|"); i++) out.push(lines[i].split("|").slice(1, -1).map((c) => c.trim()));
    return out;
}
