/**
 * The core parser: who a stack belongs to (environment, owner, cost centre), its profile and where
 * it runs (region, zones). Error texts are the contract: each names the key, the value and what is
 * allowed, in one line.
 */
import { RawConfig } from "../../../infra/core/config";
import { CORE_PROFILES, PROFILE_NAMES } from "../../../infra/core/profile";
import { REGION_ZONES } from "../../../infra/core/regions";
import { CORE_KEYS, parseCore } from "../../../infra/core/settings";
import { json, rawFor, settingsError, stackRaw, STACKS, withKeys } from "../../support/settings";

const REGION = "eu-central-1";
const ZONES = REGION_ZONES[REGION];
const REGIONS = Object.keys(REGION_ZONES);
const PROFILES = PROFILE_NAMES.map((p) => CORE_PROFILES[p]);
/** The profile that needs the most zones, and so fits the fewest regions. */
const WIDEST = [...PROFILES].sort((a, b) => b.zoneCount - a.zoneCount)[0];
/** A stack of the widest profile spanning exactly the zones it needs. */
const BASE = rawFor({ profile: WIDEST.name });

const ENVIRONMENT_RULE = "2 to 16 lowercase letters or digits, starting with a letter";
const LABEL_RULE = "letters, digits and hyphens, 1 to 63 characters";

describe("parseCore: the repository's stacks", () => {
    it.each(STACKS)("reads stack %s: its profile object, its zones in region order, the environment named after the stack", (stack) => {
        const raw = stackRaw(stack);
        const core = parseCore(raw, stack);
        expect(core.profile).toBe(CORE_PROFILES[raw["dakar2026:profile"] as keyof typeof CORE_PROFILES]);
        expect(core.environment).toBe(raw["dakar2026:environment"] || stack);
        expect(core.stack).toBe(stack);
        expect(core.region).toBe(raw["alicloud:region"]);
        expect(core.zones).toEqual(REGION_ZONES[core.region].filter((z) => core.zones.includes(z)));
        expect(core.zones.length).toBeGreaterThanOrEqual(core.profile.zoneCount);
    });
});

describe("parseCore: accepted variations", () => {
    it.each(PROFILE_NAMES)("takes profile %s from the core profiles and needs exactly its zone count", (name) => {
        const profile = CORE_PROFILES[name];
        const core = parseCore(rawFor({ profile: name }), "dev");
        expect(core.profile).toBe(profile);
        expect(core.zones).toEqual(ZONES.slice(0, profile.zoneCount));
    });

    it("keeps the region's order of zones whatever order the stack file lists them in", () => {
        const listed = [...ZONES].reverse();
        expect(parseCore(withKeys(BASE, { "dakar2026:zones": json(listed) }), "prod").zones).toEqual(ZONES);
    });

    it("accepts more zones than the profile requires", () => {
        const narrow = [...PROFILES].sort((a, b) => a.zoneCount - b.zoneCount)[0];
        expect(narrow.zoneCount).toBeLessThan(ZONES.length);
        const core = parseCore(rawFor({ profile: narrow.name, zones: ZONES }), "dev");
        expect(core.zones).toEqual(ZONES);
    });

    it.each(REGIONS)("accepts region %s for every profile its zones can hold", (region) => {
        for (const p of PROFILES.filter((q) => q.zoneCount <= REGION_ZONES[region].length)) {
            const core = parseCore(rawFor({ profile: p.name, region }), "dev");
            expect(core.region).toBe(region);
            expect(core.zones).toEqual(REGION_ZONES[region].slice(0, p.zoneCount));
        }
    });

    it.each(["ab", "prod", "senum2", "dr1", "abcdefghijklmnop"])("names the environment after the stack %j when dakar2026:environment is unset", (stack) => {
        const core = parseCore(BASE, stack);
        expect(core.environment).toBe(stack);
        expect(core.stack).toBe(stack);
    });

    it("reads an empty dakar2026:environment (Pulumi.yaml's default) as unset", () => {
        expect(parseCore({ ...BASE, "dakar2026:environment": "" }, "senum2").environment).toBe("senum2");
    });

    it.each([
        ["rehearsal-eu", "rehearsal"],
        ["Prod", "prod"],
        ["prod", "games2026"],
    ])("lets stack %j belong to the environment %j set in dakar2026:environment", (stack, environment) => {
        const core = parseCore(withKeys(BASE, { "dakar2026:environment": environment }), stack);
        expect(core.environment).toBe(environment);
        expect(core.stack).toBe(stack);
    });

    it("takes owner and cost centre from the configuration, up to 63 characters", () => {
        const core = parseCore(withKeys(BASE, { "dakar2026:owner": "Senum-SA", "dakar2026:costCentre": "c".repeat(63) }), "prod");
        expect(core.owner).toBe("Senum-SA");
        expect(core.costCentre).toBe("c".repeat(63));
    });

    it("reads only its own keys and alicloud:region: other settings do not change it", () => {
        const other = withKeys(BASE, { "dakar2026:vpcCidr": "banana", "alicloud:profile": "default", "random:seed": "1" });
        expect(parseCore(other, "prod")).toEqual(parseCore(BASE, "prod"));
    });

    it.each(CORE_KEYS)("reads the key it declares, %s: a bad value there is reported under its name", (k) => {
        const err = settingsError(() => parseCore(withKeys(BASE, { [`dakar2026:${k}`]: "!" }), "prod"));
        expect(err.message.startsWith(`dakar2026:${k} `)).toBe(true);
    });

    it("returns a deeply frozen object", () => {
        const core = parseCore(BASE, "prod");
        for (const part of [core, core.zones, core.profile]) expect(Object.isFrozen(part)).toBe(true);
        expect(() => {
            (core as { owner: string }).owner = "someone";
        }).toThrow(TypeError);
        expect(() => (core.zones as string[]).push("eu-central-1d")).toThrow(TypeError);
    });
});

interface BadCase {
    readonly title: string;
    readonly raw: RawConfig;
    readonly stack?: string;
    readonly message: string;
}

const set = (title: string, k: string, v: string, message: string): BadCase => ({ title, raw: withKeys(BASE, { [k]: v }), message });
const unset = (title: string, k: string, message: string): BadCase => ({ title, raw: withKeys(BASE, { [k]: undefined }), message });

const ZONES_WHAT = `an array of zone ids of ${REGION}, e.g. ${json(ZONES.slice(0, WIDEST.zoneCount))}`;
const profiles = PROFILE_NAMES.join(", ");
const regions = REGIONS.join(", ");
/** A region with fewer zones than the widest profile needs, and the regions that fit it. */
const SMALL_REGION = REGIONS.find((r) => REGION_ZONES[r].length < WIDEST.zoneCount) as string;
const FITTING = REGIONS.filter((r) => REGION_ZONES[r].length >= WIDEST.zoneCount);

const BAD: readonly BadCase[] = [
    // Profile
    set("an unknown profile", "dakar2026:profile", "production", `dakar2026:profile "production" is not a known profile; allowed: ${profiles}`),
    unset("a missing profile", "dakar2026:profile", `dakar2026:profile is required: one of ${profiles}`),
    set("a blank profile", "dakar2026:profile", "  ", `dakar2026:profile is required: one of ${profiles}`),
    // Environment
    ...["Prod", "p", "prod-eu", "prod_eu", "1prod", "abcdefghijklmnopq", "dév"].map((v) =>
        set(`the environment ${json(v)}`, "dakar2026:environment", v, `dakar2026:environment ${json(v)} is not allowed: ${ENVIRONMENT_RULE}`),
    ),
    ...["Prod", "p", "prod-eu", "1prod", "abcdefghijklmnopq", "dév"].map(
        (stack): BadCase => ({
            title: `the stack name ${json(stack)} as environment`,
            raw: BASE,
            stack,
            message: `stack name ${json(stack)} cannot name an environment (${ENVIRONMENT_RULE}); set dakar2026:environment in the stack file`,
        }),
    ),
    // Region
    unset("a missing region", "alicloud:region", `alicloud:region is required: one of ${regions}`),
    set("an unsupported region", "alicloud:region", "cn-hangzhou", `alicloud:region "cn-hangzhou" is not supported; allowed: ${regions}`),
    set(
        "a region with fewer zones than the profile needs",
        "alicloud:region",
        SMALL_REGION,
        `alicloud:region ${json(SMALL_REGION)} has ${REGION_ZONES[SMALL_REGION].length} zones but profile "${WIDEST.name}" needs ` +
            `${WIDEST.zoneCount}; use one of ${FITTING.join(", ")}`,
    ),
    // Zones
    unset("missing zones", "dakar2026:zones", `dakar2026:zones is required: ${ZONES_WHAT}`),
    set("zones as a bare string", "dakar2026:zones", ZONES[0], `dakar2026:zones must be ${ZONES_WHAT} (got ${json(ZONES[0])})`),
    set("zones as a JSON string", "dakar2026:zones", json(ZONES[0]), `dakar2026:zones must be ${ZONES_WHAT} (got ${json(json(ZONES[0]))})`),
    set("zones as an object", "dakar2026:zones", `{"a":"${ZONES[0]}"}`, `dakar2026:zones must be ${ZONES_WHAT} (got ${json(`{"a":"${ZONES[0]}"}`)})`),
    set("zones of numbers", "dakar2026:zones", "[1,2,3]", `dakar2026:zones must be ${ZONES_WHAT} (got "[1,2,3]")`),
    set(
        "a zone of another region",
        "dakar2026:zones",
        json([...ZONES.slice(0, WIDEST.zoneCount - 1), "eu-west-1a"]),
        `dakar2026:zones contains "eu-west-1a", which is not a zone of ${REGION}; allowed: ${ZONES.join(", ")}`,
    ),
    set(
        "a zone listed twice",
        "dakar2026:zones",
        json([...ZONES.slice(0, WIDEST.zoneCount), ZONES[0]]),
        `dakar2026:zones lists ${json(ZONES[0])} twice; each zone may appear once`,
    ),
    set(
        "fewer zones than the profile requires",
        "dakar2026:zones",
        json(ZONES.slice(1, WIDEST.zoneCount)),
        `dakar2026:zones has ${WIDEST.zoneCount - 1} zone(s) but profile "${WIDEST.name}" requires ${WIDEST.zoneCount}; ` +
            `add from: ${ZONES.filter((z) => !ZONES.slice(1, WIDEST.zoneCount).includes(z)).join(", ")}`,
    ),
    set(
        "no zone at all",
        "dakar2026:zones",
        "[]",
        `dakar2026:zones has 0 zone(s) but profile "${WIDEST.name}" requires ${WIDEST.zoneCount}; add from: ${ZONES.join(", ")}`,
    ),
    // Labels
    ...["Moussa Diop", "ops@cojoj.sn", "-ops", "o".repeat(64)].map((v) =>
        set(`the owner ${json(v)}`, "dakar2026:owner", v, `dakar2026:owner ${json(v)} is not allowed: ${LABEL_RULE} (a team, not a person)`),
    ),
    set("a cost centre of 64 characters", "dakar2026:costCentre", "c".repeat(64), `dakar2026:costCentre "${"c".repeat(64)}" is not allowed: ${LABEL_RULE}`),
    set("an empty cost centre", "dakar2026:costCentre", "", `dakar2026:costCentre is required: ${LABEL_RULE}`),
    unset("a missing owner", "dakar2026:owner", `dakar2026:owner is required: ${LABEL_RULE} (a team, not a person)`),
];

describe("parseCore: rejected configuration", () => {
    it.each(BAD.map((c) => [c.title, c] as const))("rejects %s", (_title, c) => {
        expect(settingsError(() => parseCore(c.raw, c.stack ?? "prod")).message).toBe(c.message);
    });

    it("suggests the profile's own zone count in the zones message", () => {
        for (const p of PROFILES) {
            const err = settingsError(() => parseCore(rawFor({ profile: p.name, extra: { "dakar2026:zones": ZONES[0] } }), "dev"));
            expect(err.message).toBe(`dakar2026:zones must be an array of zone ids of ${REGION}, e.g. ${json(ZONES.slice(0, p.zoneCount))} (got ${json(ZONES[0])})`);
        }
    });

    it("judges the environment before anything else, so a bad stack name is the first thing reported", () => {
        expect(settingsError(() => parseCore({}, "Prod")).message).toBe(
            `stack name "Prod" cannot name an environment (${ENVIRONMENT_RULE}); set dakar2026:environment in the stack file`,
        );
    });

    it("rejects, for every profile, one zone fewer than it requires", () => {
        for (const p of PROFILES) {
            const zones = ZONES.slice(0, p.zoneCount - 1);
            const err = settingsError(() => parseCore(rawFor({ profile: p.name, zones }), "dev"));
            expect(err.message).toMatch(new RegExp(`^dakar2026:zones has ${zones.length} zone\\(s\\) but profile "${p.name}" requires ${p.zoneCount}; add from: `));
        }
    });
});
