// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import type { Tx } from "@/db/client";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import type { SessionTemplatePropsMap } from "./email-templates";
import type { Recipient } from "./recipients";

/** A session as the emails need it: its calendar identity and its time. */
export type NoticeSession = { icsUid: string; icsSequence: number; startsAt: Date; durationMinutes: number };

export type SessionNotice = {
  template: keyof SessionTemplatePropsMap;
  organizationId: string;
  organizationName: string;
  title: string;
  /** A pair's meeting is worded as "your mentoring meeting"; other series by their title. */
  occasion: "pair" | "series";
  organizer: { name: string; email: string };
  place: string | null;
  videoUrl: string | null;
  sessions: NoticeSession[];
  recipients: Recipient[];
  /** The time of the change: it stamps the calendar files. */
  stampedAt: Date;
  /** What makes this notice unique; each recipient's membership id is appended. */
  idempotencyKey: string;
};

/**
 * Writes one email per recipient, in their language and on their clock, with the caller's transaction
 * handle: the emails exist if and only if the change that caused them commits (SECURITY.md rule 12).
 */
/** The wording of a series' notices from its owner. */
export const occasionOf = (ownerType: string | null | undefined): SessionNotice["occasion"] => (ownerType === "match" ? "pair" : "series");

export async function sendSessionNotice(tx: Tx, notice: SessionNotice): Promise<void> {
  const sessions = notice.sessions.map((s) => ({
    uid: s.icsUid,
    sequence: s.icsSequence,
    startsAt: s.startsAt.toISOString(),
    endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000).toISOString(),
  }));
  const attendees = notice.recipients.map((r) => ({ name: r.name, email: r.email }));
  for (const recipient of notice.recipients) {
    await enqueueEmail(tx, {
      template: notice.template,
      to: recipient.email,
      locale: recipient.locale,
      organizationId: notice.organizationId,
      idempotencyKey: `${notice.idempotencyKey}:${recipient.membershipId}`,
      props: {
        url: appLink("/sessions"),
        title: notice.title,
        organizationName: notice.organizationName,
        timeZone: recipient.timeZone,
        organizationTimeZone: recipient.organizationTimeZone,
        occasion: notice.occasion,
        organizer: notice.organizer,
        attendees,
        place: notice.place,
        videoUrl: notice.videoUrl,
        stampedAt: notice.stampedAt.toISOString(),
        sessions,
      },
    });
  }
}
