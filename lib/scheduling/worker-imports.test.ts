import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The job worker (`npm run worker`) loads lib/jobs/handlers.ts with plain tsx, outside Next.js, where a
// "server-only" import throws. vitest stubs that package, so only a real child process shows whether the
// reminder handler's imports (and everyone else's) still load there.
describe("the job worker's modules", () => {
  it("load outside Next.js and serve the reminder and sweep queues", async () => {
    const root = process.cwd();
    const script = 'import("@/lib/jobs/handlers").then((m) => console.log(JSON.stringify(Object.keys(m.handlers ?? m.default.handlers))))';
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["-e", script], { cwd: root, timeout: 60_000 }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? String(error) }),
    );
    // The first error line names the culprit (for example "This module cannot be imported from a Client Component").
    expect(stderr.split("\n").find((line) => /Error/.test(line)) ?? "").toBe("");
    expect(stdout).toContain("session.remind");
    expect(stdout).toContain("mentoring.sweep");
    expect(stdout).toContain("maintenance.purge");
    expect(stdout).toContain("codev.sweep");
  });
});
