/**
 * The guard against losing data by refactoring (tools/plan/baseline.ts) and its command
 * (tools/baseline.ts), on the real plan of one stack changed the way a refactoring would change it:
 * a stateful resource renamed without an alias is reported as deleted, with a message that names
 * it and says what to do; with an alias it is a rename; resources moved to another stack of the
 * same environment are not lost; a new stateful resource is reported until the baseline lists it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { baselineJson, readBaseline } from "../../../tools/baseline";
import { BaselineEnvironment, baselineOf, compareWithBaseline, formatComparison, OFFLINE_LIMIT, parseUrn, STATEFUL_TYPES, UPDATE_COMMAND } from "../../../tools/plan/baseline";
import type { Plan, PlanResource } from "../../../tools/plan/types";
import { planIsolated } from "../../support/plan";
import { ROOT } from "../../support/settings";

const PLANNING = 120_000;
const STACK = "dev";
const BUCKET = "alicloud:oss/bucket:Bucket";

let plan: Plan;
beforeAll(async () => {
    plan = await planIsolated(STACK);
}, PLANNING);

const media = (): PlanResource => plan.resources.find((r) => r.type === BUCKET && r.name.endsWith("-storage-media")) as PlanResource;

/** The plan with `r` declared under another logical name (what renaming a variable or a purpose does). */
function renamed(r: PlanResource, name: string, aliases: readonly string[] = []): Plan {
    const urn = r.urn.slice(0, r.urn.lastIndexOf("::") + 2) + name;
    return { ...plan, resources: plan.resources.map((x) => (x === r ? { ...x, urn, name, options: { ...x.options, aliases: [...aliases] } } : x)) };
}

describe("the baseline of a plan", () => {
    it("lists every stateful resource of the environment, by parent types, type and name, never by stack", () => {
        const b = baselineOf([plan]);
        expect(Object.keys(b.environments)).toEqual([plan.outputs.environment]);
        const env = b.environments[plan.outputs.environment as string];
        expect(env.stacks).toEqual([STACK]);
        const stateful = plan.resources.filter((r) => STATEFUL_TYPES.includes(r.type));
        expect(env.resources).toEqual(stateful.map((r) => parseUrn(r.urn)?.key).sort());
        expect(env.resources).toContain(`dakar2026:storage:Storage$${BUCKET}::${media().name}`);
        for (const k of env.resources) expect(k.startsWith("urn:") || k.includes("pulumi:pulumi:Stack")).toBe(false);
    });

    it("finds nothing to report when the plan is the one the baseline was made from", () => {
        expect(compareWithBaseline(plan, baselineOf([plan]))).toEqual({ environments: [STACK], deleted: [], renamed: [], unlisted: [], unplannedStacks: {} });
    });
});

describe("a stateful resource renamed", () => {
    const old = (): string => media().urn;
    const key = (): string => parseUrn(old())?.key as string;

    it("without an alias is reported as deleted, by name, with the alias to add and the command that updates the baseline on purpose", () => {
        const c = compareWithBaseline(renamed(media(), `${media().name}-v2`), baselineOf([plan]));
        expect(c.deleted).toEqual([
            {
                environment: STACK,
                key: key(),
                type: BUCKET,
                name: media().name,
                parents: ["dakar2026:storage:Storage"],
                message:
                    `${BUCKET} "${media().name}" (environment ${STACK}, under dakar2026:storage:Storage) is stateful and no planned resource or ` +
                    "alias answers to it: the engine would delete it, and its data with it. If it was renamed or moved to another parent, give " +
                    `its new declaration the option aliases: ["urn:pulumi:${STACK}::dakar2026::${key()}"] (statefulOptions(parent, profile, ` +
                    "aliases) takes them; core/stateful.ts childUrn builds one under another parent). If it is meant to go, run " +
                    `${UPDATE_COMMAND} and commit the baseline with the change.`,
            },
        ]);
        // The new name is no more guarded than any new resource until the baseline lists it.
        expect(c.unlisted.map((u) => u.key)).toEqual([`dakar2026:storage:Storage$${BUCKET}::${media().name}-v2`]);
        const text = formatComparison(c);
        expect(text).toContain("would be DELETED (1):");
        expect(text).toContain(c.deleted[0].message);
        expect(text.trimEnd().endsWith(OFFLINE_LIMIT)).toBe(true);
    });

    it("with an alias from its old URN keeps its identity: a rename, not a deletion", () => {
        const c = compareWithBaseline(renamed(media(), `${media().name}-v2`, [old()]), baselineOf([plan]));
        expect(c.deleted).toEqual([]);
        expect(c.unlisted).toEqual([]);
        expect(c.renamed).toEqual([{ environment: STACK, key: key(), urn: old().replace(/::[^:]+$/, `::${media().name}-v2`) }]);
        expect(formatComparison(c)).toContain("would be deleted: none");
    });

    it("under another parent without an alias is a deletion too", () => {
        const moved: Plan = {
            ...plan,
            resources: plan.resources.map((r) => (r === media() ? { ...r, urn: `urn:pulumi:${STACK}::dakar2026::${BUCKET}::${r.name}` } : r)),
        };
        expect(compareWithBaseline(moved, baselineOf([plan])).deleted.map((d) => d.key)).toEqual([key()]);
    });

    it("counts only aliases that are URNs, as pulumi.createUrn and childUrn give them", () => {
        const c = compareWithBaseline(renamed(media(), `${media().name}-v2`, [JSON.stringify({ name: media().name })]), baselineOf([plan]));
        expect(c.deleted.map((d) => d.key)).toEqual([key()]);
    });
});

describe("stacks of one environment", () => {
    /** The plan split in two stacks of the same environment, as `pulumi state move` of the storage layer would leave it. */
    function split(): Plan[] {
        const moving = (r: PlanResource): boolean => r.urn.includes("dakar2026:storage:Storage");
        const other = `${STACK}data`;
        return [
            { ...plan, resources: plan.resources.filter((r) => !moving(r)) },
            { ...plan, stack: other, resources: plan.resources.filter(moving).map((r) => ({ ...r, urn: r.urn.replace(`urn:pulumi:${STACK}::`, `urn:pulumi:${other}::`) })) },
        ];
    }

    it("lose nothing when resources move from one to another", () => {
        const c = compareWithBaseline(split(), baselineOf([plan]));
        expect(c).toEqual({ environments: [STACK], deleted: [], renamed: [], unlisted: [], unplannedStacks: {} });
    });

    it("are all needed: a stack of the baseline left unplanned is named, and its resources show as deleted", () => {
        const [first, second] = split();
        const c = compareWithBaseline(second, baselineOf([first, second]));
        expect(c.unplannedStacks).toEqual({ [STACK]: [STACK] });
        expect(c.deleted.length).toBe(first.resources.filter((r) => STATEFUL_TYPES.includes(r.type)).length);
        expect(formatComparison(c)).toContain(`not planned, though the baseline lists them for ${STACK}: ${STACK} (their resources show as deleted)`);
    });

    it("compare each environment with its own entries only", () => {
        const other: Plan = { ...plan, outputs: { ...plan.outputs, environment: "elsewhere" } };
        const c = compareWithBaseline(other, baselineOf([plan]));
        expect(c.deleted).toEqual([]);
        expect(c.unlisted.length).toBe(plan.resources.filter((r) => STATEFUL_TYPES.includes(r.type)).length);
    });
});

/** What a command writes to stdout and stderr, captured for each test of the describe that calls it. */
function captureOutput(): { stdout: string[]; stderr: string[] } {
    const out = { stdout: [] as string[], stderr: [] as string[] };
    beforeEach(() => {
        out.stdout.length = 0;
        out.stderr.length = 0;
        jest.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (out.stdout.push(String(s)), true));
        jest.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => (out.stderr.push(String(s)), true));
    });
    afterEach(() => jest.restoreAllMocks());
    return out;
}

describe("npm run baseline", () => {
    const { stdout, stderr } = captureOutput();
    let root: string;
    beforeEach(() => {
        // A checkout with one stack: the repository's program and project, the dev stack file.
        root = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-baseline-"));
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(root, "Pulumi.yaml"));
        fs.mkdirSync(path.join(root, "stacks"));
        fs.copyFileSync(path.join(ROOT, "stacks", `Pulumi.${STACK}.yaml`), path.join(root, "stacks", `Pulumi.${STACK}.yaml`));
        fs.symlinkSync(path.join(ROOT, "infra"), path.join(root, "infra"));
    });

    /** Runs the command in a fresh module registry: each run evaluates the program again, as a new process would. */
    const main = async (argv: string[]): Promise<number> => {
        let code = -1;
        await jest.isolateModulesAsync(async () => {
            const command = (await import("../../../tools/baseline")) as typeof import("../../../tools/baseline");
            code = await command.main(argv);
        });
        return code;
    };

    it("writes the baseline with --update, then finds nothing lost (exit 0); a listed resource the plan lacks fails it (exit 1)", async () => {
        expect(await main(["--update", "--root", root])).toBe(0);
        const file = path.join(root, "baseline", "stateful-resources.json");
        expect(readBaseline(file)).toEqual(baselineOf([plan]));
        expect(await main(["--root", root])).toBe(0);
        expect(stdout.join("")).toContain("would be deleted: none");

        const b = readBaseline(file);
        const gone = `dakar2026:storage:Storage$${BUCKET}::dakar2026-${STACK}-storage-archive`;
        fs.writeFileSync(file, baselineJson({ ...b, environments: { [STACK]: { ...b.environments[STACK], resources: [...b.environments[STACK].resources, gone] } } }));
        stdout.length = 0;
        expect(await main(["--root", root])).toBe(1);
        expect(stdout.join("")).toContain(`${BUCKET} "dakar2026-${STACK}-storage-archive" (environment ${STACK}, under dakar2026:storage:Storage) is stateful`);
    }, PLANNING);

    it("says in one line what is wrong with a missing or malformed baseline, and exits 2", async () => {
        expect(await main(["--root", root])).toBe(2);
        expect(stderr.join("")).toBe(
            `error: cannot read baseline ${path.join(root, "baseline", "stateful-resources.json")}: ENOENT; create it with ${UPDATE_COMMAND}\n`,
        );
        const bad = path.join(root, "bad.json");
        fs.writeFileSync(bad, JSON.stringify({ project: "dakar2026", environments: { dev: { stacks: "dev" } } }));
        stderr.length = 0;
        expect(await main(["--root", root, "--file", bad])).toBe(2);
        expect(stderr.join("")).toBe(`error: ${bad} is not a baseline: expected { project, environments: { <env>: { stacks: [], resources: [] } } }\n`);
        stderr.length = 0;
        expect(await main(["--frobnicate"])).toBe(2);
        expect(stderr.join("").split("\n")[0]).toBe("error: --frobnicate is not an option of npm run baseline; options: --update, --file, --root");
    });
});

describe("npm run plan -- --against", () => {
    // A program whose bucket was renamed from fixture-media to fixture-media-v2: the stack "renamed"
    // declares no alias, the stack "aliased" one from the former name.
    const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "renamed");
    const FORMER = `dakar2026:storage:Storage$${BUCKET}::fixture-media`;
    const { stdout, stderr } = captureOutput();
    let file: string;
    beforeAll(() => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-against-"));
        file = path.join(dir, "baseline.json");
        const before = (stack: string): BaselineEnvironment => ({ stacks: [stack], resources: [FORMER] });
        fs.writeFileSync(file, baselineJson({ project: "dakar2026", environments: { renamed: before("renamed"), aliased: before("aliased") } }));
    });

    const cli = async (...argv: string[]): Promise<number> => {
        let code = -1;
        await jest.isolateModulesAsync(async () => {
            const { main } = (await import("../../../tools/cli")) as typeof import("../../../tools/cli");
            code = await main(["plan", "--root", FIXTURE, ...argv]);
        });
        return code;
    };

    it("names a stateful resource renamed without an alias, with the alias to add, says what offline cannot see, and exits 1", async () => {
        expect(await cli("--stack", "renamed", "--against", file)).toBe(1);
        const out = stdout.join("");
        expect(out).toContain("would be DELETED (1):");
        expect(out).toContain(
            `${BUCKET} "fixture-media" (environment renamed, under dakar2026:storage:Storage) is stateful and no planned resource or alias answers to it`,
        );
        expect(out).toContain(`give its new declaration the option aliases: ["urn:pulumi:renamed::dakar2026::${FORMER}"]`);
        expect(out).toContain(`run ${UPDATE_COMMAND} and commit the baseline with the change`);
        expect(out).toContain(`- renamed: dakar2026:storage:Storage$${BUCKET}::fixture-media-v2`);
        expect(out.trimEnd().endsWith(OFFLINE_LIMIT)).toBe(true);
        expect(stderr.join("")).toBe("");
    }, PLANNING);

    it("reports the same rename under an alias as a rename that keeps the resource, and exits 0", async () => {
        expect(await cli("--stack", "aliased", "--against", file)).toBe(0);
        const out = stdout.join("");
        expect(out).toContain("would be deleted: none");
        expect(out).not.toContain('"fixture-media" (environment');
        expect(out).toContain(`- aliased: ${FORMER} -> urn:pulumi:aliased::dakar2026::dakar2026:storage:Storage$${BUCKET}::fixture-media-v2`);
        expect(out.trimEnd().endsWith(OFFLINE_LIMIT)).toBe(true);
    }, PLANNING);

    it("says in one line, naming the file, that a baseline is missing, malformed or another project's, and exits 2 without planning", async () => {
        const dir = path.dirname(file);
        const cases: [string, string, string][] = [
            ["missing.json", "", `error: cannot read baseline ${path.join(dir, "missing.json")}: ENOENT; create it with ${UPDATE_COMMAND}\n`],
            ["notjson.json", "{ not\njson", `error: ${path.join(dir, "notjson.json")} is not valid JSON: `],
            ["shape.json", JSON.stringify({ project: "dakar2026", environments: { dev: { stacks: "dev" } } }), `error: ${path.join(dir, "shape.json")} is not a baseline: `],
            ["other.json", baselineJson({ project: "elsewhere", environments: {} }), `error: ${path.join(dir, "other.json")} is a baseline of project elsewhere, not of dakar2026\n`],
        ];
        for (const [name, text, message] of cases) {
            if (text !== "") fs.writeFileSync(path.join(dir, name), text);
            stdout.length = 0;
            stderr.length = 0;
            expect(await cli("--stack", "renamed", "--against", path.join(dir, name))).toBe(2);
            const err = stderr.join("");
            expect(err.startsWith(message)).toBe(true);
            expect(err.split("\n")).toHaveLength(2);
            // The project is only known once planned; the file's own faults stop the command first.
            if (name !== "other.json") expect(stdout.join("")).toBe("");
        }
    }, PLANNING);
});
