import type http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "./logger";

/**
 * Graceful shutdown of the app process (SIGTERM from a container runtime or a supervisor, SIGINT from a
 * terminal): stop taking connections, let the requests in flight finish, stop the inline job worker (its
 * running jobs finish, or go back to the queue), close the pools, exit.
 *
 * `next start` (and the standalone server.js) handle SIGTERM themselves unless NEXT_MANUAL_SIG_HANDLE is set:
 * they close the server, wait for the requests in flight and exit, without knowing about our worker. Our
 * launchers (scripts/run.ts, the Dockerfile) set NEXT_MANUAL_SIG_HANDLE=1 and this takes over the whole
 * sequence. Without it (a bare `next start`), Next drains and exits and this only starts stopping the inline
 * worker beside it; a job cut off by the exit is run again after its expiry (every handler is idempotent).
 */
type State = {
  servers: Set<http.Server>;
  inFlight: number;
  draining: boolean;
  hooks: (() => Promise<void>)[];
  installed: boolean;
};

const cache = globalThis as unknown as { __kringShutdown?: State };
const state = (cache.__kringShutdown ??= { servers: new Set(), inFlight: 0, draining: false, hooks: [], installed: false });

/** The request hook reports the servers it sees and the requests it is counting. */
export function trackServer(server: http.Server): void {
  state.servers.add(server);
}
export function requestStarted(): void {
  state.inFlight += 1;
}
export function requestEnded(): void {
  state.inFlight -= 1;
}

/** True once a stop signal arrived: /api/ready answers 503, so a load balancer stops sending traffic. */
export function isDraining(): boolean {
  return state.draining;
}

/** Work to finish before the process exits, run beside the HTTP drain (the inline worker's stop). */
export function onShutdown(hook: () => Promise<void>): void {
  state.hooks.push(hook);
}

export const manualSignalHandling = () => process.env.NEXT_MANUAL_SIG_HANDLE === "1" || process.env.NEXT_MANUAL_SIG_HANDLE === "true";

/** How long requests in flight get before their connections are cut (KRING_SHUTDOWN_TIMEOUT_MS, default 25 s). */
export function shutdownTimeoutMs(): number {
  const value = Number(process.env.KRING_SHUTDOWN_TIMEOUT_MS);
  return Number.isFinite(value) && value > 0 ? value : 25_000;
}

async function closeServers(timeoutMs: number): Promise<boolean> {
  const closing = [...state.servers].map(
    (server) =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
      }),
  );
  const all = Promise.all(closing).then(() => true);
  const deadline = Date.now() + timeoutMs;
  // A keep-alive connection that finished its request is idle: close it as soon as it is, so that close()
  // does not wait for the client to hang up.
  while (Date.now() < deadline) {
    for (const server of state.servers) server.closeIdleConnections();
    const done = await Promise.race([all, sleep(200).then(() => false)]);
    if (done) return true;
  }
  for (const server of state.servers) server.closeAllConnections();
  return false;
}

async function runHooks(): Promise<void> {
  const results = await Promise.allSettled(state.hooks.map((hook) => hook()));
  for (const result of results) if (result.status === "rejected") logger().error({ event: "shutdown.hook_failed", error: String(result.reason).slice(0, 200) }, "shutdown step failed");
}

async function shutdown(signal: NodeJS.Signals, closeResources: () => Promise<void>): Promise<void> {
  const log = logger();
  if (state.draining) {
    if (manualSignalHandling()) {
      log.warn({ event: "shutdown.forced", signal }, "second signal: exiting now");
      process.exit(1);
    }
    return;
  }
  state.draining = true;
  const started = Date.now();
  log.info({ event: "shutdown.start", signal, inFlight: state.inFlight }, "stopping: no new connections, finishing requests in flight");
  if (!manualSignalHandling()) {
    // Next.js drains the HTTP server and exits by itself; stop the worker in the meantime.
    await runHooks();
    return;
  }
  const [drained] = await Promise.all([closeServers(shutdownTimeoutMs()), runHooks()]);
  await closeResources().catch(() => {});
  log.info({ event: "shutdown.done", drained, durationMs: Date.now() - started }, drained ? "stopped" : "stopped; requests still running at the deadline were cut");
  process.exit(0);
}

/**
 * Installs the SIGTERM/SIGINT handler once per process (instrumentation.ts). `closeResources` runs after the
 * requests and the hooks are done: the job producer and the database pools.
 */
export function installShutdownHandler(closeResources: () => Promise<void>): void {
  if (state.installed) return;
  state.installed = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal, closeResources));
}
