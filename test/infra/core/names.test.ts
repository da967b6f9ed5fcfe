import * as fs from "node:fs";
import * as path from "node:path";
import { cloudName, componentName, DATA_CLASSIFICATIONS, MAX_NAME_LENGTH, NameScope, PROJECT, resourceTags, TagScope } from "../../../infra/core/names";

const PROD: NameScope = { project: "dakar2026", environment: "prod" };
const STAGING: NameScope = { project: "dakar2026", environment: "staging" };
const TAGS: TagScope = { project: "dakar2026", environment: "prod", owner: "cojoj-technology", costCentre: "cojoj-dig-2026" };

describe("cloudName", () => {
    it.each([
        [PROD, "vpc", "main", "dakar2026-prod-vpc-main"],
        [PROD, "oss", "static-assets", "dakar2026-prod-oss-static-assets"],
        [PROD, "rds", "results", "dakar2026-prod-rds-results"],
        [STAGING, "sls", "audit-logs-2026", "dakar2026-staging-sls-audit-logs-2026"],
        [{ project: "dakar2026", environment: "dev" }, "ecs", "app", "dakar2026-dev-ecs-app"],
        [PROD, "kms2", "k1", "dakar2026-prod-kms2-k1"],
        [PROD, "9", "0", "dakar2026-prod-9-0"],
    ])("names %j / %s / %s as %s", (s, component, purpose, expected) => {
        expect(cloudName(s, component, purpose)).toBe(expected);
    });

    it.each([
        ["app-tier", `component "app-tier" must be one word of lowercase letters and digits`],
        ["Vpc", `component "Vpc" must be one word of lowercase letters and digits`],
        ["app_tier", `component "app_tier" must be one word of lowercase letters and digits`],
        ["", `component "" must be one word of lowercase letters and digits`],
        ["ecs ", `component "ecs " must be one word of lowercase letters and digits`],
        ["éts", `component "éts" must be one word of lowercase letters and digits`],
    ])("rejects the component %j", (component, message) => {
        expect(() => cloudName(PROD, component, "main")).toThrow(new Error(message));
    });

    it.each(["", "Main", "static--assets", "-main", "main-", "static_assets", "static assets", "main.1", "logs/2026"])(
        "rejects the purpose %j",
        (purpose) => {
            expect(() => cloudName(PROD, "oss", purpose)).toThrow(
                new Error(`purpose ${JSON.stringify(purpose)} must be lowercase letters and digits separated by single hyphens`),
            );
        },
    );

    it("checks the component before the purpose", () => {
        expect(() => cloudName(PROD, "Bad", "Bad")).toThrow(new Error(`component "Bad" must be one word of lowercase letters and digits`));
    });

    it("accepts a name of exactly 63 characters and rejects 64", () => {
        expect(MAX_NAME_LENGTH).toBe(63);
        // "dakar2026-prod-oss-" is 19 characters.
        const longest = cloudName(PROD, "oss", "a".repeat(44));
        expect(longest).toBe(`dakar2026-prod-oss-${"a".repeat(44)}`);
        expect(longest).toHaveLength(63);
        const tooLong = `dakar2026-prod-oss-${"a".repeat(45)}`;
        expect(() => cloudName(PROD, "oss", "a".repeat(45))).toThrow(new Error(`name "${tooLong}" is longer than 63 characters`));
    });

    it("counts the environment in the length", () => {
        // "dakar2026-staging-oss-" is 22 characters: 41 characters of purpose fit, 42 do not.
        expect(cloudName(STAGING, "oss", "b".repeat(41))).toHaveLength(63);
        const purpose = `${"b".repeat(20)}-${"c".repeat(21)}`;
        expect(() => cloudName(STAGING, "oss", purpose)).toThrow(
            new Error(`name "dakar2026-staging-oss-${purpose}" is longer than 63 characters`),
        );
    });
});

describe("componentName", () => {
    it("is the project and the environment, then the component: the prefix of every child's logical name", () => {
        expect(componentName(PROD, "network")).toBe("dakar2026-prod-network");
        expect(componentName({ project: "dakar2026", environment: "rehearsal" }, "keys")).toBe("dakar2026-rehearsal-keys");
    });

    it("is the cloud name of the component without its purpose", () => {
        expect(cloudName(STAGING, "keys", "logs")).toBe(`${componentName(STAGING, "keys")}-logs`);
    });
});

describe("PROJECT", () => {
    it("is the project name of Pulumi.yaml, the namespace of every setting", () => {
        const yaml = fs.readFileSync(path.join(__dirname, "..", "..", "..", "Pulumi.yaml"), "utf8");
        expect(yaml).toMatch(new RegExp(`^name: ${PROJECT}$`, "m"));
    });
});

describe("resourceTags", () => {
    it("returns exactly the seven mandatory tags", () => {
        expect(resourceTags(TAGS, "rds", "sensitive-personal")).toStrictEqual({
            project: "dakar2026",
            environment: "prod",
            component: "rds",
            owner: "cojoj-technology",
            "cost-centre": "cojoj-dig-2026",
            "data-classification": "sensitive-personal",
            "managed-by": "pulumi",
        });
    });

    it("uses the same seven keys for every classification", () => {
        for (const classification of DATA_CLASSIFICATIONS) {
            const tags = resourceTags(TAGS, "oss", classification);
            expect(Object.keys(tags).sort()).toEqual([
                "component",
                "cost-centre",
                "data-classification",
                "environment",
                "managed-by",
                "owner",
                "project",
            ]);
            expect(tags["data-classification"]).toBe(classification);
        }
        expect(DATA_CLASSIFICATIONS).toEqual(["public", "internal", "personal", "sensitive-personal"]);
    });

    it("takes environment, owner and cost centre from the settings", () => {
        const staging: TagScope = { project: "dakar2026", environment: "staging", owner: "senum-ops", costCentre: "senum-2027" };
        expect(resourceTags(staging, "vpc", "internal")).toStrictEqual({
            project: "dakar2026",
            environment: "staging",
            component: "vpc",
            owner: "senum-ops",
            "cost-centre": "senum-2027",
            "data-classification": "internal",
            "managed-by": "pulumi",
        });
    });

    it("returns a new object on each call, so a caller's additions do not leak into other resources", () => {
        const first = resourceTags(TAGS, "ecs", "public");
        first.extra = "x";
        expect(resourceTags(TAGS, "ecs", "public")).not.toHaveProperty("extra");
    });
});
