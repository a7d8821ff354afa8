import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { programmes, type Programme } from "@/db/schema";
import { withActor, type MemberScope } from "@/lib/auth/actor";
import { announceSignupOpen } from "@/lib/chat/programme-news";
import { AppError } from "@/lib/errors";
import { recordProgrammeAudit } from "./admin";
import type { ProgrammeTransition } from "./schemas";

type Status = Programme["status"];

/** The admin's buttons: each moves the programme only from the statuses listed (compare-and-swap). */
export const programmeTransitions = {
  open: { from: ["draft"], to: "open", audit: "programme.opened" },
  close: { from: ["open"], to: "matching", audit: "programme.signupClosed" },
  archive: { from: ["draft", "open", "matching", "running"], to: "closed", audit: "programme.archived" },
} as const satisfies Record<ProgrammeTransition, { from: readonly Status[]; to: Status; audit: string }>;

export function canTransition(status: Status, transition: ProgrammeTransition): boolean {
  return (programmeTransitions[transition].from as readonly Status[]).includes(status);
}

/**
 * One conditional UPDATE: two admins pressing at once, or a stale page, cannot move a programme from a
 * status it is no longer in (SECURITY.md rule 10). A refused change answers "conflict" and writes nothing.
 */
export async function changeProgrammeStatus(scope: MemberScope, programmeId: string, transition: ProgrammeTransition): Promise<void> {
  const step = programmeTransitions[transition];
  await withActor(scope, "programmes.manage", async (tx) => {
    const updated = await tx
      .update(programmes)
      .set({ status: step.to })
      .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId), inArray(programmes.status, [...step.from])))
      .returning({ id: programmes.id, kind: programmes.kind });
    if (updated.length === 0) throw new AppError("conflict", { message: "programmeStatusChanged" });
    await recordProgrammeAudit(tx, scope, step.audit, programmeId, { to: step.to });
    // Programme news: the channel post and the members' emails, with the change (docs/chat-notifications.md).
    if (transition === "open") await announceSignupOpen(tx, scope.organizationId, programmeId);
  });
}

/**
 * Publishing pairs or groups after sign-up closed starts the programme: matching → running, in the
 * publishing transaction. A programme published while sign-up is still open stays open (late sign-ups can
 * still be placed in a new round); any other status is left as it is.
 */
export async function markProgrammeRunning(tx: Tx, scope: MemberScope, programmeId: string): Promise<void> {
  const updated = await tx
    .update(programmes)
    .set({ status: "running" })
    .where(and(eq(programmes.id, programmeId), eq(programmes.organizationId, scope.organizationId), eq(programmes.status, "matching")))
    .returning({ id: programmes.id });
  if (updated.length > 0) await recordProgrammeAudit(tx, scope, "programme.running", programmeId, { to: "running" });
}
