import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type WorkerProcess = {
  pid: number;
  /** Resolves once the worker logged that it serves its queues; rejects if it exits or takes too long. */
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
  /** Everything it wrote, for the failure message (the last 20,000 characters). */
  output: () => string;
  /** Every JSON log line it wrote (production logs, NODE_ENV=production or LOG_FORMAT=json). */
  lines: () => Record<string, unknown>[];
};

const root = path.resolve(import.meta.dirname, "..");
const READY_TIMEOUT_MS = 90_000;

/**
 * Starts scripts/worker.ts as its own OS process, serving only the given queues (no cron schedules).
 * `node --import tsx`, not node_modules/.bin/tsx: the tsx command runs the script in a child process of its
 * own, so a SIGKILL sent to the pid we hold would kill tsx and leave the real worker running.
 */
export function spawnWorker(queues: string[], env: Record<string, string>): WorkerProcess {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    cwd: root,
    // LOG_LEVEL: vitest's own default (warn) would hide the "worker started" line this waits for.
    env: { ...process.env, LOG_LEVEL: "info", ...env, KRING_WORKER_QUEUES: queues.join(",") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("the worker process did not start");
  let output = "";
  let pending = "";
  const parsed: Record<string, unknown>[] = [];
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  child.stdout!.on("data", (chunk: Buffer) => {
    const complete = (pending + chunk.toString("utf8")).split("\n");
    pending = complete.pop() ?? "";
    for (const line of complete) {
      if (!line.startsWith("{")) continue;
      try {
        parsed.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    }
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the worker did not start within ${READY_TIMEOUT_MS} ms:\n${output}`)), READY_TIMEOUT_MS);
    child.stdout!.on("data", () => {
      if (output.includes("worker.started")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the worker exited (${code ?? signal}) before it started:\n${output}`));
    });
  });
  // A rejection nobody awaits (the worker exits after it started) is not an error of the test run.
  ready.catch(() => {});

  return {
    pid: child.pid,
    ready,
    exited,
    kill: (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    output: () => output,
    lines: () => parsed,
  };
}

/** Asks the worker to finish and stop (SIGTERM); SIGKILL if it has not within `ms`. */
export async function stopWorker(worker: WorkerProcess, ms = 40_000): Promise<void> {
  worker.kill("SIGTERM");
  const timer = setTimeout(() => worker.kill("SIGKILL"), ms);
  await worker.exited;
  clearTimeout(timer);
}
