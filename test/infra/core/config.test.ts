/**
 * The readers every layer's parser uses. Whatever the text in a stack file, a reader either returns
 * a value that means what the text says or throws a SettingsError naming the key: never another
 * error, which the CLI would report as a bug with a stack trace.
 */
import * as fc from "fast-check";
import { RunError } from "@pulumi/pulumi/errors";
import { cidrNetwork, deepFreeze, optionalDate, port, portList, SettingsError } from "../../../infra/core/config";
import { formatCidr } from "../../../infra/core/cidr";

const K = "dakar2026:someKey";

/** Calls `fn` and returns its value, or the SettingsError it threw; any other error fails the test. */
function outcome<T>(fn: () => T): T | SettingsError {
    try {
        return fn();
    } catch (e) {
        if (e instanceof SettingsError) return e;
        throw e;
    }
}

/** Text shaped like a date, with every field allowed to be out of range. */
const dateLike = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("SettingsError", () => {
    it("is a pulumi.RunError, so the Pulumi CLI prints its message without the program's stack trace", () => {
        const e = new SettingsError("x");
        expect(RunError.isInstance(e)).toBe(true);
        expect(e.name).toBe("SettingsError");
        expect(e.message).toBe("x");
    });
});

describe("optionalDate", () => {
    it("is undefined when the key is not set or empty (Pulumi.yaml declares optional keys with an empty default)", () => {
        expect(optionalDate({}, K)).toBeUndefined();
        expect(optionalDate({ [K]: "" }, K)).toBeUndefined();
    });

    it.each(["2027-12-01", "2028-02-29", "2026-01-31"])("accepts the calendar date %s as it is", (v) => {
        expect(optionalDate({ [K]: v }, K)).toBe(v);
    });

    it.each(["2027-13-01", "2027-00-10", "2027-12-32", "2027-02-29", "2027-04-31", "2027-2-1", "27-12-01", "2027/12/01", "tomorrow", "2027-12-01T00:00:00Z", " 2027-12-01"])(
        "rejects %j naming the key, the value and the form",
        (v) => {
            expect(outcome(() => optionalDate({ [K]: v }, K))).toEqual(new SettingsError(`${K} ${JSON.stringify(v)} is not a date YYYY-MM-DD`));
        },
    );

    it("returns, for any text shaped like a date, the same text when it is a calendar day and a SettingsError otherwise", () => {
        fc.assert(
            fc.property(fc.oneof(dateLike, fc.string()), (v) => {
                const got = outcome(() => optionalDate({ [K]: v }, K));
                const [y, m, d] = v.split("-").map(Number);
                const real =
                    /^\d{4}-\d{2}-\d{2}$/.test(v) && m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
                if (v === "") expect(got).toBeUndefined();
                else if (real) expect(got).toBe(v);
                else expect(got).toBeInstanceOf(SettingsError);
            }),
            { numRuns: 500 },
        );
    });
});

describe("port", () => {
    it("returns, for any text, the integer port it spells (1 to 65535) or a SettingsError naming the key", () => {
        fc.assert(
            fc.property(fc.oneof(fc.integer({ min: -10, max: 70000 }).map(String), fc.string()), (v) => {
                const got = outcome(() => port({ [K]: v }, K));
                if (got instanceof SettingsError) {
                    expect(got.message.startsWith(`${K} `)).toBe(true);
                } else {
                    expect(Number.isInteger(got)).toBe(true);
                    expect(got).toBeGreaterThanOrEqual(1);
                    expect(got).toBeLessThanOrEqual(65535);
                    expect(got).toBe(Number(v));
                }
            }),
            { numRuns: 500 },
        );
    });
});

describe("portList", () => {
    it("returns, for any JSON, a non-empty list of distinct ports equal to it, or a SettingsError naming the key", () => {
        fc.assert(
            fc.property(fc.oneof(fc.array(fc.integer({ min: -1, max: 70000 }), { maxLength: 4 }), fc.jsonValue()), (value) => {
                const text = JSON.stringify(value) ?? "null";
                const got = outcome(() => portList({ [K]: text }, K));
                if (got instanceof SettingsError) {
                    expect(got.message.startsWith(`${K} `)).toBe(true);
                } else {
                    expect(got).toEqual(value);
                    expect(got.length).toBeGreaterThan(0);
                    expect(new Set(got).size).toBe(got.length);
                    for (const p of got) expect(Number.isInteger(p) && p >= 1 && p <= 65535).toBe(true);
                }
            }),
            { numRuns: 500 },
        );
    });
});

describe("cidrNetwork", () => {
    it("returns, for any value, an aligned network that formats back to the value, or a SettingsError naming the key", () => {
        const octet = fc.integer({ min: 0, max: 300 });
        const cidrLike = fc.tuple(octet, octet, octet, octet, fc.integer({ min: 0, max: 40 })).map(([a, b, c, d, p]) => `${a}.${b}.${c}.${d}/${p}`);
        fc.assert(
            fc.property(fc.oneof(cidrLike, fc.string(), fc.integer()), (v) => {
                const got = outcome(() => cidrNetwork(K, v));
                if (got instanceof SettingsError) expect(got.message.startsWith(`${K} ${JSON.stringify(v)} `)).toBe(true);
                else expect(formatCidr(got)).toBe(v);
            }),
            { numRuns: 500 },
        );
    });
});

describe("deepFreeze", () => {
    it("freezes every nested object and array and returns the same object", () => {
        const o = { a: { b: [1, { c: 2 }] }, d: "x" };
        expect(deepFreeze(o)).toBe(o);
        expect(Object.isFrozen(o)).toBe(true);
        expect(Object.isFrozen(o.a)).toBe(true);
        expect(Object.isFrozen(o.a.b)).toBe(true);
        expect(Object.isFrozen(o.a.b[1])).toBe(true);
    });
});
