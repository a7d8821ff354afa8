import "server-only";
import type { Tx } from "@/db/client";
import { now } from "@/lib/clock";
import { bossDb, getProducer } from "@/lib/jobs/boss";
import { deterministicJobId } from "@/lib/jobs/ids";
import { queues } from "@/lib/jobs/queues";

/** Reminders go out a day before a session. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

export type ReminderPayload = { organizationId: string; sessionId: string; startsAt: string };

/** The job id names the session and the time it reminds of: planning the same reminder twice is a no-op. */
export function reminderJobId(sessionId: string, startsAt: Date): string {
  return deterministicJobId(`reminder:${sessionId}:${startsAt.toISOString()}`);
}

/**
 * Queues the reminder for a session at its current time, in the caller's transaction. A reminder for an
 * older time is not removed: its handler re-reads the session and sends nothing once the time differs.
 * Returns false when the reminder's moment has already passed (nothing is queued then).
 */
export async function planReminder(tx: Tx, session: { organizationId: string; id: string; startsAt: Date }): Promise<boolean> {
  const remindAt = new Date(session.startsAt.getTime() - REMINDER_LEAD_MS);
  if (remindAt.getTime() <= now().getTime()) return false;
  const payload: ReminderPayload = { organizationId: session.organizationId, sessionId: session.id, startsAt: session.startsAt.toISOString() };
  const boss = await getProducer();
  await boss.send(queues.sessionRemind, payload, { id: reminderJobId(session.id, session.startsAt), startAfter: remindAt, db: bossDb(tx) });
  return true;
}
