import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevStepNotes, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Method } from "@/lib/codevelopment/core/method-types";
import { readRunnerState } from "./runner";
import type { StepNoteInput } from "./schemas";
import { assertWritable, withGroupSession, type GroupSession } from "./session-access";

// Notes taken during a step, by whoever runs the session or by the presenter (who often writes down what
// the group suggests). Confidential to the group like everything in the runner.

export type StepNoteView = { id: string; stepKey: string; body: string; authorName: string | null; createdAt: Date };

const NOTES_LIMIT = 300;

export async function readStepNotes(tx: Tx, gs: Pick<GroupSession, "organizationId">, sessionId: string): Promise<StepNoteView[]> {
  return tx
    .select({ id: codevStepNotes.id, stepKey: codevStepNotes.stepKey, body: codevStepNotes.body, authorName: memberships.name, createdAt: codevStepNotes.createdAt })
    .from(codevStepNotes)
    .leftJoin(memberships, and(eq(memberships.id, codevStepNotes.authorMembershipId), eq(memberships.organizationId, gs.organizationId)))
    .where(and(eq(codevStepNotes.organizationId, gs.organizationId), eq(codevStepNotes.sessionId, sessionId)))
    .orderBy(asc(codevStepNotes.createdAt), asc(codevStepNotes.id))
    .limit(NOTES_LIMIT);
}

/** The steps the session runs by: the copy taken at its start, else the programme's method. */
export async function sessionMethod(tx: Tx, gs: GroupSession): Promise<Method> {
  return (await readRunnerState(tx, gs))?.method ?? gs.settings.method;
}

export async function addStepNote(scope: MemberScope, input: StepNoteInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    assertWritable(gs);
    if (!gs.canFacilitate && !gs.isPresenter) throw new AppError("forbidden");
    const method = await sessionMethod(tx, gs);
    if (!method.steps.some((step) => step.key === input.stepKey)) throw new AppError("invalid");
    await tx.insert(codevStepNotes).values({ organizationId: gs.organizationId, sessionId: gs.session.id, stepKey: input.stepKey, authorMembershipId: gs.membershipId, body: input.body });
  });
}
