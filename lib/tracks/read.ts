// No "server-only" marker: the overdue sweep of the job worker reads tracks the same way.
import { and, asc, eq, gte, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { readFirstClosingsByGuide } from "@/lib/conversations/usage";
import {
  codevGroups,
  enrolments,
  learningTrackCompletions,
  learningTrackSteps,
  learningTracks,
  meetingParticipants,
  meetingSeries,
  meetings,
  organizations,
  programmes,
  type LocalizedText,
  type LearningTrackStep,
} from "@/db/schema";
import { computeTrackProgress, trackStartInstant, type PersonFacts, type TrackProgrammeKind, type TrackProgress } from "./core/progress";

// What every reader of a track shares (the admin's page, a participant's, the sweep, the counts): the track
// with its programme and clock, its steps in order, and each person's facts for lib/tracks/core/progress.ts.
// Every query is scoped to the organisation inside the caller's tenant transaction.

/**
 * Who walks a programme's track: everyone with an active enrolment in it as a mentee, a mentor or a
 * participant. A co-development group's facilitator leads the sessions and is not sent along the track.
 */
export const trackRoles = ["mentee", "mentor", "participant"] as const;

/** An active enrolment that walks the programme's track (a condition on `enrolments`). */
export function walksTrack(organizationId: string, programmeId: SQL | string): SQL {
  return and(
    eq(enrolments.organizationId, organizationId),
    typeof programmeId === "string" ? eq(enrolments.programmeId, programmeId) : sql`${enrolments.programmeId} = ${programmeId}`,
    eq(enrolments.status, "active"),
    inArray(enrolments.role, [...trackRoles]),
  )!;
}

export type TrackRecord = {
  id: string;
  organizationId: string;
  programmeId: string;
  programmeKind: TrackProgrammeKind;
  programmeStatus: "draft" | "open" | "matching" | "running" | "closed";
  programmeName: LocalizedText;
  startsOn: string;
  /** The organisation's zone: the start date and due weeks are days on its clock. */
  timeZone: string;
};

export type TrackStepRow = Pick<LearningTrackStep, "id" | "position" | "kind" | "title" | "dueWeek" | "guideKey" | "url">;

/** The programme's track, or null when it has none (or the programme is not this organisation's). */
export async function readTrack(tx: Tx, organizationId: string, programmeId: string, options: { lock?: boolean } = {}): Promise<TrackRecord | null> {
  const query = tx
    .select({
      id: learningTracks.id,
      organizationId: learningTracks.organizationId,
      programmeId: learningTracks.programmeId,
      programmeKind: programmes.kind,
      programmeStatus: programmes.status,
      programmeName: programmes.name,
      startsOn: learningTracks.startsOn,
      timeZone: organizations.timeZone,
    })
    .from(learningTracks)
    .innerJoin(programmes, and(eq(programmes.id, learningTracks.programmeId), eq(programmes.organizationId, organizationId)))
    .innerJoin(organizations, eq(organizations.id, learningTracks.organizationId))
    .where(and(eq(learningTracks.organizationId, organizationId), eq(learningTracks.programmeId, programmeId)))
    .limit(1);
  // Every change to a track's steps holds its row, so that two admins' moves never interleave.
  const [row] = options.lock ? await query.for("update", { of: learningTracks }) : await query;
  return row ?? null;
}

/** The track's steps that are not removed, in the track's order. */
export async function readSteps(tx: Tx, track: Pick<TrackRecord, "id" | "organizationId">): Promise<TrackStepRow[]> {
  return tx
    .select({
      id: learningTrackSteps.id,
      position: learningTrackSteps.position,
      kind: learningTrackSteps.kind,
      title: learningTrackSteps.title,
      dueWeek: learningTrackSteps.dueWeek,
      guideKey: learningTrackSteps.guideKey,
      url: learningTrackSteps.url,
    })
    .from(learningTrackSteps)
    .where(and(eq(learningTrackSteps.organizationId, track.organizationId), eq(learningTrackSteps.trackId, track.id), isNull(learningTrackSteps.removedAt)))
    .orderBy(asc(learningTrackSteps.position), asc(learningTrackSteps.createdAt));
}

type ClosedConversationsQuery = { organizationId: string; programmeId: string; since: Date; membershipIds: readonly string[]; guideKeys: readonly string[] };

/**
 * Per person, guide key → when they first closed a conversation run with that guide since the track began
 * (as the lead or the other person; lib/conversations/usage.ts). A conversation step is done by that or by
 * the participant's own mark, whichever came first (lib/tracks/core/progress.ts, isConversationStepDone).
 */
export async function readClosedConversations(tx: Tx, query: ClosedConversationsQuery): Promise<Map<string, Map<string, Date>>> {
  const rows = await readFirstClosingsByGuide(tx, query);
  const out = new Map<string, Map<string, Date>>();
  for (const row of rows) {
    const byGuide = out.get(row.membershipId) ?? new Map<string, Date>();
    byGuide.set(row.guideKey, row.closedAt);
    out.set(row.membershipId, byGuide);
  }
  return out;
}

/** Each person's facts on this track: their completions, the group sessions they attended since it began, their closed conversations. */
export async function readFacts(tx: Tx, track: TrackRecord, steps: readonly TrackStepRow[], membershipIds: readonly string[]): Promise<Map<string, PersonFacts>> {
  const ids = [...new Set(membershipIds)];
  const out = new Map<string, PersonFacts>(ids.map((id) => [id, { completions: new Map(), attendedSessions: [], closedConversations: new Map() }]));
  if (ids.length === 0) return out;
  const since = trackStartInstant(track.startsOn, track.timeZone);
  const stepIds = steps.map((s) => s.id);
  const [completions, attended, closed] = await Promise.all([
    stepIds.length === 0
      ? []
      : tx
          .select({ stepId: learningTrackCompletions.stepId, membershipId: learningTrackCompletions.membershipId, doneAt: learningTrackCompletions.doneAt })
          .from(learningTrackCompletions)
          .where(and(eq(learningTrackCompletions.organizationId, track.organizationId), inArray(learningTrackCompletions.stepId, stepIds), inArray(learningTrackCompletions.membershipId, ids))),
    track.programmeKind !== "codevelopment" || !steps.some((s) => s.kind === "session")
      ? []
      : tx
          .select({ membershipId: meetingParticipants.membershipId, startsAt: meetings.startsAt })
          .from(meetingParticipants)
          .innerJoin(meetings, and(eq(meetings.id, meetingParticipants.sessionId), eq(meetings.organizationId, track.organizationId)))
          .innerJoin(meetingSeries, and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.organizationId, track.organizationId), eq(meetingSeries.ownerType, "group")))
          .innerJoin(codevGroups, and(eq(codevGroups.id, meetingSeries.ownerId), eq(codevGroups.organizationId, track.organizationId), eq(codevGroups.programmeId, track.programmeId)))
          .where(
            and(
              eq(meetingParticipants.organizationId, track.organizationId),
              inArray(meetingParticipants.membershipId, ids),
              eq(meetingParticipants.attendance, "attended"),
              ne(meetings.status, "cancelled"),
              gte(meetings.startsAt, since),
            ),
          ),
    readClosedConversations(tx, {
      organizationId: track.organizationId,
      programmeId: track.programmeId,
      since,
      membershipIds: ids,
      guideKeys: steps.flatMap((s) => (s.guideKey ? [s.guideKey] : [])),
    }),
  ]);
  for (const c of completions) (out.get(c.membershipId)!.completions as Map<string, Date>).set(c.stepId, c.doneAt);
  for (const a of attended) (out.get(a.membershipId)!.attendedSessions as Date[]).push(a.startsAt);
  for (const [membershipId, byGuide] of closed) if (out.has(membershipId)) out.set(membershipId, { ...out.get(membershipId)!, closedConversations: byGuide });
  return out;
}

/** One person's progress on the track, from their facts. */
export function progressOf(track: TrackRecord, steps: readonly TrackStepRow[], facts: PersonFacts | undefined, now: Date): TrackProgress {
  return computeTrackProgress({
    steps,
    startsOn: track.startsOn,
    timeZone: track.timeZone,
    programmeKind: track.programmeKind,
    facts: facts ?? { completions: new Map(), attendedSessions: [], closedConversations: new Map() },
    now,
  });
}
