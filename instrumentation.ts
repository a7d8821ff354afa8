/**
 * Runs once per server process before it answers requests. It stamps each request with the client's address
 * as configured (lib/security/client-address-hook.ts), makes undecodable path segments literal
 * (lib/routing/undecodable-path-hook.ts), and starts the email and job worker inside the app
 * in the embedded mode and in tests (KRING_INLINE_WORKER=1); in production the worker is its own process:
 * `npm run worker`. Last, it installs the request log (one line per request, lib/ops/request-log-hook.ts) and
 * the graceful shutdown on SIGTERM (lib/ops/shutdown.ts), which also stops the inline worker.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // What Next.js prints of an uncaught error must not carry a query's parameters (lib/logging/redact-console.ts).
  if (process.env.NODE_ENV === "production") (await import("./lib/logging/redact-console")).installConsoleRedaction();
  const { installClientAddressHook } = await import("./lib/security/client-address-hook");
  installClientAddressHook();
  // A path segment such as "%ff%fe" would fail in Next's router with a 500; it becomes the page's own 404.
  const { installUndecodablePathHook } = await import("./lib/routing/undecodable-path-hook");
  installUndecodablePathHook();
  // Installed after the other hooks, so that it wraps them: its clock and context cover the whole request.
  const { installRequestLogHook } = await import("./lib/ops/request-log-hook");
  installRequestLogHook();
  const { installShutdownHandler, onShutdown } = await import("./lib/ops/shutdown");
  const { closeDb } = await import("./db/client");
  const { closeProducer } = await import("./lib/jobs/boss");
  installShutdownHandler(async () => {
    await closeProducer();
    await closeDb();
  });
  if (process.env.KRING_INLINE_WORKER !== "1") return;
  const { startWorker } = await import("./lib/jobs/worker");
  const { jobHandlers } = await import("./lib/registry/job-handlers");
  const worker = await startWorker({ handlers: jobHandlers });
  onShutdown(() => worker.stop());
}
