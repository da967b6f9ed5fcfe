import * as pulumi from "@pulumi/pulumi";
import { childUrn, childUrnOf, deletionProtectionFlag, statefulOptions } from "../../../infra/core/stateful";

const parent = { name: "parent" } as unknown as pulumi.Resource;

describe("statefulOptions", () => {
    it.each([true, false])("parents the resource and sets protect to the profile's %s", (protect) => {
        expect(statefulOptions(parent, { protect })).toStrictEqual({ parent, protect });
    });

    it("passes aliases through, and sets none when there are none (an empty list would still be an option)", () => {
        const aliases = [{ name: "old-name" }];
        expect(statefulOptions(parent, { protect: true }, aliases)).toStrictEqual({ parent, protect: true, aliases });
        expect(statefulOptions(parent, { protect: true }, [])).not.toHaveProperty("aliases");
    });
});

describe("deletionProtectionFlag", () => {
    it("is the provider's Enabled exactly when the profile protects", () => {
        expect(deletionProtectionFlag({ protect: true })).toBe("Enabled");
        expect(deletionProtectionFlag({ protect: false })).toBe("Disabled");
    });
});

describe("childUrn", () => {
    const type = "alicloud:ecs/securityGroupRule:SecurityGroupRule";
    const value = (o: pulumi.Output<string>): Promise<string> => new Promise((resolve) => o.apply(resolve));

    it("gives the URN the engine gives a child: the parent's type chain, then the type, then the name", async () => {
        const parentUrn = "urn:pulumi:prod::dakar2026::dakar2026:network:Network::dakar2026-prod-network";
        expect(await value(childUrn(parentUrn, type, "dakar2026-prod-network-sgr-data-3306-from-app-a"))).toBe(
            `urn:pulumi:prod::dakar2026::dakar2026:network:Network$${type}::dakar2026-prod-network-sgr-data-3306-from-app-a`,
        );
        const nested = "urn:pulumi:prod::dakar2026::dakar2026:a:A$dakar2026:b:B::inner";
        expect(await value(childUrn(nested, type, "x"))).toBe(`urn:pulumi:prod::dakar2026::dakar2026:a:A$dakar2026:b:B$${type}::x`);
    });

    it("leaves the root stack's type out of the chain, where Pulumi's mock runtime writes it into top-level URNs", async () => {
        const mocked = "urn:pulumi:dev::dakar2026::pulumi:pulumi:Stack$dakar2026:network:Network::dakar2026-dev-network";
        expect(await value(childUrn(mocked, type, "r"))).toBe(`urn:pulumi:dev::dakar2026::dakar2026:network:Network$${type}::r`);
    });

    it("refuses something that is not a resource URN", () => {
        expect(() => childUrnOf("dakar2026-prod-network", type, "r")).toThrow("dakar2026-prod-network is not a resource URN");
        expect(() => childUrnOf("urn:pulumi:prod::dakar2026::dakar2026:network:Network", type, "r")).toThrow("is not a resource URN");
    });
});
