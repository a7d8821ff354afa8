import { Resend } from "resend";
import type { EmailAttachment } from "./template-types";

export type OutgoingEmail = {
  /** The email_messages id: the provider's idempotency key is derived from it. */
  id: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
};

/** Where a message went. The outbox has no provider id: the email_messages row itself is the outbox. */
export type Delivery = { transport: "resend"; providerId: string } | { transport: "outbox"; providerId: null };

const DEFAULT_FROM = "Kring <noreply@kring.example>";

/**
 * A healthy send answers in well under a second. One that has not answered in 10 s is abandoned and retried
 * with the same idempotency key (a send that did go through is not repeated), so that one hung connection
 * cannot hold the worker, and its batch, for minutes past the email queue's 30 s expiry (lib/jobs/queue-options.ts).
 */
export const SEND_TIMEOUT_MS = 10_000;

/**
 * Sends a rendered message. With RESEND_API_KEY it goes through Resend with the idempotency key
 * `email-<id>`, so that a retry after a crash between sending and recording the result (Resend keeps keys
 * for 24 hours) is not sent twice. Without the key nothing leaves the machine: the caller keeps the HTML
 * and text on the row and the local outbox page shows it.
 */
export async function deliver(message: OutgoingEmail): Promise<Delivery> {
  const key = process.env.RESEND_API_KEY;
  if (!key) {
    // In production an email that only lands in the outbox is an email lost: fail, so the row says so
    // and pg-boss retries once the key is configured. KRING_DEV_OUTBOX=1 is for test and demo builds.
    if (process.env.NODE_ENV === "production" && process.env.KRING_DEV_OUTBOX !== "1") {
      throw new Error("RESEND_API_KEY is not set: cannot send email in production");
    }
    return { transport: "outbox", providerId: null };
  }
  const { data, error } = await new Resend(key).emails.send(
    {
      from: process.env.EMAIL_FROM ?? DEFAULT_FROM,
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
      attachments: message.attachments.map((a) => ({
        filename: a.filename,
        // Resend reads a string as base64; our strings are text (an .ics file), so send the bytes.
        content: typeof a.content === "string" ? Buffer.from(a.content, "utf8") : a.content,
        contentType: a.contentType,
      })),
    },
    { idempotencyKey: `email-${message.id}`, signal: AbortSignal.timeout(SEND_TIMEOUT_MS) },
  );
  if (error) throw new Error(`Resend refused the message (${error.name}${error.statusCode ? `, ${error.statusCode}` : ""}): ${error.message}`);
  return { transport: "resend", providerId: data.id };
}
