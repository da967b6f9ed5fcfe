import * as fc from "fast-check";
import {
    Cidr,
    contains,
    formatCidr,
    isPrivate,
    mask,
    networkOf,
    overlaps,
    parseCidr,
    PRIVATE_RANGES,
    size,
    subnet,
} from "../../../infra/core/cidr";

const UINT32_MAX = 0xffffffff;

function cidr(text: string): Cidr {
    const p = parseCidr(text);
    if (!p) throw new Error(`test fixture ${text} does not parse`);
    return networkOf(p.address, p.prefix);
}

/** Last address of an aligned network, as a number. */
function last(c: Cidr): number {
    return c.base + size(c) - 1;
}

const address = fc.integer({ min: 0, max: UINT32_MAX });
const prefix = fc.integer({ min: 0, max: 32 });
/** Any aligned network. */
const network = fc.tuple(address, prefix).map(([a, p]) => networkOf(a, p));
/** Two aligned networks that often nest or collide: the second is derived from the first's address. */
const relatedPair = fc
    .tuple(address, prefix, prefix, fc.integer({ min: 0, max: 0xffff }))
    .map(([a, p, q, jitter]): [Cidr, Cidr] => [networkOf(a, p), networkOf((a ^ jitter) >>> 0, q)]);
const pair = fc.oneof(fc.tuple(network, network), relatedPair);

describe("parseCidr", () => {
    it.each([
        ["0.0.0.0/0", 0, 0],
        ["10.0.0.0/8", 0x0a000000, 8],
        ["10.130.0.1/16", 0x0a820001, 16],
        ["172.16.0.0/12", 0xac100000, 12],
        ["192.168.255.255/32", 0xc0a8ffff, 32],
        ["255.255.255.255/32", UINT32_MAX, 32],
        ["128.0.0.0/1", 0x80000000, 1],
    ])("parses %s to address %d, prefix %d (host bits kept)", (text, addr, p) => {
        expect(parseCidr(text)).toEqual({ address: addr, prefix: p });
    });

    it.each([
        "",
        "banana",
        "10.0.0.0",
        "10.0.0.0/",
        "10.0.0/16",
        "10.0.0.0.0/8",
        "10.0.0.0/33",
        "10.0.0.0/99",
        "10.0.0.0/123",
        "10.0.0.0/-1",
        "256.0.0.0/8",
        "10.0.0.300/24",
        "1000.0.0.0/8",
        "01.0.0.0/8",
        "10.00.0.0/16",
        "10.0.0.0/08",
        "10.0.0.0/8 ",
        " 10.0.0.0/8",
        "10.0.0.0 /8",
        "a.b.c.d/8",
        "10.0.0.0\\8",
        "10.0.0.0/8/8",
    ])("rejects %j", (text) => {
        expect(parseCidr(text)).toBeUndefined();
    });

    it("round-trips formatCidr for every address and prefix (unaligned addresses too)", () => {
        fc.assert(
            fc.property(address, prefix, (a, p) => {
                expect(parseCidr(formatCidr({ base: a, prefix: p }))).toEqual({ address: a, prefix: p });
            }),
            { numRuns: 200 },
        );
    });

    it("formats back to the same text for every canonical dotted quad", () => {
        const octet = fc.integer({ min: 0, max: 255 });
        fc.assert(
            fc.property(octet, octet, octet, octet, prefix, (a, b, c, d, p) => {
                const text = `${a}.${b}.${c}.${d}/${p}`;
                const parsed = parseCidr(text);
                expect(parsed).toBeDefined();
                expect(formatCidr({ base: parsed!.address, prefix: parsed!.prefix })).toBe(text);
            }),
            { numRuns: 200 },
        );
    });
});

describe("formatCidr, mask, size, networkOf", () => {
    it("formats high addresses as unsigned octets", () => {
        expect(formatCidr({ base: 0xc0a80100, prefix: 24 })).toBe("192.168.1.0/24");
        expect(formatCidr({ base: UINT32_MAX, prefix: 32 })).toBe("255.255.255.255/32");
        expect(formatCidr({ base: 0, prefix: 0 })).toBe("0.0.0.0/0");
    });

    it.each([
        [0, 0],
        [1, 0x80000000],
        [8, 0xff000000],
        [12, 0xfff00000],
        [16, 0xffff0000],
        [20, 0xfffff000],
        [24, 0xffffff00],
        [31, 0xfffffffe],
        [32, UINT32_MAX],
    ])("mask(%d) is %d", (p, m) => {
        expect(mask(p)).toBe(m);
    });

    it.each([
        [0, 2 ** 32],
        [8, 16777216],
        [16, 65536],
        [20, 4096],
        [24, 256],
        [32, 1],
    ])("size of a /%d is %d", (p, n) => {
        expect(size({ base: 0, prefix: p })).toBe(n);
    });

    it.each([
        ["10.0.1.0/16", "10.0.0.0/16"],
        ["10.130.77.5/20", "10.130.64.0/20"],
        ["172.31.255.255/12", "172.16.0.0/12"],
        ["255.255.255.255/1", "128.0.0.0/1"],
        ["192.168.1.7/32", "192.168.1.7/32"],
        ["203.0.113.9/0", "0.0.0.0/0"],
    ])("networkOf(%s) is %s", (text, expected) => {
        const p = parseCidr(text)!;
        expect(formatCidr(networkOf(p.address, p.prefix))).toBe(expected);
    });

    it("networkOf is idempotent and yields an unsigned, aligned base", () => {
        fc.assert(
            fc.property(address, prefix, (a, p) => {
                const n = networkOf(a, p);
                expect(n.base).toBeGreaterThanOrEqual(0);
                expect(n.base % size(n)).toBe(0);
                expect(n.base).toBeLessThanOrEqual(a);
                expect(a).toBeLessThanOrEqual(last(n));
                expect(networkOf(n.base, p)).toEqual(n);
            }),
            { numRuns: 200 },
        );
    });
});

describe("contains / overlaps", () => {
    it.each([
        ["10.0.0.0/8", "10.130.0.0/16", true],
        ["10.130.0.0/16", "10.130.0.0/16", true],
        ["10.130.0.0/16", "10.130.255.0/24", true],
        ["10.130.0.0/16", "10.131.0.0/24", false],
        ["10.130.0.0/16", "10.0.0.0/8", false],
        ["0.0.0.0/0", "255.255.255.255/32", true],
        ["128.0.0.0/1", "127.255.255.255/32", false],
        ["192.168.0.0/16", "192.168.0.0/15", false],
    ])("contains(%s, %s) is %s", (outer, inner, expected) => {
        expect(contains(cidr(outer), cidr(inner))).toBe(expected);
    });

    it.each([
        ["10.130.0.0/16", "10.130.16.0/20", true],
        ["10.130.16.0/20", "10.130.0.0/16", true],
        ["10.130.0.0/20", "10.130.16.0/20", false],
        ["10.130.0.0/23", "10.130.1.0/24", true],
        ["10.130.0.0/24", "10.130.1.0/24", false],
        ["0.0.0.0/0", "192.168.1.0/24", true],
    ])("overlaps(%s, %s) is %s", (a, b, expected) => {
        expect(overlaps(cidr(a), cidr(b))).toBe(expected);
    });

    it("contains is reflexive, antisymmetric, and agrees with address ranges", () => {
        fc.assert(
            fc.property(pair, ([a, b]) => {
                expect(contains(a, a)).toBe(true);
                const byRange = a.base <= b.base && last(b) <= last(a);
                expect(contains(a, b)).toBe(byRange);
                if (contains(a, b) && contains(b, a)) expect(a).toEqual(b);
            }),
            { numRuns: 200 },
        );
    });

    it("overlaps is symmetric and true exactly when the address ranges intersect", () => {
        fc.assert(
            fc.property(pair, ([a, b]) => {
                expect(overlaps(a, b)).toBe(overlaps(b, a));
                const intersect = a.base <= last(b) && b.base <= last(a);
                expect(overlaps(a, b)).toBe(intersect);
            }),
            { numRuns: 200 },
        );
    });

    it("contains is transitive", () => {
        fc.assert(
            fc.property(address, prefix, prefix, prefix, (a, p1, p2, p3) => {
                const [x, y, z] = [p1, p2, p3].sort((m, n) => m - n).map((p) => networkOf(a, p));
                expect(contains(x, y)).toBe(true);
                expect(contains(y, z)).toBe(true);
                expect(contains(x, z)).toBe(true);
            }),
            { numRuns: 200 },
        );
    });
});

describe("subnet", () => {
    const vpc = cidr("10.130.0.0/16");

    it.each([
        [20, 0, "10.130.0.0/20"],
        [20, 1, "10.130.16.0/20"],
        [20, 15, "10.130.240.0/20"],
        [24, 255, "10.130.255.0/24"],
        [16, 0, "10.130.0.0/16"],
        [32, 65535, "10.130.255.255/32"],
    ])("the /%d block #%d of 10.130.0.0/16 is %s", (p, index, expected) => {
        expect(formatCidr(subnet(vpc, p, index))).toBe(expected);
    });

    it("splits the top half of the address space without going negative", () => {
        expect(formatCidr(subnet(cidr("0.0.0.0/0"), 1, 1))).toBe("128.0.0.0/1");
        expect(subnet(cidr("0.0.0.0/0"), 32, UINT32_MAX)).toEqual({ base: UINT32_MAX, prefix: 32 });
    });

    it.each([
        [15, 0, "no subnet #0 of /15 in 10.130.0.0/16"],
        [20, 16, "no subnet #16 of /20 in 10.130.0.0/16"],
        [20, -1, "no subnet #-1 of /20 in 10.130.0.0/16"],
        [16, 1, "no subnet #1 of /16 in 10.130.0.0/16"],
        [24, 256, "no subnet #256 of /24 in 10.130.0.0/16"],
    ])("rejects /%d block #%d with a RangeError", (p, index, message) => {
        expect(() => subnet(vpc, p, index)).toThrow(new RangeError(message));
        expect(() => subnet(vpc, p, index)).toThrow(RangeError);
    });

    it("yields, for any parent, prefix and index in range, a contained block; distinct indices never overlap", () => {
        const arb = network.chain((parent) =>
            fc.integer({ min: parent.prefix, max: Math.min(32, parent.prefix + 12) }).chain((p) => {
                const count = 2 ** (p - parent.prefix);
                const index = fc.integer({ min: 0, max: count - 1 });
                return fc.tuple(fc.constant(parent), fc.constant(p), index, index);
            }),
        );
        fc.assert(
            fc.property(arb, ([parent, p, i, j]) => {
                const a = subnet(parent, p, i);
                expect(a.prefix).toBe(p);
                expect(a.base).toBe(parent.base + i * 2 ** (32 - p));
                expect(contains(parent, a)).toBe(true);
                expect(networkOf(a.base, p)).toEqual(a);
                const b = subnet(parent, p, j);
                expect(overlaps(a, b)).toBe(i === j);
            }),
            { numRuns: 200 },
        );
    });
});

describe("isPrivate", () => {
    it("knows exactly the three RFC 1918 ranges", () => {
        expect(PRIVATE_RANGES.map(formatCidr)).toEqual(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]);
    });

    it.each([
        ["10.0.0.0/8", true],
        ["10.130.0.0/16", true],
        ["10.255.255.0/24", true],
        ["172.16.0.0/12", true],
        ["172.16.0.0/16", true],
        ["172.31.255.0/24", true],
        ["192.168.0.0/16", true],
        ["192.168.255.255/32", true],
        ["9.255.255.0/24", false],
        ["11.0.0.0/8", false],
        ["10.0.0.0/7", false],
        ["172.15.0.0/16", false],
        ["172.32.0.0/16", false],
        ["172.0.0.0/8", false],
        ["172.16.0.0/11", false],
        ["192.167.255.0/24", false],
        ["192.169.0.0/16", false],
        ["192.168.0.0/15", false],
        ["100.64.0.0/10", false],
        ["0.0.0.0/0", false],
    ])("isPrivate(%s) is %s", (text, expected) => {
        expect(isPrivate(cidr(text))).toBe(expected);
    });

    it("holds exactly for networks inside one of the ranges", () => {
        fc.assert(
            fc.property(network, (n) => {
                const inside = PRIVATE_RANGES.some((r) => n.prefix >= r.prefix && n.base >= r.base && last(n) <= last(r));
                expect(isPrivate(n)).toBe(inside);
            }),
            { numRuns: 200 },
        );
    });
});
