/**
 * tools/bench/floor.js, the floor `npm run bench` divides by: it must register exactly the plan's
 * resources (else the ratio compares with less work than the plan holds) and refuse bad input in one line.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { planToJson } from "../../../tools/plan/engine";
import { planIsolated } from "../../support/plan";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const FLOOR = path.join(ROOT, "tools", "bench", "floor.js");

let tmp = "";

beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "floor-test-"));
});

afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
});

function floor(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [FLOOR, ...args], { cwd: ROOT, encoding: "utf8" });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

it("registers every resource of the prod plan but the stack and the default providers, each once", async () => {
    const plan = await planIsolated("prod");
    const file = path.join(tmp, "prod.json");
    fs.writeFileSync(file, planToJson(plan));
    const isDefaultProvider = (type: string, name: string): boolean => type.startsWith("pulumi:providers:") && /^default(_|$)/.test(name);
    const own = plan.resources.filter((r) => r.type !== "pulumi:pulumi:Stack" && !isDefaultProvider(r.type, r.name));
    const components = own.filter((r) => !r.custom).length;
    const r = floor(file);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^floor: ${own.length} resources \\(components: ${components}\\) \\+ stack registered; load \\d+ ms, register and settle \\d+ ms\\n$`));
}, 60_000);

it.each([
    ["no plan", [], "floor: usage: node tools/bench/floor.js <plan.json>\n"],
    ["a missing file", ["/nonexistent/plan.json"], "floor: cannot read plan /nonexistent/plan.json: ENOENT\n"],
])("refuses %s with exit 2 and one line", (_what, args, message) => {
    const r = floor(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(message);
    expect(r.stdout).toBe("");
});

it.each([
    ["not JSON", "{", /^floor: .+ is not valid JSON: .+\n$/],
    ["no resources array", "{}", /^floor: .+: expected a plan with a "resources" array\n$/],
    ["a resource without a URN", '{"resources":[{"type":"t","name":"n"}]}', /^floor: .+: resources\[0\] needs "urn", "type" and "name" strings/],
])("refuses a file with %s with exit 2 and one line", (_what, text, message) => {
    const file = path.join(tmp, "bad.json");
    fs.writeFileSync(file, text);
    const r = floor(file);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
});
