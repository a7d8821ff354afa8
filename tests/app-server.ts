import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type AppServer = {
  pid: number;
  port: number;
  url: string;
  /** Resolves once GET /api/ready answers 200; rejects if the server exits or takes too long. */
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
  /** Its JSON log lines so far (production logs are one JSON object per line). */
  lines: () => Record<string, unknown>[];
  /** Everything it wrote, for a failure message and for checks of what a log must never hold. */
  output: () => string;
};

const root = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 90_000;

/**
 * Starts `next start` on the production build in .next (run `next build` first), as its own OS process:
 * node_modules/.bin/next is the server itself, so the pid we hold is the one that gets our signals.
 * NEXT_MANUAL_SIG_HANDLE=1 as in production (the Dockerfile, `npm start`): SIGTERM goes to lib/ops/shutdown.ts.
 */
export function spawnAppServer(port: number, env: Record<string, string>): AppServer {
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(path.join(root, "node_modules/.bin/next"), ["start", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", NEXT_MANUAL_SIG_HANDLE: "1", AUTH_URL: url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("the app server did not start");
  let output = "";
  let pending = "";
  const parsed: Record<string, unknown>[] = [];
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = chunk.toString("utf8");
    output += text;
    pending += text;
    const complete = pending.split("\n");
    pending = complete.pop() ?? "";
    for (const line of complete) {
      if (!line.startsWith("{")) continue;
      try {
        parsed.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not one of ours
      }
    }
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  let gone = false;
  void exited.then(() => (gone = true));
  const ready = (async () => {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (gone) throw new Error(`the app server on ${port} exited before it was ready:\n${output.slice(-5000)}`);
      const status = await fetch(`${url}/api/ready`).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) return;
      await sleep(250);
    }
    throw new Error(`the app server on ${port} was not ready within ${READY_TIMEOUT_MS} ms:\n${output.slice(-5000)}`);
  })();
  ready.catch(() => {});
  return {
    pid: child.pid,
    port,
    url,
    ready,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    lines: () => parsed,
    output: () => output,
  };
}
