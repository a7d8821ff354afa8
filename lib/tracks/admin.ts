import "server-only";
import { and, eq, isNull, max, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { learningTrackSteps, learningTracks, organizations, programmes, type LocalizedText } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { recordProgrammeAudit } from "@/lib/programmes/admin";
import { toZoned } from "@/lib/scheduling/time/zoned-time";
import type { TrackProgrammeKind } from "./core/progress";
import { guideExists, readGuideChoices, readGuideNames, type GuideChoice } from "./guides";
import { readSteps, readTrack, type TrackRecord, type TrackStepRow } from "./read";
import { TRACK_LIMITS, type AddStepInput, type MoveStepInput, type StepRefInput, type TrackStartInput, type UpdateStepInput } from "./schemas";

// An admin builds a programme's learning track (issue 12): its start date, then steps added, edited, moved
// and removed. Every function re-reads the actor as an admin of this organisation in its own tenant
// transaction, finds the programme by id and organisation together, holds the track's row while it changes
// the steps, and writes an audit line without content (the programme is the line's subject).

export type AdminTrackStep = TrackStepRow & { guideName: LocalizedText | null };

export type AdminTrackView = {
  programme: { id: string; name: LocalizedText; kind: TrackProgrammeKind; status: TrackRecord["programmeStatus"] };
  timeZone: string;
  /** The track, or null before the admin creates it. */
  track: { id: string; startsOn: string } | null;
  /** What the start date field offers before there is a track: the day sign-up closes, else today. */
  suggestedStart: string;
  steps: AdminTrackStep[];
  guides: GuideChoice[];
  /** An archived programme's track is shown, not changed. */
  editable: boolean;
};

async function readProgramme(tx: Tx, scope: MemberScope, programmeId: string) {
  const [row] = await tx
    .select({ id: programmes.id, name: programmes.name, kind: programmes.kind, status: programmes.status, signupClosesAt: programmes.signupClosesAt, timeZone: organizations.timeZone })
    .from(programmes)
    .innerJoin(organizations, eq(organizations.id, programmes.organizationId))
    .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId)))
    .limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

/** The admin's page: the programme, its track and steps (with their guides' names), and the guides to pick from. */
export async function getTrackForAdmin(scope: MemberScope, programmeId: string): Promise<AdminTrackView> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await readProgramme(tx, scope, programmeId);
    const track = await readTrack(tx, scope.organizationId, programmeId);
    const steps = track ? await readSteps(tx, track) : [];
    const [guides, names] = await Promise.all([readGuideChoices(tx, scope.organizationId), readGuideNames(tx, scope.organizationId, steps.flatMap((s) => (s.guideKey ? [s.guideKey] : [])))]);
    const today = toZoned(now(), programme.timeZone).date;
    const closes = programme.signupClosesAt ? toZoned(programme.signupClosesAt, programme.timeZone).date : null;
    return {
      programme: { id: programme.id, name: programme.name, kind: programme.kind, status: programme.status },
      timeZone: programme.timeZone,
      track: track ? { id: track.id, startsOn: track.startsOn } : null,
      suggestedStart: closes && closes > today ? closes : today,
      steps: steps.map((s) => ({ ...s, guideName: s.guideKey ? (names.get(s.guideKey) ?? null) : null })),
      guides,
      editable: programme.status !== "closed",
    };
  });
}

/** The programme's track, held for the change; refused when there is none yet or the programme is archived. */
async function trackForChange(tx: Tx, scope: MemberScope, programmeId: string): Promise<TrackRecord> {
  const track = await readTrack(tx, scope.organizationId, programmeId, { lock: true });
  if (!track) {
    await readProgramme(tx, scope, programmeId);
    throw new AppError("conflict", { message: "noTrack" });
  }
  if (track.programmeStatus === "closed") throw new AppError("conflict", { message: "archived" });
  return track;
}

/** Creates the track with its start date, or moves the start of the existing one. */
export async function saveTrackStart(scope: MemberScope, input: TrackStartInput): Promise<{ created: boolean }> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const programme = await readProgramme(tx, scope, input.programmeId);
    if (programme.status === "closed") throw new AppError("conflict", { message: "archived" });
    const [created] = await tx
      .insert(learningTracks)
      .values({ organizationId: scope.organizationId, programmeId: programme.id, startsOn: input.startsOn })
      .onConflictDoNothing({ target: learningTracks.programmeId })
      .returning({ id: learningTracks.id });
    if (created) {
      await recordProgrammeAudit(tx, scope, "learningTrack.created", programme.id, { trackId: created.id });
      return { created: true };
    }
    const track = await trackForChange(tx, scope, programme.id);
    if (track.startsOn !== input.startsOn) {
      await tx.update(learningTracks).set({ startsOn: input.startsOn }).where(and(eq(learningTracks.id, track.id), eq(learningTracks.organizationId, scope.organizationId)));
      await recordProgrammeAudit(tx, scope, "learningTrack.startChanged", programme.id, { trackId: track.id });
    }
    return { created: false };
  });
}

async function assertGuide(tx: Tx, scope: MemberScope, guideKey: string | null): Promise<void> {
  if (guideKey !== null && !(await guideExists(tx, scope.organizationId, guideKey))) throw new AppError("invalid", { message: "guideUnknown" });
}

/** Adds a step at the end of the track. */
export async function addTrackStep(scope: MemberScope, input: AddStepInput): Promise<string> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const track = await trackForChange(tx, scope, input.programmeId);
    await assertGuide(tx, scope, input.guideKey);
    const [{ last, count }] = await tx
      .select({ last: max(learningTrackSteps.position), count: sql<number>`count(*)::int` })
      .from(learningTrackSteps)
      .where(and(eq(learningTrackSteps.organizationId, scope.organizationId), eq(learningTrackSteps.trackId, track.id), isNull(learningTrackSteps.removedAt)));
    if (count >= TRACK_LIMITS.steps) throw new AppError("conflict", { message: "tooManySteps" });
    const [step] = await tx
      .insert(learningTrackSteps)
      .values({ organizationId: scope.organizationId, trackId: track.id, position: (last ?? 0) + 1, kind: input.kind, title: input.title, dueWeek: input.dueWeek, guideKey: input.guideKey, url: input.url })
      .returning({ id: learningTrackSteps.id });
    await recordProgrammeAudit(tx, scope, "learningTrack.stepAdded", track.programmeId, { stepId: step.id, kind: input.kind });
    return step.id;
  });
}

async function liveStep(tx: Tx, track: TrackRecord, stepId: string): Promise<TrackStepRow> {
  const step = (await readSteps(tx, track)).find((s) => s.id === stepId);
  if (!step) throw new AppError("not_found");
  return step;
}

/** One step for its edit page. */
export async function getTrackStepForAdmin(scope: MemberScope, programmeId: string, stepId: string): Promise<{ view: AdminTrackView; step: AdminTrackStep }> {
  const view = await getTrackForAdmin(scope, programmeId);
  const step = view.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError("not_found");
  return { view, step };
}

/** Edits a step's titles, due week, guide or link; its kind stays what it was (remove it and add another instead). */
export async function updateTrackStep(scope: MemberScope, input: UpdateStepInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const track = await trackForChange(tx, scope, input.programmeId);
    const step = await liveStep(tx, track, input.stepId);
    if (step.kind !== input.kind) throw new AppError("invalid", { message: "kindChanged" });
    await assertGuide(tx, scope, input.guideKey);
    await tx
      .update(learningTrackSteps)
      .set({ title: input.title, dueWeek: input.dueWeek, guideKey: input.guideKey, url: input.url })
      .where(and(eq(learningTrackSteps.id, step.id), eq(learningTrackSteps.organizationId, scope.organizationId)));
    await recordProgrammeAudit(tx, scope, "learningTrack.stepUpdated", track.programmeId, { stepId: step.id, kind: step.kind });
  });
}

/** Renumbers the steps 1, 2, 3… in the given order. */
async function renumber(tx: Tx, scope: MemberScope, ordered: readonly { id: string; position: number }[]): Promise<void> {
  for (const [i, step] of ordered.entries()) {
    if (step.position === i + 1) continue;
    await tx.update(learningTrackSteps).set({ position: i + 1 }).where(and(eq(learningTrackSteps.id, step.id), eq(learningTrackSteps.organizationId, scope.organizationId)));
  }
}

/** Moves a step one place up or down; the first step cannot go up nor the last down (nothing changes). Returns its new number. */
export async function moveTrackStep(scope: MemberScope, input: MoveStepInput): Promise<{ moved: boolean; position: number }> {
  return withActor(scope, "programmes.manage", async (tx) => {
    const track = await trackForChange(tx, scope, input.programmeId);
    const steps = await readSteps(tx, track);
    const index = steps.findIndex((s) => s.id === input.stepId);
    if (index < 0) throw new AppError("not_found");
    const target = index + (input.direction === "up" ? -1 : 1);
    if (target < 0 || target >= steps.length) return { moved: false, position: index + 1 };
    const ordered = [...steps];
    [ordered[index], ordered[target]] = [ordered[target], ordered[index]];
    await renumber(tx, scope, ordered);
    await recordProgrammeAudit(tx, scope, "learningTrack.stepMoved", track.programmeId, { stepId: input.stepId, from: index + 1, to: target + 1 });
    return { moved: true, position: target + 1 };
  });
}

/**
 * Takes a step off the track. Its row stays, marked removed, with what participants did for it: a
 * reflection written for it stays its writer's, on their track page.
 */
export async function removeTrackStep(scope: MemberScope, input: StepRefInput): Promise<void> {
  await withActor(scope, "programmes.manage", async (tx) => {
    const track = await trackForChange(tx, scope, input.programmeId);
    const step = await liveStep(tx, track, input.stepId);
    await tx.update(learningTrackSteps).set({ removedAt: now() }).where(and(eq(learningTrackSteps.id, step.id), eq(learningTrackSteps.organizationId, scope.organizationId)));
    await renumber(tx, scope, await readSteps(tx, track));
    await recordProgrammeAudit(tx, scope, "learningTrack.stepRemoved", track.programmeId, { stepId: step.id, kind: step.kind });
  });
}
