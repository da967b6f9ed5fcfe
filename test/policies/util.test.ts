import type { PolicyResource } from "@pulumi/policy";
import { linkedTo, referrers, refersTo } from "../../policies/lib/util";
import { unknownCheckingProxy, UnknownValueError } from "../../tools/audit/proxy";

const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

function pr(type: string, name: string, props: Record<string, unknown>, deps: Record<string, PolicyResource[]> = {}): PolicyResource {
    return {
        type,
        name,
        urn: `urn:pulumi:t::p::${type}::${name}`,
        props: unknownCheckingProxy(props),
        opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
        dependencies: [],
        propertyDependencies: deps,
        isType: () => false,
        asType: () => undefined,
    } as PolicyResource;
}

describe("referrers (indexed refersTo)", () => {
    const disk = pr("disk", "d1", { id: "d-1" });
    const other = pr("disk", "d2", { id: "d-2" });

    it("finds sources by property dependency, by id, in comma lists and arrays, in source order", () => {
        const byDep = pr("att", "a-dep", { diskId: "whatever" }, { diskId: [disk] });
        const byId = pr("att", "a-id", { diskId: "d-1" });
        const byList = pr("att", "a-list", { diskId: "d-9, d-1" });
        const byArray = pr("att", "a-array", { diskId: ["d-1"] });
        const elsewhere = pr("att", "a-other", { diskId: "d-2" });
        const sources = [byArray, elsewhere, byDep, byList, byId];
        expect(referrers(sources, "diskId", disk).map((r) => r.name)).toEqual(["a-array", "a-dep", "a-list", "a-id"]);
        expect(referrers(sources, "diskId", other).map((r) => r.name)).toEqual(["a-other"]);
        for (const s of sources) expect(refersTo(s, "diskId", disk)).toBe(["a-array", "a-dep", "a-list", "a-id"].includes(s.name));
    });

    it("raises the engine's unknown error when an unknown value could be the reference and nothing else matches", () => {
        const unknown = pr("att", "a-unknown", { diskId: UNKNOWN });
        expect(() => referrers([unknown], "diskId", disk)).toThrow(UnknownValueError);
        const byDep = pr("att", "a-dep", { diskId: UNKNOWN }, { diskId: [disk] });
        expect(referrers([unknown, byDep], "diskId", disk).map((r) => r.name)).toEqual(["a-dep"]);
    });
});

describe("linkedTo (indexed, by reference, id or name)", () => {
    const bucket = pr("bucket", "media", { id: "media-x1", bucket: "dakar2026-prod-media-x1" });

    it("matches by name and by id, ignores unknown values, keeps plan order", () => {
        const resources = [
            pr("acl", "by-name", { bucket: "dakar2026-prod-media-x1" }),
            pr("acl", "unknown", { bucket: UNKNOWN }),
            pr("policy", "other-type", { bucket: "dakar2026-prod-media-x1" }),
            pr("acl", "by-id", { bucket: "media-x1" }),
            pr("acl", "by-dep", { bucket: UNKNOWN }, { bucket: [bucket] }),
        ];
        expect(linkedTo(resources, "acl", "bucket", bucket, ["bucket"]).map((r) => r.name)).toEqual(["by-name", "by-id", "by-dep"]);
        expect(linkedTo(resources, "acl", "bucket", bucket).map((r) => r.name)).toEqual(["by-id", "by-dep"]);
    });
});
