/**
 * Where a report comes from, so that an auditor can file it and someone can reproduce it later: the
 * day the waivers were judged at, when the report was made, the commit of the checkout and whether
 * the tree matched it, and which pack (name, version) and pack configuration judged the plan.
 *
 * Git is read with a command whose output is stable for scripts (status --porcelain=v2), from
 * the repository root. Outside a git checkout, without git, or when git fails, the commit and tree state are
 * "unknown": a report is never refused for want of version control.
 */
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PACK_NAME } from "../../policies/catalog";

/** "modified": a tracked file differs from the commit, or an untracked file is not ignored. */
export type TreeState = "clean" | "modified" | "unknown";

export interface Provenance {
    /** YYYY-MM-DD the waivers were judged at (`--today`, by default the day of the run). */
    readonly evaluationDate: string;
    /** When the report was generated, UTC, to the second: "2026-10-31T08:15:00Z". */
    readonly generatedAt: string;
    /** Full commit id of the checkout, or "unknown". */
    readonly commit: string;
    readonly tree: TreeState;
    readonly packName: string;
    /** `version` of policies/package.json. */
    readonly packVersion: string;
    /** The pack configuration used, relative to the repository root: "policies/config/prod.json". */
    readonly packConfig: string;
}

export interface GitState {
    readonly commit: string;
    readonly tree: TreeState;
}

const UNKNOWN_GIT: GitState = { commit: "unknown", tree: "unknown" };

/** Runs git in `root`; rejects with the process's exit status (`code`) when git fails. */
function git(root: string, args: readonly string[]): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile(
            "git",
            ["-C", root, ...args],
            {
                encoding: "utf8",
                timeout: 10_000,
                // A GIT_DIR or GIT_WORK_TREE from the caller's shell would make git describe another repository.
                env: { ...process.env, GIT_DIR: undefined, GIT_WORK_TREE: undefined, GIT_INDEX_FILE: undefined, LC_ALL: "C" },
            },
            (error, stdout) => (error ? reject(error) : resolve(stdout)),
        );
    });
}

/**
 * The commit `root` is checked out at and whether its tree matches; "unknown" when `root` is not the
 * top of a git work tree (it has no `.git` of its own: a copy of the project unpacked inside some
 * other repository must not report that repository's commit). One git process, `status
 * --porcelain=v2 --branch` (the format git keeps stable for scripts), gives the commit (its
 * `branch.oid` header) and the tracked changes and untracked files that are not ignored; status
 * refreshes the index's file stats itself, so a file merely touched does not count. Starting a
 * process costs the command line tens of milliseconds of its own time, so there is one, not two.
 * Asynchronous, so that the command line can start it before planning and git runs beside the plan
 * instead of after it. Never rejects.
 */
export async function gitState(root: string): Promise<GitState> {
    if (!fs.existsSync(path.join(root, ".git"))) return UNKNOWN_GIT;
    const status = await git(root, ["status", "--porcelain=v2", "--branch", "-z", "--untracked-files=normal"]).catch(() => undefined);
    if (status === undefined) return UNKNOWN_GIT;
    const entries = status.split("\0").filter((e) => e !== "");
    const commit = entries.find((e) => e.startsWith("# branch.oid "))?.slice("# branch.oid ".length);
    // "(initial)" in a repository without commits.
    if (commit === undefined || !/^[0-9a-f]{40,64}$/.test(commit)) return UNKNOWN_GIT;
    return { commit, tree: entries.some((e) => !e.startsWith("# ")) ? "modified" : "clean" };
}

/** ISO 8601 UTC to the second: reports do not pretend to millisecond precision. */
export function utcSeconds(date: Date): string {
    return `${date.toISOString().slice(0, 19)}Z`;
}

export function packVersion(root: string): string {
    const file = path.join(root, "policies", "package.json");
    const version = (JSON.parse(fs.readFileSync(file, "utf8")) as { version?: unknown }).version;
    if (typeof version !== "string" || version === "") throw new Error(`${file} has no "version"`);
    return version;
}

export interface ProvenanceInput {
    readonly root: string;
    readonly env: string;
    readonly today: string;
    readonly now: Date;
    /** The checkout's git state (gitState(root), started early by the command line, or a test's). */
    readonly git: GitState;
}

export function provenance(input: ProvenanceInput): Provenance {
    const { commit, tree } = input.git;
    return {
        evaluationDate: input.today,
        generatedAt: utcSeconds(input.now),
        commit,
        tree,
        packName: PACK_NAME,
        packVersion: packVersion(input.root),
        packConfig: path.posix.join("policies", "config", `${input.env}.json`),
    };
}
