import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { codevLearnings, memberships } from "@/db/schema";
import type { MemberScope } from "@/lib/auth/actor";
import type { LearningInput } from "./schemas";
import { assertWritable, withGroupSession, type GroupSession } from "./session-access";

// What each participant takes away from a session: one text per person, editable, read by the group.

export type LearningView = { membershipId: string; name: string | null; body: string; mine: boolean };

export async function readLearnings(tx: Tx, gs: Pick<GroupSession, "organizationId" | "membershipId">, sessionId: string): Promise<LearningView[]> {
  const rows = await tx
    .select({ membershipId: codevLearnings.membershipId, name: memberships.name, body: codevLearnings.body })
    .from(codevLearnings)
    .leftJoin(memberships, and(eq(memberships.id, codevLearnings.membershipId), eq(memberships.organizationId, gs.organizationId)))
    .where(and(eq(codevLearnings.organizationId, gs.organizationId), eq(codevLearnings.sessionId, sessionId)))
    .orderBy(asc(memberships.name), asc(codevLearnings.id));
  return rows.map((r) => ({ ...r, mine: r.membershipId === gs.membershipId }));
}

/** Writes or rewrites the actor's own learning of the session. */
export async function saveLearning(scope: MemberScope, input: LearningInput): Promise<void> {
  await withGroupSession(scope, input, async (tx, gs) => {
    assertWritable(gs);
    await tx
      .insert(codevLearnings)
      .values({ organizationId: gs.organizationId, sessionId: gs.session.id, membershipId: gs.membershipId, body: input.body })
      .onConflictDoUpdate({ target: [codevLearnings.sessionId, codevLearnings.membershipId], set: { body: input.body } });
  });
}
