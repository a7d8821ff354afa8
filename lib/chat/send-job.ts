import { randomUUID } from "node:crypto";
import { and, eq, or, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { chatChannels, chatNotices, organizations, type ChatNotice } from "@/db/schema";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { deterministicJobId } from "@/lib/jobs/ids";
import type { JobContext, JobHandler } from "@/lib/jobs/job-types";
import { queues } from "@/lib/jobs/queues";
import { noteOrganization } from "@/lib/ops/request-context";
import { openSecret } from "@/lib/security/secret-box";
import { outcomeOf } from "./core/delivery";
import { isChatNoticeKind } from "./core/notices";
import { renderNotice } from "./render";
import { postToWebhook, WEBHOOK_TIMEOUT_MS } from "./webhook";

export const chatSendPayloadSchema = z.object({ noticeId: z.uuid() });

/** Attempts in all (the queue's retries and the waits a receiver asked for) before a notice counts as failed. */
export const MAX_CHAT_ATTEMPTS = 10;

export type ChatSendOptions = { timeoutMs?: number };

/**
 * The handler of queue "chat.send": posts one chat_notices row to its organisation's channel.
 *
 * Incoming webhooks take no idempotency key, so Kring keeps the promise itself: the row is claimed
 * (queued → sending, with a token of this run) before the POST, so that a second run (an expired job run
 * again beside a slow first one, a double enqueue) finds it taken and posts nothing; the result is written
 * only by the run holding the claim. A receiver's 2xx makes the row "sent" and nothing posts it again. A 429
 * (or 503) with Retry-After puts it back with `nextAttemptAt` and a job that starts then, in one
 * transaction, so the wait is honoured and the notice cannot be lost between the two. No answer or a 5xx
 * throws: pg-boss retries with its backoff (lib/jobs/queue-options.ts). A 4xx is final: the webhook is gone
 * or refuses the payload, and waiting does not change that. The one case left is a worker killed after the
 * receiver accepted and before the row was written: the claim goes stale and a later run posts again. No
 * webhook protocol lets us close that window; docs/chat-notifications.md says so.
 */
export function sendChatNoticeJob(options: ChatSendOptions = {}): JobHandler {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return (job) => sendOne(job, timeoutMs);
}

async function sendOne(job: JobContext, timeoutMs: number): Promise<void> {
  const { noticeId } = chatSendPayloadSchema.parse(job.data);
  const db = getDb();
  const [notice] = await db.select().from(chatNotices).where(eq(chatNotices.id, noticeId));
  if (!notice) return;
  noteOrganization(notice.organizationId);
  if (notice.status !== "queued" && notice.status !== "sending") return;
  if (notice.nextAttemptAt) {
    // By the database's clock, the one pg-boss starts jobs by. A run before the receiver's time (a retry of an
    // older job) posts nothing: the job that starts then was written with the wait, or is written now.
    const [{ wait }] = await db.execute<{ wait: number }>(sql`select ceil(extract(epoch from (${chatNotices.nextAttemptAt} - now())))::int as wait from ${chatNotices} where ${chatNotices.id} = ${notice.id}`);
    if (wait > 0) {
      await db.transaction((tx) => scheduleAttempt(tx, notice.id, notice.nextAttemptAt!, notice.attempts));
      return;
    }
  }

  const token = randomUUID();
  // A claim older than a post can take is a crashed run's: taking it over is how its notice is not lost.
  const staleSeconds = Math.ceil(timeoutMs / 1000) + 20;
  const [claimed] = await db
    .update(chatNotices)
    .set({ status: "sending", claimToken: token, claimedAt: sql`now()` })
    .where(
      and(
        eq(chatNotices.id, notice.id),
        or(eq(chatNotices.status, "queued"), and(eq(chatNotices.status, "sending"), sql`${chatNotices.claimedAt} < now() - make_interval(secs => ${staleSeconds})`)),
        sql`(${chatNotices.nextAttemptAt} is null or ${chatNotices.nextAttemptAt} <= now())`,
      ),
    )
    .returning();
  if (!claimed) return;
  const mine = and(eq(chatNotices.id, notice.id), eq(chatNotices.claimToken, token));
  const settle = (values: Partial<ChatNotice>) =>
    db.update(chatNotices).set({ claimToken: null, claimedAt: null, ...values }).where(mine);

  const [channel] = await db.select().from(chatChannels).where(eq(chatChannels.organizationId, notice.organizationId));
  // Disconnected since: the admin chose that nothing more is posted.
  if (!channel) return void (await settle({ status: "cancelled", lastError: "no channel connected" }));
  const [org] = await db.select({ timeZone: organizations.timeZone }).from(organizations).where(eq(organizations.id, notice.organizationId));

  let url: string;
  let payload: unknown;
  try {
    if (!isChatNoticeKind(notice.notice)) throw new Error(`unknown notice ${notice.notice}`);
    url = openSecret(channel.webhookUrlEncrypted, notice.organizationId);
    payload = renderNotice(channel.kind, notice.notice, notice.props, notice.locale, org.timeZone);
  } catch (error) {
    // A changed key or props this release cannot read: no retry can help.
    return void (await settle({ status: "failed", attempts: claimed.attempts + 1, lastError: describe(error) }));
  }

  const answer = await postToWebhook(url, payload, { timeoutMs, idempotencyKey: `kring-chat-${notice.id}` });
  const outcome = outcomeOf(answer, new Date());
  const attempts = claimed.attempts + 1;
  const what = answer.failure ?? `HTTP ${answer.status}`;
  const exhausted = attempts >= MAX_CHAT_ATTEMPTS;
  switch (outcome.kind) {
    case "accepted":
      await settle({ status: "sent", attempts, responseStatus: answer.status, lastError: null, nextAttemptAt: null, sentAt: new Date() });
      return;
    case "permanent":
      await settle({ status: "failed", attempts, responseStatus: answer.status, lastError: what });
      return;
    case "retryAt":
      if (exhausted) return void (await settle({ status: "failed", attempts, responseStatus: answer.status, lastError: what }));
    {
      // The wait as the receiver said it, counted from the database's now(): the row's time and the job's start
      // come from that one clock, in one transaction, so the job never starts before the row allows.
      const wait = Math.max(1, Math.ceil((outcome.at.getTime() - Date.now()) / 1000));
      await db.transaction(async (tx) => {
        const [requeued] = await tx
          .update(chatNotices)
          .set({ status: "queued", claimToken: null, claimedAt: null, attempts, responseStatus: answer.status, nextAttemptAt: sql`now() + make_interval(secs => ${wait})`, lastError: `${what}, Retry-After ${answer.retryAfter}` })
          .where(mine)
          .returning({ nextAttemptAt: chatNotices.nextAttemptAt });
        if (requeued?.nextAttemptAt) await scheduleAttempt(tx, notice.id, requeued.nextAttemptAt, attempts);
      });
      return;
    }
    case "retry": {
      const last = exhausted || job.retryCount >= job.retryLimit;
      await settle({ status: last ? "failed" : "queued", attempts, responseStatus: answer.status, lastError: what });
      if (!last) throw new Error(`chat webhook: ${what}`);
    }
  }
}

/**
 * The job that tries the notice again at `at` (the row's nextAttemptAt); one per attempt, so that running this
 * twice writes one job. A millisecond later than the row: JavaScript's Date drops the database's microseconds.
 */
async function scheduleAttempt(tx: Parameters<typeof bossDb>[0], noticeId: string, at: Date, attempts: number): Promise<void> {
  const boss = await getProducer();
  await boss.send(queues.chatSend, { noticeId }, { id: deterministicJobId(`chat:${noticeId}:${attempts}`), startAfter: new Date(at.getTime() + 1), db: bossDb(tx) });
}

function describe(error: unknown): string {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
}
