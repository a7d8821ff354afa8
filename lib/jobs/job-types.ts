import type { queueNames } from "./queues";

// What a job handler is, for the domains that write one and the worker that runs them. A leaf: it names
// no handler. lib/registry/job-handlers.ts composes the map the worker serves.

/** What a handler gets for one job: its payload (validate it) and where it stands in its retries. */
export type JobContext = { id: string; data: unknown; retryCount: number; retryLimit: number };

/** Handles one job. Throwing fails that job only; pg-boss retries it with the queue's backoff. */
export type JobHandler = (job: JobContext) => Promise<void>;

export type QueueName = (typeof queueNames)[number];

export type QueueHandler = {
  handle: JobHandler;
  /** Jobs fetched per poll; the worker still runs and settles them one by one. */
  batchSize: number;
  pollingIntervalSeconds: number;
};

export type JobHandlers = Record<QueueName, QueueHandler>;
