import "server-only";
import type { Attendance } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { readSessionActions, type ActionView } from "./actions";
import { canReadCase, caseContentOf, readSessionCase, type CaseContent, type CaseStatus } from "./cases";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { readPreviousSession } from "./notices/write";
import { readLearnings, type LearningView } from "./learnings";
import { readRunnerState } from "./runner";
import type { RunnerClock } from "@/lib/scheduling/time/runner-clock";
import { readAttendance } from "./runner-attendance";
import { readStepNotes, type StepNoteView } from "./runner-notes";
import { readGroupPeople, readMemberName, sessionHeader, withGroupSession, type GroupPerson, type GroupSessionRef, type SessionHeader } from "./session-access";

export type RunnerView = {
  header: SessionHeader;
  membershipId: string;
  canFacilitate: boolean;
  isPresenter: boolean;
  /** Writes are open: the group is published and the session not cancelled. */
  open: boolean;
  method: Method;
  state: { clock: RunnerClock; finished: boolean } | null;
  /** The server's clock when the page was read: the countdown corrects the device's clock by it. */
  serverNow: number;
  presenter: { membershipId: string; name: string } | null;
  caseStatus: CaseStatus;
  caseContent: CaseContent | null;
  /** For whoever runs the session; empty for the others. */
  attendance: (GroupPerson & { attendance: Attendance })[];
  previous: { sessionId: string; startsAt: Date; actions: ActionView[] } | null;
  actions: ActionView[];
  learnings: LearningView[];
  stepNotes: StepNoteView[];
  feedbackOpen: boolean;
};

/** Everything the runner page shows, for a member of the group (the lib decides who that is). */
export async function getRunnerView(scope: MemberScope, ref: GroupSessionRef): Promise<RunnerView> {
  return withGroupSession(scope, ref, async (tx, gs) => {
    // One query after another: a transaction runs on one connection.
    const state = await readRunnerState(tx, gs);
    const caseRow = await readSessionCase(tx, gs);
    const presenterName = await readMemberName(tx, gs.organizationId, gs.session.presenterMembershipId);
    const learnings = await readLearnings(tx, gs, gs.session.id);
    const stepNotes = await readStepNotes(tx, gs, gs.session.id);
    const actions = await readSessionActions(tx, gs, gs.session.id);
    const previousSession = await readPreviousSession(tx, { organizationId: gs.organizationId, seriesId: gs.session.seriesId, startsAt: gs.session.startsAt });
    const previous = previousSession ? { sessionId: previousSession.id, startsAt: previousSession.startsAt, actions: await readSessionActions(tx, gs, previousSession.id) } : null;
    let attendance: RunnerView["attendance"] = [];
    if (gs.canFacilitate) {
      const people = await readGroupPeople(tx, gs);
      const marks = await readAttendance(tx, gs);
      attendance = people.map((p) => ({ ...p, attendance: marks.get(p.membershipId) ?? "invited" }));
    }
    const at = now();
    const presenterId = gs.session.presenterMembershipId;
    return {
      header: sessionHeader(gs),
      membershipId: gs.membershipId,
      canFacilitate: gs.canFacilitate,
      isPresenter: gs.isPresenter,
      open: gs.groupStatus === "published" && gs.session.status !== "cancelled",
      method: state?.method ?? gs.settings.method,
      state: state ? { clock: state.clock, finished: state.finishedAt !== null } : null,
      serverNow: at.getTime(),
      presenter: presenterId && presenterName ? { membershipId: presenterId, name: presenterName } : null,
      caseStatus: caseRow?.status ?? "none",
      caseContent: caseRow && canReadCase(gs, caseRow) ? caseContentOf(caseRow) : null,
      attendance,
      previous,
      actions,
      learnings,
      stepNotes,
      feedbackOpen: gs.session.status === "held" || gs.session.startsAt.getTime() + gs.session.durationMinutes * 60_000 <= at.getTime(),
    };
  });
}
