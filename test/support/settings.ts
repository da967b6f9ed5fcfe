/**
 * Raw configuration for settings and component tests, built the way the CLI passes it (full keys,
 * every value a string, structured values as JSON), from the project's defaults in Pulumi.yaml or
 * from a stack file of the repository.
 */
import * as path from "node:path";
import { RunError } from "@pulumi/pulumi/errors";
import { RawConfig, SettingsError } from "../../infra/core/config";
import { CORE_PROFILES, ProfileName } from "../../infra/core/profile";
import { REGION_ZONES } from "../../infra/core/regions";
import { listStacks, readProject, readStackConfig } from "../../tools/plan/stack-config";

export const ROOT = path.resolve(__dirname, "..", "..");

/** The repository's stacks (one per `stacks/Pulumi.<stack>.yaml`). */
export const STACKS: readonly string[] = listStacks(ROOT);

export const json = (v: unknown): string => JSON.stringify(v);

/** A stack of the repository as the CLI passes it: Pulumi.yaml defaults overlaid by its stack file. */
export function stackRaw(stack: string): RawConfig {
    return readStackConfig(ROOT, stack).values;
}

/** Only the defaults Pulumi.yaml declares, as the CLI passes them to a stack that sets nothing. */
export function projectDefaults(): Record<string, string> {
    const project = readProject(ROOT);
    const out: Record<string, string> = {};
    for (const [k, decl] of Object.entries(project.config)) {
        const value = typeof decl === "object" && decl !== null ? (decl as { default?: unknown }).default : decl;
        if (value !== undefined) out[`${project.name}:${k}`] = typeof value === "string" ? value : json(value);
    }
    return out;
}

/** `base` with `changes` applied; a change to `undefined` removes the key. */
export function withKeys(base: RawConfig, changes: Readonly<Record<string, string | undefined>>): RawConfig {
    const out: Record<string, string> = { ...base };
    for (const [k, v] of Object.entries(changes)) {
        if (v === undefined) delete out[k];
        else out[k] = v;
    }
    return out;
}

/** The app servers' image in configurations built here (a custom image id, as Senum builds them). */
export const TEST_IMAGE_ID = "m-gw8test0app0image0001";

export interface StackShape {
    readonly profile: ProfileName;
    readonly region?: string;
    /** Default: the first `zoneCount` zones of the region, as the profile requires. */
    readonly zones?: readonly string[];
    readonly vpcCidr?: string;
    /** Any other setting, by full key; `undefined` removes it. */
    readonly extra?: Readonly<Record<string, string | undefined>>;
}

/** Raw configuration of a stack of that shape: the project defaults plus what every stack file must say. */
export function rawFor(shape: StackShape): RawConfig {
    const region = shape.region ?? "eu-central-1";
    const zones = shape.zones ?? REGION_ZONES[region].slice(0, CORE_PROFILES[shape.profile].zoneCount);
    return withKeys(
        {
            ...projectDefaults(),
            "alicloud:region": region,
            "dakar2026:profile": shape.profile,
            "dakar2026:zones": json(zones),
            "dakar2026:vpcCidr": shape.vpcCidr ?? "10.130.0.0/16",
            "dakar2026:appImageId": TEST_IMAGE_ID,
            "dakar2026:certificateId": "14276310",
            "dakar2026:domain": "dakar2026.senum.sn",
            "dakar2026:alarmContacts": json([{ name: "oncall", email: "oncall@senum.sn" }]),
            // The identity layer's account (the offline plan's, tools/plan/fake-outputs.ts) and CI subjects.
            "dakar2026:accountId": "1234567890123456",
            "dakar2026:ciDeployerSubject": "repo:senum-sa/dakar2026-infra:environment:test",
            "dakar2026:ciPreviewerSubject": "repo:senum-sa/dakar2026-infra:pull_request",
        },
        shape.extra ?? {},
    );
}

/** Runs `fn`, expecting the settings error the CLI prints as one line (a pulumi.RunError); returns it. */
export function settingsError(fn: () => unknown): SettingsError {
    let caught: unknown;
    try {
        fn();
    } catch (e) {
        caught = e;
    }
    if (!(caught instanceof SettingsError)) throw new Error(`expected a SettingsError, got ${caught instanceof Error ? caught.stack : String(caught)}`);
    if (!RunError.isInstance(caught)) throw new Error("a SettingsError must be a pulumi.RunError, so the CLI prints no stack trace");
    return caught;
}

/**
 * The repository's stacks that deploy every one of `layers` (dakar2026:layers), for tests that build
 * or inspect those layers: a layer stack of an environment holds only its share.
 */
export function stacksDeploying(...layers: readonly string[]): string[] {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is read lazily, as a test's own import would.
    const { parseSettings } = require("../../infra/settings") as typeof import("../../infra/settings");
    return STACKS.filter((s) => layers.every((l) => parseSettings(stackRaw(s), s).layers.deployed.includes(l)));
}
