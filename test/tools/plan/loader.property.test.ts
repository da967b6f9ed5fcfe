/**
 * The configuration loader (tools/plan/stack-config reads the files as the Pulumi CLI does, then
 * infra/settings parseSettings validates what the program gets) meets any input with either a value
 * or its own one-line error: random YAML stack files and random raw settings never make it throw
 * anything else (a TypeError would be exit 3 and a trace for what is only a bad file).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as fc from "fast-check";
import { stringify } from "yaml";
import { RawConfig, SettingsError } from "../../../infra/core/config";
import { parseSettings } from "../../../infra/settings";
import { readStackConfig, StackConfigError } from "../../../tools/plan/stack-config";
import { ROOT, stackRaw, STACKS } from "../../support/settings";

const PROJECT_FILE = fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8");
const STACK = "fuzz";
const RUNS = 300;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-loader-"));
fs.writeFileSync(path.join(dir, "Pulumi.yaml"), PROJECT_FILE);
fs.mkdirSync(path.join(dir, "stacks"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the loader may answer: a value, or one line of its own error. */
type Outcome = "ok" | "settings error" | "stack file error";

function load(stackFile: string): Outcome {
    fs.writeFileSync(path.join(dir, "stacks", `Pulumi.${STACK}.yaml`), stackFile);
    let config;
    try {
        config = readStackConfig(dir, STACK);
    } catch (e) {
        expect(e).toBeInstanceOf(StackConfigError);
        expect((e as Error).message).not.toContain("\n");
        return "stack file error";
    }
    return settle(config.values, config.secretKeys);
}

function settle(raw: RawConfig, secretKeys: readonly string[] = []): Outcome {
    try {
        parseSettings(raw, STACK, secretKeys);
        return "ok";
    } catch (e) {
        expect(e).toBeInstanceOf(SettingsError);
        expect((e as Error).message).not.toContain("\n");
        return "settings error";
    }
}

/** Names a stack file uses: every key the project knows, near misses, other namespaces and junk. */
const KEY = fc.oneof(
    fc.constantFrom(
        "alicloud:region", "dakar2026:profile", "dakar2026:environment", "dakar2026:vpcCidr", "dakar2026:zones", "dakar2026:subnets",
        "dakar2026:owner", "dakar2026:costCentre", "dakar2026:appPort", "dakar2026:databasePort", "dakar2026:cachePort",
        "dakar2026:edgeListenerPorts", "dakar2026:legacyFlowLogStoreUntil", "dakar2026:appImageId", "dakar2026:userDataTemplate",
        "dakar2026:eventCalendar", "dakar2026:certificateId", "dakar2026:domain", "dakar2026:dnsZone", "dakar2026:alarmContacts", "profile", "zones", "appPort", "pulumi:tags",
        "dakar2026:layers", "dakar2026:layerStacks", "dakar2026:organization", "dakar2026:allowCrossProfileReferences", "dakar2026:supersededBy",
        "dakar2026:accountId", "dakar2026:accountOwner", "dakar2026:ciDeployerSubject", "dakar2026:operatorAccounts", "dakar2026:adoptCiBootstrap",
        "alicloud:profile", "alicloud:regoin", "aws:region", "dakar2026:", ":x", "a:b:c", "__proto__", "constructor",
    ),
    fc.string({ maxLength: 12 }),
);

/** Values a stack file may hold: what the keys expect, near misses, secrets, and any YAML value. */
const VALUE: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom(
        "eu-central-1", "eu-west-1", "cn-hangzhou", "dev", "staging", "prod", "10.140.0.0/16", "10.140.0.0/24", "8.8.8.0/24",
        "10.140.0.0", "2026-02-30", "2026-11-13", "", "null", "true", "8080", "-1", "65536", "1e3", ".inf",
    ),
    fc.constantFrom(["eu-central-1a", "eu-central-1b"], ["eu-central-1a", "eu-central-1a"], ["eu-central-1a", "eu-central-1b", "eu-central-1c"], [], [80, 443], [22], [443, 443]),
    fc.constantFrom({ secure: "AAABAHQ=" }, { secure: 5 }, { edge: { "eu-central-1a": "10.140.0.0/24" } }, { app: "x" }, null),
    fc.constantFrom(["keys", "network"], ["storage"], ["cdn"], { keys: "organization/dakar2026/prod-data" }, { keys: "prod-data" }, { network: "organization/x/y" }),
    fc.integer({ min: -5, max: 70_000 }),
    fc.double(),
    fc.boolean(),
    fc.jsonValue({ maxDepth: 3 }),
);

/** A base that passes, so that one random change reaches the checks behind the first ones. */
const VALID: Readonly<Record<string, unknown>> = {
    "alicloud:region": "eu-central-1",
    "dakar2026:profile": "dev",
    "dakar2026:vpcCidr": "10.140.0.0/16",
    "dakar2026:zones": ["eu-central-1a", "eu-central-1b"],
    "dakar2026:appImageId": "m-gw8testimage0000001",
    "dakar2026:certificateId": "14276310",
    "dakar2026:domain": "dev.dakar2026.senum.sn",
    "dakar2026:alarmContacts": [{ name: "oncall", email: "oncall@senum.sn" }],
    "dakar2026:accountId": "1234567890123456",
    "dakar2026:ciDeployerSubject": "repo:senum-sa/dakar2026-infra:environment:dev",
    "dakar2026:ciPreviewerSubject": "repo:senum-sa/dakar2026-infra:pull_request",
};

describe("the loader meets random stack files with a value or its own one-line error", () => {
    it("for stack files made of random keys and values", () => {
        const seen = new Set<Outcome>();
        fc.assert(
            fc.property(fc.dictionary(KEY, VALUE, { maxKeys: 8 }), fc.boolean(), (config, overValid) => {
                seen.add(load(stringify({ config: overValid ? { ...VALID, ...config } : config })));
            }),
            { numRuns: RUNS },
        );
        // The generators reach all three outcomes, so the property is not vacuous.
        expect([...seen].sort()).toEqual(["ok", "settings error", "stack file error"]);
    });

    it("for texts that are barely YAML: random text, and the repository's stack files cut and shuffled", () => {
        const real = STACKS.map((s) => fs.readFileSync(path.join(ROOT, "stacks", `Pulumi.${s}.yaml`), "utf8"));
        const mangled = fc
            .tuple(fc.constantFrom(...real), fc.array(fc.nat(), { maxLength: 4 }), fc.string({ maxLength: 6 }))
            .map(([text, cuts, insert]) => {
                const lines = text.split("\n");
                for (const c of cuts) lines.splice(c % Math.max(lines.length, 1), 1, insert);
                return lines.join("\n");
            });
        fc.assert(
            fc.property(fc.oneof(fc.string({ maxLength: 80 }), mangled), (text) => {
                load(text);
            }),
            { numRuns: RUNS },
        );
    });
});

describe("parseSettings meets random raw settings with a value or a SettingsError", () => {
    it("for each stack's settings with keys changed, added or removed at random", () => {
        const seen = new Set<Outcome>();
        const text = fc.oneof(fc.string({ maxLength: 20 }), VALUE.map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? "null"))));
        fc.assert(
            fc.property(fc.constantFrom(...STACKS), fc.dictionary(KEY, fc.option(text, { nil: undefined }), { maxKeys: 5 }), fc.boolean(), (stack, changes, secret) => {
                const raw: Record<string, string> = { ...stackRaw(stack) };
                for (const [k, v] of Object.entries(changes)) {
                    const full = k.includes(":") ? k : `dakar2026:${k}`;
                    if (v === undefined) delete raw[full];
                    else raw[full] = v;
                }
                seen.add(settle(raw, secret ? Object.keys(changes).slice(0, 1) : []));
            }),
            { numRuns: RUNS },
        );
        expect([...seen].sort()).toEqual(["ok", "settings error"]);
    });
});
