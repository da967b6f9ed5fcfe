/**
 * docs/capacity.md against the assumptions it quotes (infra/compute/capacity.ts) and the profiles
 * they size: prod's maximum covers the Games' peak, even with a zone lost; dev's minimum is what the
 * downsized legacy platform needs; the doc's figures are the module's.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { instancesNeeded, LOAD, LoadAssumption, originRequestsPerSecond } from "../../../infra/compute/capacity";
import { COMPUTE_PROFILES, instanceFamily } from "../../../infra/compute/profile";
import { CORE_PROFILES, PROFILE_NAMES } from "../../../infra/core/profile";
import { ROOT } from "../../support/settings";

const DOC = fs.readFileSync(path.join(ROOT, "docs", "capacity.md"), "utf8");

/** The rows of the assumptions table under the heading that contains `heading`. */
function tableUnder(heading: string): Record<string, string> {
    const start = DOC.split("\n").findIndex((l) => l.startsWith("## ") && l.includes(heading));
    if (start < 0) throw new Error(`docs/capacity.md has no section "${heading}"`);
    const rows: Record<string, string> = {};
    for (const line of DOC.split("\n").slice(start + 1)) {
        if (line.startsWith("## ")) break;
        const cells = line.split("|").slice(1, -1).map((c) => c.trim());
        if (cells.length === 2 && !/^-+$/.test(cells[0]) && cells[0] !== "Assumption") rows[cells[0].replace(/\*/g, "")] = cells[1].replace(/\*/g, "");
    }
    return rows;
}

const percent = (ratio: number): string => `${Math.round(ratio * 100)} %`;

describe.each([
    ["The Games", LOAD.games],
    ["legacy platform", LOAD.legacy],
] as [string, LoadAssumption][])("docs/capacity.md, section %s", (heading, a) => {
    const profile = COMPUTE_PROFILES[a.profile];
    const zones = CORE_PROFILES[a.profile].zoneCount;

    it("quotes the module's figures and the profile's CPU target", () => {
        expect(tableUnder(heading)).toEqual({
            Scenario: a.scenario,
            "Peak at the edge": `${a.peakRequestsPerSecond} requests/s`,
            "CDN offload": percent(a.cdnOffloadRatio),
            Origin: `${Math.round(originRequestsPerSecond(a))} requests/s`,
            [`Per instance (${a.measuredOn} at ${profile.cpuTargetPercent} % CPU)`]: `${a.requestsPerSecondPerInstance} requests/s`,
            Headroom: percent(a.headroom),
            "Servers needed": String(instancesNeeded(a, zones)),
        });
    });

    it("was measured on the instance type the profile runs", () => {
        expect(a.measuredOn).toBe(profile.instanceType);
    });
});

describe("the profiles' bounds", () => {
    const games = LOAD.games;
    const prod = COMPUTE_PROFILES[games.profile];
    const prodZones = CORE_PROFILES[games.profile].zoneCount;

    it("let prod reach the Games' peak with its headroom", () => {
        expect(prod.maxSize).toBeGreaterThanOrEqual(instancesNeeded(games, prodZones));
        expect(DOC).toContain(`maximum is ${prod.maxSize}`);
    });

    it("let prod serve the peak without headroom after losing a zone (the group stays balanced over the zones)", () => {
        const perZone = Math.floor(prod.maxSize / prodZones);
        expect(perZone * (prodZones - 1) * games.requestsPerSecondPerInstance).toBeGreaterThanOrEqual(originRequestsPerSecond(games));
    });

    it("give dev exactly what the downsized legacy platform needs as its minimum", () => {
        const legacy = LOAD.legacy;
        const dev = COMPUTE_PROFILES[legacy.profile];
        expect(dev.minSize).toBe(instancesNeeded(legacy, CORE_PROFILES[legacy.profile].zoneCount));
        expect(DOC).toContain(`minimum is ${dev.minSize}`);
    });

    it.each(PROFILE_NAMES)("keep %s's minimum at one server per zone or more, and min ≤ desired ≤ max", (name) => {
        const p = COMPUTE_PROFILES[name];
        expect(p.minSize).toBeGreaterThanOrEqual(CORE_PROFILES[name].zoneCount);
        expect(p.minSize).toBeLessThanOrEqual(p.desiredCapacity);
        expect(p.desiredCapacity).toBeLessThanOrEqual(p.maxSize);
    });

    it.each(PROFILE_NAMES)("run %s on an instance family its cost guardrail allows", (name) => {
        const entry = CORE_PROFILES[name].guardrails["cost-instance-family-allowed"];
        expect(typeof entry === "object" ? entry.allowedFamilies : undefined).toContain(instanceFamily(COMPUTE_PROFILES[name].instanceType));
    });
});
