import { queueNames, queues } from "./queues";
import { handleImportMembers } from "./import-members";
import { handleSendEmail } from "./send-email";
import { handleSessionReminder } from "@/lib/scheduling/remind-session";
import { handlePurge } from "@/lib/maintenance/purge-job";
import { handleInsightsDigest } from "@/lib/insights/digest-job";
import { codevSweepJob, mentoringSweepJob } from "./sweep-tick";

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

/**
 * Emails a worker takes per poll (one poll a second): the most it sends per second. KRING_EMAIL_BATCH_SIZE
 * raises it (1 to 50) when the provider's rate limit allows more; each send may take up to 10 s when the
 * provider hangs, and a batch still running past the queue's 30 s expiry has its rest run again elsewhere
 * (harmless, sending is idempotent, but wasted), so raise it only with a provider that answers fast.
 */
export function emailBatchSize(value = process.env.KRING_EMAIL_BATCH_SIZE): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 5;
}

/**
 * The worker serves exactly the queues listed here. A new job kind adds its queue name in queues.ts and
 * its handler here; the record type makes a missing handler a type error.
 */
export const handlers: Record<QueueName, QueueHandler> = {
  // Reminders come in bursts: five per poll every second keeps up without hammering the provider.
  [queues.sendEmail]: { handle: handleSendEmail, batchSize: emailBatchSize(), pollingIntervalSeconds: 1 },
  // One import per poll: each holds one long transaction.
  [queues.importMembers]: { handle: handleImportMembers, batchSize: 1, pollingIntervalSeconds: 1 },
  // A reminder only writes its emails (the email queue sends them), so a batch per poll is cheap.
  [queues.sessionRemind]: { handle: handleSessionReminder, batchSize: 10, pollingIntervalSeconds: 5 },
  // One sweep at a time; the cron adds one a minute.
  [queues.mentoringSweep]: { handle: mentoringSweepJob, batchSize: 1, pollingIntervalSeconds: 5 },
  // Once a week; one digest run at a time.
  [queues.insightsDigest]: { handle: handleInsightsDigest, batchSize: 1, pollingIntervalSeconds: 30 },
  [queues.codevSweep]: { handle: codevSweepJob, batchSize: 1, pollingIntervalSeconds: 5 },
  // Once a night; deletes in three statements.
  [queues.purge]: { handle: handlePurge, batchSize: 1, pollingIntervalSeconds: 30 },
};
