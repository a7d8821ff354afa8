import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// The job worker (`npm run worker`) loads its composition root, lib/registry/job-handlers.ts, with plain
// tsx outside Next.js, after scripts/allow-server-only.ts. vitest resolves modules its own way, so only a
// real child process shows whether every handler's imports still load there as they do in the worker.
describe("the job worker's modules", () => {
  it("load outside Next.js and serve every queue", async () => {
    const root = process.cwd();
    const script = 'require("./scripts/allow-server-only.ts"); import("@/lib/registry/job-handlers").then((m) => console.log(JSON.stringify(Object.keys(m.jobHandlers ?? m.default.jobHandlers))))';
    const { stdout, stderr } = await promisify(execFile)(path.join(root, "node_modules/.bin/tsx"), ["-e", script], { cwd: root, timeout: 60_000 }).catch(
      (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? String(error) }),
    );
    // The first error line names the culprit (for example "This module cannot be imported from a Client Component").
    expect(stderr.split("\n").find((line) => /Error/.test(line)) ?? "").toBe("");
    for (const queue of ["email.send", "members.import", "session.remind", "mentoring.sweep", "insights.digest", "codev.sweep", "maintenance.purge", "tracks.sweep", "chat.send", "chat.digest", "programme.news"]) {
      expect(stdout).toContain(queue);
    }
  });
});
