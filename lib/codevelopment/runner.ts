import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevRunnerStates, meetings } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { readNoticeSession, writeFeedbackRequest } from "./notices/write";
import { nextStep, pauseRunner, previousStep, resumeRunner, startRunner, type RunnerClock } from "@/lib/scheduling/time/runner-clock";
import type { MoveStepInput } from "./schemas";
import { assertFacilitating, assertWritable, withGroupSession, type GroupSession, type GroupSessionRef } from "./session-access";

// The session runner's state changes. The clock itself is pure (runner-clock.ts); here it is stored per
// session, so that every screen showing the session (a shared screen, the members' phones) shows the same
// step and time. Each change locks the session's state row, so that two presses apply one after the other.

export type RunnerStateRow = typeof codevRunnerStates.$inferSelect;

export async function readRunnerState(tx: Tx, gs: Pick<GroupSession, "organizationId" | "session">, options: { lock?: boolean } = {}): Promise<RunnerStateRow | null> {
  const query = tx
    .select()
    .from(codevRunnerStates)
    .where(and(eq(codevRunnerStates.sessionId, gs.session.id), eq(codevRunnerStates.organizationId, gs.organizationId)))
    .limit(1);
  const [row] = options.lock ? await query.for("update") : await query;
  return row ?? null;
}

/** Starts the runner at the method's first step; the programme's method is copied, so later edits do not shift it. */
export async function startSession(scope: MemberScope, ref: GroupSessionRef): Promise<void> {
  await withGroupSession(
    scope,
    ref,
    async (tx, gs) => {
      assertWritable(gs);
      assertFacilitating(gs);
      if (gs.session.status === "held") throw new AppError("conflict", { message: "codevSessions.errors.held" });
      await tx
        .insert(codevRunnerStates)
        .values({ sessionId: gs.session.id, organizationId: gs.organizationId, method: gs.settings.method, clock: startRunner(now().getTime()), startedAt: now() })
        .onConflictDoNothing({ target: codevRunnerStates.sessionId });
    },
    { lock: true },
  );
}

/** Runs one change of a running (not finished) session's clock under the state row's lock. */
async function changeClock(scope: MemberScope, ref: GroupSessionRef, change: (clock: RunnerClock, state: RunnerStateRow, at: number) => RunnerClock): Promise<void> {
  await withGroupSession(scope, ref, async (tx, gs) => {
    assertWritable(gs);
    assertFacilitating(gs);
    const state = await readRunnerState(tx, gs, { lock: true });
    if (!state) throw new AppError("conflict", { message: "codevSessions.errors.notStarted" });
    if (state.finishedAt) throw new AppError("conflict", { message: "codevSessions.errors.finished" });
    const clock = change(state.clock, state, now().getTime());
    if (clock === state.clock) return;
    await tx
      .update(codevRunnerStates)
      .set({ clock })
      .where(and(eq(codevRunnerStates.sessionId, state.sessionId), eq(codevRunnerStates.organizationId, gs.organizationId)));
  });
}

/** Next or back, from the step the screen showed; a press for a step the runner has already left changes nothing. */
export async function moveStep(scope: MemberScope, input: MoveStepInput): Promise<void> {
  await changeClock(scope, input, (clock, state, at) => {
    if (clock.stepIndex !== input.fromStep) return clock;
    return input.direction === "next" ? nextStep(clock, state.method.steps.length, at) : previousStep(clock, at);
  });
}

export async function pauseSession(scope: MemberScope, ref: GroupSessionRef): Promise<void> {
  await changeClock(scope, ref, (clock, _state, at) => pauseRunner(clock, at));
}

export async function resumeSession(scope: MemberScope, ref: GroupSessionRef): Promise<void> {
  await changeClock(scope, ref, (clock, _state, at) => resumeRunner(clock, at));
}

/**
 * Ends the session: the runner stops, the session counts as held, and everyone who was there is asked for
 * feedback by email (once: the notice row is shared with the sweep, which asks for sessions never run here).
 */
export async function finishSession(scope: MemberScope, ref: GroupSessionRef): Promise<void> {
  await withGroupSession(
    scope,
    ref,
    async (tx, gs) => {
      assertWritable(gs);
      assertFacilitating(gs);
      const state = await readRunnerState(tx, gs, { lock: true });
      if (!state) throw new AppError("conflict", { message: "codevSessions.errors.notStarted" });
      if (state.finishedAt) return;
      const at = now();
      await tx
        .update(codevRunnerStates)
        .set({ finishedAt: at })
        .where(and(eq(codevRunnerStates.sessionId, state.sessionId), eq(codevRunnerStates.organizationId, gs.organizationId)));
      await tx
        .update(meetings)
        .set({ status: "held" })
        .where(and(eq(meetings.id, gs.session.id), eq(meetings.organizationId, gs.organizationId), inArray(meetings.status, ["scheduled", "moved"])));
      const session = await readNoticeSession(tx, gs.organizationId, gs.session.id);
      if (session) await writeFeedbackRequest(tx, session, at);
    },
    { lock: true },
  );
}
