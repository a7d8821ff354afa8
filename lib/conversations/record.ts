import "server-only";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { conversationActions, conversationAgreements, conversations, memberships } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { now } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import type { Localized } from "./core/guide-types";
import type { ConversationActionDoneInput } from "./schemas";
import { inThread, type Thread } from "./thread";

// What conversations leave behind, as their two people read it: the agreements and the actions of closed
// conversations, "from last time" at the opening of the next one, and ticking an action off.

export type RecordAgreement = { id: string; body: string };
export type RecordAction = { id: string; conversationId: string; description: string; ownerMembershipId: string | null; ownerName: string | null; dueDate: string | null; done: boolean };
export type ConversationRecord = { agreements: RecordAgreement[]; actions: RecordAction[] };

async function readAgreements(tx: Tx, organizationId: string, conversationIds: string[]): Promise<(RecordAgreement & { conversationId: string })[]> {
  if (conversationIds.length === 0) return [];
  return tx
    .select({ id: conversationAgreements.id, conversationId: conversationAgreements.conversationId, body: conversationAgreements.body })
    .from(conversationAgreements)
    .where(and(eq(conversationAgreements.organizationId, organizationId), inArray(conversationAgreements.conversationId, conversationIds)))
    .orderBy(asc(conversationAgreements.conversationId), asc(conversationAgreements.position));
}

const actionColumns = {
  id: conversationActions.id,
  conversationId: conversationActions.conversationId,
  description: conversationActions.description,
  ownerMembershipId: conversationActions.ownerMembershipId,
  ownerName: memberships.name,
  dueDate: conversationActions.dueDate,
  doneAt: conversationActions.doneAt,
};

function actionQuery(tx: Tx, organizationId: string) {
  return tx
    .select(actionColumns)
    .from(conversationActions)
    .leftJoin(memberships, and(eq(memberships.id, conversationActions.ownerMembershipId), eq(memberships.organizationId, organizationId)));
}

const toAction = ({ doneAt, ...row }: { doneAt: Date | null } & Omit<RecordAction, "done">): RecordAction => ({ ...row, done: doneAt !== null });

/** The record of one conversation: its agreements and actions in the order they were written. */
export async function readRecord(tx: Tx, organizationId: string, conversationId: string): Promise<ConversationRecord> {
  const agreements = await readAgreements(tx, organizationId, [conversationId]);
  const actions = await actionQuery(tx, organizationId)
    .where(and(eq(conversationActions.organizationId, organizationId), eq(conversationActions.conversationId, conversationId)))
    .orderBy(asc(conversationActions.position));
  return { agreements: agreements.map(({ id, body }) => ({ id, body })), actions: actions.map(toAction) };
}

/** The last closed conversation of the thread, its agreements, and every action of the thread still open. */
export type FromLastTime = { conversationId: string; closedAt: Date; guideName: Localized; agreements: RecordAgreement[]; openActions: RecordAction[] };

export async function readFromLastTime(tx: Tx, thread: Thread): Promise<FromLastTime | null> {
  const [last] = await tx
    .select({ id: conversations.id, closedAt: conversations.closedAt, guideName: sql<Localized>`${conversations.guide}->'name'` })
    .from(conversations)
    .where(and(inThread(thread), eq(conversations.status, "closed")))
    .orderBy(desc(conversations.closedAt), desc(conversations.id))
    .limit(1);
  if (!last?.closedAt) return null;
  const agreements = await readAgreements(tx, thread.organizationId, [last.id]);
  const open = await actionQuery(tx, thread.organizationId)
    .innerJoin(conversations, and(eq(conversations.id, conversationActions.conversationId), inThread(thread), eq(conversations.status, "closed")))
    .where(and(eq(conversationActions.organizationId, thread.organizationId), isNull(conversationActions.doneAt)))
    .orderBy(sql`${conversationActions.dueDate} asc nulls last`, asc(conversations.closedAt), asc(conversationActions.position));
  return { conversationId: last.id, closedAt: last.closedAt, guideName: last.guideName, agreements: agreements.map(({ id, body }) => ({ id, body })), openActions: open.map(toAction) };
}

/**
 * Either of the two people of an action's conversation ticks it off, or opens it again; anyone else gets
 * not_found. Answers the conversation's pair (or null), for the pages to refresh.
 */
export async function setConversationActionDone(scope: MemberScope, input: ConversationActionDoneInput): Promise<{ matchId: string | null }> {
  return withActor(scope, "conversations.hold", async (tx) => {
    const me = scope.actorMembershipId;
    const [row] = await tx
      .select({ matchId: conversations.matchId, doneAt: conversationActions.doneAt })
      .from(conversationActions)
      .innerJoin(conversations, and(eq(conversations.id, conversationActions.conversationId), eq(conversations.organizationId, scope.organizationId)))
      .where(
        and(
          eq(conversationActions.id, input.actionId),
          eq(conversationActions.organizationId, scope.organizationId),
          or(eq(conversations.leadMembershipId, me), eq(conversations.partnerMembershipId, me)),
        ),
      )
      .for("update", { of: conversationActions });
    if (!row) throw new AppError("not_found");
    const doneAt = input.done ? (row.doneAt ?? now()) : null;
    await tx
      .update(conversationActions)
      .set({ doneAt })
      .where(and(eq(conversationActions.id, input.actionId), eq(conversationActions.organizationId, scope.organizationId)));
    return { matchId: row.matchId };
  });
}
