/**
 * The production job worker (`npm run worker`): serves the pg-boss queues on DATABASE_URL. It applies no
 * migrations: deploy them first (`npm run migrate`), so that web and worker agree on one schema.
 * KRING_WORKER_QUEUES=email.send (a comma-separated list) serves only those queues and registers no cron
 * schedules: a dedicated email worker beside the main one, or a test's worker that leaves the rest alone.
 */
import "./allow-server-only";
import { closeDb } from "@/db/client";
import { handlers } from "@/lib/jobs/handlers";
import { parseQueueList, startWorker } from "@/lib/jobs/worker";

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.error("[kring] worker: DATABASE_URL is not set.");
    process.exit(1);
  }
  const only = parseQueueList(process.env.KRING_WORKER_QUEUES);
  const worker = await startWorker({ only });
  console.log(`[kring] worker started; queues: ${(only ?? Object.keys(handlers)).join(", ")}${only ? " (no cron schedules)" : ""}`);

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    // A second signal means the operator does not want to wait for running jobs.
    if (stopping) {
      console.warn(`[kring] worker: ${signal} again, exiting now`);
      process.exit(1);
    }
    stopping = true;
    console.log(`[kring] worker: ${signal}, finishing running jobs`);
    try {
      await worker.stop();
      await closeDb();
      console.log("[kring] worker stopped");
      process.exit(0);
    } catch (error) {
      console.error("[kring] worker: unclean stop", error);
      process.exit(1);
    }
  };
  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  console.error("[kring] worker failed to start", error);
  process.exit(1);
});
