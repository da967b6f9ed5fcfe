/**
 * Generates the pack configuration of every profile, `policies/config/<profile>.json`, from the
 * profiles in infra/: the pack never imports infra/, so the numbers it enforces reach it through
 * these files, and a test fails when one is stale.
 *
 *   npm run pack-config            rewrite the files
 *   npm run pack-config -- --check exit 1 when a file differs from what infra/ says
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { GuardrailConfig, mergeGuardrails } from "../infra/core/guardrails";
import { CORE_PROFILES, coreGuardrails, PROFILE_NAMES, ProfileName } from "../infra/core/profile";
import type { LayerConfig } from "../infra/core/layer";
import { LAYERS } from "../infra/settings";
import { OptionSpecs, parseFlags } from "./command/args";
import { guard } from "./command/errors";
import { MSG, USAGE } from "./command/messages";
import { REPO_ROOT } from "./root";

export const PACK_CONFIG_DIR = path.join(REPO_ROOT, "policies", "config");

/** The pack configuration of stacks of `profile`. */
export function packConfigFor(profile: ProfileName): GuardrailConfig {
    const core = CORE_PROFILES[profile];
    return mergeGuardrails([
        { source: "infra/core/profile.ts (levels)", config: core.guardrails },
        { source: "infra/core/profile.ts (thresholds)", config: coreGuardrails(core) },
        ...Object.entries(LAYERS).map(([name, layer]: [string, { readonly config: LayerConfig<unknown> }]) => ({
            source: `infra/${name}/profile.ts`,
            config: layer.config.guardrails?.(profile) ?? {},
        })),
    ]);
}

/**
 * The file's text, entries sorted by policy id. No "$comment": the Pulumi CLI refuses keys that are
 * not policies, so what the files are is said in policies/config/README.md.
 */
export function packConfigJson(profile: ProfileName): string {
    return `${JSON.stringify(packConfigFor(profile), null, 4)}\n`;
}

/** Exit codes: 0 written or up to date, 1 stale (--check), 2 bad flag, 3 a bug. */
/** The command's flags (exported for the test of the commands the docs quote). */
export const OPTIONS = { check: { type: "boolean" } } as const satisfies OptionSpecs;

export function main(argv: readonly string[]): Promise<number> {
    return guard(() => {
        const parsed = parseFlags("npm run pack-config", USAGE["pack-config"], OPTIONS, argv);
        if (parsed.help) {
            process.stdout.write(`${USAGE["pack-config"]}\n`);
            return 0;
        }
        return write(parsed.flags.check === true);
    });
}

function write(check: boolean): number {
    const stale: string[] = [];
    for (const profile of PROFILE_NAMES) {
        const file = path.join(PACK_CONFIG_DIR, `${profile}.json`);
        const want = packConfigJson(profile);
        const have = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
        if (have === want) continue;
        if (check) stale.push(path.relative(process.cwd(), file));
        else {
            fs.writeFileSync(file, want);
            process.stderr.write(`${MSG.packConfigWritten(path.relative(process.cwd(), file))}\n`);
        }
    }
    if (stale.length > 0) {
        process.stderr.write(`${MSG.packConfigStale(stale)}\n`);
        return 1;
    }
    return 0;
}
