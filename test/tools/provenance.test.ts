/**
 * Where a report says it comes from: git read with plumbing from the repository root ("unknown"
 * outside a checkout, never a failure), the pack's version, the pack configuration, and the clock
 * the caller gives.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { gitState, packVersion, provenance, utcSeconds } from "../../tools/audit/provenance";
import { auditPlan, REPO_ROOT } from "../../tools/audit/run";
import { render } from "../../tools/report";
import type { Plan } from "../../tools/plan/types";
import { TEST_TODAY } from "../support/policy";

function git(dir: string, ...args: string[]): string {
    return execFileSync("git", ["-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
    }).trim();
}

function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-provenance-"));
}

describe("gitState", () => {
    const repo = tempDir();
    let commit: string;
    beforeAll(() => {
        git(repo, "init", "-q");
        fs.writeFileSync(path.join(repo, ".gitignore"), "out/\n");
        fs.writeFileSync(path.join(repo, "a.txt"), "one\n");
        git(repo, "add", ".");
        git(repo, "commit", "-q", "-m", "first");
        commit = git(repo, "rev-parse", "HEAD");
    });

    it("gives the commit and a clean tree when nothing differs from it", async () => {
        expect(await gitState(repo)).toEqual({ commit, tree: "clean" });
    });
    it("calls the tree modified when a tracked file changed, and clean again once it is restored", async () => {
        fs.writeFileSync(path.join(repo, "a.txt"), "two\n");
        expect(await gitState(repo)).toEqual({ commit, tree: "modified" });
        fs.writeFileSync(path.join(repo, "a.txt"), "one\n");
        expect(await gitState(repo)).toEqual({ commit, tree: "clean" });
    });
    it("calls the tree modified when a file is not tracked and not ignored, and ignores ignored files", async () => {
        fs.mkdirSync(path.join(repo, "out"), { recursive: true });
        fs.writeFileSync(path.join(repo, "out", "report.html"), "x");
        expect((await gitState(repo)).tree).toBe("clean");
        fs.writeFileSync(path.join(repo, "new.yaml"), "x");
        expect((await gitState(repo)).tree).toBe("modified");
        fs.rmSync(path.join(repo, "new.yaml"));
    });
    it("says unknown for a folder inside a checkout, which is not the checkout's root", async () => {
        fs.mkdirSync(path.join(repo, "sub"), { recursive: true });
        expect(await gitState(path.join(repo, "sub"))).toEqual({ commit: "unknown", tree: "unknown" });
    });
    it("says unknown outside a git checkout, and for a repository without commits", async () => {
        expect(await gitState(tempDir())).toEqual({ commit: "unknown", tree: "unknown" });
        const empty = tempDir();
        git(empty, "init", "-q");
        expect(await gitState(empty)).toEqual({ commit: "unknown", tree: "unknown" });
    });
});

describe("provenance", () => {
    const now = new Date("2026-11-26T09:30:12.345Z");

    it("names the evaluation date, the generation time to the second in UTC, the commit, the pack and its configuration", () => {
        const p = provenance({ root: REPO_ROOT, env: "staging", today: "2026-11-20", now, git: { commit: "c0ffee".repeat(6) + "c0ff", tree: "modified" } });
        const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "policies", "package.json"), "utf8")) as { version: string };
        expect(p).toEqual({
            evaluationDate: "2026-11-20",
            generatedAt: "2026-11-26T09:30:12Z",
            commit: "c0ffee".repeat(6) + "c0ff",
            tree: "modified",
            packName: "dakar2026-guardrails",
            packVersion: version,
            packConfig: "policies/config/staging.json",
        });
    });
    it("writes times in UTC whatever the local zone", () => {
        expect(utcSeconds(new Date(Date.UTC(2026, 9, 31, 23, 59, 59, 999)))).toBe("2026-10-31T23:59:59Z");
    });
    it("refuses a pack without a version", () => {
        const root = tempDir();
        fs.mkdirSync(path.join(root, "policies"));
        fs.writeFileSync(path.join(root, "policies", "package.json"), "{}");
        expect(() => packVersion(root)).toThrow(`${path.join(root, "policies", "package.json")} has no "version"`);
    });
});

describe("auditPlan", () => {
    const plan: Plan = { project: "dakar2026", stack: "prod", profile: "prod", resources: [], outputs: {}, warnings: [] };
    const GIT = { commit: "0123456789abcdef0123456789abcdef01234567", tree: "clean" as const };

    it("puts the provenance in the report, with the clock and git it is given", async () => {
        const run = await auditPlan(plan, "prod", "en", TEST_TODAY, { clock: () => new Date("2026-11-26T10:00:00Z"), git: GIT });
        expect(run.report.provenance).toMatchObject({
            evaluationDate: TEST_TODAY,
            generatedAt: "2026-11-26T10:00:00Z",
            commit: "0123456789abcdef0123456789abcdef01234567",
            packConfig: "policies/config/prod.json",
        });
        expect(run.report.checks.map((c) => c.policy)).toEqual(run.result.evaluated);
    });
    it("gives JSON reports of the same inputs that differ only in the generation time, with the checkout's real git state", async () => {
        const a = await auditPlan(plan, "prod", "fr", TEST_TODAY, { clock: () => new Date("2026-11-26T10:00:00Z") });
        const b = await auditPlan(plan, "prod", "fr", TEST_TODAY, { clock: () => new Date("2026-11-27T11:00:00Z") });
        const [ja, jb] = [render("json", a.report).split("\n"), render("json", b.report).split("\n")];
        expect(ja.filter((line, i) => line !== jb[i])).toEqual(['    "generatedAt": "2026-11-26T10:00:00Z",']);
        expect(a.report.provenance.commit).toMatch(/^([0-9a-f]{40}|unknown)$/);
    });
});
