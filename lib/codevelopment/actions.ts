import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevActions, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { MAX_ACTIONS, type ActionItemInput, type AddActionItemInput, type SetActionDoneInput } from "./schemas";
import { assertWritable, withGroupSession, type GroupSession } from "./session-access";

// The presenter's action plan: what they will try after the session, with an optional date. The group
// reads it; the next session's opening shows it; its owner ticks actions off.

export type ActionView = { id: string; description: string; dueDate: string | null; done: boolean; ownerName: string | null; mine: boolean };

export async function readSessionActions(tx: Tx, gs: Pick<GroupSession, "organizationId" | "groupId" | "membershipId">, sessionId: string): Promise<ActionView[]> {
  const rows = await tx
    .select({
      id: codevActions.id,
      description: codevActions.description,
      dueDate: codevActions.dueDate,
      doneAt: codevActions.doneAt,
      owner: codevActions.ownerMembershipId,
      ownerName: memberships.name,
    })
    .from(codevActions)
    .leftJoin(memberships, and(eq(memberships.id, codevActions.ownerMembershipId), eq(memberships.organizationId, gs.organizationId)))
    .where(and(eq(codevActions.organizationId, gs.organizationId), eq(codevActions.groupId, gs.groupId), eq(codevActions.sessionId, sessionId)))
    .orderBy(asc(codevActions.createdAt), asc(codevActions.id));
  return rows.map((r) => ({ id: r.id, description: r.description, dueDate: r.dueDate, done: r.doneAt !== null, ownerName: r.ownerName, mine: r.owner === gs.membershipId }));
}

/** The session's presenter adds an action to their plan (up to MAX_ACTIONS). */
export async function addActionItem(scope: MemberScope, input: AddActionItemInput): Promise<void> {
  await withGroupSession(
    scope,
    input,
    async (tx, gs) => {
      assertWritable(gs);
      if (!gs.isPresenter) throw new AppError("forbidden");
      const [{ n }] = await tx
        .select({ n: count() })
        .from(codevActions)
        .where(and(eq(codevActions.organizationId, gs.organizationId), eq(codevActions.sessionId, gs.session.id)));
      if (n >= MAX_ACTIONS) throw new AppError("conflict", { message: "codevSessions.errors.tooManyActions" });
      await tx
        .insert(codevActions)
        .values({ organizationId: gs.organizationId, sessionId: gs.session.id, groupId: gs.groupId, ownerMembershipId: gs.membershipId, description: input.description, dueDate: input.dueDate });
    },
    // The session's lock counts the actions and inserts one at a time.
    { lock: true },
  );
}

/** Only the action's owner changes it, and only through the session it belongs to. */
function ownActionWhere(gs: GroupSession, actionId: string) {
  return and(
    eq(codevActions.id, actionId),
    eq(codevActions.organizationId, gs.organizationId),
    eq(codevActions.groupId, gs.groupId),
    eq(codevActions.sessionId, gs.session.id),
    eq(codevActions.ownerMembershipId, gs.membershipId),
  );
}

export async function removeActionItem(scope: MemberScope, input: ActionItemInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    assertWritable(gs);
    const [row] = await tx.delete(codevActions).where(ownActionWhere(gs, input.actionId)).returning({ id: codevActions.id });
    if (!row) throw new AppError("not_found");
  });
}

/** The owner ticks an action off (or back on), also after the session: the next opening shows where they stand. */
export async function setActionItemDone(scope: MemberScope, input: SetActionDoneInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    if (gs.groupStatus !== "published") throw new AppError("conflict", { message: "codevSessions.errors.groupClosed" });
    const [row] = await tx
      .update(codevActions)
      .set({ doneAt: input.done === "yes" ? now() : null })
      .where(ownActionWhere(gs, input.actionId))
      .returning({ id: codevActions.id });
    if (!row) throw new AppError("not_found");
  });
}
