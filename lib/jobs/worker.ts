import PgBoss from "pg-boss";
import { databaseUrl } from "@/db/client";
import { errorSummary } from "@/lib/ops/error-summary";
import { logger } from "@/lib/ops/logger";
import { runWithContext, type WorkContext } from "@/lib/ops/request-context";
import { prepareQueues } from "./boss";
import type { JobHandler, JobHandlers, QueueName } from "./job-types";
import { queueNames, schedules } from "./queues";

export type StartWorkerOptions = {
  /** What serves each queue: the process's composition root passes lib/registry/job-handlers.ts. */
  handlers: JobHandlers;
  /** pg-boss's database; defaults to DATABASE_URL. Handlers read and write through getDb() (DATABASE_URL). */
  url?: string;
  /**
   * Serve only these queues and register no cron schedules: for a test that wants one queue worked on
   * without the clock-driven sweeps touching the data of the tests running beside it. Default: everything.
   */
  only?: QueueName[];
};

export type RunningWorker = {
  /** Stops fetching, lets running jobs finish (up to 30 s) and closes pg-boss's connections. */
  stop: () => Promise<void>;
};

/**
 * How often pg-boss 10 runs its maintenance: expiring jobs active past their expiry (a killed worker's),
 * then archiving and deleting old ones. Expiry happens only here, so a crashed job waits its queue's expiry,
 * then up to about two of these intervals (each worker ticks on its own timer but the run is skipped when
 * any worker ran it less than an interval ago), then its retry delay (lib/jobs/queue-options.ts). pg-boss's
 * default of 120 s would add up to four minutes to a 30 s expiry; 10 s keeps a killed worker's sign-in
 * emails under a minute, for three small statements every ten seconds.
 */
export const MAINTENANCE_INTERVAL_SECONDS = 10;

/**
 * Reads a comma-separated list of queue names (KRING_WORKER_QUEUES) for a worker that serves only those,
 * for example a dedicated email worker. Unset or empty: every queue. An unknown name is an error, not a
 * silently idle worker.
 */
export function parseQueueList(value: string | undefined): QueueName[] | undefined {
  const names = (value ?? "").split(",").map((name) => name.trim()).filter(Boolean);
  if (names.length === 0) return undefined;
  const known: readonly string[] = queueNames;
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`unknown queue(s): ${unknown.join(", ")}; known: ${queueNames.join(", ")}`);
  return names as QueueName[];
}

// Next.js loads server modules more than once (instrumentation, routes): one worker per process.
const cache = globalThis as unknown as { __kringWorker?: Promise<RunningWorker> };

/** Starts the job worker: in the app process in embedded mode, or alone via `npm run worker`. */
export function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  cache.__kringWorker ??= launch(options.handlers, options.url ?? databaseUrl(), options.only).catch((error: unknown) => {
    cache.__kringWorker = undefined;
    throw error;
  });
  return cache.__kringWorker;
}

async function launch(handlers: JobHandlers, url: string, only: QueueName[] | undefined): Promise<RunningWorker> {
  await prepareQueues(url);
  // Maintenance (supervise) on: it expires stuck jobs, so that a crashed worker's jobs are retried.
  const boss = new PgBoss({ connectionString: url, max: 4, supervise: true, maintenanceIntervalSeconds: MAINTENANCE_INTERVAL_SECONDS, migrate: false });
  boss.on("error", (error) => logger().error({ event: "pgboss.error", ...errorSummary(error) }, "pg-boss error"));
  await boss.start();
  // schedule() upserts by queue name, so every worker start (re)states the same cron without duplicates.
  if (!only) for (const { queue, cron } of schedules) await boss.schedule(queue, cron, {}, { tz: "UTC" });
  for (const [name, handler] of Object.entries(handlers)) {
    if (only && !only.includes(name as QueueName)) continue;
    await boss.work<unknown>(
      name,
      { batchSize: handler.batchSize, pollingIntervalSeconds: handler.pollingIntervalSeconds, includeMetadata: true },
      (jobs) => runBatch(boss, name, handler.handle, jobs),
    );
  }
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= boss.stop({ graceful: true, wait: true, timeout: 30_000 }).finally(() => {
        cache.__kringWorker = undefined;
      })),
  };
}

/**
 * pg-boss settles a whole batch by the callback's outcome: one throw would fail (and later retry) every
 * job in it. So each job is settled here on its own, complete or fail, and the callback itself does not
 * throw for a job's error. After it returns, pg-boss completes the batch's ids again, but its SQL only
 * touches jobs still "active", which none of these are any more. Jobs run one after another rather than in
 * parallel: the provider rate-limits per second and five sends in a row take well under the poll interval.
 * A batch that outlives its jobs' expiry (a provider that hangs) is failed by pg-boss while this loop still
 * runs, and a retry may then run beside it: that is why every handler must be safe to run twice at once.
 *
 * Each job writes one log line when it is settled: queue, job id, outcome, attempt, duration, and the
 * organisation when its handler noted one (lib/ops/request-context.ts). Never its payload or the error's
 * message (a failed query's parameters are people's data): the error's class and SQLSTATE only.
 */
async function runBatch(boss: PgBoss, queue: string, handle: JobHandler, jobs: PgBoss.JobWithMetadata<unknown>[]): Promise<void> {
  // pg-boss picks a batch by priority but returns it in no particular order: a sign-in email goes first.
  for (const job of [...jobs].sort((a, b) => b.priority - a.priority)) {
    const context: WorkContext = { queue, jobId: job.id };
    const started = process.hrtime.bigint();
    const line = () => ({
      event: "job",
      queue,
      jobId: job.id,
      attempt: job.retryCount + 1,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      organizationId: context.organizationId,
    });
    let failure: { error: unknown } | null = null;
    try {
      await runWithContext(context, () => handle({ id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit }));
    } catch (error) {
      failure = { error };
    }
    // The line is written before the job is settled: a worker killed in between runs the job again (and
    // logs again), so that every job pg-boss records as completed has its line.
    if (!failure) logger().info({ ...line(), status: "completed" }, "job");
    else logger().error({ ...line(), status: "failed", lastAttempt: job.retryCount >= job.retryLimit, ...errorSummary(failure.error) }, "job");
    try {
      if (!failure) await boss.complete(queue, job.id);
      else await boss.fail(queue, job.id, { message: failure.error instanceof Error ? failure.error.message : String(failure.error) });
    } catch (error) {
      // Not settled: the job stays active until its expiry, then runs again.
      logger().error({ event: "job.settle_failed", queue, jobId: job.id, ...errorSummary(error) }, "job not settled");
    }
  }
}
