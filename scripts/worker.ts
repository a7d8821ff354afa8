/**
 * The production job worker (`npm run worker`): serves the pg-boss queues on DATABASE_URL. It applies no
 * migrations: deploy them first (`npm run migrate`), so that web and worker agree on one schema.
 * KRING_WORKER_QUEUES=email.send (a comma-separated list) serves only those queues and registers no cron
 * schedules: a dedicated email worker beside the main one, or a test's worker that leaves the rest alone.
 *
 * SIGTERM (or SIGINT) stops it gracefully: it fetches nothing more, lets the jobs in hand finish (up to
 * 30 s; pg-boss then fails what still runs, and those come back as retries) and closes its pools. A second
 * signal exits at once. `npm run worker` runs `node --import tsx` so that the signal reaches this process.
 */
process.env.KRING_SERVICE ??= "worker";
import "./allow-server-only";
import { closeDb } from "@/db/client";
import { closeProducer } from "@/lib/jobs/boss";
import { parseQueueList, startWorker } from "@/lib/jobs/worker";
import { errorSummary } from "@/lib/ops/error-summary";
import { logger } from "@/lib/ops/logger";
import { jobHandlers } from "@/lib/registry/job-handlers";

async function main(): Promise<void> {
  const log = logger();
  if (!process.env.DATABASE_URL) {
    log.fatal({ event: "worker.config" }, "DATABASE_URL is not set");
    process.exit(1);
  }
  const only = parseQueueList(process.env.KRING_WORKER_QUEUES);
  const worker = await startWorker({ handlers: jobHandlers, only });
  log.info({ event: "worker.started", queues: only ?? Object.keys(jobHandlers), cron: !only }, "worker started");

  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    // A second signal means the operator does not want to wait for running jobs.
    if (stopping) {
      log.warn({ event: "worker.forced", signal }, "second signal: exiting now");
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    log.info({ event: "worker.stopping", signal }, "finishing the jobs in hand");
    try {
      await worker.stop();
      await closeProducer();
      await closeDb();
      log.info({ event: "worker.stopped", durationMs: Date.now() - started }, "worker stopped");
      process.exit(0);
    } catch (error) {
      log.error({ event: "worker.unclean_stop", ...errorSummary(error) }, "unclean stop");
      process.exit(1);
    }
  };
  process.on("SIGINT", (signal) => void shutdown(signal));
  process.on("SIGTERM", (signal) => void shutdown(signal));
}

main().catch((error: unknown) => {
  logger().fatal({ event: "worker.start_failed", ...errorSummary(error) }, "worker failed to start");
  process.exit(1);
});
