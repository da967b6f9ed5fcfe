/**
 * The benchmark's large plans (tools/bench/replicate.ts): N copies of every stack's plan in one plan,
 * each copy joined only to itself, by URN, id and name, as another instance of the same components.
 */
import * as path from "node:path";
import { auditPlan } from "../../../tools/audit/run";
import { CopyOrigin, Replica, replicate, Replicator, ResourceSeed } from "../../../tools/bench/replicate";
import { planToJson } from "../../../tools/plan/engine";
import { NO_OPTIONS, Plan, PlanResource, REDACTED, UNKNOWN } from "../../../tools/plan/types";
import { wholeEnvironmentStacks } from "../../../tools/plan/layered";
import { planIsolated } from "../../support/plan";
import { ACCOUNT_NAMES, ENGINE_IDENTIFIERS } from "../../support/invariants";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const STACK = "pulumi:pulumi:Stack";
const AUDIT_DATE = "2026-11-26";
const isDefaultProvider = (r: PlanResource): boolean => r.type.startsWith("pulumi:providers:") && /^default(_|$)/.test(r.name);
const isShared = (r: PlanResource): boolean => r.type === STACK || isDefaultProvider(r);
const byUrn = (plan: Plan): Map<string, PlanResource> => new Map(plan.resources.map((r) => [r.urn, r]));

/** Every URN a resource points at, by where it is held. */
function references(r: PlanResource): [string, string][] {
    return [
        ...(r.parent !== undefined ? [["parent", r.parent] as [string, string]] : []),
        ...Object.entries(r.propertyDependencies).flatMap(([p, us]) => us.map((u): [string, string] => [`propertyDependencies.${p}`, u])),
        ...r.options.dependsOn.map((u): [string, string] => ["dependsOn", u]),
        ...(r.options.provider !== undefined ? [["provider", r.options.provider] as [string, string]] : []),
    ];
}

/** String leaves of a value, by path. */
function leaves(value: unknown, at = ""): [string, string][] {
    if (typeof value === "string") return [[at, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
    if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k));
    return [];
}

/**
 * What identifies a resource to the rules' joins: its id, its name inputs (`vpcName`, `logstoreName`...)
 * and the ids its provider generates (outputs named `...Id(s)` that no input sets).
 */
function identities(r: PlanResource): Map<string, string> {
    const out = new Map<string, string>();
    if (r.id !== undefined) out.set(r.id, "id");
    // Names inside a database engine (a MySQL account, a database), CDN feature names and their
    // arguments identify nothing.
    // Names of what exists once per account (the CI's OIDC provider) are the same in every copy, as in every stack.
    for (const [p, v] of leaves(r.inputs)) {
        const input = p.replace(/\[\d+\]/g, "[]");
        if (/name$/i.test(p) && !ENGINE_IDENTIFIERS[r.type]?.includes(input) && !ACCOUNT_NAMES[r.type]?.includes(input)) out.set(v, `inputs.${p}`);
    }
    for (const [p, v] of leaves(r.outputs)) {
        const key = p.split(".")[0].replace(/\[\d+\]$/, "");
        if (/(^id|Id|Ids)$/.test(key) && r.inputs[key] === undefined) out.set(v, `outputs.${p}`);
    }
    return out;
}

/** A leaf of a resource by the path `leaves` gives ("inputs.tags.owner", "outputs.snatTableIds"), or its id. */
function leafAt(r: PlanResource, where: string): string | undefined {
    if (where === "id") return r.id;
    const [root, ...rest] = where.split(".");
    const found = leaves(root === "inputs" ? r.inputs : r.outputs).find(([p]) => p === rest.join("."));
    return found?.[1];
}

let sources: Plan[] = [];

// Planning every stack takes a few seconds, more on a shared machine.
beforeAll(async () => {
    // One stack per environment, as the benchmark takes them (a layer stack shares its environment's names).
    for (const stack of wholeEnvironmentStacks(ROOT)) sources.push(await planIsolated(stack));
}, 60_000);

afterAll(() => {
    sources = [];
});

describe("copies of every stack's plan", () => {
    let replica: Replica;
    let index: Map<string, PlanResource>;
    const COPIES = 3;

    beforeAll(() => {
        replica = replicate({ sources, copies: COPIES });
        index = byUrn(replica.plan);
    });

    const originsOf = (stack: string): CopyOrigin[] => replica.copies.filter((c) => c.source === stack);
    const sourceOf = (stack: string): Plan => sources.find((s) => s.stack === stack) as Plan;
    /** Where a source URN points in a copy: the copy's own resource, or what all copies share. */
    const expected = (source: Plan, copy: CopyOrigin, urn: string): string | undefined => {
        const own = copy.urns.get(urn);
        if (own !== undefined) return own;
        const target = byUrn(source).get(urn);
        if (target?.type === STACK) return replica.plan.resources.find((r) => r.type === STACK)?.urn;
        if (target && isDefaultProvider(target)) return replica.plan.resources.find((r) => r.type === target.type && isDefaultProvider(r))?.urn;
        return undefined;
    };

    it("holds one stack, the shared default providers and every source's other resources once per copy", () => {
        const perCopy = sources.map((s) => s.resources.filter((r) => !isShared(r)).length).reduce((a, b) => a + b, 0);
        const packages = new Set(sources.flatMap((s) => s.resources.filter(isDefaultProvider).map((r) => r.type)));
        expect(replica.plan.resources.filter((r) => r.type === STACK)).toHaveLength(1);
        expect(replica.plan.resources.filter(isDefaultProvider).map((r) => r.type).sort()).toEqual([...packages].sort());
        expect(replica.plan.resources).toHaveLength(1 + packages.size + COPIES * perCopy);
        expect(replica.copies).toHaveLength(COPIES * sources.length);
        for (const s of sources) expect(originsOf(s.stack)).toHaveLength(COPIES);
    });

    it("gives each copy exactly its source's resources, by type", () => {
        for (const copy of replica.copies) {
            const source = sourceOf(copy.source);
            const types = (rs: readonly PlanResource[]): string[] => rs.map((r) => r.type).sort();
            expect(types([...copy.urns.values()].map((u) => index.get(u) as PlanResource))).toEqual(types(source.resources.filter((r) => !isShared(r))));
        }
    });

    it("never repeats a URN, an id or a logical name", () => {
        const urns = replica.plan.resources.map((r) => r.urn);
        const ids = replica.plan.resources.flatMap((r) => (r.id !== undefined ? [r.id] : []));
        const names = replica.plan.resources.map((r) => `${r.type}::${r.name}`);
        expect(new Set(urns).size).toBe(urns.length);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(names).size).toBe(names.length);
    });

    it("points every parent, property dependency, dependsOn and provider of a copy into the same copy or what copies share", () => {
        const wrong: string[] = [];
        for (const copy of replica.copies) {
            const source = sourceOf(copy.source);
            for (const r of source.resources.filter((x) => !isShared(x))) {
                const made = index.get(copy.urns.get(r.urn) as string) as PlanResource;
                const want = references(r).map(([where, u]) => [where, expected(source, copy, u)]);
                const got = references(made);
                if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${copy.marker} ${made.urn}: ${JSON.stringify(got)}`);
                for (const [, u] of got) if (!index.has(u)) wrong.push(`${copy.marker} ${made.urn}: dangling ${u}`);
            }
        }
        expect(wrong).toEqual([]);
        // The stacks have references to join, so the check above looked at some.
        expect(replica.plan.resources.filter((r) => Object.keys(r.propertyDependencies).length > 0).length).toBeGreaterThan(COPIES * sources.length);
    });

    it("keeps every join by id or name of a source inside each copy", () => {
        let joins = 0;
        const wrong: string[] = [];
        for (const copy of replica.copies) {
            const source = sourceOf(copy.source);
            const own = source.resources.filter((x) => !isShared(x));
            const made = (r: PlanResource): PlanResource => index.get(copy.urns.get(r.urn) as string) as PlanResource;
            for (const target of own) {
                for (const [value, where] of identities(target)) {
                    for (const holder of own.filter((h) => h !== target)) {
                        for (const [p, v] of [...leaves(holder.inputs).map(([p, v]) => [`inputs.${p}`, v]), ...leaves(holder.outputs).map(([p, v]) => [`outputs.${p}`, v])]) {
                            if (v !== value) continue;
                            joins++;
                            const now = leafAt(made(holder), p);
                            if (now !== leafAt(made(target), where)) wrong.push(`${copy.marker}: ${made(holder).name} ${p} = ${now}`);
                        }
                    }
                }
            }
        }
        expect(wrong).toEqual([]);
        expect(joins).toBeGreaterThan(0);
    });

    it("lets no id or name identify resources of two copies", () => {
        const copyOf = new Map<string, string>();
        for (const copy of replica.copies) for (const u of copy.urns.values()) copyOf.set(u, copy.marker);
        const holders = new Map<string, Set<string>>();
        for (const r of replica.plan.resources) {
            const marker = copyOf.get(r.urn);
            if (marker === undefined) continue;
            for (const value of identities(r).keys()) holders.set(value, (holders.get(value) ?? new Set()).add(marker));
        }
        expect([...holders].filter(([, markers]) => markers.size > 1).map(([value]) => value)).toEqual([]);
        expect(holders.size).toBeGreaterThan(COPIES * sources.length);
    });

    it("is the same plan, byte for byte, every time", () => {
        expect(planToJson(replicate({ sources, copies: COPIES }).plan)).toBe(planToJson(replica.plan));
    });

    it("gives each copy the findings its source has on its own", async () => {
        for (const source of sources) {
            const alone = replicate({ sources: [source], copies: 2 });
            const [original, copied] = await Promise.all([
                auditPlan(source, source.profile, "en", AUDIT_DATE),
                auditPlan(alone.plan, source.profile, "en", AUDIT_DATE),
            ]);
            const members = new Set(source.resources.filter((r) => !isShared(r)).map((r) => r.urn));
            // Waivers name URNs, so a finding waived in the source is an open one in a copy: compare what was found.
            const want = original.result.findings.filter((f) => members.has(f.urn)).map((f) => `${f.policy} ${f.urn}`).sort();
            for (const copy of alone.copies) {
                const back = new Map([...copy.urns].map(([from, to]) => [to, from]));
                const got = copied.result.findings.filter((f) => back.has(f.urn)).map((f) => `${f.policy} ${back.get(f.urn)}`).sort();
                expect(got).toEqual(want);
            }
        }
    });
});

describe("the size of a large plan", () => {
    it("comes within half a copy of the size asked for", () => {
        const replicator = new Replicator({ sources });
        for (const target of [1_000, 2_500]) {
            const size = replicator.replicate(replicator.copiesFor(target)).plan.resources.length;
            expect(Math.abs(size - target)).toBeLessThanOrEqual(replicator.perCopy / 2);
        }
        expect(replicator.copiesFor(1)).toBe(1);
    });
});

describe("renaming rules, on a small hand-made plan", () => {
    const P = "dakar2026";
    const stackUrn = (stack: string): string => `urn:pulumi:${stack}::${P}::${STACK}::${P}-${stack}`;
    const urn = (stack: string, typeChain: string, name: string): string => `urn:pulumi:${stack}::${P}::${typeChain}::${name}`;
    const BUCKET = "alicloud:oss/bucket:Bucket";
    const POLICY = "alicloud:oss/bucketPolicy:BucketPolicy";
    const COMPONENT = "dakar2026:storage:Storage";

    function resource(stack: string, r: Partial<PlanResource> & Pick<PlanResource, "type" | "name">, parent?: PlanResource): PlanResource {
        const chain = parent ? `${parent.urn.split("::")[2]}$${r.type}` : r.type;
        return {
            urn: urn(stack, chain, r.name),
            parent: parent?.urn ?? stackUrn(stack),
            custom: true,
            inputs: {},
            outputs: r.inputs ?? {},
            options: NO_OPTIONS,
            propertyDependencies: {},
            ...r,
        };
    }

    function provider(stack: string, region: string): PlanResource {
        const inputs = { region, version: "3.108.0" };
        return resource(stack, { type: "pulumi:providers:alicloud", name: "default_3_108_0", id: "default_3_108_0-offline", inputs, outputs: inputs });
    }

    function storagePlan(stack: string, region: string): Plan {
        const component = resource(stack, { type: COMPONENT, name: `${P}-${stack}-storage`, custom: false });
        const bucketName = `${P}-${stack}-storage-assets-k3x9qa`;
        const bucket = resource(stack, { type: BUCKET, name: `${P}-${stack}-storage-bucket-assets`, id: bucketName, inputs: { bucket: bucketName } }, component);
        const doc = JSON.stringify({ Statement: [{ Effect: "Deny", Resource: [`acs:oss:*:*:${bucketName}/*`] }] });
        const policy = resource(
            stack,
            {
                type: POLICY,
                name: `${P}-${stack}-storage-bucket-assets-policy`,
                id: "bp-0123456789abcdef0123",
                inputs: { bucket: bucketName, policy: doc, secret: REDACTED, later: UNKNOWN },
                propertyDependencies: { bucket: [bucket.urn] },
                options: { ...NO_OPTIONS, dependsOn: [bucket.urn] },
            },
            component,
        );
        // A top-level resource named outside the component's name: renamed on its own name.
        const loose = resource(stack, { type: "random:index/randomString:RandomString", name: "suffix", id: "suffix", inputs: { length: 6 } });
        const stackResource: PlanResource = {
            urn: stackUrn(stack),
            type: STACK,
            name: `${P}-${stack}`,
            custom: false,
            inputs: {},
            outputs: {},
            options: NO_OPTIONS,
            propertyDependencies: {},
        };
        return {
            project: P,
            stack,
            profile: stack,
            resources: [stackResource, provider(stack, region), component, bucket, policy, loose],
            outputs: {},
            warnings: [],
        };
    }

    const first = storagePlan("prod", "eu-central-1");
    const elsewhere = storagePlan("dr", "eu-west-1");
    const replica = replicate({ sources: [first, elsewhere], copies: 2, stack: "prod", profile: "prod" });
    const find = (type: string, marker: string): PlanResource => {
        const copy = replica.copies.find((c) => c.marker === marker) as CopyOrigin;
        return replica.plan.resources.find((r) => r.type === type && [...copy.urns.values()].includes(r.urn)) as PlanResource;
    };

    it("renames a component's children and cloud-side names as the component's new name would, even inside policy documents", () => {
        const bucket = find(BUCKET, "c3");
        const policy = find(POLICY, "c3");
        expect(bucket.name).toBe("dakar2026-prod-storage-c3-bucket-assets");
        expect(bucket.inputs.bucket).toBe("dakar2026-prod-storage-c3-assets-k3x9qa");
        expect(bucket.id).toBe("dakar2026-prod-storage-c3-assets-k3x9qa");
        expect(policy.inputs.bucket).toBe(bucket.inputs.bucket);
        expect(JSON.parse(policy.inputs.policy as string).Statement[0].Resource).toEqual(["acs:oss:*:*:dakar2026-prod-storage-c3-assets-k3x9qa/*"]);
        expect(policy.propertyDependencies.bucket).toEqual([bucket.urn]);
        expect(policy.options.dependsOn).toEqual([bucket.urn]);
        expect(policy.parent).toBe(find(COMPONENT, "c3").urn);
        expect(bucket.urn).toBe("urn:pulumi:prod::dakar2026::dakar2026:storage:Storage$alicloud:oss/bucket:Bucket::dakar2026-prod-storage-c3-bucket-assets");
    });

    it("gives ids new hex digits behind the same prefix, and leaves secrets and unknowns alone", () => {
        const ids = replica.copies.filter((c) => c.source === "prod").map((c) => find(POLICY, c.marker).id as string);
        for (const id of ids) expect(id).toMatch(/^bp-[0-9a-f]{20}$/);
        expect(new Set([...ids, "bp-0123456789abcdef0123"]).size).toBe(3);
        expect(find(POLICY, "c1").inputs).toMatchObject({ secret: REDACTED, later: UNKNOWN });
    });

    it("renames a top-level resource whose name no component gives", () => {
        expect(replica.copies.map((c) => find("random:index/randomString:RandomString", c.marker).name)).toEqual([
            "suffix-c1",
            "suffix-c2",
            "suffix-c3",
            "suffix-c4",
        ]);
    });

    it("shares the first source's default provider and gives a source in another region its own provider per copy", () => {
        const providers = replica.plan.resources.filter((r) => r.type === "pulumi:providers:alicloud");
        const shared = providers.filter((r) => r.name === "default_3_108_0");
        expect(shared.map((r) => r.inputs.region)).toEqual(["eu-central-1"]);
        for (const copy of replica.copies) {
            const bucket = find(BUCKET, copy.marker);
            if (copy.source === "prod") {
                expect(bucket.options.provider).toBeUndefined();
                continue;
            }
            const own = replica.plan.resources.find((r) => r.urn === bucket.options.provider);
            expect(own?.inputs.region).toBe("eu-west-1");
            expect(own?.name).toBe(`dakar2026-dr-alicloud-provider-${copy.marker}`);
            expect(find(COMPONENT, copy.marker).options.provider).toBeUndefined();
        }
    });

    it("mixes extra resources into every copy, their references renamed with them", () => {
        const seeds: ResourceSeed[] = [
            { type: "alicloud:vpc/network:Network", name: "baseline-vpc", inputs: { vpcName: "baseline-vpc" } },
            { type: "alicloud:vpc/switch:Switch", name: "baseline-vsw", inputs: { vpcId: "baseline-vpc", vswitchName: "baseline-vsw" } },
        ];
        const withSeeds = replicate({ sources: [first], extras: seeds, copies: 2 });
        const copies = withSeeds.copies.filter((c) => c.source === "extras");
        expect(copies).toHaveLength(2);
        const all = byUrn(withSeeds.plan);
        for (const copy of copies) {
            const [vpc, vsw] = [...copy.urns.values()].map((u) => all.get(u) as PlanResource);
            expect(vsw.inputs.vpcId).toBe(vpc.id);
            expect(vpc.id).toBe(`baseline-vpc-${copy.marker}`);
            expect(vsw.parent).toBe(stackUrn("prod"));
        }
    });

    it("refuses what it cannot copy faithfully, naming the problem", () => {
        const twice: ResourceSeed = { type: "alicloud:vpc/network:Network", name: "baseline-vpc", inputs: {} };
        expect(() => replicate({ sources: [first], extras: [twice, twice], copies: 1 })).toThrow(
            "replicate: extras has two resources urn:pulumi:extras::dakar2026::alicloud:vpc/network:Network::baseline-vpc",
        );
        expect(() => replicate({ sources: [first], copies: 0 })).toThrow("replicate: copies must be a positive integer (got 0)");
        expect(() => replicate({ sources: [], copies: 1 })).toThrow("replicate: no source plan to copy");
    });
});
