// No "server-only" marker: the job worker runs this module outside Next.js (npm run worker).
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { enrolments, learningTrackCompletions, learningTrackReminders, learningTrackSteps, learningTracks, memberships, organizations, programmes } from "@/db/schema";
import { withTenant } from "@/db/tenant";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appLink } from "@/lib/env";
import { readActiveMembers } from "@/lib/scheduling/recipients";
import type { StepProgress } from "./core/progress";
import type { TrackStepOverdueProps } from "./email-template";
import { progressOf, readFacts, readSteps, readTrack, trackRoles, walksTrack, type TrackRecord, type TrackStepRow } from "./read";

// The learning tracks' overdue reminders, run by the worker (queue "tracks.sweep"): a participant whose step
// is past its due week and not done gets one email about it, in their language, once. Each person's track
// is handled in its own tenant transaction, where their progress is computed again (as their page does)
// and each reminder is claimed in learning_track_reminders before its email is written: a retried or
// parallel sweep finds the claim and writes nothing.

const DAY = 86_400_000;
/**
 * Steps are reminded only in the first days after they fell due: a track started in the past, or a step
 * added with a due week already gone, does not send a pile of late reminders at once.
 */
export const REMINDER_WINDOW_DAYS = 14;
/** People handled per sweep; the next sweep takes the rest. */
const BATCH = 500;

/** Limits a sweep to one organisation or programme (the tests and the test clock). */
export type TrackSweepScope = { organizationId?: string; programmeId?: string };
export type TrackSweepResult = { reminded: number };

const activeStatuses = ["open", "matching", "running"] as const;

/** What finishes the step, for the email's last sentence. */
function hintOf(step: TrackStepRow, progress: StepProgress): TrackStepOverdueProps["hint"] {
  if (step.kind === "reading") return "read";
  if (step.kind === "reflection") return "reflect";
  if (step.kind === "conversation") return "converse";
  return progress.completion === "automatic" ? "attend" : "meet";
}

export async function sweepTracks(at: Date, scope: TrackSweepScope = {}): Promise<TrackSweepResult> {
  const dueAt = sql`((${learningTracks.startsOn} + ${learningTrackSteps.dueWeek} * 7)::timestamp at time zone ${organizations.timeZone})`;
  const atSql = sql`${at.toISOString()}::timestamptz`;
  // The system connection sees every organisation: who may have a step due in the window, not done by a
  // mark or a reflection, and not reminded yet. Steps done by attendance are found out per person below.
  const candidates = await getDb()
    .selectDistinct({ organizationId: learningTracks.organizationId, programmeId: learningTracks.programmeId, membershipId: enrolments.membershipId })
    .from(learningTrackSteps)
    .innerJoin(learningTracks, and(eq(learningTracks.id, learningTrackSteps.trackId), eq(learningTracks.organizationId, learningTrackSteps.organizationId)))
    .innerJoin(organizations, eq(organizations.id, learningTracks.organizationId))
    .innerJoin(programmes, and(eq(programmes.id, learningTracks.programmeId), eq(programmes.organizationId, learningTracks.organizationId), inArray(programmes.status, [...activeStatuses])))
    .innerJoin(enrolments, and(eq(enrolments.programmeId, programmes.id), eq(enrolments.organizationId, programmes.organizationId), eq(enrolments.status, "active"), inArray(enrolments.role, [...trackRoles])))
    .innerJoin(memberships, and(eq(memberships.id, enrolments.membershipId), eq(memberships.organizationId, enrolments.organizationId), eq(memberships.status, "active")))
    .where(
      and(
        isNull(learningTrackSteps.removedAt),
        isNotNull(learningTrackSteps.dueWeek),
        sql`${dueAt} <= ${atSql}`,
        sql`${dueAt} > ${atSql} - make_interval(days => ${REMINDER_WINDOW_DAYS})`,
        sql`not exists (select 1 from ${learningTrackReminders} r where r.step_id = ${learningTrackSteps.id} and r.membership_id = ${enrolments.membershipId})`,
        sql`not exists (select 1 from ${learningTrackCompletions} c where c.step_id = ${learningTrackSteps.id} and c.membership_id = ${enrolments.membershipId})`,
        scope.organizationId ? eq(learningTracks.organizationId, scope.organizationId) : undefined,
        scope.programmeId ? eq(learningTracks.programmeId, scope.programmeId) : undefined,
      ),
    )
    .orderBy(learningTracks.organizationId, learningTracks.programmeId, enrolments.membershipId)
    .limit(BATCH);
  let reminded = 0;
  for (const candidate of candidates) {
    reminded += await withTenant({ organizationId: candidate.organizationId }, (tx) => remindPerson(tx, candidate, at));
  }
  return { reminded };
}

async function stillEnrolled(tx: Tx, track: TrackRecord, membershipId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(walksTrack(track.organizationId, track.programmeId), eq(enrolments.membershipId, membershipId)))
    .limit(1);
  return Boolean(row);
}

/** One person's overdue steps on one track, re-read in the tenant transaction; returns how many were reminded. */
async function remindPerson(tx: Tx, who: { organizationId: string; programmeId: string; membershipId: string }, at: Date): Promise<number> {
  const track = await readTrack(tx, who.organizationId, who.programmeId);
  if (!track || !(activeStatuses as readonly string[]).includes(track.programmeStatus) || !(await stillEnrolled(tx, track, who.membershipId))) return 0;
  const [recipient] = await readActiveMembers(tx, track.organizationId, [who.membershipId]);
  if (!recipient) return 0;
  const steps = await readSteps(tx, track);
  const facts = await readFacts(tx, track, steps, [who.membershipId]);
  const progress = progressOf(track, steps, facts.get(who.membershipId), at);
  const windowStart = at.getTime() - REMINDER_WINDOW_DAYS * DAY;
  let sent = 0;
  for (const [i, step] of steps.entries()) {
    const state = progress.steps[i];
    if (!state.dueAt || !state.dueOn || state.dueAt.getTime() <= windowStart || state.dueAt.getTime() > at.getTime()) continue;
    if (state.status === "done") {
      // Done by an attendance or a conversation, which leave no completion row: settled here, with no email, so
      // that the person leaves the sweep's candidates (a batch that kept finding them would starve the rest).
      await tx
        .insert(learningTrackReminders)
        .values({ organizationId: track.organizationId, stepId: step.id, membershipId: who.membershipId, sentAt: at })
        .onConflictDoNothing({ target: [learningTrackReminders.stepId, learningTrackReminders.membershipId] });
      continue;
    }
    if (state.status !== "overdue") continue;
    const [claimed] = await tx
      .insert(learningTrackReminders)
      .values({ organizationId: track.organizationId, stepId: step.id, membershipId: who.membershipId, sentAt: at })
      .onConflictDoNothing({ target: [learningTrackReminders.stepId, learningTrackReminders.membershipId] })
      .returning({ id: learningTrackReminders.id });
    if (!claimed) continue;
    await enqueueEmail(tx, {
      template: "track-step-overdue",
      to: recipient.email,
      locale: recipient.locale,
      organizationId: track.organizationId,
      idempotencyKey: `track-step-overdue:${step.id}:${who.membershipId}`,
      props: {
        url: appLink(`/programmes/${track.programmeId}/track`),
        programmeName: track.programmeName[recipient.locale],
        stepTitle: step.title[recipient.locale],
        hint: hintOf(step, state),
        dueOn: state.dueOn,
      },
    });
    sent += 1;
  }
  return sent;
}
