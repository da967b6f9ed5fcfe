/**
 * The offline plan's fake ARNs name the stack's own account. Every stack file carries the offline
 * dummy account until Senum sets the real one; the identity layer refuses an account other than the
 * one its roles live in, so fakes fixed on the dummy would make every stack fail to plan the day the
 * real account id is written in.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { OFFLINE_ACCOUNT_ID } from "../../../tools/plan/fake-outputs";
import { planIsolated } from "../../support/plan";
import { ROOT } from "../../support/settings";

const REAL = "5012345678901234";

it("plans a stack whose accountId is a real account, every ARN in that account", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "dakar2026-account-"));
    try {
        fs.copyFileSync(path.join(ROOT, "Pulumi.yaml"), path.join(root, "Pulumi.yaml"));
        fs.symlinkSync(path.join(ROOT, "infra"), path.join(root, "infra"));
        fs.mkdirSync(path.join(root, "stacks"));
        const dev = fs.readFileSync(path.join(ROOT, "stacks", "Pulumi.dev.yaml"), "utf8");
        expect(dev).toContain(`dakar2026:accountId: "${OFFLINE_ACCOUNT_ID}"`);
        fs.writeFileSync(path.join(root, "stacks", "Pulumi.dev.yaml"), dev.replace(`dakar2026:accountId: "${OFFLINE_ACCOUNT_ID}"`, `dakar2026:accountId: "${REAL}"`));

        const plan = await planIsolated("dev", { root });
        const text = JSON.stringify(plan.resources);
        const arns = [...new Set(text.match(/acs:[a-z]+:[a-z0-9-]*:\d+:/g) ?? [])];
        expect(arns.length).toBeGreaterThan(3);
        expect(arns.filter((a) => !a.endsWith(`:${REAL}:`))).toEqual([]);
        expect(text).not.toContain(OFFLINE_ACCOUNT_ID);
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
}, 120_000);
