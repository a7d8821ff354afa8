import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, memberships, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { countDonePerStep, type TrackStepKind } from "./core/progress";
import { progressOf, readFacts, readSteps, readTrack, walksTrack } from "./read";

// "Track completion per step" for the insights (issue 12, point 4): per step, how many of the programme's
// participants have done it, by the same rules as their own pages. Counts only: no names, no reflection's
// text (this module never reads learning_track_reflections). The insights page applies the five-people rule
// (lib/insights/privacy.ts) before it shows a number.

export type TrackCompletionCounts = {
  programmeId: string;
  /** Active members who walk the track (an active enrolment as mentee, mentor or participant): the people behind every count below. */
  participants: number;
  steps: { stepId: string; number: number; kind: TrackStepKind; title: LocalizedText; done: number }[];
};

/** Null when the programme has no track; not_found when it is not this organisation's. */
export async function countTrackCompletion(scope: MemberScope, programmeId: string): Promise<TrackCompletionCounts | null> {
  return withActor(scope, "insights.view", async (tx) => {
    const [programme] = await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)));
    if (!programme) throw new AppError("not_found");
    return readTrackCompletion(tx, scope.organizationId, programmeId);
  });
}

/**
 * The same counts in the caller's transaction (the insights page reads every track's beside its other
 * figures); with a department, only the participants of that department count. The caller has checked the
 * actor and the programme.
 */
export async function readTrackCompletion(tx: Tx, organizationId: string, programmeId: string, department: string | null = null): Promise<TrackCompletionCounts | null> {
  const track = await readTrack(tx, organizationId, programmeId);
  if (!track) return null;
  const steps = await readSteps(tx, track);
  const people = await tx
    .selectDistinct({ membershipId: enrolments.membershipId })
    .from(enrolments)
    .innerJoin(
      memberships,
      and(eq(memberships.id, enrolments.membershipId), eq(memberships.organizationId, organizationId), eq(memberships.status, "active"), department === null ? undefined : eq(memberships.department, department)),
    )
    .where(walksTrack(organizationId, programmeId));
  const ids = people.map((p) => p.membershipId);
  const facts = await readFacts(tx, track, steps, ids);
  const at = now();
  const counts = countDonePerStep(
    steps,
    ids.map((id) => progressOf(track, steps, facts.get(id), at)),
  );
  return {
    programmeId,
    participants: ids.length,
    steps: steps.map((s, i) => ({ stepId: s.id, number: i + 1, kind: s.kind, title: s.title, done: counts.get(s.id) ?? 0 })),
  };
}
