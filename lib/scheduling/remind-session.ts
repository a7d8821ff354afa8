import { z } from "zod";
import { withTenant } from "@/db/tenant";
import type { JobContext } from "@/lib/jobs/job-types";
import { occasionOf, sendSessionNotice } from "./notify";
import { readSessionRecipients } from "./recipients";
import { readSessionContext } from "./session-context";

export const reminderPayloadSchema = z.object({ organizationId: z.uuid(), sessionId: z.uuid(), startsAt: z.iso.datetime({ offset: true }) });

/**
 * Queue "session.remind": writes the reminder emails of one session. The job was planned for the time the
 * session had then, so the session is re-read first (SECURITY.md rule 13): a cancelled session, or one
 * that has moved since, gets nothing from this job (its new time has its own reminder). The emails'
 * idempotency keys name the time too, so a retried job writes nothing twice.
 */
export async function handleSessionReminder(job: JobContext): Promise<void> {
  const payload = reminderPayloadSchema.parse(job.data);
  await withTenant({ organizationId: payload.organizationId }, async (tx) => {
    const session = await readSessionContext(tx, payload.organizationId, payload.sessionId);
    if (!session || session.status === "cancelled" || session.status === "held") return;
    if (session.startsAt.getTime() !== new Date(payload.startsAt).getTime()) return;
    const recipients = await readSessionRecipients(tx, payload.organizationId, session.id, { skipExcused: true });
    if (recipients.length === 0) return;
    await sendSessionNotice(tx, {
      template: "session-reminder",
      organizationId: session.organizationId,
      organizationName: session.organizationName,
      title: session.title,
      occasion: occasionOf(session.ownerType),
      // A series whose organiser left still reminds its participants; the calendar needs some organiser.
      organizer: session.organizer ?? { name: recipients[0].name, email: recipients[0].email },
      place: session.place,
      videoUrl: session.videoUrl,
      sessions: [session],
      recipients,
      stampedAt: new Date(payload.startsAt),
      idempotencyKey: `session-reminder:${session.id}:${session.startsAt.toISOString()}`,
    });
  });
}
