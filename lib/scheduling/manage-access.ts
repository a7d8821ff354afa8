import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { meetingParticipants } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { SessionContext } from "./session-context";

/**
 * Admins manage every session of their organisation; a facilitator manages the sessions they organised or
 * take part in (their own groups), not their colleagues'. A session the actor may not manage answers as
 * not found, so that its existence is not confirmed either.
 */
export async function assertCanManage(tx: Tx, actor: Actor, session: SessionContext | null): Promise<SessionContext> {
  if (!session || session.organizationId !== actor.organizationId) throw new AppError("not_found");
  if (actor.role === "admin" || session.organizerMembershipId === actor.membershipId) return session;
  const [own] = await tx
    .select({ id: meetingParticipants.id })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.organizationId, actor.organizationId), eq(meetingParticipants.sessionId, session.id), eq(meetingParticipants.membershipId, actor.membershipId)))
    .limit(1);
  if (!own) throw new AppError("not_found");
  return session;
}
