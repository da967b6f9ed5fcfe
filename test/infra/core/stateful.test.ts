import type * as pulumi from "@pulumi/pulumi";
import { deletionProtectionFlag, statefulOptions } from "../../../infra/core/stateful";

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
