/** IPv4 CIDR arithmetic for planning vSwitches. Pure; no Pulumi here. */

export interface Cidr {
    /** Network address as an unsigned 32-bit integer. */
    readonly base: number;
    readonly prefix: number;
}

const CIDR_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses "a.b.c.d/n". Returns undefined for anything malformed; host bits are kept as given. */
export function parseCidr(text: string): { address: number; prefix: number } | undefined {
    const m = CIDR_RE.exec(text);
    if (!m) return undefined;
    const octets = m.slice(1, 5).map(Number);
    const prefix = Number(m[5]);
    if (octets.some((o) => o > 255) || prefix > 32) return undefined;
    // Leading zeros read as octal in some tools: refuse them rather than guess.
    if (m.slice(1, 6).some((o) => o.length > 1 && o.startsWith("0"))) return undefined;
    const address = ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
    return { address, prefix };
}

export function mask(prefix: number): number {
    return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function size(c: Cidr): number {
    return 2 ** (32 - c.prefix);
}

export function formatCidr(c: Cidr): string {
    const b = c.base;
    return `${b >>> 24}.${(b >>> 16) & 255}.${(b >>> 8) & 255}.${b & 255}/${c.prefix}`;
}

/** The network a possibly unaligned address belongs to ("10.0.1.0/16" → 10.0.0.0/16). */
export function networkOf(address: number, prefix: number): Cidr {
    return { base: (address & mask(prefix)) >>> 0, prefix };
}

export function contains(outer: Cidr, inner: Cidr): boolean {
    return inner.prefix >= outer.prefix && ((inner.base & mask(outer.prefix)) >>> 0) === outer.base;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
    return contains(a, b) || contains(b, a);
}

/** The `index`-th block of length `prefix` inside `parent`. */
export function subnet(parent: Cidr, prefix: number, index: number): Cidr {
    if (prefix < parent.prefix || index < 0 || index >= 2 ** (prefix - parent.prefix)) {
        throw new RangeError(`no subnet #${index} of /${prefix} in ${formatCidr(parent)}`);
    }
    return { base: (parent.base + index * 2 ** (32 - prefix)) >>> 0, prefix };
}

/** RFC 1918 ranges, the only ones an Alibaba Cloud VPC accepts as its primary CIDR. */
export const PRIVATE_RANGES: readonly Cidr[] = [
    { base: 0x0a000000, prefix: 8 },
    { base: 0xac100000, prefix: 12 },
    { base: 0xc0a80000, prefix: 16 },
];

export function isPrivate(c: Cidr): boolean {
    return PRIVATE_RANGES.some((r) => contains(r, c));
}
