import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { deliver } from "./transport";
import { noteOrganization } from "@/lib/ops/request-context";
import type { JobContext, JobHandler } from "@/lib/jobs/job-types";
import type { EmailRenderer } from "./render";

export const sendEmailPayloadSchema = z.object({ messageId: z.uuid() });
export type SendEmailPayload = z.infer<typeof sendEmailPayloadSchema>;

/**
 * The handler of queue "email.send": renders one email_messages row with the given templates
 * (lib/registry/job-handlers.ts passes them all) and sends it.
 *
 * A crash can happen anywhere, so every step is safe to repeat: the row is re-read first and anything no
 * longer "queued" (sent, cancelled, erased) is left alone; Resend deduplicates a repeated send by the
 * idempotency key `email-<id>` (see transport.ts); the result is written with a compare-and-swap on
 * status, so that two runs of the same job record it once. For the local outbox that swap IS the delivery,
 * so a repeated or concurrent run can never put a message there twice. This is what lets the queue expire a
 * job after 30 s (a killed worker's job is run again, perhaps beside a slow first run that is still going).
 * Resend keeps idempotency keys for 24 hours: the queue's retries (lib/jobs/queue-options.ts: 8 retries,
 * 5 s base delay doubling each time, at most about 42 minutes of waiting in all) must stay well inside that
 * window, or a late retry could send a second copy.
 */
export function sendEmailJob(renderStoredEmail: EmailRenderer["renderStoredEmail"]): JobHandler {
  return (job) => sendOne(job, renderStoredEmail);
}

async function sendOne(job: JobContext, renderStoredEmail: EmailRenderer["renderStoredEmail"]): Promise<void> {
  const { messageId } = sendEmailPayloadSchema.parse(job.data);
  const db = getDb();
  const [message] = await db.select().from(emailMessages).where(eq(emailMessages.id, messageId));
  if (!message) return;
  noteOrganization(message.organizationId);
  if (message.status !== "queued") return;

  const stillQueued = and(eq(emailMessages.id, message.id), eq(emailMessages.status, "queued"));
  try {
    const rendered = await renderStoredEmail(message);
    const delivery = await deliver({ id: message.id, to: message.toAddress, ...rendered });
    const outbox = delivery.transport === "outbox";
    await db
      .update(emailMessages)
      .set({
        status: outbox ? "delivered" : "sent",
        transport: delivery.transport,
        providerId: delivery.providerId,
        subject: rendered.subject,
        // Rendered bodies are kept only for the local outbox: sent mail holds personal data we do not need.
        html: outbox ? rendered.html : null,
        text: outbox ? rendered.text : null,
        // Links in props carry one-time tokens (sign-in, invitation): once sent, the row keeps none.
        props: outbox ? message.props : sql`${emailMessages.props} - 'url'`,
        attempts: sql`${emailMessages.attempts} + 1`,
        lastError: null,
        sentAt: sql`now()`,
      })
      .where(stillQueued);
  } catch (error) {
    // pg-boss gives up after the last retry: mark the row failed then, so that it does not look pending.
    const lastAttempt = job.retryCount >= job.retryLimit;
    await db
      .update(emailMessages)
      .set({ attempts: sql`${emailMessages.attempts} + 1`, lastError: describeError(error), ...(lastAttempt ? { status: "failed" as const } : {}) })
      .where(stillQueued);
    throw error;
  }
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 2000);
}
