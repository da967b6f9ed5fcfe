/**
 * The deployment pipeline (.github/): valid for GitHub's own parser, and doing what
 * docs/runbooks/ci.md promises, read from the repository rather than restated: every deployable
 * stack previewed with the pack and its profile's configuration, environments deployed in promotion
 * order with each environment's stacks in the order their references give, cloud credentials only
 * through OIDC, and every secret and variable it reads documented. It cannot run here (no GitHub, no
 * cloud): what GitHub's settings hold (required reviewers on "prod") is the runbook's to say.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parse } from "yaml";
import { environmentOrder, readEnvironments } from "../../tools/plan/layered";

const ROOT = path.resolve(__dirname, "..", "..");
const WORKFLOW = ".github/workflows/pipeline.yml";
const SESSION = ".github/actions/pulumi-session/action.yml";
const read = (p: string): string => fs.readFileSync(path.join(ROOT, p), "utf8");

/** Errors GitHub's parser finds in each file (test/support/check-workflows.mjs, a process of its own: the parser is ESM). */
function parserErrors(files: readonly string[]): Record<string, string[]> {
    const r = spawnSync(process.execPath, [path.join(ROOT, "test", "support", "check-workflows.mjs"), ...files], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`check-workflows.mjs exited ${String(r.status)}: ${r.stderr}`);
    return JSON.parse(r.stdout) as Record<string, string[]>;
}

interface Step {
    readonly uses?: string;
    readonly run?: string;
    readonly with?: Record<string, string>;
}
interface Job {
    readonly if?: string;
    readonly needs?: string | string[];
    readonly environment?: string;
    readonly permissions?: Record<string, string>;
    readonly strategy?: { matrix: { include: Record<string, string>[] } };
    readonly env?: Record<string, string>;
    readonly steps: Step[];
}
interface Workflow {
    readonly on: Record<string, { branches: string[] }>;
    readonly permissions: Record<string, string>;
    readonly env: Record<string, string>;
    readonly jobs: Record<string, Job>;
}

const workflow = parse(read(WORKFLOW)) as Workflow;
const jobs = workflow.jobs;
const needsOf = (j: Job): string[] => (j.needs === undefined ? [] : Array.isArray(j.needs) ? j.needs : [j.needs]);
const runs = (j: Job): string[] => j.steps.flatMap((s) => (s.run === undefined ? [] : [s.run]));
const stacks = readEnvironments(ROOT);
const profileOf = (stack: string): string => stacks.find((s) => s.stack === stack)?.profile ?? "(no such stack)";

describe("the pipeline's files", () => {
    it("are what GitHub's own parser accepts", () => {
        expect(parserErrors([WORKFLOW, SESSION])).toEqual({ [WORKFLOW]: [], [SESSION]: [] });
    });

    it("would be refused by that parser if broken (the check can fail)", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-workflow-"));
        try {
            const broken = path.join(dir, "pipeline.yml");
            fs.writeFileSync(broken, read(WORKFLOW).replace("needs: deploy-staging", "needs: deploy-stagin").replace("vars.DEPLOYER_ROLE_ARN", "var.DEPLOYER_ROLE_ARN"));
            const action = path.join(dir, "action.yml");
            fs.writeFileSync(action, read(SESSION).replace("      shell: bash\n      run: npm ci", "      run: npm ci"));
            const errors = parserErrors([broken, action]);
            expect(errors[broken]).toEqual([expect.stringContaining("Unrecognized named-value: 'var'")]);
            expect(errors[action]).toEqual([expect.stringContaining("Required property is missing: shell")]);
            fs.writeFileSync(broken, read(WORKFLOW).replace("needs: deploy-staging", "needs: deploy-stagin"));
            expect(parserErrors([broken])[broken].join("\n")).toMatch(/deploy-stagin/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe("the pipeline", () => {
    it("runs on pull requests to main and on merges to main, reading the repository only by default", () => {
        expect(workflow.on).toEqual({ pull_request: { branches: ["main"] }, push: { branches: ["main"] } });
        expect(workflow.permissions).toEqual({ contents: "read" });
    });

    it("runs the tests and the offline audit first, on every change", () => {
        const test = jobs.test;
        expect(test.if).toBeUndefined();
        expect(needsOf(test)).toEqual([]);
        expect(runs(test)).toEqual(expect.arrayContaining(["npm test", expect.stringMatching(/npm run audit -- --stack "\$stack"[\s\S]*npm run audit -- --env prod/)]));
        for (const [name, job] of Object.entries(jobs)) if (name !== "test") expect({ name, needs: needsOf(job).length }).toEqual({ name, needs: 1 });
    });

    it("previews, on pull requests, every stack that is not superseded, with its profile's pack configuration and read-only role", () => {
        const preview = jobs.preview;
        expect(preview.if).toMatch(/^github\.event_name == 'pull_request'/);
        const matrix = preview.strategy?.matrix.include ?? [];
        const deployable = stacks.filter((s) => s.layers.supersededBy.length === 0).map((s) => s.stack);
        expect(matrix.map((m) => m.stack).sort()).toEqual([...deployable].sort());
        expect(matrix.filter((m) => m.profile !== profileOf(m.stack))).toEqual([]);
        expect(matrix.filter((m) => !/^PREVIEWER_ROLE_ARN_[A-Z]+$/.test(m.previewer))).toEqual([]);
        expect(runs(preview)).toEqual([
            'pulumi preview --stack "${{ matrix.stack }}" --policy-pack policies --policy-pack-config "policies/config/${{ matrix.profile }}.json" --diff',
        ]);
        expect(preview.steps.find((s) => s.uses === "./.github/actions/pulumi-session")?.with?.["role-to-assume"]).toBe("${{ vars[matrix.previewer] }}");
    });

    it("deploys on merge, environment after environment (dev, staging, prod), each one's stacks in their deploy order, with the pack", () => {
        const deploys = Object.entries(jobs).filter(([, j]) => j.environment !== undefined);
        // Follow needs from the job that needs only the tests.
        const chain: string[] = [];
        let next = deploys.find(([, j]) => needsOf(j).includes("test"));
        while (next) {
            chain.push(next[0]);
            const name = next[0];
            next = deploys.find(([, j]) => needsOf(j).includes(name));
        }
        expect(chain.length).toBe(deploys.length);
        expect(chain.map((n) => jobs[n].environment)).toEqual(["dev", "staging", "prod"]);
        for (const name of chain) {
            const job = jobs[name];
            const env = job.environment as string;
            expect({ name, if: job.if }).toEqual({ name, if: "github.event_name == 'push'" });
            const ups = runs(job).filter((r) => r.startsWith("pulumi up"));
            const order = environmentOrder(ROOT, env);
            expect({ env, ups }).toEqual({
                env,
                ups: order.map((s) => `pulumi up --stack ${s} --yes --policy-pack policies --policy-pack-config policies/config/${profileOf(s)}.json`),
            });
            expect(job.steps.find((s) => s.uses === "./.github/actions/pulumi-session")?.with?.["role-to-assume"]).toBe("${{ vars.DEPLOYER_ROLE_ARN }}");
        }
        expect(runs(jobs[chain[2]])).toContain("npm run -s plan -- --env prod --order");
    });

    it("gets cloud credentials only through OIDC, and the state backend and passphrase from secrets", () => {
        const text = read(WORKFLOW) + read(SESSION);
        for (const [name, job] of Object.entries(jobs)) {
            const cloud = job.steps.some((s) => s.uses === "./.github/actions/pulumi-session");
            expect({ name, idToken: job.permissions?.["id-token"] }).toEqual({ name, idToken: cloud ? "write" : undefined });
        }
        // Alibaba Cloud credentials come from the OIDC exchange only: no variable of the provider is set from a secret.
        expect(text).not.toMatch(/ALI(?:BABA_?)?CLOUD_[A-Z_]*:\s*\$\{\{\s*secrets\./);
        const secrets = [...new Set([...text.matchAll(/secrets\.([A-Z_]+)/g)].map((m) => m[1]))].sort();
        expect(secrets).toEqual(["PULUMI_BACKEND_URL", "PULUMI_CONFIG_PASSPHRASE", "STATE_BUCKET_ACCESS_KEY_ID", "STATE_BUCKET_ACCESS_KEY_SECRET"]);
        expect(read(SESSION)).toMatch(/uses: aliyun\/configure-aliyun-credentials-action@v1\n\s+with:\n\s+role-to-assume: \$\{\{ inputs\.role-to-assume \}\}\n\s+oidc-provider-arn: /);
    });

    it("uses the Pulumi CLI version the engine is built and validated with", () => {
        const version = /github\.com\/pulumi\/pulumi\/pkg\/v3 v(\S+)/.exec(read("tools/engine/go/cli/go.mod"))?.[1];
        expect(workflow.env.PULUMI_VERSION).toBe(version);
    });

    it("is documented: docs/runbooks/ci.md names every secret and variable it reads", () => {
        const text = read(WORKFLOW) + read(SESSION);
        const names = new Set([
            ...[...text.matchAll(/(?:secrets|vars)\.([A-Z_]+)/g)].map((m) => m[1]),
            ...(jobs.preview.strategy?.matrix.include ?? []).map((m) => m.previewer),
        ]);
        const doc = read("docs/runbooks/ci.md");
        expect([...names].filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
    });
});
