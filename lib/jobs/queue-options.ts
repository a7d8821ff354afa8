import type PgBoss from "pg-boss";
import { queues, type queueNames } from "./queues";

type QueueName = (typeof queueNames)[number];
export type QueueOptions = Required<Pick<PgBoss.Queue, "retryLimit" | "retryDelay" | "retryBackoff">> & Pick<PgBoss.Queue, "expireInSeconds">;

/**
 * A job still "active" this long after it was fetched counts as crashed: pg-boss's maintenance fails it
 * (as a retry) and another worker runs it. Sending is idempotent (lib/email/send-email-job.ts: the message row
 * is compare-and-swapped from "queued", Resend deduplicates by `email-<id>`), so a short expiry costs at
 * worst a repeated no-op, and a killed worker's sign-in links go out within a minute instead of waiting
 * pg-boss's default 15 minutes. 30 s leaves a batch of five sends (about a second when healthy; each send
 * gives up after 10 s, lib/email/transport.ts) room to finish before its jobs could be run a second time.
 */
export const EMAIL_EXPIRE_SECONDS = 30;

/** A chat post gives up after 10 s (lib/chat/webhook.ts); a batch of a few fits well inside a minute. */
export const CHAT_EXPIRE_SECONDS = 60;

/** Slow retries for work that holds a transaction or sweeps: pg-boss's default 15-minute expiry. */
const standard: QueueOptions = { retryLimit: 5, retryDelay: 30, retryBackoff: true };

/**
 * Each queue's retry and expiry policy. prepareQueues() writes it on every start, so a changed value here
 * reaches existing databases too; pg-boss copies it onto each job when the job is written.
 */
export const queueOptions: Record<QueueName, QueueOptions> = {
  // An expired job waits its first retry delay before it runs again, so the delay is short too: 5 s base,
  // doubling with jitter (5-10, 10-20, … 640-1280 s). Eight retries span 21 to 42 minutes, enough to ride out
  // a provider's short outage and far inside Resend's 24-hour idempotency window (SECURITY.md rule 12).
  [queues.sendEmail]: { retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: EMAIL_EXPIRE_SECONDS },
  // A large import holds one long transaction: it must not be expired (and run twice) while it works.
  [queues.importMembers]: standard,
  [queues.sessionRemind]: standard,
  [queues.mentoringSweep]: standard,
  [queues.insightsDigest]: standard,
  [queues.codevSweep]: standard,
  [queues.purge]: standard,
  [queues.tracksSweep]: standard,
  // A post to a chat webhook (lib/chat/send-job.ts): like email, short expiry and quick retries; the notice row
  // is claimed before posting, so a run beside an expired one posts nothing twice. 8 retries span 21 to 42 minutes.
  [queues.chatSend]: { retryLimit: 8, retryDelay: 5, retryBackoff: true, expireInSeconds: CHAT_EXPIRE_SECONDS },
  [queues.chatDigest]: standard,
  // Writes one programme-news email per member who wants one: a transaction per run, like an import.
  [queues.programmeNews]: standard,
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
