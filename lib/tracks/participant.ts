import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { enrolments, learningTrackCompletions, learningTrackReflections, learningTrackSteps, learningTracks, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { stepCompletion, type StepProgress, type TrackProgress } from "./core/progress";
import { readGuideNames } from "./guides";
import { progressOf, readFacts, readSteps, readTrack, walksTrack, type TrackRecord, type TrackStepRow } from "./read";
import type { ReflectionInput, SetStepDoneInput } from "./schemas";

// A participant's own learning track (issue 12): the people with an active enrolment in the programme (as
// mentee, mentor or participant: lib/tracks/read.ts, trackRoles) see its track once the programme is no
// longer a draft, and complete its steps. A reflection's text is read
// here only, and only the signed-in writer's own (WHERE membership_id = the actor): nobody else reads it,
// admins included; everyone else learns only that the step is done (lib/tracks/completion-counts.ts).

/** Programmes whose participants see and work on their track. */
const visibleStatuses = ["open", "matching", "running", "closed"] as const;
const activeStatuses = ["open", "matching", "running"] as const;

export type MyTrackStep = TrackStepRow & { number: number; guideName: LocalizedText | null; progress: StepProgress; reflection: string | null };

export type MyTrackView = {
  programme: { id: string; name: LocalizedText; kind: TrackRecord["programmeKind"] };
  startsOn: string;
  timeZone: string;
  steps: MyTrackStep[];
  progress: Omit<TrackProgress, "steps">;
  /** Reflections the participant wrote for steps since removed from the track: still theirs to read. */
  keptReflections: { stepId: string; title: LocalizedText; body: string }[];
  /** An archived programme's track is shown, not worked on. */
  writable: boolean;
};

async function isEnrolled(tx: Tx, scope: MemberScope, programmeId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(walksTrack(scope.organizationId, programmeId), eq(enrolments.membershipId, scope.actorMembershipId)))
    .limit(1);
  return Boolean(row);
}

/** The programme's track if the actor walks it: an active enrolment, a programme past its draft. Else not found. */
async function myTrack(tx: Tx, scope: MemberScope, programmeId: string): Promise<TrackRecord> {
  const track = await readTrack(tx, scope.organizationId, programmeId);
  if (!track || !(visibleStatuses as readonly string[]).includes(track.programmeStatus) || !(await isEnrolled(tx, scope, programmeId))) throw new AppError("not_found");
  return track;
}

/** The participant's track page: every step with its status, their own reflections, and what comes next. */
export async function getMyTrack(scope: MemberScope, programmeId: string): Promise<MyTrackView> {
  return withActor(scope, "programmes.view", async (tx) => {
    const track = await myTrack(tx, scope, programmeId);
    const steps = await readSteps(tx, track);
    const facts = await readFacts(tx, track, steps, [scope.actorMembershipId]);
    const { steps: progressed, ...summary } = progressOf(track, steps, facts.get(scope.actorMembershipId), now());
    const [names, reflections] = await Promise.all([
      readGuideNames(tx, scope.organizationId, steps.flatMap((s) => (s.guideKey ? [s.guideKey] : []))),
      tx
        .select({ stepId: learningTrackReflections.stepId, body: learningTrackReflections.body, title: learningTrackSteps.title, removedAt: learningTrackSteps.removedAt })
        .from(learningTrackReflections)
        .innerJoin(learningTrackSteps, and(eq(learningTrackSteps.id, learningTrackReflections.stepId), eq(learningTrackSteps.organizationId, scope.organizationId), eq(learningTrackSteps.trackId, track.id)))
        .where(and(eq(learningTrackReflections.organizationId, scope.organizationId), eq(learningTrackReflections.membershipId, scope.actorMembershipId)))
        .orderBy(asc(learningTrackSteps.position)),
    ]);
    const mine = new Map(reflections.map((r) => [r.stepId, r.body]));
    return {
      programme: { id: track.programmeId, name: track.programmeName, kind: track.programmeKind },
      startsOn: track.startsOn,
      timeZone: track.timeZone,
      steps: steps.map((step, i) => ({ ...step, number: i + 1, guideName: step.guideKey ? (names.get(step.guideKey) ?? null) : null, progress: progressed[i], reflection: mine.get(step.id) ?? null })),
      progress: summary,
      keptReflections: reflections.filter((r) => r.removedAt !== null).map((r) => ({ stepId: r.stepId, title: r.title, body: r.body })),
      writable: (activeStatuses as readonly string[]).includes(track.programmeStatus),
    };
  });
}

export type TrackSummary = {
  programmeId: string;
  programmeName: LocalizedText;
  done: number;
  total: number;
  complete: boolean;
  next: { title: LocalizedText; status: StepProgress["status"]; dueOn: string | null } | null;
};

/** For the dashboard: the tracks the member walks in running (or open) programmes, with their progress and next step. */
export async function listMyTracks(scope: MemberScope): Promise<TrackSummary[]> {
  return withActor(scope, "dashboard.view", async (tx) => {
    const rows = await tx
      .selectDistinct({ programmeId: learningTracks.programmeId, createdAt: programmes.createdAt })
      .from(learningTracks)
      .innerJoin(programmes, and(eq(programmes.id, learningTracks.programmeId), eq(programmes.organizationId, scope.organizationId), inArray(programmes.status, [...activeStatuses])))
      .innerJoin(enrolments, and(walksTrack(scope.organizationId, sql`${learningTracks.programmeId}`), eq(enrolments.membershipId, scope.actorMembershipId)))
      .where(eq(learningTracks.organizationId, scope.organizationId))
      .orderBy(asc(programmes.createdAt));
    const at = now();
    const out: TrackSummary[] = [];
    for (const { programmeId } of rows) {
      const track = await readTrack(tx, scope.organizationId, programmeId);
      if (!track) continue;
      const steps = await readSteps(tx, track);
      if (steps.length === 0) continue;
      const facts = await readFacts(tx, track, steps, [scope.actorMembershipId]);
      const progress = progressOf(track, steps, facts.get(scope.actorMembershipId), at);
      const next = progress.steps.find((s) => s.id === progress.nextStepId);
      const nextStep = steps.find((s) => s.id === progress.nextStepId);
      out.push({
        programmeId,
        programmeName: track.programmeName,
        done: progress.done,
        total: progress.total,
        complete: progress.complete,
        next: next && nextStep ? { title: nextStep.title, status: next.status, dueOn: next.dueOn } : null,
      });
    }
    return out;
  });
}

/** A step of the actor's track that they can work on now. */
async function stepToWork(tx: Tx, scope: MemberScope, input: { programmeId: string; stepId: string }) {
  const track = await myTrack(tx, scope, input.programmeId);
  if (!(activeStatuses as readonly string[]).includes(track.programmeStatus)) throw new AppError("conflict", { message: "archived" });
  const step = (await readSteps(tx, track)).find((s) => s.id === input.stepId);
  if (!step) throw new AppError("not_found");
  return { track, step, completion: stepCompletion(step.kind, track.programmeKind) };
}

/** Marks a reading, a conversation or a mentoring meeting done (or not done after all). */
export async function setStepDone(scope: MemberScope, input: SetStepDoneInput): Promise<void> {
  await withActor(scope, "programmes.view", async (tx) => {
    const { step, completion } = await stepToWork(tx, scope, input);
    // A session of a co-development group is done by the attendance its facilitator records; a reflection by writing it.
    if (completion === "automatic") throw new AppError("conflict", { message: "automatic" });
    if (completion === "reflection") throw new AppError("conflict", { message: "writeReflection" });
    const mine = and(eq(learningTrackCompletions.organizationId, scope.organizationId), eq(learningTrackCompletions.stepId, step.id), eq(learningTrackCompletions.membershipId, scope.actorMembershipId));
    if (input.done) {
      await tx
        .insert(learningTrackCompletions)
        .values({ organizationId: scope.organizationId, stepId: step.id, membershipId: scope.actorMembershipId, doneAt: now() })
        .onConflictDoNothing({ target: [learningTrackCompletions.stepId, learningTrackCompletions.membershipId] });
    } else {
      const removed = await tx.delete(learningTrackCompletions).where(mine).returning({ id: learningTrackCompletions.id });
      // Nothing to take back: the step is done by a conversation held with its guide, not by a tick.
      if (removed.length === 0) throw new AppError("conflict", { message: "notMarked" });
    }
  });
}

/** Writes (or rewrites) the actor's reflection on a reflection step; writing it is what makes the step done. */
export async function saveReflection(scope: MemberScope, input: ReflectionInput): Promise<void> {
  await withActor(scope, "programmes.view", async (tx) => {
    const { step } = await stepToWork(tx, scope, input);
    if (step.kind !== "reflection") throw new AppError("not_found");
    const at = now();
    await tx
      .insert(learningTrackReflections)
      .values({ organizationId: scope.organizationId, stepId: step.id, membershipId: scope.actorMembershipId, body: input.body, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({ target: [learningTrackReflections.stepId, learningTrackReflections.membershipId], set: { body: input.body, updatedAt: at } });
    await tx
      .insert(learningTrackCompletions)
      .values({ organizationId: scope.organizationId, stepId: step.id, membershipId: scope.actorMembershipId, doneAt: at })
      .onConflictDoNothing({ target: [learningTrackCompletions.stepId, learningTrackCompletions.membershipId] });
  });
}

/** Whether the member walks this programme's track (the programme page links to it). */
export async function hasMyTrack(scope: MemberScope, programmeId: string): Promise<boolean> {
  return withActor(scope, "programmes.view", async (tx) => {
    const track = await readTrack(tx, scope.organizationId, programmeId);
    return Boolean(track && (visibleStatuses as readonly string[]).includes(track.programmeStatus) && (await isEnrolled(tx, scope, programmeId)));
  });
}
