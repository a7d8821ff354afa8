/**
 * Starts the email and job worker inside the app in the embedded mode and in tests (KRING_INLINE_WORKER=1).
 * In production the worker is its own process: `npm run worker`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.KRING_INLINE_WORKER !== "1") return;
  const { startWorker } = await import("./lib/jobs/worker");
  await startWorker();
}
